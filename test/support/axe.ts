/**
 * axe-core run inside the page. @axe-core/playwright's default mode opens a blank page for every analysis to merge
 * results across frames (3-4x slower here); the site has no frames, so axe.run in the page checks exactly the same
 * rules. axe is injected once per document through page.evaluate, which the page's CSP does not block.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import type { Page } from 'playwright-core';

// The minified build (650 KB, against 1.5 MB for `axe.source`): the same rules, and a page evaluates it faster.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

declare global {
  interface Window {
    axe?: typeof axe;
  }
}

/** The violations on the page, as "rule: target, target"; `only` limits the run to those rules. */
export async function axeViolations(page: Page, only?: readonly string[]): Promise<string[]> {
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(axeSource);
  const options: axe.RunOptions = { resultTypes: ['violations'], ...(only ? { runOnly: [...only] } : {}) };
  const result = await page.evaluate((opts) => window.axe!.run(document, opts), options);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
