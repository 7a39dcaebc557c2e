/**
 * Date arithmetic on plain calendar dates ("2026-11-26"), the only kind the check deals in. date-fns does the
 * calendar maths; chinese-days knows the official public holidays and make-up working days (调休), year by year
 * as the State Council publishes them.
 */
import chineseDays from 'chinese-days';
import { addDays, addMonths, addYears, differenceInCalendarDays, format, isValid, parse } from 'date-fns';

export type IsoDate = string;

const isoPattern = /^\d{4}-\d{2}-\d{2}$/;

/** Reads "YYYY-MM-DD" as a calendar date, or undefined for anything else (including 2026-02-30). */
export function parseIsoDate(value: string): Date | undefined {
  if (!isoPattern.test(value)) return undefined;
  const date = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(date) && format(date, 'yyyy-MM-dd') === value ? date : undefined;
}

const toIso = (date: Date): IsoDate => format(date, 'yyyy-MM-dd');
const must = (iso: IsoDate) => {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`Not a calendar date: "${iso}"`);
  return date;
};

export const plusDays = (iso: IsoDate, days: number) => toIso(addDays(must(iso), days));
export const plusMonths = (iso: IsoDate, months: number) => toIso(addMonths(must(iso), months));
export const plusYears = (iso: IsoDate, years: number) => toIso(addYears(must(iso), years));
/** Days from `from` to `to`: positive when `to` is later. */
export const daysBetween = (from: IsoDate, to: IsoDate) => differenceInCalendarDays(must(to), must(from));

/**
 * The years the holiday calendar covers, found from the data itself rather than typed in: every published year
 * has New Year's Day as a public holiday, an unpublished one does not.
 */
export const calendarYears: { from: number; to: number } = (() => {
  const covered: number[] = [];
  for (let year = 2000; year <= 2100; year++) {
    if (chineseDays.isHoliday(`${year}-01-01`)) covered.push(year);
  }
  return { from: Math.min(...covered), to: Math.max(...covered) };
})();

export function isCoveredByCalendar(iso: IsoDate): boolean {
  const year = Number(iso.slice(0, 4));
  return year >= calendarYears.from && year <= calendarYears.to;
}

/**
 * The date `count` working days after `iso` (the day itself not counted), on the official calendar. Past the last
 * published year only weekends are known, so `covered` says whether the answer rests on the full calendar.
 */
export function plusWorkingDays(iso: IsoDate, count: number): { date: IsoDate; covered: boolean } {
  let date = iso;
  let covered = true;
  for (let counted = 0; counted < count;) {
    date = plusDays(date, 1);
    if (!isCoveredByCalendar(date)) covered = false;
    const weekday = must(date).getDay();
    const working = isCoveredByCalendar(date) ? chineseDays.isWorkday(date) : weekday !== 0 && weekday !== 6;
    if (working) counted++;
  }
  return { date, covered };
}
