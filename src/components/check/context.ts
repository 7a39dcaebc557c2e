/** What the Astro page hands the check island: strings, and the site's guides, laws and templates by id. */
import type { CheckKey, CheckStrings } from '../../lib/i18n/check-strings';
import { fill, type FillValues } from '../../lib/i18n/fill';
import type { Locale } from '../../lib/i18n/locales';
import type { QuestionTexts } from '../../lib/check/texts/keys';

export interface CheckProps {
  locale: Locale;
  /** The "checkui." strings of the UI dictionary, without the prefix. */
  strings: CheckStrings;
  /**
   * The question words of the page's language (texts/<locale>/questions.ts), handed over with the page like the UI
   * strings: they are data, so they come as JSON in the HTML rather than as code to parse on load.
   */
  questionTexts: QuestionTexts;
  guides: Record<string, { title: string; url: string }>;
  laws: Record<string, { label: string; url: string }>;
  /** Fixed "today" for tests; the real date otherwise. */
  today?: string;
}

/**
 * What the page hands the island: the id of a JSON data block in the page holding the props above. Astro serialises
 * island props value by value ([0, "…"] for each) and the browser revives them one by one, which on a throttled phone
 * took longer than the first render; a data block is parsed natively in one go, and its quotes need no escaping.
 */
export interface PageDataRef {
  dataFrom: string;
}

/** The island's props, read from the page's data block when the page gave one (tests pass them directly). */
export function checkPropsOf(props: CheckProps | PageDataRef): CheckProps {
  if (!('dataFrom' in props)) return props;
  const block = document.getElementById(props.dataFrom);
  if (!block?.textContent) throw new Error(`The check's data block "${props.dataFrom}" is missing`);
  return JSON.parse(block.textContent) as CheckProps;
}

export type T = (key: CheckKey, vars?: FillValues) => string;

export function makeT(strings: CheckStrings): T {
  return (key, vars) => fill(strings[key], vars, `check string "${key}"`);
}

/** China Standard Time: UTC+8 all year (no daylight saving since 1991). */
const chinaOffsetMs = 8 * 60 * 60 * 1000;

/**
 * Today as a calendar date in China, where the deadlines run. Plain arithmetic on a fixed offset, not an
 * Intl.DateTimeFormat with `timeZone: 'Asia/Shanghai'`: building that formatter loads the browser's time-zone data,
 * which measured 264 ms of main-thread work on a throttled phone, the largest part of the check's first load.
 */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + chinaOffsetMs).toISOString().slice(0, 10);
}
