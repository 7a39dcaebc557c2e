import { describe, expect, it } from 'vitest';
import { allPages } from '../support/dist';

const site = 'https://refundpath.example';
const pages = allPages();

describe('every built page has what search engines and link previews need', () => {
  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
  });

  it.each(pages.map((p) => [p.url, p] as const))('%s has a title, description, canonical URL and lang', (url, page) => {
    const title = page.root.querySelector('head > title')?.textContent.trim();
    expect(title, 'title').toBeTruthy();
    const description = page.root.querySelector('meta[name="description"]')?.getAttribute('content');
    // A Chinese character carries about as much as an English word, so Chinese descriptions are shorter.
    expect(description?.length, 'description').toBeGreaterThanOrEqual(url.startsWith('/zh-cn/') ? 25 : 50);
    expect(description!.length, 'description').toBeLessThanOrEqual(160);
    const canonical = page.root.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical).toBe(`${site}${url}`);
    const lang = page.root.querySelector('html')?.getAttribute('lang');
    expect(lang).toBe(url.startsWith('/zh-cn/') ? 'zh-CN' : 'en');
    for (const property of ['og:title', 'og:description', 'og:url', 'og:type']) {
      expect(page.root.querySelector(`meta[property="${property}"]`), property).not.toBeNull();
    }
    expect(page.root.querySelector('meta[name="twitter:card"]')).not.toBeNull();
  });

  it('gives every indexable page its own title and description', () => {
    const indexable = pages.filter((p) => !p.root.querySelector('meta[name="robots"][content*="noindex"]'));
    const titles = indexable.map((p) => p.root.querySelector('title')!.textContent);
    const descriptions = indexable.map((p) =>
      p.root.querySelector('meta[name="description"]')!.getAttribute('content'),
    );
    expect(new Set(titles).size).toBe(titles.length);
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });

  it('keeps the 404 page out of search engines', () => {
    const notFound = pages.find((p) => p.file === '404.html')!;
    expect(notFound.root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});

describe('structured data', () => {
  /** The fields these tests read; anything else in the JSON-LD is ignored. */
  interface Thing {
    '@type': string;
    headline?: string;
    mainEntityOfPage?: string;
    dateModified?: string;
    itemListElement?: { item: string }[];
    mainEntity?: { '@type': string; acceptedAnswer: { text: string } }[];
  }
  const jsonLd = (url: string): Thing[] => {
    const page = pages.find((p) => p.url === url);
    if (!page) throw new Error(`no page at ${url}`);
    return page.root
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent) as Thing);
  };
  const ofType = (data: Thing[], type: string): Thing => {
    const found = data.find((d) => d['@type'] === type);
    if (!found) throw new Error(`no ${type} in the page's JSON-LD`);
    return found;
  };

  it('marks guides as an Article with a BreadcrumbList', () => {
    const data = jsonLd('/excuses/signed-for-no-refund/');
    const article = ofType(data, 'Article');
    expect(article.headline).toMatch(/signed for/i);
    expect(article.mainEntityOfPage).toBe(`${site}/excuses/signed-for-no-refund/`);
    expect(article.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const crumbs = ofType(data, 'BreadcrumbList');
    expect(crumbs.itemListElement?.map((i) => i.item)).toEqual([
      `${site}/`,
      `${site}/excuses/`,
      `${site}/excuses/signed-for-no-refund/`,
    ]);
  });

  it('marks the list of seller excuses as an FAQPage of questions and answers', () => {
    const faq = ofType(jsonLd('/excuses/'), 'FAQPage').mainEntity ?? [];
    expect(faq.length).toBeGreaterThanOrEqual(3);
    for (const question of faq) {
      expect(question['@type']).toBe('Question');
      expect(question.acceptedAnswer.text.length).toBeGreaterThan(20);
    }
  });
});

describe('two languages', () => {
  const find = (url: string) => pages.find((p) => p.url === url)!;

  it('links the English and Chinese home pages to each other with hreflang and a language switcher', () => {
    for (const url of ['/', '/zh-cn/']) {
      const page = find(url);
      const alternates = Object.fromEntries(
        page.root
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((l): [string, string | undefined] => [l.getAttribute('hreflang') ?? '', l.getAttribute('href')]),
      );
      expect(alternates).toEqual({ en: `${site}/`, 'zh-CN': `${site}/zh-cn/`, 'x-default': `${site}/` });
      const other = url === '/' ? '/zh-cn/' : '/';
      expect(page.root.querySelector(`.language-picker a[href="${other}"]`), `switcher on ${url}`).not.toBeNull();
    }
  });

  it.each(pages.filter((p) => !p.url.endsWith('/404/')).map((p) => p.url))(
    '%s links to the same page in the other language, and says so in hreflang where it is a translation',
    (url) => {
      const page = find(url);
      const other = url.startsWith('/zh-cn/') ? url.slice('/zh-cn'.length) : `/zh-cn${url}`;
      expect(page.root.querySelector(`.language-picker a[href="${other}"]`), 'switcher').not.toBeNull();
      expect(find(other), `${other} is built`).toBeDefined();
      const hreflang = page.root.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('href'));
      // A stand-in (fallback) is not a translation: only pages written in both languages name each other.
      const fallback = [page, find(other)].some((p) => p.root.querySelector('.fallback-notice'));
      if (fallback) expect(hreflang).toEqual([]);
      else expect(hreflang).toEqual(expect.arrayContaining([`${site}${url}`, `${site}${other}`]));
    },
  );

  it.each(['/404/', '/zh-cn/404/'])('%s offers the other edition’s home page', (url) => {
    const other = url === '/404/' ? '/zh-cn/' : '/';
    expect(find(url).root.querySelector(`.language-picker a[href="${other}"]`)).not.toBeNull();
  });

  it('writes the Chinese home page in Chinese', () => {
    const page = find('/zh-cn/');
    expect(page.root.querySelector('h1')?.textContent).toMatch(/[\u4e00-\u9fff]/);
    expect(page.root.querySelector('title')?.textContent).toMatch(/[\u4e00-\u9fff]/);
  });
});
