/**
 * Each page template, opened in a real browser: it loads without console errors, asks nothing of another origin,
 * and passes axe. Full axe runs in the light scheme; in dark mode only what the scheme changes is checked (colour
 * contrast), since the markup is the same.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openWatched } from '../support/browser-page';
import { openPageType, pageTypes, type PageType } from '../support/pages';
import { useBrowser } from '../support/use-browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const open = (page: Page, type: PageType) => openPageType(page, baseUrl, type);

const violations = (result: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
  result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

describe.each(pageTypes)('$name ($path)', (type) => {
  it('loads cleanly, stays on this origin and has no axe violations', async () => {
    const watched = await openWatched(browser(), { colorScheme: 'light' });
    try {
      await open(watched.page, type);
      expect(watched.errors).toEqual([]);
      expect(watched.requests.filter((url) => !url.startsWith(`${baseUrl}/`))).toEqual([]);
      expect(violations(await new AxeBuilder({ page: watched.page }).analyze())).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  it('keeps enough colour contrast in dark mode', async () => {
    const watched = await openWatched(browser(), { colorScheme: 'dark' });
    try {
      await open(watched.page, type);
      expect(watched.errors).toEqual([]);
      const result = await new AxeBuilder({ page: watched.page }).withRules(['color-contrast']).analyze();
      expect(result.passes.length + result.violations.length, 'the contrast rule found text to check').toBeGreaterThan(
        0,
      );
      expect(violations(result)).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
