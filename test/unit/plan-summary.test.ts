/** The case's one line at the top of a plan and on the printed sheet: only what the user said, short enough for a phone. */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/lib/check/plan/build';
import { planWordsIn } from '../../src/lib/check/texts/all';
import { questionById } from '../../src/lib/check/tree/evaluate';
import { tree } from '../../src/lib/check/tree/tree';
import type { Answers } from '../../src/lib/check/tree/types';
import { locales } from '../../src/lib/i18n/locales';

const question = questionById(tree, 'platform');
// Every platform that can reach a plan (a shop outside mainland China ends at its exit).
const platforms: string[] = (question && 'options' in question ? question.options.map((o) => o.id) : []).filter(
  (id) => id !== 'overseas',
);

/** A trip whose app refused a refund for a fee "in the rules"; the platform is varied below. */
const trip: Answers = {
  purpose: 'personal',
  problem: 'tickets-and-travel',
  platform: 'travel-app',
  'trip-problem': 'hidden-fee',
  'ordered-on': '2026-11-10',
  tried: 'seller-refused',
  'refused-on': '2026-11-20',
  'seller-said': 'fee-in-the-rules',
  amount: 1200,
  evidence: [],
};

it('reads the platforms from the tree', () => expect(platforms.length).toBeGreaterThan(10));

describe.each(locales)('the case summary in %s', (locale) => {
  const words = planWordsIn(locale);
  const summaryOf = (answers: Answers) => buildPlan({ answers, today: '2026-11-26', words }).summary;

  it.each(platforms)('names %s in a word or two, not with the question’s long option label', (platform) => {
    const [named] = summaryOf({ ...trip, platform });
    expect(named).toMatch(/\S/);
    // 28 Latin letters or 8 Chinese characters: a phone's line still has room for the item, sum and excuse.
    expect(named!.length).toBeLessThanOrEqual(locale === 'en' ? 28 : 8);
  });

  it('gives only what the user said, in order: platform, item, amount, the seller’s words', () => {
    const full = summaryOf({ ...trip, item: 'a flight' });
    expect(full).toHaveLength(4);
    expect(full[1]).toBe('a flight');
    expect(full[2]).toMatch(/1,200/);
    expect(full[3]).toBe(words.say('q.seller-said.option.fee-in-the-rules'));
    // No item given, and the seller never asked: neither appears.
    const { 'seller-said': _said, 'refused-on': _on, ...notAsked } = trip;
    expect(summaryOf({ ...notAsked, tried: 'nothing' })).toHaveLength(2);
  });

  it('leaves out "something else": it says nothing about what the seller said', () => {
    const summary = summaryOf({ ...trip, 'seller-said': 'something-else' });
    expect(summary).toHaveLength(2);
    expect(summary).not.toContain(words.say('q.seller-said.option.something-else'));
  });
});
