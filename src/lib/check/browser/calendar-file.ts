/**
 * The plan's dates as an .ics file, built with the `ics` package (loaded only when the user asks for the file, so
 * the check does not carry it otherwise).
 */
import type { PlanDeadline } from '../plan/types';

export async function deadlinesToIcs(
  deadlines: readonly PlanDeadline[],
  titleOf: (d: PlanDeadline) => string,
  /** What to do by that date (the step it is about), for the event's description. */
  describe: (d: PlanDeadline) => string | undefined = () => undefined,
): Promise<string> {
  const { createEvents } = await import('ics');
  const upcoming = deadlines.filter((d) => !d.passed);
  const { error, value } = createEvents(
    upcoming.map((d) => {
      const [y, m, day] = d.date.split('-').map(Number) as [number, number, number];
      const description = describe(d);
      return {
        title: titleOf(d),
        ...(description ? { description } : {}),
        start: [y, m, day] as [number, number, number],
        duration: { days: 1 },
        productId: 'refundpath/check',
        uid: `${d.id}-${d.date}@refundpath`,
      };
    }),
  );
  if (error || !value) throw error ?? new Error('no calendar');
  return value;
}
