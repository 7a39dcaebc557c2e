/**
 * One URL for each page template the site has, per language: what the page-level e2e checks (axe, console, origins,
 * phone width) walk through. Every page is still covered by the static checks over dist/; a template is checked in the
 * browser once, since its pages share their markup.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { todayInChina } from '../../src/components/check/context';
import { save } from '../../src/lib/check/browser/storage';
import { decodeAnswers } from '../../src/lib/check/share/codec';
import { tree } from '../../src/lib/check/tree/tree';

/** A share link to a plan (a misdescribed phone from JD, refused by the seller); used to reach the plan screen. */
export const planLink =
  '#v=2&amount=3999&evidence=order-page,listing,chat,photos,unboxing&fraud=no&item=a+phone&item-kind=electronics&platform=jd&problem=not-as-described&purpose=personal&received-on=2026-11-10&refused-on=2026-11-16&seller-said=opened-so-no-return&symptoms=wrong-spec&tried=seller-refused';

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
  { name: `${lang} check plan`, path: `${prefix}/check/${planLink}`, waitFor: '#check-plan-heading' },
  {
    name: `${lang} check review`,
    saved: planLink,
    path: `${prefix}/check/`,
    waitFor: '.check-app .check-answers',
  },
];

export const pageTypes: readonly PageType[] = [
  { name: 'home', path: '/' },
  { name: 'problems index', path: '/problems/' },
  { name: 'excuses index (FAQ)', path: '/excuses/' },
  { name: 'case guide', path: '/problems/defective-or-damaged/' },
  { name: 'excuse guide', path: '/excuses/signed-for-no-refund/' },
  { name: 'step guide', path: '/steps/platform-intervention/' },
  { name: 'evidence guide', path: '/evidence/evidence-to-keep/' },
  { name: 'prevention guide', path: '/prevention/avoid-refund-disputes/' },
  { name: 'search with results', path: '/search/?q=signed%20for', waitFor: '[data-results] li' },
  { name: 'laws index', path: '/laws/' },
  // A short law page, with a platform rule's badge and version.
  { name: 'law page', path: '/laws/jd-open-platform-general-rules-on-transaction-disputes/' },
  { name: 'about', path: '/about/' },
  { name: 'not found', path: '/no-such-page/' },
  ...checkScreens('', 'English'),
  { name: 'Chinese home', path: '/zh-cn/' },
  ...checkScreens('/zh-cn', 'Chinese'),
];

/** Opens a page template and waits until it is ready: its own readiness selector, then a quiet network. */
export async function openPageType(page: Page, baseUrl: string, { path, saved, waitFor }: PageType): Promise<void> {
  if (saved) {
    // Saved exactly as the check saves them: decoded by the real codec, written by the real storage module.
    const decoded = decodeAnswers(tree, saved, { today: todayInChina() });
    if (!decoded.ok) throw new Error(`the saved answers do not decode: ${decoded.reason}`);
    const store = new Map<string, string>();
    save({ getItem: () => null, setItem: (k, v) => void store.set(k, v), removeItem: () => undefined }, tree, {
      answers: decoded.answers,
      ticks: [],
    });
    // Written before the page's own scripts run (opening another page first would add its own requests).
    await page.addInitScript((entries) => entries.forEach(([k, v]) => localStorage.setItem(k, v)), [...store]);
  }
  const response = await page.goto(baseUrl + path, { waitUntil: 'load' });
  expect(response?.status()).toBe(path === '/no-such-page/' ? 404 : 200);
  if (waitFor) await page.waitForSelector(waitFor);
  await page.waitForLoadState('networkidle');
}
