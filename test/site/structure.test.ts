import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stalePlatformRules } from '../../src/lib/laws/staleness';
import { allPages, distDir, htmlFiles, inLocaleOf, localeOfUrl } from '../support/dist';
import { readGuides } from '../support/guides';
import { readRegistry } from '../support/laws';

const pages = allPages();
const page = (url: string) => {
  const found = pages.find((p) => p.url === url);
  if (!found) throw new Error(`no built page at ${url}`);
  return found;
};
const guideUrls = pages
  .map((p) => p.url)
  .filter((u) => /^(\/zh-cn)?\/(problems|excuses|steps|prevention|evidence|reference|platforms)\/[^/]+\/$/.test(u));

describe('what every page is made of', () => {
  it('builds the guides from the seed: 3 problems, 3 excuses, 4 steps and prevention', () => {
    const count = (section: string) => guideUrls.filter((u) => u.startsWith(`/${section}/`)).length;
    expect(count('problems')).toBeGreaterThanOrEqual(3);
    expect(count('excuses')).toBeGreaterThanOrEqual(3);
    expect(count('steps')).toBeGreaterThanOrEqual(4);
    expect(count('prevention')).toBeGreaterThanOrEqual(1);
  });

  it.each(pages.map((p) => [p.url, p] as const))(
    '%s has a skip link, one h1, a main landmark and the header search',
    (_url, p) => {
      const skip = p.root.querySelector('a.skip-link');
      expect(skip?.getAttribute('href')).toBe('#main');
      expect(p.root.querySelector('main#main')).not.toBeNull();
      expect(p.root.querySelectorAll('h1')).toHaveLength(1);
      // The search page's own box replaces the header one there; each edition searches its own language.
      const searchPage = inLocaleOf(p.url, '/search/');
      const search = p.url === searchPage ? 'main form[role="search"]' : 'header form[role="search"]';
      expect(p.root.querySelector(`${search}[action="${searchPage}"] input[name="q"]`)).not.toBeNull();
    },
  );

  it.each(guideUrls)('%s shows breadcrumbs, a last-reviewed date, the disclaimer and related guides', (url) => {
    const p = page(url);
    const crumbs = p.root.querySelectorAll('nav.breadcrumbs li a');
    expect(crumbs.length).toBe(3);
    expect(crumbs.at(-1)?.getAttribute('aria-current')).toBe('page');
    const meta = p.root.querySelector('.guide-meta')?.textContent ?? '';
    if (localeOfUrl(url) === 'en') {
      expect(meta).toMatch(/Last reviewed \d{1,2} [A-Z][a-z]+ 20\d\d/);
      expect(meta).toMatch(/not legal advice/);
    } else {
      expect(meta).toMatch(/最后核对于20\d\d年\d{1,2}月\d{1,2}日/);
      expect(meta).toMatch(/不是针对你个案的法律意见/);
    }
    expect(p.root.querySelectorAll('aside.related li').length).toBeGreaterThanOrEqual(2);
  });

  it.each(guideUrls)('%s says what else people call its problem, weighted up for search', (url) => {
    const line = page(url).root.querySelector('article .guide-aliases');
    expect(line?.textContent).toMatch(
      localeOfUrl(url) === 'en' ? /^Also called: .+, .+, .+\.$/ : /^也叫：.+、.+、.+。$/,
    );
    expect(line?.getAttribute('data-pagefind-weight')).toBe('6');
  });

  it.each(guideUrls)('%s links into the check, with its own case or excuse preselected', (url) => {
    const [section, slug] = url
      .replace(/^\/zh-cn/, '')
      .split('/')
      .slice(1);
    const href = page(url).root.querySelector('.check-cta a')?.getAttribute('href');
    const check = inLocaleOf(url, '/check/');
    const expected =
      section === 'problems' ? `${check}?case=${slug}` : section === 'excuses' ? `${check}?excuse=${slug}` : check;
    expect(href).toBe(expected);
  });

  it.each(guideUrls)('%s cites the law it rests on, linking each citation to its edition’s /laws/', (url) => {
    const cites = page(url).root.querySelectorAll('article .law-cite a');
    expect(cites.length).toBeGreaterThan(0);
    const laws = inLocaleOf(url, '/laws/').replace(/\//g, '\\/');
    for (const a of cites) expect(a.getAttribute('href')).toMatch(new RegExp(`^${laws}[a-z0-9-]+/#[a-z0-9-]+$`));
    // A Chinese page names the law in Chinese: 《消费者权益保护法》第25条.
    if (localeOfUrl(url) === 'zh-cn') for (const a of cites) expect(a.textContent).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('platform rules read more than a year ago', () => {
  const registry = readRegistry();
  const guides = readGuides('en');
  const staleIds = new Set(stalePlatformRules(registry, new Date()).map((e) => e.id));

  it('are among the registry today (the Taobao rules were read in August 2025)', () => {
    expect(staleIds.size).toBeGreaterThan(0);
  });

  it.each(guideUrls)('%s says "check the current rule" exactly when it cites one', (url) => {
    const slug = url.split('/').at(-2)!;
    const cites = guides.find((g) => g.slug === slug)!.data.laws.some((id) => staleIds.has(id));
    const notice = page(url).root.querySelector('article .platform-rule-notice');
    expect(notice !== null, `${url} cites a stale platform rule: ${cites}`).toBe(cites);
    if (notice)
      expect(notice.textContent).toMatch(localeOfUrl(url) === 'en' ? /Check the current rule/ : /核对现行规则/);
  });
});

describe('search indexing and loading', () => {
  it.each(guideUrls)('%s exposes only its article to Pagefind, with a kind filter', (url) => {
    const p = page(url);
    const bodies = p.root.querySelectorAll('[data-pagefind-body]');
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.tagName).toBe('ARTICLE');
    expect(bodies[0]!.getAttribute('data-pagefind-filter')).toMatch(/^kind:.+/);
    // Navigation and boilerplate stay out of the index.
    for (const selector of ['header', 'footer', 'nav.breadcrumbs', 'aside.related']) {
      expect(p.root.querySelector(selector)?.getAttribute('data-pagefind-ignore'), selector).toBe('all');
    }
  });

  it('indexes nothing but guides', () => {
    const indexed = pages.filter((p) => p.root.querySelector('[data-pagefind-body]')).map((p) => p.url);
    expect(indexed.sort()).toEqual([...guideUrls].sort());
  });

  it.each(
    pages.filter((p) => !['/search/', '/zh-cn/search/', '/check/', '/zh-cn/check/'].includes(p.url)).map((p) => p.url),
  )('%s loads no JavaScript, except the copy buttons of its message templates', (url) => {
    const p = page(url);
    const scripts = p.root.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
    const hasTemplates = p.root.querySelector('button[data-copy]') !== null;
    expect(scripts.length).toBe(hasTemplates ? 1 : 0);
    for (const script of scripts) {
      // One small inline module that wires the copy buttons: no external file, nothing of Pagefind.
      expect(script.getAttribute('src')).toBeUndefined();
      expect(script.textContent).toMatch(/button\[data-copy\]/);
      expect(script.textContent).not.toMatch(/pagefind/i);
      expect(script.textContent.length).toBeLessThan(1000);
    }
  });

  it.each(['search/index.html', 'zh-cn/search/index.html'])(
    '%s does not import Pagefind up front (it waits for focus or typing)',
    (file) => {
      const html = readFileSync(new URL(file, distDir), 'utf8');
      expect(html).not.toMatch(/<script[^>]+src="\/pagefind\//);
      expect(html).not.toMatch(/<link[^>]+href="\/pagefind\//);
    },
  );
});

describe('nothing asks another origin for anything', () => {
  it.each(htmlFiles())('%s loads scripts, styles, images and fonts only from this site', (file) => {
    const p = pages.find((x) => x.file === file)!;
    const loaders = p.root.querySelectorAll(
      'script[src], link[rel~="stylesheet"], link[rel~="icon"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="manifest"], img, iframe, source, video, audio, object, embed',
    );
    for (const el of loaders) {
      const ref = el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('data') ?? '';
      expect(ref, el.toString()).toMatch(/^\/(?!\/)/);
    }
    // url(...) in inline styles or style blocks
    for (const m of p.root.toString().matchAll(/url\(\s*['"]?([^'")]+)/g)) expect(m[1]).toMatch(/^(\/(?!\/)|data:)/);
  });
});

describe('robots.txt and the sitemap', () => {
  it('robots.txt points to the sitemap on the configured site', () => {
    const robots = readFileSync(new URL('robots.txt', distDir), 'utf8');
    expect(robots).toMatch(/^Sitemap: https:\/\/refundpath\.example\/sitemap-index\.xml$/m);
  });

  it('the sitemap lists every indexable page, and not the 404s or the offline pages (noindex)', () => {
    const sitemap = readFileSync(new URL('sitemap-0.xml', distDir), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>https:\/\/refundpath\.example(\/[^<]*)<\/loc>/g)].map((m) => m[1]);
    const noindex = (p: (typeof pages)[number]) =>
      /noindex/.test(p.root.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '');
    expect(
      pages
        .filter(noindex)
        .map((p) => p.url)
        .sort(),
    ).toEqual(['/404/', '/offline/', '/zh-cn/404/', '/zh-cn/offline/']);
    const expected = pages.filter((p) => !noindex(p)).map((p) => p.url);
    expect(listed.sort()).toEqual(expected.sort());
  });
});
