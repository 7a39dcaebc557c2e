/** Date arithmetic on plain calendar dates ("2026-11-26"), the only kind the check deals in, with date-fns. */
import { addDays, addMonths, addYears, differenceInCalendarDays } from 'date-fns';

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

const pad = (n: number) => String(n).padStart(2, '0');
const toIso = (date: Date): IsoDate => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
export const must = (iso: IsoDate) => {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`Not a calendar date: "${iso}"`);
  return date;
};

export const plusDays = (iso: IsoDate, days: number) => toIso(addDays(must(iso), days));
export const plusMonths = (iso: IsoDate, months: number) => toIso(addMonths(must(iso), months));
export const plusYears = (iso: IsoDate, years: number) => toIso(addYears(must(iso), years));
/** Days from `from` to `to`: positive when `to` is later. */
export const daysBetween = (from: IsoDate, to: IsoDate) => differenceInCalendarDays(must(to), must(from));
