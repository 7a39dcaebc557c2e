/**
 * Each page template, opened once in a real browser on a 360 px phone: it loads without console errors, asks
 * nothing of another origin, fits the width without sideways scrolling, and passes axe. Full axe runs in the light
 * scheme; then the same page switches to dark and only what the scheme changes is checked (colour contrast), since
 * the markup is the same. Every page is still covered by the static checks over dist/.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { openWatched } from '../support/browser-page';
import { openPageType, pageTypes } from '../support/pages';
import { useBrowser } from '../support/use-browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
const violations = (result: AxeResults) =>
  result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
// Only violations are collected in full: axe then skips gathering every passing node, which is most of its time.
const axe = (page: Parameters<typeof openPageType>[0]) =>
  new AxeBuilder({ page }).options({ resultTypes: ['violations'] });

// Each template has its own browser context, so they are checked side by side (see maxConcurrency).
describe.concurrent.each(pageTypes)('$name ($path)', (type) => {
  it('loads cleanly on a phone, stays on this origin, fits the width and passes axe, light and dark', async () => {
    const watched = await openWatched(browser(), { viewport: { width: 360, height: 740 }, colorScheme: 'light' });
    try {
      await openPageType(watched.page, baseUrl, type);
      expect(watched.errors).toEqual([]);
      expect(watched.requests.filter((url) => !url.startsWith(`${baseUrl}/`))).toEqual([]);
      const overflow = await watched.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'sideways scrolling on a 360 px phone').toBeLessThanOrEqual(0);
      expect(violations(await axe(watched.page).analyze()), 'axe, light').toEqual([]);

      await watched.page.emulateMedia({ colorScheme: 'dark' });
      const dark = await axe(watched.page).withRules(['color-contrast']).analyze();
      expect(violations(dark), 'colour contrast, dark').toEqual([]);
      expect(watched.errors).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
