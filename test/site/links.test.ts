import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allPages, distDir, readPage, type BuiltPage } from '../support/dist';

const site = new URL('https://refundpath.example/');
const pages = allPages();
const byFile = new Map(pages.map((p) => [p.file, p]));

/** Maps a URL path to the file in dist/ that a static host would serve for it. */
function fileForPath(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname).replace(/^\//, '');
  // Each edition's not-found page is built as <edition>/404.html and served for any unknown path, /404/ included.
  if (/(^|\/)404\/$/.test(clean)) return clean.replace(/\/$/, '.html');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.find((c) => existsSync(new URL(c, distDir)) && statSync(new URL(c, distDir)).isFile());
}

function hasAnchor(page: BuiltPage, id: string): boolean {
  return (
    page.root.querySelector(`[id="${CSS_escape(id)}"]`) !== null ||
    page.root.querySelector(`[name="${CSS_escape(id)}"]`) !== null
  );
}
const CSS_escape = (s: string) => s.replace(/["\\]/g, '\\$&');

interface Link {
  from: string;
  href: string;
}

function internalLinks(): Link[] {
  const links: Link[] = [];
  for (const page of pages) {
    for (const el of page.root.querySelectorAll('a[href], link[href], script[src], img[src], source[src]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src')!;
      const url = new URL(raw, new URL(page.url, site));
      if (url.origin !== site.origin) continue;
      links.push({ from: page.url, href: url.pathname + url.hash });
    }
  }
  return links;
}

describe('links inside the built site', () => {
  const links = internalLinks();

  it('collects a realistic number of links', () => {
    expect(links.length).toBeGreaterThan(200);
  });

  it('every internal link and #anchor resolves', () => {
    const broken: string[] = [];
    for (const { from, href } of links) {
      const [pathname, hash] = href.split('#') as [string, string | undefined];
      const file = fileForPath(pathname);
      if (!file) {
        broken.push(`${from} -> ${href} (no such page or file)`);
        continue;
      }
      if (hash) {
        const target = byFile.get(file) ?? (file.endsWith('.html') ? readPage(file) : undefined);
        if (!target || !hasAnchor(target, decodeURIComponent(hash))) broken.push(`${from} -> ${href} (no #${hash})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('the checker itself catches a missing page and a missing anchor', () => {
    expect(fileForPath('/no-such-page/')).toBeUndefined();
    const home = pages.find((p) => p.url === '/')!;
    expect(hasAnchor(home, 'main')).toBe(true);
    expect(hasAnchor(home, 'no-such-anchor')).toBe(false);
  });
});

describe('each edition keeps the reader in their language', () => {
  // A link may leave the edition only when it says so (the language switcher marks its links with hreflang/lang).
  const isPage = (path: string) => !/^\/(_astro|pagefind)\/|\.(svg|xml|txt|js|css|ics|png)$/.test(path);
  const leaving = pages.flatMap((page) => {
    const zh = page.url.startsWith('/zh-cn/');
    return page.root
      .querySelectorAll('a[href]')
      .filter((a) => !a.getAttribute('hreflang') && !a.getAttribute('lang'))
      .map((a) => new URL(a.getAttribute('href')!, new URL(page.url, site)))
      .filter((url) => url.origin === site.origin && isPage(url.pathname))
      .filter((url) => url.pathname.startsWith('/zh-cn/') !== zh)
      .map((url) => `${page.url} -> ${url.pathname}`);
  });

  it('no Chinese page links to an English page, nor an English page to a Chinese one, without saying so', () => {
    expect(pages.filter((p) => p.url.startsWith('/zh-cn/')).length).toBeGreaterThan(50);
    expect(leaving).toEqual([]);
  });
});
