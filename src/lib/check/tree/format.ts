/** Money as readers write it. (Dates: formatDate in lib/i18n/dates.ts, the site's one date formatter.) */
import type { Locale } from '../../i18n/locales';

export function formatYuan(amount: number): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  return `¥${amount.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: 2 })}`;
}

/** A sum inside a sentence: "¥4,500" in English; in running Chinese "4500元", not with ¥ (writing-zh.md). */
export function formatYuanIn(amount: number, locale: Locale): string {
  return locale === 'en' ? formatYuan(amount) : `${amount}元`;
}
