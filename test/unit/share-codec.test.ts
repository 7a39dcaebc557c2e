import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers } from '../../src/lib/check/share/codec';
import { migrate, type Migration } from '../../src/lib/check/share/migrations';
import { tree } from '../../src/lib/check/tree/tree';
import type { Answers } from '../../src/lib/check/tree/types';
import { skipUnansweredOptional } from '../../src/lib/check/tree/evaluate';
import { stories } from '../fixtures/stories';

const today = '2026-11-26';

describe('share links', () => {
  it.each(stories.map((s) => [s.id, skipUnansweredOptional(tree, s.answers as Answers), s.today] as const))(
    'round-trips the answers of: %s',
    (_story, answers, storyToday) => {
      const fragment = encodeAnswers(tree, answers, { includeDetails: true });
      const decoded = decodeAnswers(tree, `#${fragment}`, { today: storyToday });
      expect(decoded).toMatchObject({ ok: true, dropped: [], version: tree.version });
      if (decoded.ok) expect(normalise(decoded.answers)).toEqual(normalise(answers));
    },
  );

  it('leaves personal details out unless asked, and keeps the rest', () => {
    const answers: Answers = {
      problem: 'late-delivery',
      'order-no': '99887766',
      'your-name': 'Li Hua',
      item: 'a kettle',
    };
    const without = encodeAnswers(tree, answers, { includeDetails: false });
    expect(without).not.toMatch(/99887766|Li\+Hua/);
    expect(without).toContain('item=a+kettle');
    expect(encodeAnswers(tree, answers, { includeDetails: true })).toContain('order-no=99887766');
  });

  it('writes keys sorted with the version first, so the same answers give the same link', () => {
    expect(
      encodeAnswers(tree, { platform: 'jd', amount: 20, problem: 'late-delivery' }, { includeDetails: false }),
    ).toBe('v=3&amount=20&platform=jd&problem=late-delivery');
  });

  it('drops unknown keys and bad values, and keeps the rest', () => {
    const decoded = decodeAnswers(
      tree,
      '#v=2&problem=late-delivery&colour=red&amount=-5&received-on=2099-01-01&platform=jd',
      { today },
    );
    expect(decoded).toEqual({
      ok: true,
      answers: { problem: 'late-delivery', platform: 'jd' },
      dropped: expect.arrayContaining(['colour', 'amount', 'received-on']) as unknown,
      version: 2,
    });
  });

  it('drops an option the case does not offer (a symptom of another problem), and says so', () => {
    const decoded = decodeAnswers(tree, '#v=2&problem=late-delivery&symptoms=wrong-spec', { today });
    expect(decoded).toEqual({ ok: true, answers: { problem: 'late-delivery' }, dropped: ['symptoms'], version: 2 });
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
    const valid = stories.map((s) => encodeAnswers(tree, s.answers as Answers, { includeDetails: true }));
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
    { from: 1, migrate: (a) => ({ answers: { ...a, 'new-id': a['old-id'] ?? '' }, dropped: [] }) },
    { from: 2, migrate: ({ 'old-id': _old, ...rest }) => ({ answers: rest, dropped: ['gone'] }) },
  ];

  it('chain from an old version to the current one, step by step, gathering what each dropped', () => {
    expect(migrate({ 'old-id': 'x' }, 1, 3, steps)).toEqual({ answers: { 'new-id': 'x' }, dropped: ['gone'] });
    expect(migrate({ a: 'b' }, 3, 3, steps)).toEqual({ answers: { a: 'b' }, dropped: [] });
  });

  it('1 -> 2 drops, to ask again, exactly the answers version 1 could not tell apart', () => {
    const v1 = {
      mainland: 'yes',
      platform: 'wechat',
      problem: 'lost-or-not-delivered',
      received: 'yes',
      'received-on': '2026-11-20',
      food: 'no',
      'problem-text': 'broken',
      'seller-said': 'none-yet',
      amount: '65',
    };
    const out = migrate(v1, 1, 2);
    expect(out?.answers).toEqual({ problem: 'lost-or-not-delivered', amount: '65' });
    expect(out?.dropped.sort()).toEqual(['food', 'platform', 'problem-text', 'received', 'received-on']);
    // A faulty item's receipt is implied by the case now (the answer is obsolete, not ambiguous), its date meant
    // what it means now, and a JD order is not ambiguous.
    expect(
      migrate({ problem: 'defective-or-damaged', received: 'yes', 'received-on': '2026-11-20', platform: 'jd' }, 1, 2),
    ).toEqual({
      answers: { problem: 'defective-or-damaged', 'received-on': '2026-11-20', platform: 'jd' },
      dropped: [],
    });
  });

  it('2 -> 3 asks again "what is wrong with it" only where it held the food answer now split in two', () => {
    const food = { problem: 'defective-or-damaged', symptoms: 'broken-on-arrival,spoiled-or-expired', platform: 'jd' };
    expect(migrate(food, 2, 3)).toEqual({
      answers: { problem: 'defective-or-damaged', platform: 'jd' },
      dropped: ['symptoms'],
    });
    const other = { problem: 'defective-or-damaged', symptoms: 'does-not-work', platform: 'jd' };
    expect(migrate(other, 2, 3)).toEqual({ answers: other, dropped: [] });
  });

  it('refuse a gap in the chain or a version from the future', () => {
    expect(migrate({}, 0, 3, steps)).toBeUndefined();
    expect(migrate({}, 4, 3, steps)).toBeUndefined();
  });
});

function normalise(answers: Answers) {
  return Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, typeof v === 'object' ? [...v].sort() : v]));
}
