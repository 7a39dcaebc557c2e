import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/use-browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Presses Tab until `matches` holds for the focused element; returns how many presses it took, or -1. */
async function tabUntil(page: Page, matches: string, limit = 25): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, matches)) return presses;
  }
  return -1;
}

describe('keyboard alone', () => {
  it.each(['/', '/excuses/signed-for-no-refund/', '/check/'])(
    'reaches the skip link first, then the menu, the check link and the search box on a phone, on %s',
    async (path) => {
      const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      try {
        await page.goto(baseUrl + path);
        expect(await tabUntil(page, 'a.skip-link', 1)).toBe(1);
        // The skip link is visible while focused.
        const box = await page.locator('a.skip-link').boundingBox();
        expect(box && box.y >= 0).toBe(true);
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

        // On a phone the links and the search box are under Menu: Tab to it, Enter opens it, Tab goes on into it.
        await page.goto(baseUrl + path);
        expect(await tabUntil(page, 'header .site-menu > summary')).toBeGreaterThan(0);
        expect(await page.locator('header .site-menu a[href="/check/"]').isVisible()).toBe(false);
        await page.keyboard.press('Enter');
        expect(await tabUntil(page, 'header a[href="/check/"]')).toBeGreaterThan(0);
        expect(await tabUntil(page, 'header input[type="search"]')).toBeGreaterThan(0);
      } finally {
        await context.close();
      }
    },
  );

  it('on a wide screen reaches the check link and the search box in the header itself, with no menu', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(baseUrl + '/');
      expect(await page.locator('header .site-menu').isVisible()).toBe(false);
      expect(await tabUntil(page, 'header a[href="/check/"]')).toBeGreaterThan(0);
      expect(await tabUntil(page, 'header input[type="search"]')).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('shows a visible focus outline', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    try {
      await page.goto(baseUrl + '/');
      await tabUntil(page, 'header a[href="/check/"]');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).toBe('solid');
    } finally {
      await context.close();
    }
  });
});
