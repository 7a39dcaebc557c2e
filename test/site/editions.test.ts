/**
 * The two editions as built: the route list and the built pages match one to one, the Chinese edition is written in
 * Chinese (English only where it is marked as English, or quoted as a name), and the Chinese words in English text
 * are marked as Chinese.
 */
import { existsSync } from 'node:fs';
import { NodeType, parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import type { GuideKind } from '../../src/lib/guides/kinds';
import { groupLaws } from '../../src/lib/laws/groups';
import { buildRoutes } from '../../src/lib/routes';
import { allPages } from '../support/dist';
import { readGuides } from '../support/guides';
import { readRegistry } from '../support/laws';

const pages = allPages();
const zhGuides = new Set(readGuides('zh-cn').map((g) => g.slug));
const routes = buildRoutes({
  guides: readGuides('en').map((g) => ({
    slug: g.slug,
    kind: g.data.kind as GuideKind,
    locales: zhGuides.has(g.slug) ? ['en', 'zh-cn'] : ['en'],
  })),
  lawGroups: groupLaws(readRegistry()).map((group) => group.slug),
  about: (['en', 'zh-cn'] as const).filter((locale) => existsSync(`content/pages/${locale}/about.mdx`)),
});

describe('routes and pages', () => {
  it('builds a page for every route, and no page without a route (the 404s aside)', () => {
    const built = pages.map((p) => p.url).filter((url) => !url.endsWith('/404/'));
    expect(built.sort()).toEqual(routes.map((r) => r.path).sort());
  });

  it('has every English guide in Chinese, written rather than standing in', () => {
    const fallbacks = routes.filter((r) => r.isFallback).map((r) => r.path);
    expect(fallbacks).toEqual([]);
  });
});

describe('the Chinese edition is in Chinese', () => {
  // Four Latin words in a row is an English phrase; names (RefundPath, App, LawRefBook/Laws, 12315) are not.
  const englishPhrase = /\b[A-Za-z][a-z'’-]*(?:\s+[A-Za-z][a-z'’-]*){3,}/;
  const blocks = 'h1, h2, h3, p, li, dt, dd, td, th, figcaption, label, legend, button, summary, a';

  it.each(pages.filter((p) => p.url.startsWith('/zh-cn/')).map((p) => [p.url, p] as const))(
    '%s has no English phrase outside what is marked English',
    (_url, page) => {
      const root = page.root.querySelector('body')!.clone() as typeof page.root;
      for (const marked of root.querySelectorAll('[lang]:not([lang="zh-CN"]), script, style, noscript')) {
        marked.remove();
      }
      const english = root
        .querySelectorAll(blocks)
        .map((el) => el.textContent.replace(/\s+/g, ' ').trim())
        .filter((text) => englishPhrase.test(text));
      expect(english).toEqual([]);
    },
  );
});

describe('Chinese words in English text are marked as Chinese', () => {
  // Every text node whose nearest lang is English: none may hold a Han character (WCAG 3.1.2, language of parts).
  const han = /[\u3400-\u9fff]/;
  it.each(pages.map((p) => [p.url, p] as const))('%s', (_url, page) => {
    const unmarked: string[] = [];
    const walk = (node: (typeof page.root)['childNodes'][number], lang: string) => {
      if (node.nodeType === NodeType.TEXT_NODE) {
        if (lang.startsWith('en') && han.test(node.rawText)) unmarked.push(node.rawText.trim().slice(0, 60));
        return;
      }
      const el = node as typeof page.root;
      const tag = el.rawTagName?.toLowerCase() ?? '';
      if (['script', 'style', 'title', 'svg'].includes(tag)) return;
      // Read as raw text by the parser, shown as markup when scripts are off: walked as the markup it is.
      if (tag === 'noscript') return walk(parse(el.innerHTML), el.getAttribute('lang') ?? lang);
      for (const child of el.childNodes) walk(child, el.getAttribute?.('lang') ?? lang);
    };
    walk(page.root.querySelector('html')!, '');
    expect(unmarked).toEqual([]);
  });
});
