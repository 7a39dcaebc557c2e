import { describe, expect, it } from 'vitest';
import {
  dropUndo,
  forgetSignalKey,
  signalForget,
  forget,
  forgetEverything,
  keepUndo,
  load,
  loadUndo,
  save,
  storageKey,
  undoKey,
  undoMinutes,
} from '../../src/lib/check/browser/storage';
import { tree } from '../../src/lib/check/tree/tree';

function memory(initial?: string) {
  const data = new Map<string, string>(initial === undefined ? [] : [[storageKey, initial]]);
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}
const today = '2026-11-26';

describe('saved answers', () => {
  it('round-trip, with the screen the user was on', () => {
    const storage = memory();
    const answers = { purpose: 'personal', problem: 'late-delivery', amount: 99 };
    expect(save(storage, tree, { answers, ticks: ['chat'], screen: 'plan' })).toBe(true);
    expect(load(storage, tree, today)).toEqual({ status: 'ok', answers, ticks: ['chat'], dropped: [], screen: 'plan' });
    expect(JSON.parse(storage.getItem(storageKey)!)).toMatchObject({ v: tree.version });
    forget(storage);
    expect(load(storage, tree, today)).toEqual({ status: 'empty' });
  });

  it("remembers answers that came from someone's link until the user changes them, and trusts only true", () => {
    const storage = memory();
    const answers = { purpose: 'personal' };
    save(storage, tree, { answers, ticks: [], screen: 'plan', fromLink: true });
    expect(load(storage, tree, today)).toMatchObject({ status: 'ok', fromLink: true });
    save(storage, tree, { answers, ticks: [], screen: 'plan', fromLink: false });
    expect(load(storage, tree, today)).not.toHaveProperty('fromLink');
    expect(load(memory('{"v":2,"answers":{},"fromLink":"yes"}'), tree, today)).not.toHaveProperty('fromLink');
  });

  it.each(['not json', '{"answers":{}}', '{"v":"2","answers":{}}', '{"v":2,"answers":[]}', 'null', '[]'])(
    'reports %j as unreadable',
    (text) => {
      expect(load(memory(text), tree, today)).toEqual({ status: 'corrupt' });
    },
  );

  it('reports answers saved by a newer version as such, not as corrupt', () => {
    expect(load(memory('{"v":99,"answers":{}}'), tree, today)).toEqual({ status: 'future' });
  });

  it('drops values that no longer parse, and unknown keys', () => {
    const stored = JSON.stringify({
      v: 2,
      answers: { purpose: 'personal', problem: 'perhaps', colour: 'red', amount: -1 },
      ticks: [1, 'chat'],
    });
    expect(load(memory(stored), tree, today)).toEqual({
      status: 'ok',
      answers: { purpose: 'personal' },
      ticks: ['chat'],
      dropped: ['problem', 'amount', 'colour'],
    });
  });

  it('migrates a version 1 save like a version 1 link: ambiguous answers are dropped and asked again', () => {
    // A returning user from before version 2: "received" may have meant only "the tracking says signed", "food" may
    // have been a cosmetic, and "wechat" may have been a store or a group.
    const v1 = JSON.stringify({
      v: 1,
      answers: {
        mainland: true,
        purpose: 'personal',
        problem: 'lost-or-not-delivered',
        platform: 'wechat',
        received: true,
        'received-on': '2026-11-20',
        food: false,
        'problem-text': 'the box was empty',
        amount: 65,
      },
      ticks: ['chat'],
    });
    const loaded = load(memory(v1), tree, today);
    expect(loaded).toMatchObject({
      status: 'ok',
      answers: { purpose: 'personal', problem: 'lost-or-not-delivered', amount: 65 },
    });
    if (loaded.status !== 'ok') return;
    expect([...loaded.dropped].sort()).toEqual(['food', 'platform', 'problem-text', 'received', 'received-on']);
    for (const key of ['mainland', 'platform', 'received', 'received-on', 'food', 'problem-text'])
      expect(loaded.answers, key).not.toHaveProperty(key);
  });

  it('behaves as a first visit when storage is blocked, and saving fails softly', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(load(blocked, tree, today)).toEqual({ status: 'empty' });
    expect(save(blocked, tree, { answers: {}, ticks: [] })).toBe(false);
    expect(() => forget(blocked)).not.toThrow();
  });
});

describe('Start over’s copy, for an Undo that survives a reload (audit AB, M6)', () => {
  const answers = { purpose: 'personal', problem: 'late-delivery', amount: 99 };
  const at = Date.UTC(2026, 10, 26, 12);

  it('comes back while fresh, read as untrusted as a saved check is, and goes once too old', () => {
    const storage = memory();
    keepUndo(storage, tree, { answers: { ...answers, nonsense: 'x' }, ticks: ['chat'], screen: 'plan' }, at);
    const minutes = (n: number) => at + n * 60_000;
    expect(loadUndo(storage, tree, today, minutes(undoMinutes))).toEqual({
      answers,
      ticks: ['chat'],
      screen: 'plan',
      dropped: ['nonsense'],
      at,
    });
    expect(loadUndo(storage, tree, today, minutes(undoMinutes + 1))).toBeUndefined();
    // Too old, it is removed, not left behind.
    expect(storage.getItem(undoKey)).toBeNull();
    // A time stamp from the future (a clock put back) or none at all is not trusted either.
    keepUndo(storage, tree, { answers, ticks: [] }, at);
    expect(loadUndo(storage, tree, today, at - 1)).toBeUndefined();
    storage.setItem(undoKey, JSON.stringify({ v: tree.version, answers, ticks: [] }));
    expect(loadUndo(storage, tree, today, at)).toBeUndefined();
  });

  it('stays when the saved check goes (the check started again), and goes with Forget or once undone', () => {
    const storage = memory();
    save(storage, tree, { answers, ticks: [] });
    keepUndo(storage, tree, { answers, ticks: [] }, at);
    forget(storage);
    expect(storage.getItem(storageKey)).toBeNull();
    expect(loadUndo(storage, tree, today, at)).toMatchObject({ answers });
    dropUndo(storage);
    expect(loadUndo(storage, tree, today, at)).toBeUndefined();
    // The saved check in one store, Start over's copy in the tab's own (audit AH, H2): Forget empties both.
    const tab = memory();
    save(storage, tree, { answers, ticks: [] });
    keepUndo(tab, tree, { answers, ticks: [] }, at);
    forgetEverything(storage, tab);
    expect([storage.getItem(storageKey), tab.getItem(undoKey)]).toEqual([null, null]);
    // Told to the other tabs by a key set and removed at once: the event fires there, and nothing stays (audit AK, M1).
    const written: string[] = [];
    const watched = {
      ...storage,
      setItem: (key: string, value: string) => (written.push(key), storage.setItem(key, value)),
    };
    signalForget(watched);
    expect(written).toEqual([forgetSignalKey]);
    expect(storage.getItem(forgetSignalKey)).toBeNull();
  });
});
