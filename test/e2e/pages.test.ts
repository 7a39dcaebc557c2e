import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { openWatched } from '../support/browser-page';
import { useBrowser } from '../support/use-browser';
import { pageTypes } from '../support/pages';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe.each(pageTypes)('$name page ($path)', ({ path, ...rest }) => {
  const waitFor = 'waitFor' in rest ? rest.waitFor : undefined;

  it.each(['light', 'dark'] as const)(
    'loads cleanly, stays on this origin and has no axe violations (%s)',
    async (colorScheme) => {
      const watched = await openWatched(browser(), { colorScheme });
      try {
        const response = await watched.page.goto(baseUrl + path, { waitUntil: 'load' });
        expect(response?.status()).toBe(path === '/no-such-page/' ? 404 : 200);
        if (waitFor) await watched.page.waitForSelector(waitFor);
        await watched.page.waitForLoadState('networkidle');

        expect(watched.errors).toEqual([]);
        const foreign = watched.requests.filter((url) => !url.startsWith(`${baseUrl}/`));
        expect(foreign).toEqual([]);

        const axe = await new AxeBuilder({ page: watched.page }).analyze();
        const violations = axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(violations).toEqual([]);
      } finally {
        await watched.close();
      }
    },
  );
});
