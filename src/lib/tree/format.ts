/** Dates and money as readers write them, in each language. */
import type { IsoDate } from './dates';

export function formatDay(iso: IsoDate, locale: 'en' | 'zh-cn'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (locale === 'zh-cn') return `${y}年${m}月${d}日`;
  const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${d} ${month} ${y}`;
}

export function formatYuan(amount: number): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  return `¥${amount.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: 2 })}`;
}
