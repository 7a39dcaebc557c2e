/**
 * The check's first screen carries only what a question needs: the plan's code (its case history, its dates and the
 * date library under them) loads with the plan. It once slipped into the first screen through one import, 1.9 KB
 * gzip over the page's 25 KB budget, and nothing noticed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/dist';
import { pageScripts } from '../support/module-graph';

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
