/** Switching language keeps the reader's place: the same page in the other edition, and back. */
import { describe, expect, inject, it } from 'vitest';
import { openWatched } from '../support/browser-page';
import { heading } from '../support/check-flow';
import { planLink } from '../support/pages';
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

  it.each([
    ['with storage', false],
    ['with storage blocked', true],
  ] as const)('reopens an English plan as the same plan in Chinese, %s', async (_name, blocked) => {
    const watched = await openWatched(browser());
    const { page } = watched;
    try {
      if (blocked) {
        // As in a browser with site data turned off: reading localStorage throws.
        await page.addInitScript(() =>
          Object.defineProperty(window, 'localStorage', {
            get: () => {
              throw new DOMException('storage is blocked', 'SecurityError');
            },
          }),
        );
      }
      await page.goto(`${baseUrl}/check/${planLink}`);
      await expect.poll(() => heading(page)).toMatch(/^Your plan in \d+ steps$/);
      const english = await page.locator('.check-step > summary').count();
      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' }).click();
      await expect.poll(() => heading(page)).toMatch(/^你的计划共\d+步$/);
      expect(new URL(page.url()).pathname).toBe('/zh-cn/check/');
      // The state travelled in storage, or (blocked) in a fragment that is applied once and then cleared.
      expect(new URL(page.url()).hash).toBe('');
      expect(await page.locator('.check-step > summary').count()).toBe(english);
      // A message's English meaning is folded behind 显示英文, loaded when opened.
      const meaning = page.locator('.check-step[open] details.template__meaning').first();
      await meaning.locator('summary', { hasText: '显示英文' }).click();
      await expect.poll(() => meaning.locator('[lang="en"]').textContent()).toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}/);
      expect(watched.errors).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
