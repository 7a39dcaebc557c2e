import { describe, expect, inject, it } from 'vitest';
import { openWatched, type WatchedPage } from '../support/browser-page';
import { useBrowser } from '../support/use-browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
let watched: WatchedPage;

const pagefindRequests = () => watched.requests.filter((url) => url.includes('/pagefind/'));
const resultLinks = () => watched.page.locator('[data-results] li h3 a');
const resultHrefs = async () => await resultLinks().evaluateAll((as) => as.map((a) => a.getAttribute('href')));

async function open(path: string) {
  watched = await openWatched(browser());
  await watched.page.goto(baseUrl + path);
}

describe('search', () => {
  it('loads Pagefind only once the reader focuses the box, then finds the "signed for" excuse', async () => {
    await open('/search/');
    try {
      await watched.page.waitForLoadState('networkidle');
      expect(pagefindRequests()).toEqual([]);
      await watched.page.locator('search-page').getByRole('searchbox').focus();
      await expect.poll(() => pagefindRequests().some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
      await watched.page.keyboard.type('signed for');
      await watched.page.waitForSelector('[data-results] li');
      const hrefs = await resultHrefs();
      expect(hrefs.slice(0, 3)).toContain('/excuses/signed-for-no-refund/');
      // Each result shows a title and an excerpt with the match marked.
      const first = watched.page.locator('[data-results] li').first();
      expect((await first.locator('h3 a').textContent())?.length).toBeGreaterThan(5);
      expect(await first.locator('mark').count()).toBeGreaterThan(0);
      await expect
        .poll(() => watched.page.locator('[data-status]').textContent())
        .toMatch(/guides? found for “signed for”/);
      expect(watched.errors).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  it('does not load Pagefind on a guide page, even after reading it', async () => {
    await open('/excuses/signed-for-no-refund/');
    try {
      await watched.page.waitForLoadState('networkidle');
      await watched.page.mouse.wheel(0, 2000);
      expect(pagefindRequests()).toEqual([]);
      expect(watched.requests.filter((url) => url.endsWith('.js'))).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  it('works from the header box on any page, by keyboard alone', async () => {
    await open('/problems/');
    try {
      // On a phone the header's search box is under Menu: open it from the keyboard.
      await watched.page.locator('header .site-menu > summary').focus();
      await watched.page.keyboard.press('Enter');
      const box = watched.page.locator('header').getByRole('searchbox');
      await box.focus();
      await watched.page.keyboard.type('not as described');
      await watched.page.keyboard.press('Enter');
      await watched.page.waitForURL(/\/search\/\?q=not\+as\+described/);
      await watched.page.waitForSelector('[data-results] li');
      expect(await resultHrefs()).toContain('/problems/not-as-described/');
      // Tab from the search box reaches the first result link.
      const pageBox = watched.page.locator('search-page').getByRole('searchbox');
      await pageBox.focus();
      const first = resultLinks().first();
      for (let i = 0; i < 20 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
        await watched.page.keyboard.press('Tab');
      }
      expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    } finally {
      await watched.close();
    }
  });

  it('filters results by guide kind', async () => {
    await open('/search/?q=refund');
    try {
      await watched.page.waitForSelector('[data-results] li');
      const all = await resultHrefs();
      expect(all.some((href) => href?.startsWith('/steps/'))).toBe(true);
      await watched.page.getByRole('radio', { name: 'Seller excuses' }).check();
      await expect.poll(async () => (await resultHrefs()).every((href) => href?.startsWith('/excuses/'))).toBe(true);
      expect((await resultHrefs()).length).toBeGreaterThan(0);
      expect(watched.page.url()).toContain('kind=Seller+excuse');
    } finally {
      await watched.close();
    }
  });

  it('indexes only the main content: a word found only in the footer finds nothing', async () => {
    await open('/search/?q=privacy');
    try {
      expect(await watched.page.locator('footer').textContent()).toMatch(/privacy/);
      await expect.poll(() => watched.page.locator('[data-status]').textContent()).toMatch(/No guide matches/);
      expect(await resultLinks().count()).toBe(0);
    } finally {
      await watched.close();
    }
  });

  it('says so clearly when the query matches nothing', async () => {
    await open('/search/?q=zzqxjv');
    try {
      await expect
        .poll(() => watched.page.locator('[role="status"]').textContent())
        .toBe('No guide matches “zzqxjv”. Try fewer or simpler words, or browse the guides below.');
      // ... and offers the check, which needs no right words, and the sections to browse, as links.
      const offer = watched.page.getByRole('link', { name: /answer a few plain questions/i });
      await expect.poll(() => offer.isVisible()).toBe(true);
      expect(await offer.getAttribute('href')).toBe('/check/');
      const browse = watched.page.getByRole('navigation', { name: 'Browse the guides' }).getByRole('link');
      expect(await browse.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
        '/problems/',
        '/excuses/',
        '/platforms/',
      ]);
      // No filter is on, so there is none to lift.
      expect(await watched.page.getByRole('button', { name: 'Search all guides' }).isVisible()).toBe(false);
    } finally {
      await watched.close();
    }
  });

  it('when no guide holds every word, lists the guides holding some of them and says so', async () => {
    // "airpods" is on no guide, and no guide names both fakes and Pinduoduo with it.
    await open('/search/?q=' + encodeURIComponent('fake airpods pinduoduo'));
    try {
      await expect
        .poll(() => watched.page.locator('[role="status"]').textContent())
        .toBe('No guide has every word of “fake airpods pinduoduo”. These guides have some of them, most first.');
      expect(await resultLinks().count()).toBeGreaterThan(2);
      expect(await watched.page.locator('[data-none]').isVisible()).toBe(false);
    } finally {
      await watched.close();
    }
  });

  it('marks the Chinese words in English results as Chinese, in titles and excerpts', async () => {
    await open('/search/?q=' + encodeURIComponent('three guarantees'));
    try {
      await watched.page.waitForSelector('[data-results] li');
      const unmarked = await watched.page.locator('[data-results]').evaluate((list) => {
        const walker = document.createTreeWalker(list, NodeFilter.SHOW_TEXT);
        const out: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          if (
            /[\u3400-\u9fff]/.test(node.textContent ?? '') &&
            node.parentElement?.closest('[lang]')?.getAttribute('lang') !== 'zh-CN'
          )
            out.push(node.textContent!);
        return out;
      });
      expect(unmarked).toEqual([]);
      expect(await watched.page.locator('[data-results] [lang="zh-CN"]').count()).toBeGreaterThan(0);
    } finally {
      await watched.close();
    }
  });

  it("finds a guide the seller's app words and a question particle hid (商家 for 卖家, a trailing 吗)", async () => {
    // Pagefind alone: 商家说拆封了不能退 finds eight guides without the opened-box one; 先用后付 退货了还要付钱吗 none.
    await open('/zh-cn/search/?q=' + encodeURIComponent('商家说拆封了不能退'));
    try {
      await watched.page.waitForSelector('[data-results] li');
      expect((await resultHrefs()).slice(0, 3)).toContain('/zh-cn/excuses/opened-so-no-return/');
      await watched.page.fill('input[type="search"]', '先用后付 退货了还要付钱吗');
      await expect.poll(async () => (await resultHrefs())[0]).toBe('/zh-cn/reference/buy-now-pay-later/');
      expect(watched.errors).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  it('offers to lift a filter that hid the guides holding every word', async () => {
    await open('/search/?q=' + encodeURIComponent('pricing error') + '&kind=Platform');
    try {
      // No platform guide holds both words: the status says the guides listed hold some of them, and the button
      // offers every kind.
      await expect
        .poll(() => watched.page.locator('[role="status"]').textContent())
        .toBe('No guide has every word of “pricing error”. These guides have some of them, most first.');
      await watched.page.getByRole('button', { name: 'Search all guides' }).click();
      await expect.poll(async () => (await resultHrefs()).slice(0, 3)).toContain('/problems/seller-cancelled-order/');
      expect(await watched.page.getByRole('radio', { name: 'All guides' }).isChecked()).toBe(true);
      expect(watched.page.url()).not.toContain('kind=');
      // Nothing of the kind at all: said so about the kind, not about the whole site.
      await watched.page.goto(`${baseUrl}/search/?q=zzqxjv&kind=Platform`);
      await expect
        .poll(() => watched.page.locator('[role="status"]').textContent())
        .toBe('No guide of this kind matches “zzqxjv”.');
      expect(await watched.page.getByRole('button', { name: 'Search all guides' }).isVisible()).toBe(true);
    } finally {
      await watched.close();
    }
  });

  it('searches the Chinese guides from the Chinese search page, and offers the Chinese check when nothing matches', async () => {
    await open('/zh-cn/search/?q=' + encodeURIComponent('签收了不给退'));
    try {
      await watched.page.waitForSelector('[data-results] li');
      const hrefs = await resultHrefs();
      expect(hrefs.slice(0, 3)).toContain('/zh-cn/excuses/signed-for-no-refund/');
      expect(hrefs.every((href) => href?.startsWith('/zh-cn/'))).toBe(true);
      await watched.page.goto(`${baseUrl}/zh-cn/search/?q=zzqxjv`);
      const offer = watched.page.getByRole('link', { name: /回答几个简单问题/ });
      await expect.poll(() => offer.isVisible()).toBe(true);
      expect(await offer.getAttribute('href')).toBe('/zh-cn/check/');
      expect(watched.errors).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
