/**
 * Walking the tree: a pure function of (tree, answers). The path is recomputed from the start every time, so
 * changing an earlier answer simply leads down a different path; answers off the path are ignored, not deleted,
 * and come back if the user changes their mind again.
 */
import { holds } from './conditions';
import type { Answers, Option, Outcome, Question, Tree } from './types';

export interface Position {
  /** Questions answered on the way, in order. */
  path: Question[];
  /** The next question to ask, or undefined when the walk reached an outcome. */
  question?: Question;
  outcome?: Outcome;
}

export function questionById(tree: Tree, id: string): Question | undefined {
  return tree.questions.find((q) => q.id === id) ?? tree.details.find((q) => q.id === id);
}

/** The options a choice question offers, given the answers so far. */
export function optionsFor(question: Question, answers: Answers): readonly Option[] {
  if (!('options' in question)) return [];
  return question.options.filter((o) => !o.if || holds(o.if, answers));
}

export function outcomeById(tree: Tree, id: string): Outcome | undefined {
  return tree.outcomes.find((o) => o.id === id);
}

/** The question after `question`, given the answers: the first rule that holds. */
export function nextId(question: Question, answers: Answers): string {
  const rule = question.next.find((r) => !r.if || holds(r.if, answers));
  if (!rule) throw new Error(`Question "${question.id}" has no rule that applies`);
  return rule.to;
}

/** Follows the answers from the start to the first unanswered question, or to an outcome. */
export function locate(tree: Tree, answers: Answers): Position {
  const path: Question[] = [];
  let id = tree.start;
  // A valid tree has no cycles; the bound keeps a broken one from hanging a user's browser.
  for (let guard = 0; guard <= tree.questions.length; guard++) {
    const question = questionById(tree, id);
    if (!question) {
      const outcome = outcomeById(tree, id);
      if (!outcome) throw new Error(`Unknown node "${id}"`);
      return { path, outcome };
    }
    if (answers[question.id] === undefined) return { path, question };
    path.push(question);
    id = nextId(question, answers);
  }
  throw new Error('The tree has a cycle');
}

/** Only the answers on the current path: what the plan, the review and a share link should contain. */
export function answersOnPath(tree: Tree, answers: Answers): Answers {
  const { path } = locate(tree, answers);
  const details = tree.details.filter((q) => answers[q.id] !== undefined);
  return Object.fromEntries([...path, ...details].map((q) => [q.id, answers[q.id]!]));
}

/** Questions left, at most, from `id` to an outcome: for an honest "about N questions" progress figure. */
export function longestRemaining(tree: Tree, id: string, memo = new Map<string, number>()): number {
  const question = questionById(tree, id);
  if (!question) return 0;
  const known = memo.get(id);
  if (known !== undefined) return known;
  const result = 1 + Math.max(...question.next.map((rule) => longestRemaining(tree, rule.to, memo)));
  memo.set(id, result);
  return result;
}

/**
 * Marks as skipped the optional questions a share link left unanswered (personal details are left out of links
 * by default), so the person opening it reaches the same plan instead of being asked for someone else's details.
 */
export function skipUnansweredOptional(tree: Tree, answers: Answers): Answers {
  const filled: Record<string, Answers[string]> = { ...answers };
  for (let { question } = locate(tree, filled); question?.optional; { question } = locate(tree, filled)) {
    filled[question.id] = question.kind === 'multi' ? [] : '';
  }
  return filled;
}
