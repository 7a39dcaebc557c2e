/**
 * Each page template, opened once in a real browser on a 360 px phone: it loads without console errors, asks
 * nothing of another origin, fits the width without sideways scrolling, and passes axe. Full axe runs in the light
 * scheme; then the same page switches to dark and only what the scheme changes is checked (colour contrast), since
 * the markup is the same. Every page is still covered by the static checks over dist/.
 */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { openWatched } from '../support/browser-page';
import { usePagePool } from '../support/page-pool';
import { openPageType, pageTypes } from '../support/pages';
import { useBrowser } from '../support/use-browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

// Templates are checked side by side (see maxConcurrency), each on a page borrowed from a pool and reset.
const withPage = usePagePool(browser, baseUrl, { viewport: { width: 360, height: 740 }, colorScheme: 'light' });

describe.concurrent.each(pageTypes)('$name ($path)', (type) => {
  // The test's own `expect`: inside describe.concurrent the global one may belong to another test.
  it('loads cleanly on a phone, stays on this origin, fits the width and passes axe, light and dark', async ({
    expect,
  }) => {
    await withPage(async (watched) => {
      await openPageType(watched.page, baseUrl, type);
      expect(watched.errors).toEqual([]);
      expect(watched.requests.filter((url) => !url.startsWith(`${baseUrl}/`))).toEqual([]);
      const overflow = await watched.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'sideways scrolling on a 360 px phone').toBeLessThanOrEqual(0);
      expect(await axeViolations(watched.page), 'axe, light').toEqual([]);

      await watched.page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(watched.page, ['color-contrast']), 'colour contrast, dark').toEqual([]);
      expect(watched.errors).toEqual([]);
    });
  });
});

describe('the page pool', () => {
  it('hands a page back clean: no saved answers, no service worker, screen media, light scheme, empty logs', async ({
    expect,
  }) => {
    const pool = usePagePool(browser, baseUrl, { colorScheme: 'light' });
    await pool(async ({ page, errors }) => {
      await page.goto(`${baseUrl}/check/`, { waitUntil: 'load' });
      await page.evaluate(() => localStorage.setItem('left-behind', '1'));
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      errors.push('an error from the last test');
    });
    await pool(async ({ page, errors, requests }) => {
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      await page.goto(`${baseUrl}/check/`, { waitUntil: 'load' });
      expect(await page.evaluate(() => localStorage.getItem('left-behind'))).toBeNull();
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
      expect(await page.evaluate(() => matchMedia('print').matches)).toBe(false);
    });
  });
});

describe('the axe helper', () => {
  it('reports a violation when there is one, light and dark alike', async () => {
    const watched = await openWatched(browser(), { colorScheme: 'dark' });
    try {
      await watched.page.goto(`${baseUrl}/`, { waitUntil: 'load' });
      await watched.page.evaluate(() => {
        const img = document.createElement('img');
        img.src = '/favicon.svg';
        const faint = document.createElement('p');
        faint.textContent = 'faint text';
        faint.style.cssText = 'color:#777;background:#6f6f6f';
        document.querySelector('main')!.append(img, faint);
      });
      expect((await axeViolations(watched.page)).join('\n')).toMatch(/^image-alt: /m);
      expect(await axeViolations(watched.page, ['color-contrast'])).toEqual([
        expect.stringMatching(/^color-contrast: /),
      ]);
    } finally {
      await watched.close();
    }
  });
});
