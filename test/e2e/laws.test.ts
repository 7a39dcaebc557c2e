import type { Locator } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openWatched } from '../support/browser-page';
import { useBrowser } from '../support/use-browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const lawPage = '/laws/consumer-rights-protection-law/';

/** Whether the element's top edge is on screen, and it does not run off the bottom before showing a line. */
const inViewport = (locator: Locator) =>
  locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.top + Math.min(box.height, 40) <= window.innerHeight;
  });

describe('the law registry on a phone', () => {
  it('takes a reader from /laws/ to one article in two taps: its law, then its article', async () => {
    const { page, errors, close } = await openWatched(browser(), phone);
    try {
      await page.goto(`${baseUrl}/laws/`);
      await page
        .getByRole('navigation', { name: 'Find a law' })
        .getByRole('link', { name: 'Consumer Rights Protection Law', exact: true })
        .tap();
      const article = page
        .locator('#consumer-rights-protection-law')
        .getByRole('link', { name: 'Art. 25', exact: true });
      await expect.poll(() => inViewport(article)).toBe(true);
      await article.tap();
      await page.waitForURL(`${baseUrl}${lawPage}#crpl-25`);
      const heading = page.getByRole('heading', { name: 'Consumer Rights Protection Law, Art. 25', level: 2 });
      await expect.poll(() => inViewport(heading)).toBe(true);
      expect(await page.getByRole('link', { name: 'Back to all laws' }).getAttribute('href')).toBe('/laws/');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows an old /laws/#<id> link its line in the index, one tap from the article', async () => {
    const { page, close } = await openWatched(browser(), phone);
    try {
      await page.goto(`${baseUrl}/laws/#crpl-25`);
      const line = page.locator('li#crpl-25');
      await expect.poll(() => inViewport(line)).toBe(true);
      // The law's name stays in view above the line, so the reader knows which Art. 25 this is.
      await expect
        .poll(() => inViewport(page.getByRole('heading', { name: 'Consumer Rights Protection Law', exact: true })))
        .toBe(true);
      expect(await line.getByRole('link').getAttribute('href')).toBe(`${lawPage}#crpl-25`);
    } finally {
      await close();
    }
  });
});
