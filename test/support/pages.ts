/**
 * One URL for each page template the site has, per language: what the page-level e2e checks (axe, console, origins,
 * phone width) walk through. Every page is still covered by the static checks over dist/; a template is checked in the
 * browser once, since its pages share their markup.
 */
import type { Page } from 'playwright-core';
import { guideKinds, kindSection, type GuideKind } from '../../src/lib/guides/kinds';
import { todayInChina } from '../../src/components/check/context';
import { save } from '../../src/lib/check/browser/storage';
import { decodeAnswers } from '../../src/lib/check/share/codec';
import { tree } from '../../src/lib/check/tree/tree';
import { planLink } from './plan-link';

export { planLink };

export interface PageType {
  name: string;
  path: string;
  /** A selector that shows the page is ready (an island's screen, search results). */
  waitFor?: string;
  /** Answers saved in this browser before the page opens (saved answers make /check/ resume at the review). */
  saved?: string;
}

const checkScreens = (prefix: string, lang: string): PageType[] => [
  { name: `${lang} check question`, path: `${prefix}/check/`, waitFor: '.check-app h2[id^="q-"]' },
  { name: `${lang} check plan`, path: `${prefix}/check/${planLink}`, waitFor: '.check-plan[aria-busy="false"]' },
  {
    name: `${lang} check review`,
    saved: planLink,
    path: `${prefix}/check/`,
    waitFor: '.check-app .check-answers',
  },
];

/**
 * One guide of each kind. Typed by kind, so a kind added to the site cannot be left out here. The platform page is
 * one whose rules are old enough to show the "check the current rule" notice.
 */
const guideOfKind: Record<GuideKind, string> = {
  case: 'defective-or-damaged',
  excuse: 'signed-for-no-refund',
  step: 'platform-intervention',
  evidence: 'evidence-to-keep',
  prevention: 'avoid-refund-disputes',
  reference: 'shipping-insurance',
  platform: 'taobao-tmall',
};

/** The templates of one edition; the Chinese edition has every one the English has. */
const templatesOf = (prefix: string, lang: string, search: string): PageType[] => [
  { name: `${lang} home`, path: `${prefix}/` },
  { name: `${lang} problems index`, path: `${prefix}/problems/` },
  { name: `${lang} excuses index (FAQ)`, path: `${prefix}/excuses/` },
  ...guideKinds.map((kind) => ({
    name: `${lang} ${kind} guide`,
    path: `${prefix}/${kindSection[kind]}/${guideOfKind[kind]}/`,
  })),
  {
    name: `${lang} search with results`,
    path: `${prefix}/search/?q=${encodeURIComponent(search)}`,
    waitFor: '[data-results] li',
  },
  { name: `${lang} laws index`, path: `${prefix}/laws/` },
  // A short law page, with a platform rule's badge and version.
  { name: `${lang} law page`, path: `${prefix}/laws/jd-open-platform-general-rules-on-transaction-disputes/` },
  { name: `${lang} about`, path: `${prefix}/about/` },
  { name: `${lang} not found`, path: `${prefix}/no-such-page/` },
  { name: `${lang} offline`, path: `${prefix}/offline/` },
  ...checkScreens(prefix, lang),
];

export const pageTypes: readonly PageType[] = [
  ...templatesOf('', 'English', 'signed for'),
  ...templatesOf('/zh-cn', 'Chinese', '签收了不给退'),
];

/** Opens a page template and waits until it is ready. */
export async function openPageType(page: Page, baseUrl: string, { path, saved, waitFor }: PageType): Promise<void> {
  if (saved) {
    // Saved exactly as the check saves them: decoded by the real codec, written by the real storage module, then put
    // into the origin's localStorage from an empty document of the same origin before the page opens (an init script
    // would stay on the page and follow it to its next address).
    const decoded = decodeAnswers(tree, saved, { today: todayInChina() });
    if (!decoded.ok) throw new Error(`the saved answers do not decode: ${decoded.reason}`);
    const store = new Map<string, string>();
    save({ getItem: () => null, setItem: (k, v) => void store.set(k, v), removeItem: () => undefined }, tree, {
      answers: decoded.answers,
      ticks: [],
    });
    const blank = `${baseUrl}/__saved-answers__`;
    await page.route(blank, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>-</title><link rel="icon" href="data:,">',
      }),
    );
    await page.goto(blank);
    await page.evaluate((entries) => entries.forEach(([k, v]) => localStorage.setItem(k, v)), [...store]);
    await page.unroute(blank);
  }
  const response = await page.goto(baseUrl + path, { waitUntil: 'load' });
  // A thrown error, not the global `expect`: this runs inside concurrent tests (see ./wait.ts).
  const status = path.endsWith('/no-such-page/') ? 404 : 200;
  if (response?.status() !== status) throw new Error(`${path} answered ${response?.status()}, not ${status}`);
  // A page without a readiness selector is static HTML: 'load' is all there is to wait for (networkidle would add
  // half a second of idle time to each). An island page waits for its screen, then for its lazy chunks to settle.
  if (waitFor) {
    await page.waitForSelector(waitFor);
    await page.waitForLoadState('networkidle');
  }
}
