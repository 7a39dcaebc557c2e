/**
 * The case as it moves on: what has happened so far, with dates, and what the user can record next ("What happened
 * since?") so the plan moves up the ladder without starting over. Framework-free: the plan screen shows these.
 *
 * Each event's date lives in an answer of its own (refused-on, returned-on, decided-on, mediation-ended-on), so an
 * event recorded earlier stays in the history after the next one replaces it as the stage (`tried`).
 */
import { compareIsoDates, parseIsoDate, type IsoDate } from '../tree/iso-date';
import { receivedProblems, type PlatformId, type ProblemId, type StageId } from '../tree/questions';
import { isApp } from './facts';
import type { Answers } from '../tree/types';

/** The stages a user can move on to; court is not one (the check ends there: exit-already-in-court). */
export const laterStages = [
  'seller-refused',
  'seller-silent',
  'sent-back',
  'platform-against',
  'regulator-ended',
] as const;
export type LaterStage = (typeof laterStages)[number];
export type CaseEvent = 'ordered' | 'received' | LaterStage;

export interface HistoryEntry {
  event: CaseEvent;
  date?: IsoDate;
}

/** The answer that holds each event's date (the seller going silent has none). */
export const dateAnswer: Readonly<Record<Exclude<CaseEvent, 'seller-silent'>, string>> = {
  ordered: 'ordered-on',
  received: 'received-on',
  'seller-refused': 'refused-on',
  'sent-back': 'returned-on',
  'platform-against': 'decided-on',
  'regulator-ended': 'mediation-ended-on',
};

/** How far up the ladder each stage stands: the seller, the platform, the regulator (the plan builder's too). */
export const rung: Readonly<Record<Exclude<StageId, 'in-court'>, number>> = {
  nothing: 0,
  'seller-refused': 1,
  'seller-silent': 1,
  'sent-back': 1,
  'platform-against': 2,
  'regulator-ended': 3,
};

const stageOf = (answers: Answers): Exclude<StageId, 'in-court'> => {
  const tried = answers.tried;
  return typeof tried === 'string' && tried in rung ? (tried as Exclude<StageId, 'in-court'>) : 'nothing';
};

const isIsoDate = (value: unknown): value is IsoDate => typeof value === 'string' && parseIsoDate(value) !== undefined;

const dated = (answers: Answers, event: CaseEvent): HistoryEntry => {
  // The silence is dated where the walk asked for it ("the day the seller refused, or stopped answering").
  const key = event === 'seller-silent' ? 'refused-on' : dateAnswer[event];
  const value = key ? answers[key] : undefined;
  return isIsoDate(value) ? { event, date: value } : { event };
};

/**
 * What has happened, oldest first: the order and its arrival (from the walk's answers, `onPath`), every event the
 * user recorded with its date (`all` keeps them after a later event replaced the stage), and the current stage, in
 * the ladder's order (dated or not), by date within a rung.
 */
export function caseHistory(onPath: Answers, all: Answers = onPath): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  if (onPath['ordered-on'] !== undefined) entries.push(dated(onPath, 'ordered'));
  if (onPath['received-on'] !== undefined) entries.push(dated(onPath, 'received'));
  const stage = stageOf(onPath);
  for (const event of laterStages) {
    const current = event === stage;
    // An earlier event shows where its date was recorded, or (the seller's refusal, or its silence) where what the
    // seller said is known; the current stage shows, dated or not.
    const silent = onPath['seller-said'] === 'never-answered';
    // A date given for a seller that went silent is the silence's, never a refusal's (audit 16, M2).
    const silentDate = event === 'seller-refused' && (silent || stage === 'seller-silent');
    const recorded =
      event === 'seller-silent'
        ? silent && rung[stage] > 1
        : (isIsoDate(all[dateAnswer[event]]) && !silentDate) ||
          (event === 'seller-refused' && typeof onPath['seller-said'] === 'string' && !silent && rung[stage] > 1);
    if (current || (recorded && rung[event] <= rung[stage])) entries.push(dated(all, event));
  }
  const order = (e: HistoryEntry) => (e.event in rung ? rung[e.event as LaterStage] : -1);
  // The ladder's order first: a refusal the user gave no date for still came before the platform's decision (sorted
  // by date alone, it went to the end, after events that followed it). Dates order what shares a rung.
  return entries.sort(
    (a, b) =>
      order(a) - order(b) || (a.date && b.date ? compareIsoDates(a.date, b.date) : a.date ? -1 : b.date ? 1 : 0),
  );
}

