/**
 * The law registry's quotes: every entry quotes its article (`text`, with `textSource`) or says why it cannot
 * (`textUnchecked`); its `phrase` is words of that quote a reader can search for; and the quote is the cited
 * article(s) alone, not its neighbours.
 */
import { describe, expect, it } from 'vitest';
import { readRegistryFiles } from '../support/laws';
import { type Law, lawProblems, lawSchema } from '../../src/lib/laws/schema';
import { articleHeading, chineseNumeral, citedArticles } from '../support/zh-numerals';

// Parsed safely: an entry the schema refuses still gets its own named failures below, rather than stopping the file.
const parsed = readRegistryFiles().map(({ id, raw }) => ({ id, result: lawSchema.safeParse(raw) }));
const entries: { id: string; law: Law }[] = parsed.flatMap(({ id, result }) =>
  result.success ? [{ id, law: result.data }] : [],
);
const quoted = entries.filter(({ law }) => law.text !== undefined);
/** Entries whose quote must be exactly the cited articles: not cases, not rules cited as a whole. */
const byArticle = quoted.filter(({ law }) => law.kind !== 'case' && citedArticles(law.article).length > 0);

// A line that opens an article: 第二十五条 …, or 第25条 in rules that number in figures.
const headingAtLineStart = /^第[零〇一二三四五六七八九十百千\d]+条/gm;

describe('the Chinese article numbers the registry test relies on', () => {
  it('writes numbers as statutes print them', () => {
    const cases: [number, string][] = [
      [1, '一'],
      [9, '九'],
      [10, '十'],
      [11, '十一'],
      [20, '二十'],
      [25, '二十五'],
      [100, '一百'],
      [101, '一百零一'],
      [110, '一百一十'],
      [148, '一百四十八'],
      [604, '六百零四'],
      [1000, '一千'],
      [1005, '一千零五'],
      [1010, '一千零一十'],
      [1260, '一千二百六十'],
    ];
    for (const [n, zh] of cases) expect(chineseNumeral(n), String(n)).toBe(zh);
    expect(articleHeading(25)).toBe('第二十五条');
    expect(articleHeading(148)).toBe('第一百四十八条');
    expect(articleHeading(1)).toBe('第一条');
    expect(() => chineseNumeral(0)).toThrow();
  });

  it('reads the articles an entry cites', () => {
    expect(citedArticles('25')).toEqual([25]);
    expect(citedArticles('48(1)(8)')).toEqual([48]);
    expect(citedArticles('30–31')).toEqual([30, 31]);
    expect(citedArticles('11-17')).toEqual([11, 12, 13, 14, 15, 16, 17]);
    expect(citedArticles('16, 23')).toEqual([16, 23]);
    expect(citedArticles('5, 65–66, 82')).toEqual([5, 65, 66, 82]);
    expect(citedArticles('—')).toEqual([]);
    expect(() => citedArticles('Art. 5')).toThrow();
  });
});

describe('the law registry', () => {
  it('has entries to check', () => {
    expect(parsed.length).toBeGreaterThan(30);
  });

  it.each(parsed.map((p) => [p.id, p] as const))('%s matches the schema', (id, { result }) => {
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`), id).toEqual([]);
  });

  it.each(entries.map((e) => [e.id, e] as const))(
    '%s quotes its article or says why not, with what its kind needs',
    (id, { law }) => {
      expect(lawProblems(law), id).toEqual([]);
    },
  );

  it.each(quoted.map((e) => [e.id, e] as const))('%s: its phrase occurs verbatim in its text', (id, { law }) => {
    expect(law.text!.includes(law.phrase), `${id}: “${law.phrase}” is not in its text`).toBe(true);
  });

  it.each(entries.map((e) => [e.id, e] as const))(
    '%s: its phrase is distinctive, not a common word or the title',
    (id, { law }) => {
      expect([...law.phrase].length, `${id}: “${law.phrase}” is shorter than 8 characters`).toBeGreaterThanOrEqual(8);
      expect(
        law.phrase.includes(law.lawZh) || law.lawZh.includes(law.phrase),
        `${id}: “${law.phrase}” overlaps the title ${law.lawZh}`,
      ).toBe(false);
    },
  );

  it.each(byArticle.map((e) => [e.id, e] as const))('%s: its text is the cited article alone', (id, { law }) => {
    const text = law.text!;
    const cited = citedArticles(law.article);
    const first = articleHeading(cited[0]!);
    expect(text.startsWith(first), `${id}: text should start with ${first}, starts “${text.slice(0, 12)}”`).toBe(true);
    const allowed = new Set(cited.flatMap((n) => [articleHeading(n), `第${n}条`]));
    const strays = (text.match(headingAtLineStart) ?? []).filter((heading) => !allowed.has(heading));
    expect(strays, `${id}: quotes articles it does not cite (article ${law.article})`).toEqual([]);
  });

  it.each(byArticle.map((e) => [e.id, e] as const))(
    '%s: its text quotes every article it cites, once',
    (id, { law }) => {
      const headings = law.text!.match(headingAtLineStart) ?? [];
      const count = (n: number) => headings.filter((h) => h === articleHeading(n) || h === `第${n}条`).length;
      const wrong = citedArticles(law.article).filter((n) => count(n) !== 1);
      expect(wrong.map(articleHeading), `${id}: article ${law.article}, quoted other than once`).toEqual([]);
    },
  );
});
