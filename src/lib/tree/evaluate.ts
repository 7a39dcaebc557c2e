/**
 * Walking the tree: a pure function of (tree, answers). The path is recomputed from the start every time, so
 * changing an earlier answer simply leads down a different path; answers off the path are ignored, not deleted,
 * and come back if the user changes their mind again.
 */
import { holds } from './conditions';
import type { Answers, Outcome, Question, Tree } from './types';

export interface Position {
  /** Questions answered on the way, in order. */
  path: Question[];
  /** The next question to ask, or undefined when the walk reached an outcome. */
  question?: Question;
  outcome?: Outcome;
}

export function questionById(tree: Tree, id: string): Question | undefined {
  return tree.questions.find((q) => q.id === id);
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
  return Object.fromEntries(path.map((q) => [q.id, answers[q.id]!]));
}
