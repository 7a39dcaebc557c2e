/**
 * How the search page puts Pagefind's answers together (src/lib/search/broaden.ts), against a small index that
 * behaves as Pagefind does: a page is found only when it holds every word of the query. The real index and the real
 * segmenter are tested in the browser (test/e2e/search-queries.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { findPages, inGuidesWords, meaningfulWords, type Search, type SearchWords } from '../../src/lib/search/broaden';
import { en } from '../../src/lib/search/words/en';
import { zhCn } from '../../src/lib/search/words/zh-cn';

const words: SearchWords = {
  stop: ['my', 'the'],
  same: [
    ['seller', 'shop', 'store'],
    ['七天', '7天'],
  ],
};
const bySpaces = (query: string) => query.split(/\s+/).filter(Boolean);

/** A page per id, with the words it holds; a word's score is its weight on that page (1 unless given). */
function index(pages: Record<string, Record<string, number> | string[]>) {
  const asked: string[] = [];
  const search: Search<string> = (query) => {
    asked.push(query);
    const terms = bySpaces(query);
    const hits = Object.entries(pages)
      .map(([id, held]) => {
        const weights = Array.isArray(held) ? Object.fromEntries(held.map((w) => [w, 1])) : held;
        if (!terms.every((t) => t in weights)) return undefined;
        return { id, score: terms.reduce((sum, t) => sum + (weights[t] ?? 0), 0), data: () => Promise.resolve(id) };
      })
      .filter((hit) => hit !== undefined)
      .sort((a, b) => b.score - a.score);
    return Promise.resolve(hits);
  };
  return { search, asked };
}

const ids = async (found: Promise<{ hits: readonly { id: string }[]; whole: number }>) => {
  const { hits, whole } = await found;
  return { ids: hits.map((h) => h.id), whole };
};

describe('the words a query is searched with', () => {
  it('drops words that carry no meaning for search, unless nothing else is left', () => {
    expect(meaningfulWords(bySpaces('seller refused my refund'), words)).toEqual(['seller', 'refused', 'refund']);
    expect(meaningfulWords(bySpaces('my the'), words)).toEqual(['my', 'the']);
    expect(meaningfulWords(bySpaces('My refund'), words)).toEqual(['refund']);
  });

  it('writes the words people type as the guides write them', () => {
    expect(inGuidesWords('shop refused', words)).toBe('seller refused');
    expect(inGuidesWords('7天无理由退货', words)).toBe('七天无理由退货');
    expect(inGuidesWords('Shop and store, 7天', words)).toBe('seller and seller, 七天');
    expect(inGuidesWords('refund', words)).toBe('refund');
  });

  it('swaps a Latin word only where a word starts, never inside another word', () => {
    expect(inGuidesWords('shops', words)).toBe('sellers');
    expect(inGuidesWords('workshop', words)).toBe('workshop');
  });
});

describe('finding pages', () => {
  it('keeps whole matches as Pagefind ranks them when there are enough', async () => {
    const { search } = index({ a: { refund: 3, seller: 1 }, b: { refund: 2, seller: 2 }, c: ['refund', 'seller'] });
    expect(await ids(findPages(search, 'seller refund', words, bySpaces))).toEqual({ ids: ['a', 'b', 'c'], whole: 3 });
  });

  it('finds the guide a stop word hid ("my" is not on the page)', async () => {
    const { search, asked } = index({ guide: ['seller', 'refused', 'refund'], other: ['my', 'seller', 'refused'] });
    const found = await ids(findPages(search, 'seller refused my refund', words, bySpaces));
    expect(asked[0]).toBe('seller refused refund');
    expect(found.ids[0]).toBe('guide');
  });

  it("finds a guide written with the word the reader did not type, ranked as Pagefind ranks the guides' word", async () => {
    const { search, asked } = index({
      a: { seller: 5, refused: 5 },
      b: { shop: 9, refused: 9 },
      c: { seller: 1, refused: 1 },
      d: { seller: 3, refused: 3 },
    });
    const found = await ids(findPages(search, 'shop refused', words, bySpaces));
    expect(asked).toEqual(['seller refused']);
    expect(found).toEqual({ ids: ['a', 'd', 'c'], whole: 3 });
  });

  it('with fewer than three whole matches, adds the pages holding most of the words, most first, and counts apart', async () => {
    const { search } = index({
      whole: ['price', 'dropped', 'next', 'day'],
      three: { price: 1, dropped: 1, day: 1 },
      twoStrong: { price: 9, dropped: 9 },
      one: { day: 50 },
      none: ['court'],
    });
    const found = await ids(findPages(search, 'price dropped next day', words, bySpaces));
    expect(found).toEqual({ ids: ['whole', 'three', 'twoStrong', 'one'], whole: 1 });
  });

  it("scales each word's scores to its best page, so a common word's big scores do not decide alone", async () => {
    const { search } = index({
      manyFakes: { fake: 10, pinduoduo: 0.1 },
      platform: { fake: 2, pinduoduo: 5 },
    });
    const found = await ids(findPages(search, 'fake airpods pinduoduo', words, bySpaces));
    expect(found).toEqual({ ids: ['platform', 'manyFakes'], whole: 0 });
  });

  it('counts a word held by few pages for more than words held by nearly all', async () => {
    const { search } = index({
      commonTwo: ['buy', 'day'],
      rare: ['snacks'],
      p3: ['buy', 'day'],
      p4: ['buy', 'day'],
      p5: ['buy', 'day'],
      p6: ['buy', 'day'],
    });
    const found = await ids(findPages(search, 'buy snacks mould day', words, bySpaces));
    expect(found.ids[0]).toBe('rare');
  });

  it('counts a word typed as its synonym as held', async () => {
    const { search } = index({ guide: ['seller', 'refused'], other: ['refused'] });
    const found = await ids(findPages(search, 'seller refused coupon', words, bySpaces));
    expect(found).toEqual({ ids: ['guide', 'other'], whole: 0 });
  });

  it('does not loosen a one-word query, and finds nothing where nothing holds a word', async () => {
    const { search, asked } = index({ a: ['refund'] });
    expect(await ids(findPages(search, 'hotel', words, bySpaces))).toEqual({ ids: [], whole: 0 });
    expect(asked).toEqual(['hotel']);
    expect(await ids(findPages(search, 'hotel booking', words, bySpaces))).toEqual({ ids: [], whole: 0 });
  });
});

describe("the site's word lists", () => {
  it('hold each word once, lower-case, and no word both dropped and given synonyms', () => {
    for (const list of [en, zhCn]) {
      const grouped = list.same.flat();
      expect(new Set(list.stop).size).toBe(list.stop.length);
      expect(new Set(grouped).size).toBe(grouped.length);
      expect(list.stop.filter((w) => w !== w.toLowerCase())).toEqual([]);
      expect(grouped.filter((w) => list.stop.includes(w))).toEqual([]);
      expect(list.same.every((group) => group.length >= 2)).toBe(true);
      // A word typed for another is never itself a guide's word in another group (the swaps would chain).
      const typed = list.same.flatMap(([, ...rest]) => rest);
      expect(list.same.filter(([guides]) => typed.includes(guides))).toEqual([]);
    }
  });
});
