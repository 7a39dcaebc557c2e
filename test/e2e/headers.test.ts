/**
 * The headers file for static hosts must work together with each page's own policy: browsers enforce both. This
 * serves every response with the headers from public/_headers and checks the pages still run cleanly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { heading } from '../support/check-flow';
import { openWatched } from '../support/browser-page';
import { useBrowser } from '../support/use-browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** The headers of the "/*" block of a _headers file. */
function siteHeaders(): Record<string, string> {
  const text = readFileSync(new URL('public/_headers', `file://${process.cwd()}/`), 'utf8');
  const block = text.split(/\n(?=\S)/).find((b) => b.startsWith('/*'))!;
  return Object.fromEntries(
    block
      .split('\n')
      .slice(1)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

describe('pages served with the _headers file', () => {
  it('the header policy leaves scripts to the page’s own policy', () => {
    const policy = siteHeaders()['content-security-policy']!;
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/default-src|script-src|style-src/);
  });

  it.each(['/check/', '/search/?q=refund', '/steps/negotiate-with-seller/'])(
    '%s still runs without a policy error',
    async (path) => {
      const headers = siteHeaders();
      const watched = await openWatched(browser());
      try {
        await watched.page.route('**/*', async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
        });
        await watched.page.goto(baseUrl + path);
        if (path === '/check/') await expect.poll(() => heading(watched.page)).toBe('Who was it for?');
        if (path.startsWith('/search/'))
          await expect.poll(() => watched.page.locator('[data-results] li').count()).toBeGreaterThan(0);
        await watched.page.waitForLoadState('networkidle');
        expect(watched.errors).toEqual([]);
      } finally {
        await watched.close();
      }
    },
  );
});
