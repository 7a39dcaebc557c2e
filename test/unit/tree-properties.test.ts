/** Property-based: whatever a user (or a broken client) answers, the check never throws and never gets stuck. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/lib/check/tree/answers';
import { locate, optionsFor } from '../../src/lib/check/tree/evaluate';
import { runCheck } from '../../src/lib/check/plan/build';
import { planWordsIn } from '../../src/lib/check/texts/all';
import { tree } from '../../src/lib/check/tree/tree';
import type { AnswerValue, Question } from '../../src/lib/check/tree/types';

const today = '2026-11-26';
const words = planWordsIn('en');

/** A raw input for a question: usually plausible, sometimes junk, as a real form and a real user produce. */
const rawFor = (question: Question): fc.Arbitrary<unknown> => {
  const junk = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined), fc.array(fc.string()));
  switch (question.kind) {
    case 'single':
      // Every option, including some the case does not offer: those must be refused, never accepted.
      return fc.oneof(fc.constantFrom(...question.options.map((o) => o.id)), junk);
    case 'multi':
      return fc.oneof(fc.subarray(question.options.map((o) => o.id)), junk);
    case 'yesno':
      return fc.oneof(fc.boolean(), fc.constantFrom('yes', 'no'), junk);
    case 'date':
      return fc.oneof(
        fc
          .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        junk,
      );
    case 'amount':
      return fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }).map(String), fc.integer().map(String), junk);
    case 'text':
      return fc.oneof(fc.string({ maxLength: 300 }), junk);
  }
};

describe('random walks through the check', () => {
  it('always yield a next question or an outcome, and never throw', () => {
    fc.assert(
      fc.property(fc.infiniteStream(fc.nat()), fc.context(), (seeds, ctx) => {
        const answers: Record<string, AnswerValue> = {};
        const iterator = seeds[Symbol.iterator]();
        let failures = 0;
        for (let turn = 0; turn < 200; turn++) {
          const result = runCheck({ answers, today, words });
          if (result.outcome !== 'question') {
            expect(['plan', 'exit']).toContain(result.outcome);
            return;
          }
          const question = result.question;
          const seed = iterator.next().value as number;
          // After three rejections the user corrects the answer, as a person reading the error message would.
          const raw =
            failures >= 3 ? validValue(question, seed, answers) : fc.sample(rawFor(question), { seed, numRuns: 1 })[0];
          const parsed = parseAnswer(question, raw, { today, answers });
          ctx.log(`${question.id} <- ${JSON.stringify(raw)} => ${JSON.stringify(parsed)}`);
          // A rejected answer leaves the user on the same question; retrying with a valid one must move on.
          if (parsed.ok) {
            answers[question.id] = parsed.value;
            failures = 0;
          } else failures++;
        }
        throw new Error('no outcome after 200 turns');
      }),
      { numRuns: 300 },
    );
  });

  it('a walk with any valid answers reaches the plan or an exit within the number of questions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: tree.questions.length, maxLength: tree.questions.length }),
        (picks) => {
          const answers: Record<string, AnswerValue> = {};
          for (let i = 0; i <= tree.questions.length; i++) {
            const { question, outcome } = locate(tree, answers);
            if (outcome) return true;
            const pick = picks[i % picks.length]!;
            answers[question!.id] = validValue(question!, pick, answers);
          }
          return false;
        },
      ),
      { numRuns: 500 },
    );
  });
});

function validValue(question: Question, pick: number, answers: Record<string, AnswerValue> = {}): AnswerValue {
  switch (question.kind) {
    case 'single': {
      const offered = optionsFor(question, answers);
      return offered[pick % offered.length]!.id;
    }
    case 'multi':
      return optionsFor(question, answers)
        .filter((_, i) => (pick >> i) & 1)
        .map((o) => o.id);
    case 'yesno':
      return pick % 2 === 0;
    case 'date':
      // Today is never in the future; the order date may not come after the day the parcel was signed for.
      return question.id === 'ordered-on' && typeof answers['received-on'] === 'string'
        ? answers['received-on']
        : question.id === 'returned-on' || question.id === 'refused-on'
          ? today
          : today;
    case 'amount':
      return (pick % 5000) + 1;
    case 'text':
      return pick % 3 === 0 ? '' : `text ${pick}`;
  }
}

describe('an answer that no longer fits', () => {
  // A shop's platform chosen first (or set by a guide's link before the case was known), then the case changed to a
  // takeaway, whose platforms are the delivery apps: the walk asks where it was bought again, never plans on "Taobao".
  const takeaway = { purpose: 'personal', problem: 'food-delivery' } as const;

  it('is asked again when an earlier answer no longer allows it', () => {
    expect(locate(tree, { ...takeaway, platform: 'taobao' }).question?.id).toBe('platform');
    expect(locate(tree, { ...takeaway, platform: 'meituan' }).question?.id).toBe('meal-problem');
    // A guide's preset for a cross-border shop, then a trip: asked again too.
    const trip = { purpose: 'personal', problem: 'tickets-and-travel', platform: 'cross-border' } as const;
    expect(locate(tree, trip).question?.id).toBe('platform');
  });

  it('counts the same for a picked list: one option the case no longer offers asks the question again', () => {
    const base = { purpose: 'personal', problem: 'not-as-described' } as const;
    expect(locate(tree, { ...base, symptoms: ['wrong-spec'] }).question?.id).toBe('platform');
    expect(locate(tree, { ...base, symptoms: ['wrong-spec', 'broken-on-arrival'] }).question?.id).toBe('symptoms');
    // Skipped (none picked) stays skipped.
    expect(locate(tree, { ...base, symptoms: [] }).question?.id).toBe('platform');
  });

  it('never reaches a plan whose platform the case does not offer', () => {
    const result = runCheck({
      answers: {
        ...takeaway,
        platform: 'jd',
        'meal-problem': 'late',
        'ordered-on': '2026-11-20',
        tried: 'nothing',
        amount: 40,
        evidence: [],
      },
      today,
      words,
    });
    expect(result).toMatchObject({ outcome: 'question', question: { id: 'platform' } });
  });
});
