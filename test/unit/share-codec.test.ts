import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers } from '../../src/lib/tree/share/codec';
import { migrate, type Migration } from '../../src/lib/tree/share/migrations';
import { tree } from '../../src/lib/tree/tree';
import type { Answers } from '../../src/lib/tree/types';
import { scenarios } from '../fixtures/scenarios';

const today = '2026-11-26';

describe('share links', () => {
  it.each(scenarios.map((s) => [s.story, s.answers] as const))('round-trips the answers of: %s', (_story, answers) => {
    const fragment = encodeAnswers(tree, answers, { includeDetails: true });
    const decoded = decodeAnswers(tree, `#${fragment}`, { today });
    expect(decoded).toMatchObject({ ok: true, dropped: [], version: tree.version });
    if (decoded.ok) expect(normalise(decoded.answers)).toEqual(normalise(answers));
  });

  it('leaves personal details out unless asked, and keeps the rest', () => {
    const answers: Answers = {
      problem: 'late-delivery',
      'order-no': '99887766',
      'your-name': 'Li Hua',
      'problem-text': 'broken',
      item: 'a kettle',
    };
    const without = encodeAnswers(tree, answers, { includeDetails: false });
    expect(without).not.toMatch(/99887766|Li\+Hua|broken/);
    expect(without).toContain('item=a+kettle');
    expect(encodeAnswers(tree, answers, { includeDetails: true })).toContain('order-no=99887766');
  });

  it('writes keys sorted with the version first, so the same answers give the same link', () => {
    expect(
      encodeAnswers(tree, { platform: 'jd', amount: 20, problem: 'late-delivery' }, { includeDetails: false }),
    ).toBe('v=1&amount=20&platform=jd&problem=late-delivery');
  });

  it('drops unknown keys and bad values, and keeps the rest', () => {
    const decoded = decodeAnswers(
      tree,
      '#v=1&problem=late-delivery&colour=red&amount=-5&received-on=2099-01-01&platform=jd',
      { today },
    );
    expect(decoded).toEqual({
      ok: true,
      answers: { problem: 'late-delivery', platform: 'jd' },
      dropped: expect.arrayContaining(['colour', 'amount', 'received-on']) as unknown,
      version: 1,
    });
  });

  it('refuses links that are not ours, or from a future version', () => {
    expect(decodeAnswers(tree, '', { today })).toEqual({ ok: false, reason: 'empty' });
    expect(decodeAnswers(tree, '#main', { today })).toEqual({ ok: false, reason: 'not-ours' });
    expect(decodeAnswers(tree, '#v=abc', { today })).toEqual({ ok: false, reason: 'not-ours' });
    expect(decodeAnswers(tree, '#v=99&problem=late-delivery', { today })).toEqual({
      ok: false,
      reason: 'unknown-version',
    });
    expect(decodeAnswers(tree, `#v=1&item=${'x'.repeat(9000)}`, { today })).toEqual({ ok: false, reason: 'too-long' });
  });

  it('keeps markup from a link as plain text, never as something to render', () => {
    const decoded = decodeAnswers(tree, `#v=1&item=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, { today });
    expect(decoded.ok && decoded.answers.item).toBe('<img src=x onerror=alert(1)>');
  });

  it('decodes 10,000 random and mutated fragments without throwing', () => {
    const valid = scenarios.map((s) => encodeAnswers(tree, s.answers, { includeDetails: true }));
    const mutated = fc
      .tuple(fc.constantFrom(...valid), fc.nat(), fc.string({ maxLength: 20 }), fc.nat(), fc.nat())
      .map(([link, at, insert, cut, from]) => {
        const i = at % (link.length + 1);
        const out = link.slice(0, i) + insert + link.slice(i + (cut % 10));
        return from % 3 === 0 ? out.split('').reverse().join('') : out;
      });
    const anything = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      mutated,
      mutated,
    );
    fc.assert(
      fc.property(anything, (fragment) => {
        const result = decodeAnswers(tree, `#${fragment}`, { today });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('migrations', () => {
  const steps: Migration[] = [
    { from: 1, migrate: (a) => ({ ...a, 'new-id': a['old-id'] ?? '' }) },
    { from: 2, migrate: ({ 'old-id': _old, ...rest }) => rest },
  ];

  it('chain from an old version to the current one, step by step', () => {
    expect(migrate({ 'old-id': 'x' }, 1, 3, steps)).toEqual({ 'new-id': 'x' });
    expect(migrate({ a: 'b' }, 3, 3, steps)).toEqual({ a: 'b' });
  });

  it('refuse a gap in the chain or a version from the future', () => {
    expect(migrate({}, 0, 3, steps)).toBeUndefined();
    expect(migrate({}, 4, 3, steps)).toBeUndefined();
  });
});

function normalise(answers: Answers) {
  return Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, typeof v === 'object' ? [...v].sort() : v]));
}
