/**
 * Watched pages that tests borrow and give back, for files whose tests each only open one URL and look at it (the
 * page checks). Opening a page costs 0.4-1.1 s on a 2-core machine (Chromium starts a renderer process); a borrowed
 * page is reset instead: no routes, blank, its origin's storage, caches and service workers cleared, screen media,
 * light scheme, empty logs.
 * Tests that need a browser state of their own (the check's flows, the faults) still open their own context.
 */
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll } from 'vitest';
import { openWatched, type WatchedPage } from './browser-page';

export function usePagePool(
  browser: () => Browser,
  origin: string,
  options: BrowserContextOptions,
): <T>(use: (watched: WatchedPage) => Promise<T>) => Promise<T> {
  const idle: WatchedPage[] = [];
  const opened: WatchedPage[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((watched) => watched.close()));
  });

  async function borrow(): Promise<WatchedPage> {
    const reused = idle.pop();
    if (!reused) {
      const fresh = await openWatched(browser(), options);
      opened.push(fresh);
      return fresh;
    }
    const { page } = reused;
    await page.unrouteAll({ behavior: 'ignoreErrors' }); // a test that failed may have left a fault in place
    await page.goto('about:blank');
    const cdp = await page.context().newCDPSession(page);
    try {
      await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    } finally {
      await cdp.detach();
    }
    // A test that printed leaves the page in print media: back to the screen.
    await page.emulateMedia({ media: 'screen', colorScheme: options.colorScheme ?? 'light' });
    reused.errors.length = 0;
    reused.requests.length = 0;
    return reused;
  }

  return async (use) => {
    const watched = await borrow();
    try {
      return await use(watched);
    } finally {
      idle.push(watched);
    }
  };
}
