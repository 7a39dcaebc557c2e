import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';

// One browser per test worker, not per file: the e2e files share a worker's modules (isolate: false), and a launch
// costs about a CPU-second on 2 cores. Files never share state through it: each test opens its own context (its own
// storage, cache and service workers), and a file's contexts are all closed when the file ends.
let shared: Promise<Browser> | undefined;

function workerBrowser(): Promise<Browser> {
  shared ??= launchChromium().then((browser) => {
    // A browser that crashed or was closed is started afresh for the next file.
    browser.on('disconnected', () => (shared = undefined));
    return browser;
  });
  return shared;
}

/**
 * The worker's browser, ready before the file's tests run; returns a getter for it. Playwright closes the browser
 * when the worker process exits. What a file leaves open (a failed test's context) is closed after the file, so the
 * next file starts with no context at all (checked before it starts).
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await workerBrowser();
    const left = browser.contexts().length;
    if (left) throw new Error(`${left} browser context(s) left open by the previous test file`);
  });
  afterAll(async () => {
    if (browser?.isConnected()) await Promise.all(browser.contexts().map((context) => context.close()));
  });
  return () => {
    if (!browser) throw new Error('the browser is not started yet');
    return browser;
  };
}
