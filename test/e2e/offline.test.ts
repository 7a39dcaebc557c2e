import { describe, expect, inject, it } from 'vitest';
import { heading } from '../support/check-flow';
import { useBrowser } from '../support/use-browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const link =
  '#v=2&amount=299&evidence=order-page,listing,chat,photos,unboxing&item-kind=other&platform=jd&problem=defective-or-damaged&purpose=personal&received-on=2026-11-10&refused-on=2026-11-16&seller-said=signed-for-no-refund&symptoms=does-not-work&tried=seller-refused';

describe('offline', () => {
  it('an opened plan and the guides behind it keep working offline', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/check/${link}`);
      await expect.poll(() => heading(page)).toMatch(/^Your plan in/);
      const steps = await page.locator('.check-step > summary').allInnerTexts();
      // Wait until the service worker has saved the page and the plan's guides.
      await expect
        .poll(
          () =>
            page.evaluate(
              async () =>
                Boolean(await caches.match('/steps/platform-intervention/')) &&
                Boolean(await caches.match('/check/')) &&
                Boolean(await caches.match('/zh-cn/')),
            ),
          {
            timeout: 20_000,
          },
        )
        .toBe(true);

      // What is kept is keyed by pathname: a page opened with a query is kept without it.
      await page.goto(`${baseUrl}/problems/?from=a-test`);
      await page.goto(`${baseUrl}/check/`);
      await expect.poll(() => page.evaluate(async () => Boolean(await caches.match('/problems/')))).toBe(true);
      const kept = await page.evaluate(async () =>
        (await Promise.all((await caches.keys()).map(async (name) => (await caches.open(name)).keys())))
          .flat()
          .map((request) => request.url),
      );
      expect(kept.filter((url) => url.includes('?') || url.includes('#'))).toEqual([]);

      await context.setOffline(true);
      await page.reload();
      await expect.poll(() => heading(page)).toMatch(/^Your plan in/);
      expect(await page.locator('.check-step > summary').allInnerTexts()).toEqual(steps);

      await page.goto(`${baseUrl}/steps/platform-intervention/`);
      expect(await page.locator('h1').textContent()).toMatch(/platform/i);
      // A page never opened says the reader is offline (not "page not found", not the browser's error), in the
      // page's own language, and points to what still works.
      await page.goto(`${baseUrl}/problems/late-delivery/`);
      expect(await page.locator('h1').textContent()).toBe('You are offline');
      expect(await page.locator('main a[href="/check/"]').count()).toBe(1);
      await page.goto(`${baseUrl}/zh-cn/problems/late-delivery/`);
      expect(await page.locator('h1').textContent()).toBe('当前没有网络');
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      // Its link home leads home, not back to itself: each edition's home is saved with its offline page.
      await page.locator('main a[href="/zh-cn/"]').click();
      await expect.poll(() => page.locator('h1').textContent()).not.toBe('当前没有网络');
      expect(new URL(page.url()).pathname).toBe('/zh-cn/');
    } finally {
      await context.setOffline(false);
      await context.close();
    }
  });
});
