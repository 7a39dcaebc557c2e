/**
 * The progress figure ("Question 3 of up to 11"): an upper bound that is true for this user's answers, and tighter
 * than the tree's longest branch once an answer rules branches out.
 */
import { describe, expect, it } from 'vitest';
import { locate, mostQuestionsLeft, skipUnansweredOptional } from '../../src/lib/check/tree/evaluate';
import { tree } from '../../src/lib/check/tree/tree';
import type { Answers } from '../../src/lib/check/tree/types';
import { stories } from '../fixtures/stories';

/** The answers to the first `n` questions of a walk: what the check knows when it shows question n + 1. */
const before = (path: readonly { id: string }[], answers: Answers, n: number): Answers =>
  Object.fromEntries(path.slice(0, n).map((q) => [q.id, answers[q.id]!]));

describe('the most questions left', () => {
  it.each(stories.map((s) => [s.id, s] as const))('never undercounts the walk of %s', (_id, story) => {
    const answers = skipUnansweredOptional(tree, story.answers);
    const { path } = locate(tree, answers);
    path.forEach((question, i) => {
      const known = before(path, answers, i);
      expect(mostQuestionsLeft(tree, question.id, known), question.id).toBeGreaterThanOrEqual(path.length - i);
    });
  });

  it('shrinks as answers rule branches out, and ends near the walk’s true length', () => {
    const story = stories.find((s) => s.answers.problem === 'defective-or-damaged')!;
    const answers = skipUnansweredOptional(tree, story.answers);
    const { path } = locate(tree, answers);
    const totals = path.map((q, i) => i + mostQuestionsLeft(tree, q.id, before(path, answers, i)));
    // Each total is "questions so far + the most left"; it may only fall as the user answers.
    for (let i = 1; i < totals.length; i++) expect(totals[i]).toBeLessThanOrEqual(totals[i - 1]!);
    expect(totals.at(-1)).toBe(path.length);
    expect(totals[0]! - totals.at(-1)!).toBeGreaterThan(0);
  });

  it('counts only the branch a settled answer takes', () => {
    // A business purchase ends at once: nothing is left after the first question.
    const start = tree.questions.find((q) => q.id === tree.start)!;
    expect(mostQuestionsLeft(tree, start.id, {})).toBeGreaterThan(5);
    const afterPurpose = locate(tree, { purpose: 'personal' }).question!;
    const open = mostQuestionsLeft(tree, afterPurpose.id, { purpose: 'personal' });
    const lost = locate(tree, { purpose: 'personal', problem: 'lost-or-not-delivered' }).question!;
    expect(mostQuestionsLeft(tree, lost.id, { purpose: 'personal', problem: 'lost-or-not-delivered' })).toBeLessThan(
      open - 1,
    );
  });
});
