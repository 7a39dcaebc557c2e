/**
 * The one date formatter: "26 November 2026" in English, "2026年11月26日" in Chinese, for a Date or "2026-11-26".
 * Written out rather than built on Intl.DateTimeFormat: constructing those formatters loads locale and time-zone data
 * on the main thread (about 230 ms on a throttled phone when the plan opened), and these two patterns never change.
 * A unit test holds them to Intl's own output.
 */
import type { Locale } from './locales';

const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const patterns: Record<Locale, (year: number, month: number, day: number) => string> = {
  en: (year, month, day) => `${day} ${englishMonths[month - 1]} ${year}`,
  'zh-cn': (year, month, day) => `${year}年${month}月${day}日`,
};

/** A calendar date: Date values are read in UTC, the way content dates ("2026-11-26") are parsed. */
export function formatDate(date: Date | string, locale: Locale): string {
  const value = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
  if (Number.isNaN(value.getTime())) throw new Error(`not a date: ${String(date)}`);
  return patterns[locale](value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
}
