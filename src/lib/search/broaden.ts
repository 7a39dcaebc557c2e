/**
 * What the search page asks Pagefind, and how it puts the answers together.
 *
 * Pagefind returns only pages that hold every word of a query. People type questions and stories ("刚买第二天就降价了",
 * "seller refused my refund"), and one ordinary word the right guide happens not to use ("第二天", "my") hid that
 * guide, or left nothing at all. So the page:
 * 1. writes the words the apps use (商家, 7天) as the guides write them (卖家, 七天). Asking with both forms and merging
 *    was tried: the rarer form scores higher in Pagefind, so "卖家拒绝退款" lost its guide to pages that say 商家;
 * 2. drops the words that carry no meaning for search (question particles, "my", "the"), unless nothing else is left;
 * 3. when fewer than three pages hold every word, adds the pages that hold some of them, ranked by the words they hold
 *    (a rare word counting for more than a common one) and then by score, and says so.
 * No query is special-cased: the words are per-locale lists (./words), the same for every query.
 */

/** One language's search words. */
export interface SearchWords {
  /** Words dropped from a query: they carry no meaning for search, and a guide's wording decides whether they occur. */
  readonly stop: readonly string[];
  /** Groups of words people use for the same thing, the guides' own word first: the others are read as it. */
  readonly same: readonly (readonly [guides: string, ...typed: string[]])[];
}

/** A Pagefind result: the page's id, its score for this query, and its data on demand. */
export interface Hit<T> {
  readonly id: string;
  readonly score: number;
  data(): Promise<T>;
}

export type Search<T> = (query: string) => Promise<readonly Hit<T>[]>;

/** Splits a query into words as Pagefind does in the browser (Intl.Segmenter in the page's language). */
export type Segment = (query: string) => string[];

export interface Found<T> {
  /** Pages holding every word, best first; then, if any, pages holding most of them. */
  readonly hits: readonly Hit<T>[];
  /** How many of `hits` hold every word: the rest came from the looser search. */
  readonly whole: number;
}

/** Below this many whole matches, the looser search adds pages that hold most of the words. */
export const fewResults = 3;
/** A long story asks Pagefind once per word: past this many words, the rest are left out of the looser search. */
const maxLooseWords = 12;

/** The query with each synonym written as the guides write it. */
export function inGuidesWords(query: string, words: SearchWords): string {
  return words.same.reduce(
    (text, [guides, ...typed]) => typed.reduce((t, form) => replaceWord(t, form, guides), text),
    query,
  );
}

/** Swaps a word in; a Latin word only where a word starts ("package" in "packages", never inside another word). */
function replaceWord(text: string, from: string, to: string): string {
  const start = /^[a-z0-9]/i.test(from) ? '\\b' : '';
  return text.split(new RegExp(`${start}${escapeRegExp(from)}`, 'gi')).join(to);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A query's words (as segmented), without those that carry no meaning for search (unless that would leave none). */
export function meaningfulWords(all: readonly string[], words: SearchWords): string[] {
  const stop = new Set(words.stop.map((w) => w.toLowerCase()));
  const kept = all.filter((w) => !stop.has(w.toLowerCase()));
  return kept.length ? kept : [...all];
}

const byScore = <T>(a: Hit<T>, b: Hit<T>) => b.score - a.score;

/** Searches as described at the top of this file. */
export async function findPages<T>(
  search: Search<T>,
  query: string,
  words: SearchWords,
  segment: Segment,
): Promise<Found<T>> {
  const canonical = inGuidesWords(query, words);
  const all = segment(canonical);
  const kept = meaningfulWords(all, words);
  // The query as typed when every word counts (so Pagefind sees it whole); otherwise its meaningful words.
  const whole = [...(await search(kept.length === all.length ? canonical : kept.join(' ')))].sort(byScore);
  if (whole.length >= fewResults || kept.length < 2) return { hits: whole, whole: whole.length };

  // Pages holding most of the words: each word asked alone. A word counts for more the fewer pages hold it (a page
  // holding 零食 and 发霉 answers "天猫超市买的零食发霉了" better than one holding 天, 猫 and 买), and within one
  // word a page counts by its score scaled to that word's best page.
  const found = new Set(whole.map((hit) => hit.id));
  const perWord = await Promise.all([...new Set(kept)].slice(0, maxLooseWords).map((word) => search(word)));
  const pages = new Set(perWord.flatMap((hits) => hits.map((hit) => hit.id))).size;
  const loose = new Map<string, { hit: Hit<T>; weight: number; score: number }>();
  for (const hits of perWord) {
    const rarity = Math.log(1 + pages / Math.max(1, hits.length));
    const top = Math.max(...hits.map((hit) => hit.score));
    for (const hit of hits) {
      if (found.has(hit.id)) continue;
      const entry = loose.get(hit.id) ?? { hit, weight: 0, score: 0 };
      entry.weight += rarity;
      entry.score += top > 0 ? hit.score / top : 0;
      loose.set(hit.id, entry);
    }
  }
  const most = [...loose.values()].sort((a, b) => b.weight - a.weight || b.score - a.score).map((entry) => entry.hit);
  return { hits: [...whole, ...most], whole: whole.length };
}
