/**
 * The progress figure ("Question 3 of up to 11"): an upper bound that is true for this user's answers, and tighter
 * than the tree's longest branch once an answer rules branches out.
 */
import { describe, expect, it } from 'vitest';
import { holds } from '../../src/lib/check/tree/conditions';
import { locate, mostQuestionsLeft, questionById, skipUnansweredOptional } from '../../src/lib/check/tree/evaluate';
import { tree } from '../../src/lib/check/tree/tree';
import type { Answers, Condition, Tree } from '../../src/lib/check/tree/types';
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

  it('gives the same count as walking every branch in full (the shared-branch shortcut changes nothing)', () => {
    // The plain walk, as first written: every branch followed, nothing remembered.
    const could = (c: Condition, answers: Answers, open: ReadonlySet<string>): boolean | undefined => {
      if ('all' in c) {
        const each = c.all.map((x) => could(x, answers, open));
        return each.includes(false) ? false : each.every((v) => v === true) ? true : undefined;
      }
      if ('any' in c) {
        const each = c.any.map((x) => could(x, answers, open));
        return each.includes(true) ? true : each.every((v) => v === false) ? false : undefined;
      }
      if ('not' in c) {
        const inner = could(c.not, answers, open);
        return inner === undefined ? undefined : !inner;
      }
      return open.has('answered' in c ? c.answered : c.q) ? undefined : holds(c, answers);
    };
    const plain = (id: string, answers: Answers, open: ReadonlySet<string>): number => {
      const question = questionById(tree, id);
      if (!question) return 0;
      const after = new Set(open).add(id);
      let most = 0;
      for (const rule of question.next) {
        const may = rule.if ? could(rule.if, answers, after) : true;
        if (may === false) continue;
        most = Math.max(most, plain(rule.to, answers, after));
        if (may === true) break;
      }
      return 1 + most;
    };
    let compared = 0;
    for (const story of stories) {
      const answers = skipUnansweredOptional(tree, story.answers);
      const { path } = locate(tree, answers);
      path.forEach((question, i) => {
        const known = before(path, answers, i);
        expect(mostQuestionsLeft(tree, question.id, known), `${story.id}: ${question.id}`).toBe(
          plain(question.id, known, new Set()),
        );
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('counts a question met twice by what is still open each time, not by the first visit', () => {
    // "d" is reached straight from "a" (then "b" was never asked, so d's rule cannot hold: 2 questions) and through
    // "b" (still open, so d's rule may hold and "e" may follow: 4). The first visit must not answer for the second.
    const small: Tree = {
      version: 1,
      start: 'a',
      questions: [
        {
          id: 'a',
          kind: 'single',
          options: [{ id: 'skip' }, { id: 'ask' }],
          next: [{ if: { q: 'a', is: 'skip' }, to: 'd' }, { to: 'b' }],
        },
        { id: 'b', kind: 'single', options: [{ id: 'long' }, { id: 'short' }], next: [{ to: 'd' }] },
        { id: 'd', kind: 'yesno', next: [{ if: { q: 'b', is: 'long' }, to: 'e' }, { to: 'plan' }] },
        { id: 'e', kind: 'yesno', next: [{ to: 'plan' }] },
      ],
      details: [],
      outcomes: [{ id: 'plan', kind: 'plan' }],
      preselect: { case: {}, excuse: {} },
    };
    expect(mostQuestionsLeft(small, 'a', {})).toBe(4);
    expect(mostQuestionsLeft(small, 'd', { a: 'skip' })).toBe(1);
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
