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

/** A complete set of saved answers: reloading resumes at the review, then the plan, where details are typed. */
const complete = {
  purpose: 'personal',
  problem: 'late-delivery',
  platform: 'jd',
  'ordered-on': '2026-11-01',
  tried: 'nothing',
  amount: 100,
  evidence: ['chat'],
};

async function openPlanDetails(page: Page) {
  await page.goto(`${baseUrl}/check/`);
  await page.evaluate(
    (answers) => localStorage.setItem('refundpath.check', JSON.stringify({ v: 2, answers, ticks: [] })),
    complete,
  );
  await page.reload();
  await expect.poll(() => heading(page)).toBe('Check your answers');
  await page.getByRole('button', { name: 'See my plan' }).click();
  await expect.poll(() => heading(page)).toMatch(/^Your plan in/);
  await page.getByText('Details for your messages (optional)').click();
}

describe('markup typed or linked in stays text', () => {
  it('in free-text details, all the way into the plan’s messages', async () => {
    await withPage(async (page) => {
      await openPlanDetails(page);
      for (const label of [
        'What you bought (a few words, or the brand and model)',
        'Order number',
        'Shop name',
        'Name to sign the messages with',
      ]) {
        const field = page.locator('.check-details').getByLabel(label, { exact: true });
        await field.fill(payload.slice(0, 150));
        await field.press('Tab');
      }
      await expect.poll(() => page.locator('.check-app .template__text').first().textContent()).toContain('<img src=x');
      expect(await page.locator('.check-app img, .check-app script').count()).toBe(0);
    });
  });

  it('in the search box, and in search results’ metadata', async () => {
    await withPage(async (page) => {
      // A stand-in Pagefind whose result metadata carries markup, as a tampered index could.
      await page.route('**/pagefind/pagefind.js', (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: `export async function options() {} export async function init() {}
            export async function search() { return { results: [{ id: 'x', score: 1, data: async () => ({ url: '/x/', excerpt: 'safe <mark>text</mark>', meta: { title: ${JSON.stringify(payload)} }, filters: { kind: [${JSON.stringify(payload)}] } }) }] }; }`,
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
        await expect.poll(() => heading(page)).toBe('Who was it for?');
      }
      // An old format is reported; values that no longer parse are dropped quietly and asked again.
      await page.evaluate(() => localStorage.setItem('refundpath.check', '{"answers":{"mainland":true}}'));
      await page.reload();
      await expect.poll(() => page.locator('.check-notice').textContent()).toMatch(/could not be read/);
    });
  });

  it('a very long detail', async () => {
    await withPage(async (page) => {
      await openPlanDetails(page);
      const field = page.locator('.check-details').getByLabel('What you bought (a few words, or the brand and model)');
      await field.fill('x'.repeat(240));
      await field.press('Tab');
      await expect
        .poll(() => page.getByRole('alert').first().textContent())
        .toBe('Please keep this under 200 characters.');
      // Nothing typed is lost: the text is still there to shorten.
      expect((await field.inputValue()).length).toBe(240);
    });
  });

  it('a return received before the item was signed for', async () => {
    await withPage(async (page) => {
      await page.goto(
        `${baseUrl}/check/#v=2&purpose=personal&problem=changed-my-mind&platform=jd&received-on=2026-11-10&item-kind=other&tried=sent-back`,
      );
      const question = 'On what date did the seller receive your return?';
      await expect.poll(() => heading(page)).toBe(question);
      await page.getByLabel(question).fill('2026-11-05');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByRole('alert').first().textContent())
        .toBe('This date is before the day the parcel was signed for. Please check it.');
    });
  });
});
