/** Money as readers write it. (Dates: formatDate in lib/i18n/dates.ts, the site's one date formatter.) */

export function formatYuan(amount: number): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  return `¥${amount.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: 2 })}`;
}
