import { describe, expect, it } from 'vitest';
import { readRegistry } from '../support/laws';
import { readGuides } from '../support/guides';
import { measure, proseOf } from '../support/readability.mjs';
import { articlesOf } from '../../src/lib/laws/format';
import { factsReviewed } from '../../src/lib/site';

const guides = readGuides('en');
const zhGuides = readGuides('zh-cn');
const laws = readRegistry();
const citedIn = (body: string) => [...body.matchAll(/<Law\s+id="([^"]+)"(?:\s+art="[^"]+")?\s*\/>/g)].map((m) => m[1]!);

describe('the law registry', () => {
  it('has only files named by a valid id', () => {
    expect(laws.length).toBeGreaterThan(30);
    for (const { id } of laws) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('says of every platform rule that it is not law, and where the version we read came from', () => {
    for (const { id, data } of laws.filter((l) => l.data.kind === 'platform')) {
      expect(data.gist, id).toMatch(/^Platform rule, not law\./);
      expect(data.source.length, id).toBeGreaterThan(10);
    }
  });
});

describe('the footer\'s "facts last reviewed" date', () => {
  // Every page shows both: a guide that says it was reviewed on a later day than the footer beneath it says the
  // facts were last reviewed contradicts it.
  it('is no older than any guide\'s own "last reviewed" date, in either language', () => {
    const footer = factsReviewed.toISOString().slice(0, 10);
    const newest = [...guides, ...zhGuides]
      .map((g) => String(g.data.updated))
      .sort()
      .at(-1);
    expect(newest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(footer >= newest!, `footer ${footer}, newest guide ${newest}`).toBe(true);
  });
});

describe.each(guides.map((g) => [g.file, g] as const))('%s', (_file, guide) => {
  it('lists in its frontmatter exactly the laws its body cites', () => {
    expect([...new Set(citedIn(guide.body))].sort()).toEqual([...guide.data.laws].sort());
  });

  it('names only an article its cited entry quotes, the same in both languages', () => {
    const named = (body: string) =>
      [...body.matchAll(/<Law\s+id="([^"]+)"\s+art="([^"]+)"\s*\/>/g)].map((m) => `${m[1]} ${m[2]}`);
    for (const cite of named(guide.body)) {
      const [id, art] = cite.split(' ') as [string, string];
      expect(articlesOf(String(laws.find((l) => l.id === id)?.data.article ?? '')), cite).toContain(art);
    }
    const zh = zhGuides.find((g) => g.slug === guide.slug);
    if (zh) expect([...new Set(named(zh.body))].sort()).toEqual([...new Set(named(guide.body))].sort());
  });

  it('does not list itself as related', () => {
    expect(guide.data.related).not.toContain(guide.slug);
  });

  it('has at least 300 words of prose', () => {
    expect(measure(proseOf(guide.body)).words).toBeGreaterThanOrEqual(300);
  });

  it('cites the law it rests on', () => {
    if (['case', 'excuse', 'step'].includes(guide.data.kind)) expect(citedIn(guide.body).length).toBeGreaterThan(0);
  });

  it('has no placeholder text or leftover notes', () => {
    expect(guide.body).not.toMatch(/lorem ipsum|TODO|FIXME|TBD|\[citation needed\]/i);
  });

  it('starts below the title: no h1 of its own, and headings that are unique', () => {
    expect(guide.body).not.toMatch(/^# /m);
    const headings = [...guide.body.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]);
    expect(new Set(headings).size).toBe(headings.length);
  });
});

describe('the first content, from the seed document', () => {
  const slugs = (kind: string) => guides.filter((g) => g.data.kind === kind).map((g) => g.slug);

  it('covers the three case types, three excuses, four steps and prevention', () => {
    expect(slugs('case')).toEqual(
      expect.arrayContaining(['defective-or-damaged', 'not-as-described', 'lost-or-not-delivered']),
    );
    expect(slugs('excuse')).toEqual(
      expect.arrayContaining(['signed-for-no-refund', 'not-a-quality-issue', 'deadline-passed']),
    );
    expect(slugs('step')).toEqual(
      expect.arrayContaining(['negotiate-with-seller', 'platform-intervention', 'complain-to-12315', 'go-to-court']),
    );
    expect(slugs('prevention').length).toBeGreaterThanOrEqual(1);
  });
});
