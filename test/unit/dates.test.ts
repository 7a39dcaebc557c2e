import { describe, expect, it } from 'vitest';
import { daysBetween, parseIsoDate, plusDays, plusMonths, plusYears } from '../../src/lib/check/tree/dates';
import { calendarYears, plusWorkingDays } from '../../src/lib/check/tree/working-days';
import { todayInChina } from '../../src/components/check/context';

describe('calendar dates', () => {
  it('reads only real calendar dates', () => {
    expect(parseIsoDate('2026-02-28')).toBeDefined();
    expect(parseIsoDate('2026-02-30')).toBeUndefined();
    expect(parseIsoDate('26-2-3')).toBeUndefined();
    expect(parseIsoDate('2026-13-01')).toBeUndefined();
  });

  it('adds days, months and years across month ends and leap days', () => {
    expect(plusDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(plusMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(plusYears('2028-02-29', 3)).toBe('2031-02-28');
    expect(daysBetween('2026-11-26', '2026-12-01')).toBe(5);
  });

  it('knows which years the official holiday calendar covers, from its data', () => {
    expect(calendarYears.from).toBeLessThanOrEqual(2024);
    expect(calendarYears.to).toBeGreaterThanOrEqual(2026);
  });

  it('counts working days on the official calendar, with make-up working days', () => {
    // Spring Festival 2026: 15-23 February are holidays; 14 (Sat) and 28 (Sat) February are make-up working days.
    expect(plusWorkingDays('2026-02-12', 2)).toEqual({ date: '2026-02-14', covered: true });
    expect(plusWorkingDays('2026-02-13', 2)).toEqual({ date: '2026-02-24', covered: true });
  });

  it('says when a count runs past the published calendar', () => {
    const late = plusWorkingDays(`${calendarYears.to}-12-28`, 7);
    expect(late.covered).toBe(false);
  });
});

describe("today in China (the check's clock)", () => {
  it('agrees with the Asia/Shanghai time zone at every hour of several years, around midnight included', () => {
    const shanghai = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
    const start = Date.UTC(2024, 0, 1);
    for (let t = start; t < Date.UTC(2028, 0, 1); t += 3_600_000 + 7 * 60_000) {
      const at = new Date(t);
      expect(todayInChina(at), at.toISOString()).toBe(shanghai.format(at));
    }
    // 15:59:59 UTC is 23:59:59 in Beijing; one second later the date turns.
    expect(todayInChina(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11-30');
    expect(todayInChina(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
  });
});
