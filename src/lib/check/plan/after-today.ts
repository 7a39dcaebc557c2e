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
 * Whether the platform's step can wait for the message's date. Not where its window closes today or tomorrow (a window
 * closing later has the message's date set before it: messages.ts), nor where we have not confirmed when JD's days
 * start ("apply now", as its step says); where the window has closed, the platform may not take the case; and where
 * the rule gives no number of days (Taobao's, whose limit Taobao sets) or is one we have not seen, the user checks
 * the limit the app shows. A plain wait otherwise, and wherever the next step is not the platform's.
 */
type PlatformWait =
  | { kind: 'today' | 'tomorrow' | 'passed'; closes: PlanDeadline; names: PlatformNames }
  | { kind: 'now'; names: PlatformNames; closed?: PlanDeadline }
  | { kind: 'taobao' | 'unseen' }
  | undefined;
interface PlatformNames {
  platform: string;
  rule: string;
}

/** The platform, and its rule named with the version seen, as every platform rule is (audit AG, L5). */
const platformNames = (jd: boolean, words: PlanWords): PlatformNames => ({
  platform: words.say(jd ? 'platform.name.jd' : 'platform.name.wechat-store'),
  rule: words.say(jd ? 'platform.window-rule.jd' : 'platform.window-rule.wechat-store'),
});

function platformWait(
  next: PlanStep | undefined,
  deadlines: readonly PlanDeadline[],
  replyBy: IsoDate,
  words: PlanWords,
): PlatformWait {
  if (next?.id !== 'platform-intervention') return undefined;
  const has = (...keys: Parameters<PlanWords['say']>[0][]) =>
    next.how.some((line) => keys.some((key) => line === words.say(key)));
  const names = (jd: boolean) => platformNames(jd, words);
  const closes = deadlines.find(isPlatformWindow);
  // JD's order disputes and those whose limit we have not seen: its step says to apply now (audit AI, H1), also once
  // the days counted to be safe have passed, which may not be JD's (audit AL, M2).
  if (has('step.platform-intervention.how.jd.order', 'step.platform-intervention.how.jd.other'))
    return { kind: 'now', names: names(true), ...(closes?.passed ? { closed: closes } : {}) };
  // Already closed: the platform may no longer take the case (audit AG, L6; audit AJ, M3).
  if (closes?.passed) return { kind: 'passed', closes, names: names(closes.id === 'jd-intervention') };
  if (closes) {
    if (closes.daysLeft > 1 || compareIsoDates(closes.date, replyBy) > 0) return undefined;
    return {
      kind: closes.daysLeft === 0 ? 'today' : 'tomorrow',
      closes,
      names: names(closes.id === 'jd-intervention'),
    };
  }
  // Taobao's rule sets a limit without its number (Art. 4): the line says to check it (audit AI, H2).
  if (has('step.platform-intervention.how.taobao.2', 'step.platform-intervention.how.taobao.2.after-reply'))
    return { kind: 'taobao' };
  return has('step.platform-intervention.how.other.1') ? { kind: 'unseen' } : undefined;
}

/**
 * A seller that already refused gets today's message in writing: the reply to its excuse, shown under the action
 * whose demand it restates, or, where the excuse has no reply, the action's own demand (audit AG, M4). The action's
 * "move on" no longer waits for a refusal that has happened, the platform's step applies once the message's date has
 * passed (or the answer is no again), and the panel says why the message comes first and when to go on: the
 * message's date (set before a platform window that closes within 3 days), or the platform alongside the message
 * where its window closes today or tomorrow or JD's days may be running, or sooner if the platform's limit is one the
 * app shows and we have not seen.
 */
export function afterARefusal(
  steps: PlanStep[],
  deadlines: readonly PlanDeadline[],
  today: TodayAction,
  refused: boolean,
  words: PlanWords,
): { text: string; window?: string } | undefined {
  const sending = steps.find((s) => s.id === (today.messageFrom ?? today.step));
  const replyBy = sending?.message?.replyBy;
  if (!refused || !sending || !replyBy) return undefined;
  const next = stepAfter(steps, sending.id);
  const wait = next ? platformWait(next, deadlines, replyBy, words) : undefined;
  const action = steps.find((s) => s.id === today.step);
  // Where the platform is asked alongside the message (the window closes today or tomorrow, a JD order dispute), the
  // step sending it says so too, not to wait for its date (audit AL, M1).
  const alongside = wait?.kind === 'now' || wait?.kind === 'today' || wait?.kind === 'tomorrow';
  if (action && action !== sending) action.moveOn = words.say('step.moveOn.refused-already', { title: sending.title });
  if (next && alongside) sending.moveOn = words.say('step.moveOn.refused-now', { title: next.title, ...wait.names });
  // The action's own demand after a refusal; a reply's own "move on" fits as it is.
  else if (next && sending === action && !today.messageFrom)
    sending.moveOn = words.say('step.moveOn.refused-demand', { title: next.title });
  // A message whose date was set before a window that closes within the usual 3 days gives the seller fewer days than
  // the steps' "about 3 days": they say so, and why (audit AJ, M2).
  const closes = deadlines.find((d) => isPlatformWindow(d) && !d.passed);
  if (closes && closes.daysLeft > 1 && closes.daysLeft <= 3 && compareIsoDates(replyBy, closes.date) < 0) {
    const takes = words.say('step.takes.short', {
      platform: platformNames(closes.id === 'jd-intervention', words).platform,
      date: { date: closes.date },
    });
    // Only the steps that say "about 3 days" (those that say "until the date in your message" are true as they are).
    const aboutThree = words.say('step.answer-excuse.takes');
    for (const step of new Set([sending, action])) if (step?.takes.startsWith(aboutThree)) step.takes = takes;
  }
  const platform = steps.find((s) => s.id === 'platform-intervention');
  // Taobao's rule gives no days to ask in: "as soon as the seller says no" would mean today, before the message's date.
  const asSoonAs = words.say('step.platform-intervention.how.taobao.2');
  if (platform)
    platform.how = platform.how.map((line) =>
      line === asSoonAs ? words.say('step.platform-intervention.how.taobao.2.after-reply') : line,
    );
  const text = words.sentences(
    // A favour asked where the seller may be right sets out no claim (audit AI, M4).
    words.say(
      today.messageFrom
        ? 'today.then.after-refusal'
        : sending.id === 'still-possible'
          ? 'today.then.after-refusal.ask'
          : 'today.then.after-refusal.demand',
    ),
    ...(next ? goOn(next, wait, replyBy, words) : []),
  );
  // The window this line dates, so the panel does not give it a second line of its own (audit AH, L7).
  return { text, ...(wait && 'closes' in wait ? { window: wait.closes.id } : {}) };
}

function goOn(next: PlanStep, wait: PlatformWait, replyBy: IsoDate, words: PlanWords): string[] {
  const title = next.title;
  const plain = words.say('today.then.go-on', { title, date: { date: replyBy } });
  switch (wait?.kind) {
    case 'today':
      return [words.say('today.then.go-on.window-today', { title, ...wait.names })];
    case 'tomorrow':
      return [
        words.say('today.then.go-on.window-tomorrow', { title, date: { date: wait.closes.date }, ...wait.names }),
      ];
    case 'passed':
      return [
        plain,
        words.say('today.then.go-on.window-passed', { closed: { date: wait.closes.date }, ...wait.names }),
      ];
    case 'now':
      return [
        words.say('today.then.go-on.now', { title, ...wait.names }),
        ...(wait.closed
          ? [words.say('today.then.go-on.window-passed', { closed: { date: wait.closed.date }, ...wait.names })]
          : []),
      ];
    case 'taobao':
    case 'unseen':
      return [plain, words.say(`today.then.go-on.${wait.kind}`, { title, date: { date: replyBy } })];
    default:
      return [plain];
  }
}

/**
 * The day today's message asks the seller to answer by, as a date of its own: it was only inside the message, so the
 * calendar held every date but the one the user set. The user's own date, resting on no law. Its note says what to
 * do by then: file the claim after the court's final demand, go to the step after the message's, or, where that
 * step cannot wait for the date (a platform window closing first, a seller who has vanished with the money), not to
 * wait for it (audits AG, H1, M1 and M6; AH, H1).
 */
export function replyByDate(
  steps: readonly PlanStep[],
  deadlines: readonly PlanDeadline[],
  today: TodayAction,
  on: IsoDate,
  words: PlanWords,
): PlanDeadline | undefined {
  const sending = steps.find((s) => s.id === (today.messageFrom ?? today.step));
  const date = sending?.message?.replyBy;
  if (!sending || !date) return undefined;
  const next = sending.id === 'court' ? sending : stepAfter(steps, sending.id);
  return {
    id: 'reply-by',
    label: words.say('deadline.reply-by.label'),
    date,
    basis: 'yours',
    claims: [],
    laws: [],
    // The plan is built afresh each day, so the date moves with it: the message already sent keeps its own (audit
    // AH, M1).
    note: words.sentences(
      next
        ? replyByNote(sending, next, platformWait(next, deadlines, date, words), words)
        : words.say('deadline.reply-by.note.last'),
      words.say('deadline.reply-by.counted'),
    ),
    passed: daysBetween(on, date) < 0,
    daysLeft: daysBetween(on, date),
    ...(next ? { step: next.id } : {}),
  };
}

function replyByNote(sending: PlanStep, next: PlanStep, wait: PlatformWait, words: PlanWords): string {
  const title = next.title;
  if (sending === next) return words.say('deadline.reply-by.note.court', { title });
  if (next.id === 'report-fraud') return words.say('deadline.reply-by.note.police', { title });
  switch (wait?.kind) {
    case 'today':
      return words.say('deadline.reply-by.note.window-today', { title, ...wait.names });
    case 'tomorrow':
      return words.say('deadline.reply-by.note.window-tomorrow', {
        title,
        date: { date: wait.closes.date },
        ...wait.names,
      });
    case 'passed':
      return words.say('deadline.reply-by.note.window-passed', {
        title,
        closed: { date: wait.closes.date },
        ...wait.names,
      });
    case 'now':
      return words.say('deadline.reply-by.note.now', { title, ...wait.names });
    case 'taobao':
    case 'unseen':
      return words.say('deadline.reply-by.note.unseen', { title });
    default:
      return words.say('deadline.reply-by.note', { title });
  }
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
