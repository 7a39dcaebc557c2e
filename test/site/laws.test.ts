/** The law registry as built: one page per law, every entry's anchor, the index's old-link lines, quoted text. */
import { describe, expect, it } from 'vitest';
import { readRegistry } from '../support/laws';
import type { HTMLElement } from 'node-html-parser';
import { allPages, type BuiltPage } from '../support/dist';

const registry = readRegistry();

const pages = allPages();
const byUrl = new Map(pages.map((p) => [p.url, p]));
const index = byUrl.get('/laws/')!;
const lawPages = pages.filter((p) => /^\/laws\/[a-z0-9-]+\/$/.test(p.url));
// Each page's elements by id, gathered in one pass: the tests look up ~300 ids, and a selector query walks the
// whole page each time.
const idsOf = new Map<BuiltPage, Map<string, HTMLElement[]>>();
const withId = (page: BuiltPage, id: string): HTMLElement[] => {
  let ids = idsOf.get(page);
  if (!ids) {
    ids = new Map();
    for (const el of page.root.querySelectorAll('[id]')) {
      const same = ids.get(el.id);
      if (same) same.push(el);
      else ids.set(el.id, [el]);
    }
    idsOf.set(page, ids);
  }
  return ids.get(id) ?? [];
};
const byId = (page: BuiltPage, id: string) => withId(page, id)[0] ?? null;
/** Where each entry's section is: the law pages holding an element with its id. */
const sectionsOf = (id: string) => lawPages.filter((p) => byId(p, id));
const sectionOf = (id: string) => {
  const [page] = sectionsOf(id);
  if (!page) throw new Error(`no law page has #${id}`);
  return byId(page, id)!;
};
const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('/laws/ and one page per law', () => {
  it('builds a page for each law, and one for court cases only if there are any', () => {
    expect(index).toBeDefined();
    expect(lawPages.length).toBeGreaterThanOrEqual(10);
    expect(lawPages.some((p) => p.url === '/laws/court-cases/')).toBe(registry.some((e) => e.data.kind === 'case'));
  });

  it.each(registry.map((e) => e.id))('%s has exactly one section on one law page, and a line on /laws/', (id) => {
    const found = sectionsOf(id);
    expect(found.map((p) => p.url)).toHaveLength(1);
    const section = byId(found[0]!, id)!;
    expect(withId(found[0]!, id)).toHaveLength(1);
    expect(section.tagName).toBe('SECTION');
    expect(section.querySelector('h2')).not.toBeNull();

    // An old /laws/#<id> link lands on the entry's line in the index, whose link goes to the section.
    const line = byId(index, id);
    expect(line?.tagName).toBe('LI');
    expect(line!.querySelector('a')?.getAttribute('href')).toBe(`${found[0]!.url}#${id}`);
  });

  it('lists the groups at the top of /laws/, each linking to its part of the index and to its page', () => {
    const toc = index.root.querySelectorAll('nav.law-toc a').map((a) => a.getAttribute('href')!);
    expect(toc.length).toBe(lawPages.length);
    for (const href of toc) {
      const slug = href.replace(/^#/, '');
      const group = byId(index, slug);
      expect(group, href).not.toBeNull();
      expect(group!.querySelector('h3 a')?.getAttribute('href')).toBe(`/laws/${slug}/`);
    }
  });

  it('gives each law page breadcrumbs, a way back to all laws and a way back to the top', () => {
    for (const page of lawPages) {
      const crumbs = page.root.querySelectorAll('nav.breadcrumbs li a').map((a) => a.getAttribute('href'));
      expect(crumbs, page.url).toEqual(['/', '/laws/', page.url]);
      const back = page.root.querySelector('main .back-link a');
      expect(text(back?.textContent), page.url).toBe('Back to all laws');
      expect(back?.getAttribute('href')).toBe('/laws/');
      const main = page.root.querySelector('main')!.toString();
      expect(main.indexOf('Back to all laws'), page.url).toBeLessThan(main.indexOf('<h1'));
      expect(page.root.querySelectorAll('.back-to-top a[href="#main"]').length, page.url).toBeGreaterThan(0);
    }
  });
});

describe('citations', () => {
  /** Every /laws/ URL a page carries: links, and the check island's props (HTML-escaped JSON). */
  const lawRefs = pages.flatMap((page) => {
    const html = page.root.toString();
    return [...html.matchAll(/(?:"|&quot;)((?:\/zh-cn)?\/laws\/[^"&<\s]*)/g)].map((m) => ({
      from: page.url,
      href: m[1]!,
    }));
  });

  it('finds citations in the guides and in the check', () => {
    const citations = lawRefs.filter((r) => r.href.includes('#') && !/^(\/zh-cn)?\/laws\//.test(r.from));
    expect(citations.length).toBeGreaterThan(100);
    expect(citations.some((r) => r.from === '/check/')).toBe(true);
    expect(citations.some((r) => r.from === '/zh-cn/check/')).toBe(true);
    // Each edition cites into its own edition of the registry.
    const leaving = citations.filter((r) => r.from.startsWith('/zh-cn/') !== r.href.startsWith('/zh-cn/'));
    expect(leaving).toEqual([]);
  });

  it('every /laws/ link anywhere resolves to a page and, where it has one, an anchor', () => {
    const broken = lawRefs.filter(({ href }) => {
      const [path, hash] = href.split('#') as [string, string | undefined];
      const page = byUrl.get(path);
      return !page || (hash !== undefined && !byId(page, hash));
    });
    expect(broken).toEqual([]);
  });

  it('no citation outside /laws/ still points at the old single page', () => {
    const old = lawRefs.filter((r) => /^(\/zh-cn)?\/laws\/#/.test(r.href) && !/^(\/zh-cn)?\/laws\/$/.test(r.from));
    expect(old).toEqual([]);
  });
});

describe('the Chinese registry', () => {
  it.each(registry.map((e) => [e.id, e] as const))('%s reads in Chinese on /zh-cn/laws/', (id, entry) => {
    const [page] = sectionsOf(id);
    const zh = byUrl.get(`/zh-cn${page!.url}`);
    expect(zh, `/zh-cn${page!.url}`).toBeDefined();
    const section = byId(zh!, id)!;
    expect(text(section.textContent)).toContain(text(entry.data.gistZh));
    expect(text(section.textContent)).not.toContain(text(entry.data.gist));
    expect(section.querySelector('h2')?.textContent).toMatch(/[\u4e00-\u9fff]/);
    // Its source and any note on an unchecked text in Chinese, with no English research notes (pages audit, H4).
    expect(text(section.textContent)).toContain(text(entry.data.sourceZh));
    expect(text(section.textContent)).not.toContain(text(entry.data.source));
    if (entry.data.textUncheckedZh) expect(text(section.textContent)).toContain(text(entry.data.textUncheckedZh));
    for (const english of section.querySelectorAll('[lang="en"]'))
      expect(text(english.textContent).length, text(english.textContent)).toBeLessThan(120);
  });
});

describe('what each entry shows', () => {
  const withText = registry.filter((e) => e.data.text);
  const unchecked = registry.filter((e) => !e.data.text && e.data.textUnchecked);

  it.each(registry.map((e) => [e.id, e] as const))('%s shows its kind, gist, status and source', (id, e) => {
    const section = sectionOf(id);
    const kind = { law: 'Law', platform: 'Platform rule (not law)', case: 'Court case' }[e.data.kind];
    expect(text(section.querySelector('.law-badge')?.textContent)).toBe(kind);
    expect(text(section.textContent)).toContain(text(e.data.gist));
    expect(text(section.textContent)).toContain(e.data.status === 'verified' ? 'Verified' : 'Secondary source');
    expect(text(section.textContent)).toContain(text(e.data.source));
    if (e.data.version) expect(text(section.textContent)).toMatch(/Version read/);
    if (e.data.decided) expect(text(section.textContent)).toMatch(/Decided or published/);
  });

  it.runIf(withText.length > 0).each(withText.map((e) => [e.id, e] as const))(
    '%s quotes its official text in Chinese, with its source',
    (id, e) => {
      const section = sectionOf(id);
      const quote = section.querySelector('blockquote[lang="zh-CN"]');
      expect(quote).not.toBeNull();
      const firstLine = e.data
        .text!.split('\n')
        .find((l) => l.trim())!
        .trim();
      expect(text(quote!.textContent)).toContain(text(firstLine));
      if (e.data.textSource) {
        expect(text(section.querySelector('figcaption')?.textContent)).toBe(`Source: ${text(e.data.textSource)}`);
      }
      expect(text(section.textContent)).not.toContain('Official text not yet checked');
    },
  );

  it.runIf(unchecked.length > 0).each(unchecked.map((e) => [e.id, e] as const))(
    '%s says its official text is not yet checked, and why',
    (id, e) => {
      const note = sectionOf(id).querySelector('.law-unchecked');
      expect(text(note?.textContent)).toContain('Official text not yet checked');
      expect(text(note?.textContent)).toContain(text(e.data.textUnchecked));
      expect(text(byId(index, id)?.textContent)).toMatch(/text not checked/);
    },
  );
});
