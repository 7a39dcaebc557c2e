/**
 * Saving answers in the browser between visits. What comes back from storage is treated like any untrusted input:
 * each answer is parsed again, and anything unreadable is dropped and reported, never trusted or thrown.
 */
import { rawOf } from '../tree/answers';
import type { IsoDate } from '../tree/iso-date';
import { readAnswers } from '../share/codec';
import type { Answers, Tree } from '../tree/types';

export const storageKey = 'refundpath.check';

/**
 * Where the user was when they left: reopening puts them back there (a plan reopens as the plan). 'asking': the
 * questions an event recorded on the plan raised, after which the plan comes back (audit AH, M2).
 */
export const savedScreens = ['question', 'asking', 'review', 'plan'] as const;
export type SavedScreen = (typeof savedScreens)[number];

export interface Saved {
  answers: Answers;
  /** Evidence checklist ticks, by evidence id. */
  ticks: readonly string[];
  screen?: SavedScreen;
  /** The answers came from someone's share link and the user has not changed them: a reload says so again. */
  fromLink?: boolean;
}

export type LoadResult =
  { status: 'empty' } | { status: 'corrupt' } | ({ status: 'ok'; dropped: string[] } & Saved) | { status: 'future' };

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Reads saved answers. They carry the tree version they were written in (`v`) and go through the same migrations
 * as a share link, so an answer whose meaning changed is dropped and asked again, never silently kept.
 */
export function load(storage: StorageLike | undefined, tree: Tree, today: IsoDate): LoadResult {
  let text: string | null;
  try {
    text = storage?.getItem(storageKey) ?? null;
  } catch {
    return { status: 'empty' }; // storage blocked (private mode, policy): behave as a first visit
  }
  return text === null ? { status: 'empty' } : readSaved(text, tree, today);
}

/** A saved check's text read as untrusted input: every answer parsed again, as a share link's are. */
function readSaved(text: string, tree: Tree, today: IsoDate): LoadResult {
  try {
    const data = JSON.parse(text) as {
      v?: unknown;
      answers?: unknown;
      ticks?: unknown;
      screen?: unknown;
      fromLink?: unknown;
    };
    if (typeof data?.v !== 'number' || !Number.isInteger(data.v) || data.v < 1) return { status: 'corrupt' };
    if (typeof data.answers !== 'object' || data.answers === null || Array.isArray(data.answers))
      return { status: 'corrupt' };
    const raw: Record<string, string> = {};
    for (const [key, value] of Object.entries(data.answers as Record<string, unknown>)) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') raw[key] = rawOf(value);
      else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) raw[key] = rawOf(value);
    }
    const read = readAnswers(tree, raw, data.v, { today });
    if (!read) return { status: 'future' };
    const ticks = Array.isArray(data.ticks)
      ? data.ticks.filter((t): t is string => typeof t === 'string').slice(0, 50)
      : [];
    const screen = (savedScreens as readonly unknown[]).includes(data.screen)
      ? (data.screen as SavedScreen)
      : undefined;
    return {
      status: 'ok',
      answers: read.answers,
      ticks,
      dropped: read.dropped,
      ...(screen ? { screen } : {}),
      ...(data.fromLink === true ? { fromLink: true } : {}),
    };
  } catch {
    return { status: 'corrupt' };
  }
}

const payload = (tree: Tree, saved: Saved) => ({
  v: tree.version,
  answers: saved.answers,
  ticks: saved.ticks,
  screen: saved.screen,
  ...(saved.fromLink ? { fromLink: true } : {}),
});

/** Saves the answers; false when there is no storage to keep them in (blocked, full or absent). */
export function save(storage: StorageLike | undefined, tree: Tree, saved: Saved): boolean {
  if (!storage) return false;
  try {
    storage.setItem(storageKey, JSON.stringify(payload(tree, saved)));
    return true;
  } catch {
    return false; // full or blocked: the check still works for this visit
  }
}

/** Nothing left to keep (the check was started again): the saved check goes, and Start over's copy stays. */
export function forget(storage: StorageLike | undefined): void {
  remove(storage, storageKey);
}

/** "Forget my answers": the saved check and Start over's copy both go, so nothing of the check is left. */
export function forgetEverything(storage: StorageLike | undefined, undoStorage: StorageLike | undefined): void {
  remove(storage, storageKey);
  remove(undoStorage, undoKey);
}

function remove(storage: StorageLike | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // nothing saved that we can reach
  }
}

/**
 * What Start over cleared, kept under a key of its own so its Undo survives a reload, which a phone (or WeChat, in the
 * background) makes often (audit AB, M6). The caller keeps it in the tab's session storage, so it goes when the tab
 * closes (audit AH, H2); the Undo is offered for 30 minutes, until the user answers anew, or until Forget, which
 * leaves nothing. Forget keeps no copy: it asks first instead.
 */
export const undoKey = 'refundpath.check.undo';
export const undoMinutes = 30;

export function keepUndo(storage: StorageLike | undefined, tree: Tree, saved: Saved, now: number): void {
  try {
    storage?.setItem(undoKey, JSON.stringify({ ...payload(tree, saved), at: now }));
  } catch {
    // no room or no storage: the Undo lasts while the page is open
  }
}

/** Start over's copy, while it is fresh; an old or unreadable one is removed. */
export function loadUndo(
  storage: StorageLike | undefined,
  tree: Tree,
  today: IsoDate,
  now: number,
): (Saved & { dropped: string[]; at: number }) | undefined {
  let text: string | null;
  try {
    text = storage?.getItem(undoKey) ?? null;
  } catch {
    return undefined;
  }
  if (text === null) return undefined;
  let at: unknown;
  try {
    at = (JSON.parse(text) as { at?: unknown }).at;
  } catch {
    at = undefined;
  }
  const read = readSaved(text, tree, today);
  const fresh = typeof at === 'number' && at <= now && now - at <= undoMinutes * 60_000;
  if (!fresh || read.status !== 'ok' || Object.keys(read.answers).length === 0) {
    dropUndo(storage);
    return undefined;
  }
  const { status: _, ...kept } = read;
  return { ...kept, at: at as number };
}

export function dropUndo(storage: StorageLike | undefined): void {
  remove(storage, undoKey);
}

/**
 * Forget, told to the other open tabs: each keeps its own Start over copy in its session storage, out of this tab's
 * reach, so a key set and removed at once (the `storage` event reaches every other tab, and nothing stays) has them
 * drop it (audit AK, M1).
 */
export const forgetSignalKey = 'refundpath.check.forget';

export function signalForget(storage: StorageLike | undefined): void {
  try {
    storage?.setItem(forgetSignalKey, String(Date.now()));
  } catch {
    // no storage: no other tab can hold anything of the check either
  }
  remove(storage, forgetSignalKey);
}
