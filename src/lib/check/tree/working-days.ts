/**
 * Working days on the official calendar of public holidays and make-up working days (调休), which the chinese-days
 * package keeps year by year as the State Council publishes them. We read its data file rather than its API: the
 * API bundles a lunar calendar we do not need. Kept apart from dates.ts so only the plan loads the calendar.
 */
import calendar from 'chinese-days/dist/chinese-days.json';
import { must, plusDays, type IsoDate } from './dates';

const holidays: Readonly<Record<string, string>> = calendar.holidays;
const workdays: Readonly<Record<string, string>> = calendar.workdays;

/**
 * The years the holiday calendar covers, found from the data itself rather than typed in: every published year
 * has New Year's Day as a public holiday, an unpublished one does not.
 */
export const calendarYears: { from: number; to: number } = (() => {
  const covered = Object.keys(holidays)
    .filter((day) => day.endsWith('-01-01'))
    .map((day) => Number(day.slice(0, 4)));
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
    if (isWorkingDay(date)) counted++;
  }
  return { date, covered };
}

/** A make-up working day counts even on a weekend; a public holiday never does; otherwise Monday to Friday. */
export function isWorkingDay(iso: IsoDate): boolean {
  if (workdays[iso]) return true;
  if (holidays[iso]) return false;
  const weekday = must(iso).getDay();
  return weekday !== 0 && weekday !== 6;
}
