/** Date arithmetic on plain calendar dates ("2026-11-26"), with date-fns. Only the plan needs it. */
// One module per function: the package's index pulls in all of date-fns, which the tests would transform whole.
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseIsoDate, type IsoDate } from './iso-date';

export { parseIsoDate, type IsoDate };

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
