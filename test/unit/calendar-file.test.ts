/**
 * The plan's dates as a calendar file: every date still ahead, as an all-day event that calendar apps accept.
 */
import { describe, expect, it } from 'vitest';
import { deadlinesToIcs, foldOctets } from '../../src/lib/check/browser/calendar-file';
import type { PlanDeadline } from '../../src/lib/check/plan/types';

const deadline = (id: string, date: string, passed = false): PlanDeadline => ({
  id,
  label: `Label ${id}`,
  date: date,
  basis: 'law',
  claims: [],
  laws: [],
  passed,
  daysLeft: passed ? -1 : 1,
});

describe('the calendar file', () => {
  it('has each date still ahead as an all-day event ending the next day, across a year end, with its description', async () => {
    const ics = await deadlinesToIcs(
      [deadline('a', '2026-12-31'), deadline('b', '2027-02-28'), deadline('gone', '2026-11-01', true)],
      (d) => d.label,
      (d) => (d.id === 'a' ? 'What to do: ask the seller' : undefined),
    );
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    const events = unfolded.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(2);
    expect(events[0]).toContain('SUMMARY:Label a');
    expect(events[0]).toContain('DTSTART;VALUE=DATE:20261231');
    expect(events[0]).toContain('DTEND;VALUE=DATE:20270101');
    expect(events[0]).toContain('DESCRIPTION:What to do: ask the seller');
    expect(events[1]).toContain('DTEND;VALUE=DATE:20270301');
    expect(unfolded).not.toContain('Label gone');
  });

  it('writes no duration ("P1DT", which RFC 5545 does not allow, is what the package writes for one day)', async () => {
    const ics = await deadlinesToIcs([deadline('a', '2026-12-31')], (d) => d.label);
    expect(ics).not.toMatch(/^DURATION/m);
  });
});

describe('folding', () => {
  it('keeps every line within 75 octets, never splits a character, and unfolds back to the text', async () => {
    const title = '如果你在2026年12月1日向12315投诉，监管部门应在这天前答复'.repeat(3);
    const ics = await deadlinesToIcs([deadline('a', '2026-12-31')], () => title);
    const octets = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(octets.encode(line).length, line).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain(`SUMMARY:${title}`);
  });

  it('leaves short lines as they are', () => {
    expect(foldOctets('BEGIN:VCALENDAR\r\nEND:VCALENDAR')).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR');
  });
});
