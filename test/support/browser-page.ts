/** A browser page that records what the site asks for and what goes wrong on it. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/** Paths under test that are meant to answer 404. */
const notFoundPaths = ['/no-such-page/', '/zh-cn/no-such-page/'];
const expectedStatus = (url: string) => (notFoundPaths.includes(new URL(url).pathname) ? 404 : 200);

export interface WatchedPage {
  page: Page;
  errors: string[];
  requests: string[];
  close: () => Promise<void>;
}

export async function openWatched(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium logs the 404 status of a not-found document itself; that is the page working, not failing.
    const url = message.location().url;
    if (/status of 404/.test(message.text()) && url === page.url() && expectedStatus(url) === 404) return;
    errors.push(`console: ${message.text()} (${url})`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  return { page, errors, requests, close: () => context.close() };
}
