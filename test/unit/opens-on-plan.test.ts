import { describe, expect, it } from 'vitest';
import { opensOnPlan, savedCheckKey } from '../../src/lib/check/browser/opens-on-plan';
import { save, storageKey, type SavedScreen } from '../../src/lib/check/browser/storage';
import { tree } from '../../src/lib/check/tree/tree';
import { planLink } from '../support/plan-link';

const nothingSaved = () => null;
/** What the check itself saves (storage.ts), read back as the early script reads it. */
function savedOn(screen: SavedScreen | undefined) {
  const data = new Map<string, string>();
  const storage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
  save(storage, tree, { answers: { purpose: 'personal', problem: 'late-delivery' }, ticks: [], screen });
  return () => storage.getItem(savedCheckKey);
}

describe('whether the check page opens on a plan (to leave out the intro and fetch the plan’s code early)', () => {
  it('reads the check’s own storage key', () => {
    expect(savedCheckKey).toBe(storageKey);
  });

  it('does for a share link, and for a language switch made on the plan', () => {
    expect(opensOnPlan(planLink, nothingSaved)).toBe(true);
    expect(opensOnPlan('#v=2&problem=late-delivery&switch=1&screen=plan', nothingSaved)).toBe(true);
  });

  it('does not for a language switch made on a question, an anchor, or no fragment', () => {
    expect(opensOnPlan('#v=2&problem=late-delivery&switch=1&screen=question', nothingSaved)).toBe(false);
    expect(opensOnPlan('#main', nothingSaved)).toBe(false);
    expect(opensOnPlan('', nothingSaved)).toBe(false);
    expect(opensOnPlan('#v=two&problem=late-delivery', nothingSaved)).toBe(false);
  });

  it('does for a check saved on its plan, and not for one saved elsewhere or none', () => {
    expect(opensOnPlan('', savedOn('plan'))).toBe(true);
    expect(opensOnPlan('', savedOn('review'))).toBe(false);
    expect(opensOnPlan('', savedOn('question'))).toBe(false);
    expect(opensOnPlan('', savedOn(undefined))).toBe(false);
  });

  it('does not when storage is blocked (reading it throws)', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    expect(opensOnPlan('', blocked)).toBe(false);
    expect(opensOnPlan(planLink, blocked)).toBe(true);
  });

  it('works from its own source alone, as the page runs it inline (no import, no outer name)', () => {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the page runs this very text; so does the test
    const fromSource = new Function(`return (${opensOnPlan.toString()})`) as () => typeof opensOnPlan;
    const standalone = fromSource();
    expect(standalone(planLink, nothingSaved)).toBe(true);
    expect(standalone('', savedOn('plan'))).toBe(true);
    expect(standalone('#main', savedOn('review'))).toBe(false);
  });
});
