/** Switching language keeps the reader's place: the same page in the other edition, and back. */
import { describe, expect, inject, it } from 'vitest';
import { openWatched } from '../support/browser-page';
import { useBrowser } from '../support/use-browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('the language switcher', () => {
  it('takes a guide reader to the same guide in Chinese and back, and a searcher to the Chinese search', async () => {
    const watched = await openWatched(browser());
    const { page } = watched;
    try {
      await page.goto(`${baseUrl}/excuses/signed-for-no-refund/`);
      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' }).click();
      await page.waitForURL(`${baseUrl}/zh-cn/excuses/signed-for-no-refund/`);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      expect(await page.locator('h1').textContent()).toMatch(/签收/);
      // The citations read and link in Chinese too.
      const cite = page.locator('article .law-cite a').first();
      expect(await cite.textContent()).toMatch(/《.+》/);
      expect(await cite.getAttribute('href')).toMatch(/^\/zh-cn\/laws\//);

      await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
      await page.waitForURL(`${baseUrl}/excuses/signed-for-no-refund/`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');

      await page.goto(`${baseUrl}/search/`);
      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' }).click();
      await page.waitForURL(`${baseUrl}/zh-cn/search/`);
      // The Chinese header search and the page's own form both search the Chinese edition.
      expect(await page.locator('main form[role="search"]').getAttribute('action')).toBe('/zh-cn/search/');
      expect(watched.errors).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
