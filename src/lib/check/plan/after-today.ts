/**
 * What follows today's message, said where the user acts and dated where they plan: the day the message asks the
 * seller to answer by (a date of its own in the list and the calendar), the order of things after a refusal already
 * given (why the reply comes before the next rung, and when to go on), and 12315's reply date marked as holding only
 * if the complaint were made today (audit AB, M1 and M5).
 */
import type { PlanWords } from '../texts/plan-words';
import { daysBetween, type IsoDate } from '../tree/dates';
import { compareIsoDates } from '../tree/iso-date';
import type { PlanDeadline, PlanStep, TodayAction } from './types';

/** A platform's own window to step in, counted from the seller's refusal. */
export const isPlatformWindow = (d: PlanDeadline) => d.id === 'jd-intervention' || d.id === 'wechat-intervention';

const stepAfter = (steps: readonly PlanStep[], id: string) => steps[steps.findIndex((s) => s.id === id) + 1];

/**
 * A seller that already refused gets the reply to its excuse today, shown under the action whose demand it restates:
 * the action's own "move on" no longer waits for a refusal that has happened, the platform's step applies once the
 * reply's date has passed (or the seller says no again), and the panel says why the reply comes first and when to go
 * on. A platform window that closes before the reply's date is the date to go on by: waiting for the seller past it
 * would lose the platform.
 */
export function afterARefusal(
  steps: PlanStep[],
  deadlines: readonly PlanDeadline[],
  today: TodayAction,
  words: PlanWords,
): string | undefined {
  const reply = today.messageFrom ? steps.find((s) => s.id === today.messageFrom) : undefined;
  const replyBy = reply?.message?.replyBy;
  if (!reply || !replyBy) return undefined;
  const action = steps.find((s) => s.id === today.step);
  if (action && action !== reply) action.moveOn = words.say('step.moveOn.refused-already', { title: reply.title });
  const platform = steps.find((s) => s.id === 'platform-intervention');
  // Taobao's rule gives no days to ask in: "as soon as the seller says no" would mean today, before the reply's date.
  const asSoonAs = words.say('step.platform-intervention.how.taobao.2');
  if (platform)
    platform.how = platform.how.map((line) =>
      line === asSoonAs ? words.say('step.platform-intervention.how.taobao.2.after-reply') : line,
    );
  const next = stepAfter(steps, reply.id);
  const window = deadlines.find((d) => isPlatformWindow(d) && !d.passed);
  const windowFirst = window && next?.id === 'platform-intervention' && compareIsoDates(window.date, replyBy) <= 0;
  return words.sentences(
    words.say('today.then.after-refusal'),
    ...(next
      ? [
          windowFirst
            ? words.say('today.then.go-on.window', {
                title: next.title,
                date: { date: window.date },
                replyBy: { date: replyBy },
                platform: words.say(
                  window.id === 'jd-intervention' ? 'platform.name.jd' : 'platform.name.wechat-store',
                ),
              })
            : words.say('today.then.go-on', { title: next.title, date: { date: replyBy } }),
        ]
      : []),
  );
}

/**
 * The day today's message asks the seller to answer by, as a date of its own: it was only inside the message, so the
 * calendar held every date but the one the user set. The user's own date, resting on no law; what to do by then is
 * the step after the message's.
 */
export function replyByDate(
  steps: readonly PlanStep[],
  today: TodayAction,
  on: IsoDate,
  words: PlanWords,
): PlanDeadline | undefined {
  const sending = steps.find((s) => s.id === (today.messageFrom ?? today.step));
  const date = sending?.message?.replyBy;
  if (!sending || !date) return undefined;
  const next = stepAfter(steps, sending.id);
  return {
    id: 'reply-by',
    label: words.say('deadline.reply-by.label'),
    date,
    basis: 'yours',
    claims: [],
    laws: [],
    note: words.say(next ? 'deadline.reply-by.note' : 'deadline.reply-by.note.last', next ? { title: next.title } : {}),
    passed: daysBetween(on, date) < 0,
    daysLeft: daysBetween(on, date),
    ...(next ? { step: next.id } : {}),
  };
}

/** The dates with the reply-by date in its place (by date), and 12315's marked where its step is not today's. */
export function withTodaysDates(
  deadlines: readonly PlanDeadline[],
  replyBy: PlanDeadline | undefined,
  today: TodayAction,
): PlanDeadline[] {
  const marked = deadlines.map((d) =>
    d.id === 'regulator-reply' && today.step !== 'complain-12315' ? { ...d, hypothetical: true as const } : d,
  );
  return replyBy ? [...marked, replyBy].sort((a, b) => compareIsoDates(a.date, b.date)) : marked;
}
