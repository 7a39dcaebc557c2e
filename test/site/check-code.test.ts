/**
 * The check's first screen carries only what a question needs: the plan's code (its case history, its dates and the
 * date library under them) loads with the plan. It once slipped into the first screen through one import, 1.9 KB
 * gzip over the page's 25 KB budget, and nothing noticed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/dist';
import { importsOf, pageScripts } from '../support/module-graph';

// date-fns marks the dates it builds with this symbol; minified code keeps the string.
const dateLibrary = 'constructDateFrom';
const code = (path: string) => readFileSync(new URL(path.slice(1), distDir), 'utf8');

describe.each(['/check/', '/zh-cn/check/'])('%s', (page) => {
  const html = readFileSync(new URL(`${page.slice(1)}index.html`, distDir), 'utf8');
  const { initial, onDemand } = pageScripts(distDir, html);

  it('loads the island and its question screen on load, and the date library only on demand', () => {
    expect(initial.some((path) => /\/Check(En|ZhCn)\./.test(path))).toBe(true);
    expect(initial.filter((path) => code(path).includes(dateLibrary))).toEqual([]);
    // The marker still finds the library where it is: with the plan.
    expect(onDemand.some((path) => code(path).includes(dateLibrary))).toBe(true);
  });
});

describe.each([
  ['/check/', 'en'],
  ['/zh-cn/check/', 'zh-cn'],
])('%s, opened on a plan', (page, locale) => {
  const html = readFileSync(new URL(`${page.slice(1)}index.html`, distDir), 'utf8');
  const { onDemand } = pageScripts(distDir, html);
  const island = html.match(/component-url="([^"]+)"/)![1]!;
  const islandAsks = importsOf(distDir, island).dynamics;
  // The page's own scripts (not the island), and what they ask for on demand.
  const pageScriptPaths = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!);
  const earlyAsks = pageScriptPaths.flatMap((path) => importsOf(distDir, path).dynamics);
  const name = (path: string) => path.split('/').pop()!.split('.')[0];

  it('asks for the plan screen and this language’s plan words with the page, not after the island starts', () => {
    expect(earlyAsks.map(name)).toContain('PlanScreen');
    const words = earlyAsks.filter((path) => name(path) === 'plan-texts');
    // Both languages' loaders are in the script; the island of this page loads one of them, and that one is asked for.
    expect(words.filter((path) => islandAsks.includes(path))).toHaveLength(1);
    expect(html).toContain(`data-locale="${locale}"`);
  });

  it('asks only for code the island itself loads on demand, so nothing is fetched that the page will not use', () => {
    expect(earlyAsks.length).toBeGreaterThan(0);
    for (const path of earlyAsks) expect(onDemand).toContain(path);
  });

  it('does not load Solid’s store (the island’s props never change: src/lib/solid/client-only-renderer.ts)', () => {
    const { initial } = pageScripts(distDir, html);
    expect(initial.filter((path) => code(path).includes('store-raw'))).toEqual([]);
    expect(initial.some((path) => code(path).includes('astro:unmount'))).toBe(true);
  });
});
