/** What the Astro page hands the check island: strings, and the site's guides, laws and templates by id. */
import type { CheckKey, CheckStrings } from '../../lib/i18n/check-strings';
import { fill, type FillValues } from '../../lib/i18n/fill';
import type { Locale } from '../../lib/i18n/locales';

export interface CheckProps {
  locale: Locale;
  /** The "checkui." strings of the UI dictionary, without the prefix. */
  strings: CheckStrings;
  guides: Record<string, { title: string; url: string }>;
  laws: Record<string, { label: string; url: string }>;
  /** Fixed "today" for tests; the real date otherwise. */
  today?: string;
}

export type T = (key: CheckKey, vars?: FillValues) => string;

export function makeT(strings: CheckStrings): T {
  return (key, vars) => fill(strings[key], vars, `check string "${key}"`);
}

/** Today as a calendar date in China, where the deadlines run. */
export function todayInChina(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}
