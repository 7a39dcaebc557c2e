/**
 * The plan's dates as an .ics file, built with the `ics` package (loaded only when the user asks for the file, so
 * the check does not carry it otherwise).
 */
import type { PlanDeadline } from '../plan/types';
import { plusDays } from '../tree/dates';

const parts = (date: string) => date.split('-').map(Number) as [number, number, number];

export async function deadlinesToIcs(
  deadlines: readonly PlanDeadline[],
  titleOf: (d: PlanDeadline) => string,
  /** What to do by that date (the step it is about), for the event's description. */
  describe: (d: PlanDeadline) => string | undefined = () => undefined,
): Promise<string> {
  const { createEvents } = await import('ics');
  // A date that holds only if a later step were taken today (12315's reply) would read, on its own day, as a real one.
  const upcoming = deadlines.filter((d) => !d.passed && !d.hypothetical);
  const { error, value } = createEvents(
    upcoming.map((d) => {
      const description = describe(d);
      return {
        title: titleOf(d),
        ...(description ? { description } : {}),
        // An all-day event ends on the next day (DTEND is exclusive). Not `duration: { days: 1 }`: the package writes
        // that as "P1DT", which RFC 5545's grammar does not allow (a "T" must be followed by a time).
        start: parts(d.date),
        end: parts(plusDays(d.date, 1)),
        productId: 'refundpath/check',
        uid: `${d.id}-${d.date}@refundpath`,
      };
    }),
  );
  if (error || !value) throw error ?? new Error('no calendar');
  return foldOctets(value);
}

/**
 * Folds each line at 75 octets, as RFC 5545 asks. The package folds at 75 characters, and a Chinese character is
 * 3 octets in UTF-8, so a Chinese title made lines of up to 200 octets. Unfolded first, then folded again without
 * splitting a character.
 */
export function foldOctets(ics: string): string {
  const encoder = new TextEncoder();
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      for (const char of line) {
        const size = encoder.encode(char).length;
        // The first line holds 75 octets; each continuation line 74 after its leading space.
        if (octets + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(current);
          current = '';
          octets = 0;
        }
        current += char;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}
