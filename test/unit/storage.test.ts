import { describe, expect, it } from 'vitest';
import { forget, load, save, storageKey } from '../../src/lib/check/storage';
import { tree } from '../../src/lib/tree/tree';

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
  it('round-trip', () => {
    const storage = memory();
    expect(save(storage, { answers: { mainland: true, amount: 99 }, ticks: ['chat'] })).toBe(true);
    expect(load(storage, tree, today)).toEqual({
      status: 'ok',
      answers: { mainland: true, amount: 99 },
      ticks: ['chat'],
    });
    forget(storage);
    expect(load(storage, tree, today)).toEqual({ status: 'empty' });
  });

  it.each(['not json', '{"answers":{}}', '{"v":2,"answers":{}}', 'null', '[]'])('reports %j as unreadable', (text) => {
    expect(load(memory(text), tree, today)).toEqual({ status: 'corrupt' });
  });

  it('drops values that no longer parse, and unknown keys', () => {
    const stored = JSON.stringify({
      v: 1,
      answers: { mainland: 'perhaps', purpose: 'personal', colour: 'red', amount: -1 },
      ticks: [1, 'chat'],
    });
    expect(load(memory(stored), tree, today)).toEqual({
      status: 'ok',
      answers: { purpose: 'personal' },
      ticks: ['chat'],
    });
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
    expect(save(blocked, { answers: {}, ticks: [] })).toBe(false);
    expect(() => forget(blocked)).not.toThrow();
  });
});