/**
 * Events the history shows undated that can be dated afterwards: a refusal given in the walk (the walk asks its day on
 * JD and WeChat Store only), a platform's decision or mediation's end recorded without a date (audit AB, L3). Not a
 * silence, whose day is the refusal's answer too (a platform's window must never run from a silence), nor the order
 * and its arrival, which the walk asks itself.
 */
export const datableLater = ['seller-refused', 'platform-against', 'regulator-ended'] as const;
export type DatableEvent = (typeof datableLater)[number];
export const isDatable = (event: CaseEvent): event is DatableEvent =>
  (datableLater as readonly string[]).includes(event);

/**
 * The days a date for the history's undated entry at `index` must fall between: after the last dated entry before it
 * and before the first dated entry after it (the history is in the ladder's order).
 */
export function dateBounds(history: readonly HistoryEntry[], index: number): { after?: IsoDate; before?: IsoDate } {
  const before = history.slice(index + 1).find((e) => e.date)?.date;
  const after = history
    .slice(0, index)
    .map((e) => e.date)
    .filter((d): d is IsoDate => !!d)
    .at(-1);
  return { ...(after ? { after } : {}), ...(before ? { before } : {}) };
}

/** What can happen next from here: the stages above the current one (a return only for goods that arrived). */
export function nextStages(answers: Answers): LaterStage[] {
  const stage = stageOf(answers);
  const problem = answers.problem as ProblemId | undefined;
  // Only the rungs the plan has: a platform's decision where there is a platform to ask, and 12315's mediation where
  // the seller is a business (12315 takes no complaint about a private person).
  const platform = answers.platform as PlatformId | undefined;
  const offered: Readonly<Record<LaterStage, boolean>> = {
    'seller-refused': true,
    'seller-silent': true,
    'sent-back': problem !== undefined && receivedProblems.includes(problem),
    'platform-against': platform !== undefined && isApp(platform),
    'regulator-ended': answers['seller-type'] !== 'private',
  };
  return laterStages.filter((event) => rung[event] > rung[stage] && offered[event]);
}

/**
 * The answers once `event` happened on `date`: the stage moves on, and the event's date is kept in its own answer. A
 * seller that never answered stays silent in the record: moving past it answers "what did the seller say" with that.
 */
export function movedOn(answers: Answers, event: LaterStage, date?: IsoDate): Answers {
  const next: Record<string, Answers[string]> = { ...answers, tried: event };
  // A silent seller's day, moving on to its refusal with no date given: not the refusal's day (a platform's window
  // would run from it; audit 16, M2).
  if (stageOf(answers) === 'seller-silent' && event === 'seller-refused' && !date) delete next['refused-on'];
  if (event !== 'seller-silent' && date) next[dateAnswer[event]] = date;
  // Once the goods are back, what the seller said before answered the request, not the refund: the walk asks again,
  // about the refund, so no message gives the earlier excuse as the reason the money has not come, and the return's
  // own answers (damaged on arrival, refund after inspection) can be reached (audit 16, L5).
  if (event === 'sent-back') delete next['seller-said'];
  if (stageOf(answers) === 'seller-silent' && rung[event] > 1 && answers['seller-said'] === undefined)
    next['seller-said'] = 'never-answered';
  return next;
}

/**
 * The answers a plan is built from: the walk's, with the day the seller got the goods back where a return was recorded
 * and the case has since moved on (the walk asks that date only at the "sent back" stage, so it is off the path once
 * the platform decides or mediation ends; without it every message would ask for a return already made).
 */
export function planAnswers(onPath: Answers, all: Answers): Answers {
  const stage = stageOf(onPath);
  const returnedOn = all['returned-on'];
  const withReturn =
    rung[stage] > rung['sent-back'] && onPath['returned-on'] === undefined && isIsoDate(returnedOn)
      ? { ...onPath, 'returned-on': returnedOn }
      : onPath;
  // The day the seller refused, likewise (asked only at that stage, on JD and WeChat Store): a refusal within the 7
  // days dates the request made in time (audit 16, M3), once the goods are back too (audit F, L3), and at the refusal
  // itself where the walk did not ask it and the user dated it under "So far" (audit AG, L1). Not a silent seller's
  // day, which dates no refusal.
  const refusedOn = all['refused-on'];
  return (rung[stage] > 1 || stage === 'sent-back' || stage === 'seller-refused') &&
    withReturn['refused-on'] === undefined &&
    isIsoDate(refusedOn) &&
    onPath['seller-said'] !== 'never-answered'
    ? { ...withReturn, 'refused-on': refusedOn }
    : withReturn;
}
