/** Hostile and broken input: markup never becomes markup, and every fault gets a clear message in place. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { heading } from '../support/check-flow';
import { useBrowser } from '../support/use-browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

async function withPage(
  run: (page: Page) => Promise<void>,
  options: Parameters<ReturnType<typeof browser>['newContext']>[0] = {},
) {
  const context = await browser().newContext(options);
  const page = await context.newPage();
  try {
    await run(page);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  } finally {
    await context.close();
  }
}

/** Saved answers up to the free-text questions (a share link would skip those, so these are stored instead). */
const almostDone = {
  mainland: true,
  purpose: 'personal',
  problem: 'late-delivery',
  platform: 'jd',
  received: false,
  'ordered-on': '2026-11-01',
  food: false,
  'seller-said': 'none-yet',
  tried: 'nothing',
  fraud: false,
  amount: 100,
  payment: 'in-app',
  evidence: ['chat'],
};

async function resumeAtDetails(page: Page) {
  await page.goto(`${baseUrl}/check/`);
  await page.evaluate(
    (answers) => localStorage.setItem('refundpath.check', JSON.stringify({ v: 1, answers, ticks: [] })),
    almostDone,
  );
  await page.reload();
  await expect.poll(() => heading(page)).toBe('What did you buy? A few words are enough.');
}

describe('markup typed or linked in stays text', () => {
  it('in free-text answers, all the way into the plan’s messages', async () => {
    await withPage(async (page) => {
      await resumeAtDetails(page);
      for (const question of [
        'What did you buy? A few words are enough.',
        'In one sentence, what is wrong?',
        'What is the order number?',
        'What is the shop called?',
        'What name should the messages be signed with?',
      ]) {
        await expect.poll(() => heading(page)).toBe(question);
        await page.getByLabel(question).fill(payload.slice(0, 150));
        await page.keyboard.press('Enter');
      }
      await page.getByRole('button', { name: 'See my plan' }).click();
      await expect.poll(() => heading(page)).toMatch(/^Your plan in/);
      expect(await page.locator('.check-app img, .check-app script').count()).toBe(0);
      expect(await page.locator('.check-app .template__text').first().textContent()).toContain('<img src=x');
    });
  });

  it('in the search box, and in search results’ metadata', async () => {
    await withPage(async (page) => {
      // A stand-in Pagefind whose result metadata carries markup, as a tampered index could.
      await page.route('**/pagefind/pagefind.js', (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: `export async function options() {} export async function init() {}
            export async function debouncedSearch() { return { results: [{ data: async () => ({ url: '/x/', excerpt: 'safe <mark>text</mark>', meta: { title: ${JSON.stringify(payload)} }, filters: { kind: [${JSON.stringify(payload)}] } }) }] }; }`,
        }),
      );
      await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(payload)}`);
      await expect.poll(() => page.locator('[data-results] li').count()).toBe(1);
      expect(await page.locator('[data-results] h3 a').textContent()).toBe(payload);
      expect(await page.locator('[data-results] img, [data-results] script').count()).toBe(0);
      expect(await page.locator('[data-status]').textContent()).toContain(payload);
    });
  });
});

describe('faults get a clear message', () => {
  it('a missing search index', async () => {
    await withPage(async (page) => {
      await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
      await page.goto(`${baseUrl}/search/?q=refund`);
      await expect
        .poll(() => page.locator('[data-status]').textContent())
        .toBe('Search could not load. Please reload the page, or browse the guides from the home page.');
    });
  });

  it('search without JavaScript says so and offers the guides', async () => {
    await withPage(
      async (page) => {
        await page.goto(`${baseUrl}/search/?q=refund`);
        const notice = page.locator('noscript p');
        expect(await notice.isVisible()).toBe(true);
        expect(await notice.textContent()).toMatch(/Search needs JavaScript/);
      },
      { javaScriptEnabled: false },
    );
  });

  it('saved answers from an old or broken format', async () => {
    await withPage(async (page) => {
      await page.goto(`${baseUrl}/check/`);
      for (const stored of [
        '{"answers":{"mainland":true}}',
        'not json',
        '{"v":1,"answers":{"mainland":"perhaps","purpose":42}}',
      ]) {
        await page.evaluate((value) => localStorage.setItem('refundpath.check', value), stored);
        await page.reload();
        await expect.poll(() => heading(page)).toBe('Did you buy from a seller in mainland China?');
      }
      // An old format is reported; values that no longer parse are dropped quietly and asked again.
      await page.evaluate(() => localStorage.setItem('refundpath.check', '{"answers":{"mainland":true}}'));
      await page.reload();
      await expect.poll(() => page.locator('.check-notice').textContent()).toMatch(/could not be read/);
    });
  });

  it('a very long text answer', async () => {
    await withPage(async (page) => {
      await resumeAtDetails(page);
      await page.getByLabel('What did you buy? A few words are enough.').fill('x'.repeat(240));
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByRole('alert').first().textContent())
        .toBe('Please keep this under 200 characters.');
      // Nothing typed is lost: the text is still there to shorten.
      expect((await page.getByLabel('What did you buy? A few words are enough.').inputValue()).length).toBe(240);
    });
  });

  it('an order date after the day the parcel was signed for', async () => {
    await withPage(async (page) => {
      await page.goto(
        `${baseUrl}/check/#v=1&mainland=yes&purpose=personal&problem=late-delivery&platform=jd&received=yes&received-on=2026-11-10`,
      );
      await expect.poll(() => heading(page)).toBe('On what date did you order and pay?');
      await page.getByLabel('On what date did you order and pay?').fill('2026-11-20');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByRole('alert').first().textContent())
        .toBe('This date is after the day the parcel was signed for. Please check both dates.');
    });
  });
});
