/**
 * Queries real readers type, and the guide each should find in the top 3, asked through the search page's own
 * `find` (what a reader gets: Pagefind, plus the page's stop words, synonyms and looser search). Rankings come from
 * titles, descriptions, headings and Pagefind's weighting of the built pages: no query is special-cased anywhere.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { auditEnQueries, auditZhQueries } from '../fixtures/search-queries-audit';
import { moreEnQueries, newEnQueries, newZhQueries } from '../fixtures/search-queries-new';
import { zhQueries as firstZhQueries } from '../fixtures/search-queries-zh';
import { allPages } from '../support/dist';
import { readGuides } from '../support/guides';
import { useBrowser } from '../support/use-browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
let page: Page;
let zhPage: Page;

beforeAll(async () => {
  // Pagefind picks the index of the page's <html lang>: each edition searches its own language.
  [page, zhPage] = await Promise.all([browser().newPage(), browser().newPage()]);
  await Promise.all([page.goto(`${baseUrl}/search/`), zhPage.goto(`${baseUrl}/zh-cn/search/`)]);
});

/**
 * Guides written but waiting in drafts/ until the check can reach their cases (drafts/README.md): their queries
 * join when they are published.
 */
const waiting = ['minors-spending'];
const published = ([, expected]: readonly [string, string]) => !waiting.some((slug) => expected.endsWith(`/${slug}/`));

const firstQueries: [query: string, expected: string][] = [
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
const queries = [...firstQueries, ...newEnQueries.filter(published), ...moreEnQueries];
const zhQueries = [...firstZhQueries, ...newZhQueries.filter(published)];

async function top3(query: string, on: Page = page): Promise<string[]> {
  return on.evaluate(async (q) => {
    await customElements.whenDefined('search-page');
    const element = document.querySelector('search-page') as HTMLElement & {
      find(query: string): Promise<{ pages: { url: string }[] }>;
    };
    return (await element.find(q)).pages.slice(0, 3).map((p) => p.url);
  }, query);
}

describe('real queries find the right guide in the top 3', () => {
  it('has at least 60 queries', () => expect(queries.length).toBeGreaterThanOrEqual(60));

  it('a third of those written before the "also called" names share no phrase with any title or name', () => {
    // The queries committed before the aliases were written (the first 27 came after the titles and cannot count).
    // A "phrase" is two content words in a row ("for a" and "the seller" are not phrases): a query that shares
    // none was found by meaning, not by copying.
    const before = [...newEnQueries.filter(published), ...moreEnQueries];
    const stop = new Set(['a', 'an', 'the', 'to', 'for', 'of', 'in', 'on', 'at', 'by', 'with', 'and', 'or', 'but']);
    for (const w of ['my', 'me', 'i', 'is', 'it', 'this', 'that', 'what', 'can', 'do', 'how', 'who']) stop.add(w);
    for (const w of ['your', 'you', 'so', 'be', 'was', 'has']) stop.add(w);
    const words = (s: string) => (s.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? []).filter((w) => !stop.has(w));
    const pairs = (s: string) => {
      const w = words(s);
      // A one-word query is its own phrase.
      return w.length === 1 ? w : w.slice(1).map((word, i) => `${w[i]} ${word}`);
    };
    const named = new Set(
      readGuides('en').flatMap((g) =>
        [g.data.title, ...(g.data.aliases as string[])].flatMap((s) => [...pairs(s), ...words(s)]),
      ),
    );
    const unshared = before.filter(([query]) => !pairs(query).some((pair) => named.has(pair)));
    expect(unshared.length).toBeGreaterThanOrEqual(Math.ceil(before.length / 3));
  });

  it.each(queries)('“%s” finds %s', async (query, expected) => {
    expect(await top3(query)).toContain(expected);
  });
});

describe('Chinese queries, typed the way people type them, find the Chinese guide in the top 3', () => {
  it('has at least 40 queries, a third of which share no phrase with any Chinese title', () => {
    expect(zhQueries.length).toBeGreaterThanOrEqual(40);
    const titles = allPages()
      .filter((p) => /^\/zh-cn\/(problems|excuses|steps|evidence|prevention|reference|platforms)\/[^/]+\/$/.test(p.url))
      .map((p) => p.root.querySelector('h1')?.textContent ?? '');
    expect(titles.length).toBeGreaterThanOrEqual(30);
    // A "phrase" here is any 4 characters in a row (about two Chinese words), once the question endings every
    // title and query share (怎么办, 还能退吗, 合法吗 ...) are cut out: a query that shares none with any title was
    // found through the description and body, by meaning, not by copying the title's words.
    const endings = /怎么办|怎么申请|还能退吗|能退吗|合法吗|有用吗|对吗|有效吗/g;
    const runs = (s: string) => {
      const parts = s
        .replace(endings, '|')
        .replace(/[^\u4e00-\u9fffA-Za-z0-9|]/g, '')
        .split('|');
      return new Set(
        parts.flatMap((p) => Array.from({ length: Math.max(0, p.length - 3) }, (_, i) => p.slice(i, i + 4))),
      );
    };
    const unshared = zhQueries.filter(([query]) => {
      const q = runs(query);
      return titles.every((title) => ![...runs(title)].some((run) => q.has(run)));
    });
    expect(unshared.length).toBeGreaterThanOrEqual(Math.ceil(zhQueries.length / 3));
  });

  it.each(zhQueries)('“%s” finds %s', async (query, expected) => {
    expect(await top3(query, zhPage)).toContain(expected);
  });
});

describe("an independent audit's queries, locked before any search", () => {
  // Not every query of an outside audit can be answered (typos such as 退获, a word no guide uses), so this holds the
  // share that finds an answering guide in the top 3, and names the misses when it falls. On 1 Dec: 22 of 52 before
  // the page's stop words, synonyms and looser search; 45 after them (see the fixture for the four names added). The
  // seven misses then: two typos (介如, and the English "12315 complaint in english", whose guide never says English),
  // and stories whose telling words no guide holds (付完款…没货, 寄回去了…一直不退钱, airpods, alipay, sold out).
  it('finds an answering guide in the top 3 for at least 45 of the 52', async () => {
    const all = [
      ...auditZhQueries.map(([query, slugs]) => [query, slugs, '/zh-cn'] as const),
      ...auditEnQueries.map(([query, slugs]) => [query, slugs, ''] as const),
    ];
    const misses: string[] = [];
    for (const [query, slugs, prefix] of all) {
      const found = await top3(query, prefix ? zhPage : page);
      const hit = found.some((url) => url.startsWith(`${prefix}/`) && slugs.some((slug) => url.endsWith(`/${slug}/`)));
      if (!hit) misses.push(`${query} -> ${found.join(', ')}`);
    }
    expect(all).toHaveLength(52);
    expect(all.length - misses.length, misses.join('\n')).toBeGreaterThanOrEqual(45);
  });
});
