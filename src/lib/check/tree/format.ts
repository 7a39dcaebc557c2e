/** Money as readers write it. (Dates: formatDate in lib/i18n/dates.ts, the site's one date formatter.) */
import type { Locale } from '../../i18n/locales';

/**
 * "¥4,500", "¥12.50": whole yuan, or two decimals when there are fen. Grouped by hand, not with toLocaleString, which
 * builds a number formatter (and loads its locale data) on every call; a unit test holds it to Intl's output.
 */
export function formatYuan(amount: number): string {
  const [whole = '', fen] = amount.toFixed(Number.isInteger(amount) ? 0 : 2).split('.');
  return `¥${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fen ? `.${fen}` : ''}`;
}

/** A sum inside a sentence: "¥4,500" in English; in running Chinese "4500元", not with ¥ (writing-zh.md). */
export function formatYuanIn(amount: number, locale: Locale): string {
  return locale === 'en' ? formatYuan(amount) : `${amount}元`;
}
