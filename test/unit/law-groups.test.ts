import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRegistry } from '../support/laws';
import { articleName, articlesOf, citationLabel } from '../../src/lib/laws/format';
import {
  articleNumber,
  casesSlug,
  groupLaws,
  groupSlug,
  lawGroupPath,
  lawKinds,
  lawUrl,
  slugify,
  type LawEntryLike,
} from '../../src/lib/laws/groups';
import { fitTitle } from '../../src/lib/seo/title';
import { useTranslations } from '../../src/lib/i18n/ui';

const registry = readRegistry();

/** A grouping reduced to what a reader sees: page slugs in order, each with its entry ids in order. */
const outline = (entries: readonly LawEntryLike[]) =>
  groupLaws(entries).map((g) => [g.slug, g.entries.map((e) => e.id)]);

const entry = (id: string, data: Partial<LawEntryLike['data']> = {}): LawEntryLike => ({
  id,
  data: { kind: 'law', law: 'Civil Code', lawZh: '民法典', article: '1', ...data },
});

describe('the registry grouped into one page per law', () => {
  const groups = groupLaws(registry);

  it('puts every entry in exactly one group', () => {
    const ids = groups.flatMap((g) => g.entries.map((e) => e.id));
    expect(ids.sort()).toEqual(registry.map((e) => e.id).sort());
  });

  it('gives each group a unique, URL-safe slug that no entry id also uses (both are anchors on /laws/)', () => {
    const slugs = groups.map((g) => g.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const ids = new Set(registry.map((e) => e.id));
    expect(slugs.filter((s) => ids.has(s))).toEqual([]);
  });

  it('links every entry to its own section on a page that exists in the grouping', () => {
    const pages = new Map(groups.map((g) => [lawGroupPath(g.slug), g]));
    for (const e of registry) {
      const [path, hash] = lawUrl(e).split('#') as [string, string];
      expect(path, e.id).toMatch(/^\/laws\/[a-z0-9-]+\/$/);
      expect(
        pages.get(path)?.entries.map((x) => x.id),
        e.id,
      ).toContain(e.id);
      expect(hash).toBe(e.id);
    }
  });

  it('is the same whatever order the files are read in', () => {
    const expected = outline(registry);
    fc.assert(
      fc.property(fc.shuffledSubarray(registry, { minLength: registry.length }), (shuffled) => {
        expect(outline(shuffled)).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps every other page where it is when a law is removed (or added)', () => {
    const removed = groups[0]!.slug;
    const rest = outline(registry.filter((e) => groupSlug(e.data) !== removed));
    expect(rest).toEqual(outline(registry).filter(([slug]) => slug !== removed));
  });

  it('lists laws first, then platform rules, then court cases, and articles in number order', () => {
    const kinds = groups.map((g) => lawKinds.indexOf(g.kind));
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    for (const g of groups.filter((x) => x.kind !== 'case')) {
      const numbers = g.entries.map((e) => articleNumber(e.data.article));
      expect(numbers, g.slug).toEqual([...numbers].sort((a, b) => a - b));
    }
  });

  it('names each law the same way in every entry of its group', () => {
    for (const g of groups.filter((x) => x.kind !== 'case')) {
      for (const e of g.entries) {
        expect(e.data.kind, e.id).toBe(g.kind);
        expect(e.data, e.id).toMatchObject({ law: g.names!.law, lawZh: g.names!.lawZh });
      }
    }
  });

  it('finds the Consumer Rights Protection Law where the citations expect it', () => {
    const crpl25 = registry.find((e) => e.id === 'crpl-25')!;
    expect(lawUrl(crpl25)).toBe('/laws/consumer-rights-protection-law/#crpl-25');
  });
});

describe('group slugs', () => {
  it('come from the English name alone', () => {
    expect(slugify('Consumer Rights Protection Law')).toBe('consumer-rights-protection-law');
    expect(slugify('Supreme People’s Court Provisions on Online Consumption Disputes (I)')).toBe(
      'supreme-peoples-court-provisions-on-online-consumption-disputes-i',
    );
    expect(slugify('Interim Measures for 7-Day No-Reason Returns of Online Goods')).toBe(
      'interim-measures-for-7-day-no-reason-returns-of-online-goods',
    );
    expect(() => slugify('—')).toThrow(/No URL slug/);
  });

  it('put every court case on one page, whatever its name', () => {
    expect(groupSlug({ kind: 'case', law: 'Hangzhou Internet Court, Wang v. a Tmall shop' })).toBe(casesSlug);
    expect(lawUrl({ id: 'case-1', data: { kind: 'case', law: 'Any court' } })).toBe('/laws/court-cases/#case-1');
  });

  it('take a locale prefix for a translated edition', () => {
    expect(lawUrl(entry('cc-1'), 'zh-cn')).toBe('/zh-cn/laws/civil-code/#cc-1');
  });

  it('are URL-safe for any name that has a letter or digit', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => /[a-z0-9]/i.test(s)),
        (name) => {
          expect(slugify(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        },
      ),
    );
  });
});

describe('grouping rules', () => {
  it('sorts articles by number, not as text', () => {
    const law = (id: string, article: string) => entry(id, { article });
    const [group] = groupLaws([law('a', '48(1)(8)'), law('b', '10'), law('c', '9'), law('d', '30–31'), law('e', '—')]);
    expect(group!.entries.map((e) => e.data.article)).toEqual(['—', '9', '10', '30–31', '48(1)(8)']);
    expect(articleNumber('5, 14, 24')).toBe(5);
  });

  it('orders cases by the date they were decided', () => {
    const c = (id: string, decided: string) =>
      entry(id, { kind: 'case', law: `Court ${id}`, lawZh: `法院${id}`, article: '—', decided: new Date(decided) });
    expect(outline([c('late', '2024-05-01'), c('early', '2021-01-01'), entry('cc-1')])).toEqual([
      ['civil-code', ['cc-1']],
      [casesSlug, ['early', 'late']],
    ]);
  });

  it('shows one in-force date or edition for a group only when its entries agree', () => {
    const date = new Date('2021-01-01');
    const [same] = groupLaws([entry('a', { inForce: date }), entry('b', { inForce: new Date('2021-01-01') })]);
    expect(same!.inForce).toEqual(date);
    const [mixed] = groupLaws([entry('a', { inForce: date }), entry('b', { edition: '2023 amendment' })]);
    expect(mixed!.inForce).toBeUndefined();
    expect(mixed!.edition).toBeUndefined();
  });

  it('refuses two laws that would share a page, or one law named two ways in Chinese', () => {
    expect(() => groupLaws([entry('a'), entry('b', { law: 'Civil code!' })])).toThrow(/would share the page/);
    expect(() => groupLaws([entry('a'), entry('b', { kind: 'platform' })])).toThrow(/would share the page/);
    expect(() => groupLaws([entry('a'), entry('b', { lawZh: '中华人民共和国民法典' })])).toThrow(
      /differently in Chinese/,
    );
  });
});

describe('article names', () => {
  it('read as the citation does, in each language', () => {
    expect(articleName('25', 'en')).toBe('Art. 25');
    expect(articleName('30–31', 'en')).toBe('Arts. 30–31');
    expect(articleName('25', 'zh-cn')).toBe('第25条');
    expect(articleName('48(1)(8)', 'zh-cn')).toBe('第48条第1款第8项');
    expect(articleName('56(1)', 'zh-cn')).toBe('第56条第1款');
    expect(articleName('16, 23', 'zh-cn')).toBe('第16、23条');
    expect(articleName('30–31', 'zh-cn')).toBe('第30至31条');
    expect(articleName('—', 'en')).toBe('');
    const law = { law: 'Civil Code', lawZh: '民法典', article: '623' };
    expect(citationLabel(law, 'en')).toBe('Civil Code, Art. 623');
    expect(citationLabel(law, 'zh-cn')).toBe('《民法典》第623条');
    expect(citationLabel({ ...law, article: '—' }, 'en')).toBe('Civil Code');
    expect(citationLabel({ ...law, article: '—' }, 'zh-cn')).toBe('《民法典》');
    // An article a later revision may have renumbered is cited with the year of the text we read.
    const courier = {
      law: 'Interim Regulations on Express Delivery',
      lawZh: '快递暂行条例',
      article: '25',
      numberedIn: '2019',
    };
    expect(citationLabel(courier, 'en')).toBe('Interim Regulations on Express Delivery, Art. 25 (2019 text)');
    expect(citationLabel(courier, 'zh-cn')).toBe('《快递暂行条例》2019年文本第25条');
    // A citation may name one article of an entry that quotes several.
    expect(articlesOf('5, 14, 24, 65–66, 86')).toEqual(['5', '14', '24', '65', '66', '86']);
    expect(articlesOf('11–17')).toHaveLength(7);
    expect(articlesOf('25')).toEqual(['25']);
    expect(articlesOf('48(1)(8)')).toEqual(['48(1)(8)']);
    const court = { law: 'Beijing Internet Court, Li v. a shop', lawZh: '北京互联网法院李某诉某店铺案', article: '—' };
    expect(citationLabel({ ...court, kind: 'case' }, 'zh-cn')).toBe('北京互联网法院李某诉某店铺案');
    expect(citationLabel({ ...court, kind: 'case' }, 'en')).toBe('Beijing Internet Court, Li v. a shop');
  });
});

describe('law page titles', () => {
  const t = useTranslations('en');

  it('keep the helpful form where it fits, else the name, else the name cut at a word', () => {
    expect(fitTitle(['Civil Code: the text we cite', 'Civil Code'])).toBe('Civil Code: the text we cite');
    const long = 'Supreme People’s Court Interpretation on Punitive Damages in Food and Drug Disputes';
    expect(fitTitle([`${long}: the text we cite`, long])).toBe(
      'Supreme People’s Court Interpretation on Punitive Damages in Food and…',
    );
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { minLength: 1 }), (candidates) => {
        expect(fitTitle(candidates).length).toBeLessThanOrEqual(70);
      }),
    );
  });

  it('are unique for every law in the registry', () => {
    const titles = groupLaws(registry)
      .filter((g) => g.names)
      .map((g) => fitTitle([t('laws.group.title', { name: g.names!.law }), g.names!.law]));
    expect(new Set(titles).size).toBe(titles.length);
  });
});
