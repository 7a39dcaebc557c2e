/** The one date formatter: "26 November 2026" in English, "2026年11月26日" in Chinese, for a Date or "2026-11-26". */
import type { Locale } from './locales';

const formats: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
  'zh-cn': new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'UTC' }),
};

/** A calendar date: Date values are read in UTC, the way content dates ("2026-11-26") are parsed. */
export function formatDate(date: Date | string, locale: Locale): string {
  const value = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
  if (Number.isNaN(value.getTime())) throw new Error(`not a date: ${String(date)}`);
  return formats[locale].format(value);
}
