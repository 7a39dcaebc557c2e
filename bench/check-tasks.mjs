/**
 * `node bench/check-tasks.mjs` (after `npm run build`): what the check's island costs the main thread on a slow phone.
 * Opens the check's question screen and a shared plan in both languages, each N times in a fresh browser profile at
 * 4x CPU slowdown, and prints the median longest task and the median sum of each long task's time over 50 ms (what
 * Lighthouse's Total Blocking Time adds up). Real Chromium throttling, not Lighthouse's simulation: steadier from run
 * to run on a noisy machine, so better for telling whether a change helped. Figures, not pass/fail.
 *   node bench/check-tasks.mjs          8 loads per page
 *   RUNS=4 node bench/check-tasks.mjs   fewer
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../test/support/chromium.ts';
// The page checks' plan link (a misdescribed phone from JD, refused by the seller), and a free port.
import { freePort, planLink } from './shared.mjs';
import { hostBrowserArgs, startHost } from './host.mjs';

const root = path.resolve(import.meta.dirname, '..');
const runs = Number(process.env.RUNS) || 8;
const pages = [
  ['/check/ question', '/check/'],
  ['/zh-cn/check/ question', '/zh-cn/check/'],
  ['/check/ shared plan', `/check/${planLink}`],
  ['/zh-cn/check/ shared plan', `/zh-cn/check/${planLink}`],
];

const port = await freePort();
// Served as a real host serves it (HTTP/2: the page's files arrive together, as they do for readers; see host.mjs).
const server = await startHost(path.join(root, 'dist'), port);
const browser = await chromium.launch({
  executablePath: findChromium('full browser'),
  args: [...chromiumArgs, ...hostBrowserArgs],
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** The durations of one load's long tasks, until the network is idle and the screen has settled. */
async function longTasks(url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'networkidle' });
  // The plan draws in turns and then goes idle: wait for it to say it is done, then a moment more.
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await page.waitForTimeout(500);
  const tasks = await page.evaluate(() => window.__longTasks);
  await context.close();
  return tasks;
}

try {
  console.log(`The check at 4x CPU slowdown, median of ${runs} loads (one warm-up load first, not counted)`);
  console.log(`${'page'.padEnd(28)}${'longest task'.padStart(14)}${'sum over 50 ms'.padStart(16)}`);
  for (const [name, pagePath] of pages) {
    const url = server.base + pagePath;
    await longTasks(url);
    const longest = [];
    const blocking = [];
    for (let i = 0; i < runs; i++) {
      const tasks = await longTasks(url);
      longest.push(Math.max(0, ...tasks));
      blocking.push(tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0));
    }
    const ms = (n) => `${Math.round(n)} ms`;
    console.log(`${name.padEnd(28)}${ms(median(longest)).padStart(14)}${ms(median(blocking)).padStart(16)}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
