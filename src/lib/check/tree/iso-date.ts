/**
 * Plain calendar dates ("2026-11-26"), the only kind the check deals in: reading and checking them. Apart from the
 * date arithmetic in dates.ts, so the question screens, which only check dates, load no date library.
 */
export type IsoDate = string;

const isoPattern = /^\d{4}-\d{2}-\d{2}$/;

/** Reads "YYYY-MM-DD" as a calendar date, or undefined for anything else (including 2026-02-30). */
export function parseIsoDate(value: string): Date | undefined {
  if (!isoPattern.test(value)) return undefined;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  // Rejects dates the calendar does not have: new Date(2026, 1, 30) rolls over into March.
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : undefined;
}

/**
 * Orders two dates ("YYYY-MM-DD" sorts as text). Not localeCompare: in the browser that loads the locale's collation
 * data on the main thread, about 60 ms on a throttled phone the first time a plan sorts its dates.
 */
export const compareIsoDates = (a: IsoDate, b: IsoDate) => (a < b ? -1 : a > b ? 1 : 0);
