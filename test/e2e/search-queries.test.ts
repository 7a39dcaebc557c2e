/**
 * Queries real readers type, and the guide each should find in the top 3. Rankings come from titles, descriptions,
 * headings and Pagefind's weighting of the built pages: no query is special-cased anywhere.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/use-browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
let page: Page;

beforeAll(async () => {
  page = await browser().newPage();
  await page.goto(`${baseUrl}/search/`);
});

const queries: [query: string, expected: string][] = [
  ['signed for', '/excuses/signed-for-no-refund/'],
  ['fake', '/problems/counterfeit-goods/'],
  ['counterfeit', '/problems/counterfeit-goods/'],
  ['parcel never arrived', '/problems/lost-or-not-delivered/'],
  ['not as described', '/problems/not-as-described/'],
  ['12315', '/steps/complain-to-12315/'],
  ['small claims court', '/steps/go-to-court/'],
  ['store credit', '/excuses/store-credit-only/'],
  ['opened the box', '/excuses/opened-so-no-return/'],
  ['changed my mind', '/problems/changed-my-mind/'],
  ['pre-sale deposit', '/problems/pre-sale-deposits/'],
  ['live stream', '/problems/live-stream-purchases/'],
  ['xianyu', '/problems/second-hand-from-a-person/'],
  ['unboxing video', '/evidence/evidence-to-keep/'],
  ['platform intervention', '/steps/platform-intervention/'],
  ['return shipping', '/excuses/you-pay-return-shipping/'],
  ['manufacturer', '/excuses/contact-the-manufacturer/'],
  ['food', '/problems/food-and-health-products/'],
  ['shop closed', '/excuses/shop-has-closed/'],
  ['punitive damages', '/steps/punitive-damages/'],
  ['consumer association', '/steps/consumer-association/'],
  ['online course', '/problems/digital-goods-and-courses/'],
  ['wrong size', '/problems/wrong-or-missing-items/'],
  ['late delivery', '/problems/late-delivery/'],
  ['final interpretation', '/excuses/final-interpretation-right/'],
  ['tags cut off', '/excuses/tags-off-or-used/'],
  ['clearance sale', '/excuses/sale-items-no-returns/'],
];

async function top3(query: string): Promise<string[]> {
  // A string, so the test runner does not rewrite the browser's own import().
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
    const search = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
    return data.map((d) => d.url);
  })()`);
}

describe('real queries find the right guide in the top 3', () => {
  it('has at least 15 queries', () => expect(queries.length).toBeGreaterThanOrEqual(15));

  it.each(queries)('“%s” finds %s', async (query, expected) => {
    expect(await top3(query)).toContain(expected);
  });
});
