/**
 * Saving answers in the browser between visits. What comes back from storage is treated like any untrusted input:
 * each answer is parsed again, and anything unreadable is dropped and reported, never trusted or thrown.
 */
import { parseAnswer } from '../tree/answers';
import type { IsoDate } from '../tree/dates';
import type { AnswerValue, Answers, Tree } from '../tree/types';

export const storageKey = 'refundpath.check';
const formatVersion = 1;

export interface Saved {
  answers: Answers;
  /** Evidence checklist ticks, by evidence id. */
  ticks: readonly string[];
}

export type LoadResult = { status: 'empty' } | { status: 'corrupt' } | ({ status: 'ok' } & Saved);

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function load(storage: StorageLike | undefined, tree: Tree, today: IsoDate): LoadResult {
  let text: string | null;
  try {
    text = storage?.getItem(storageKey) ?? null;
  } catch {
    return { status: 'empty' }; // storage blocked (private mode, policy): behave as a first visit
  }
  if (text === null) return { status: 'empty' };
  try {
    const data = JSON.parse(text) as { v?: unknown; answers?: unknown; ticks?: unknown };
    if (data?.v !== formatVersion || typeof data.answers !== 'object' || data.answers === null)
      return { status: 'corrupt' };
    const raw = data.answers as Record<string, unknown>;
    const answers: Record<string, AnswerValue> = {};
    for (const question of tree.questions) {
      if (!(question.id in raw)) continue;
      const value = raw[question.id];
      const parsed = parseAnswer(question, typeof value === 'number' ? String(value) : value, { today, answers });
      if (parsed.ok) answers[question.id] = parsed.value;
    }
    const ticks = Array.isArray(data.ticks)
      ? data.ticks.filter((t): t is string => typeof t === 'string').slice(0, 50)
      : [];
    return { status: 'ok', answers, ticks };
  } catch {
    return { status: 'corrupt' };
  }
}

export function save(storage: StorageLike | undefined, saved: Saved): boolean {
  try {
    storage?.setItem(storageKey, JSON.stringify({ v: formatVersion, answers: saved.answers, ticks: saved.ticks }));
    return true;
  } catch {
    return false; // full or blocked: the check still works for this visit
  }
}

export function forget(storage: StorageLike | undefined): void {
  try {
    storage?.removeItem(storageKey);
  } catch {
    // nothing saved that we can reach
  }
}
