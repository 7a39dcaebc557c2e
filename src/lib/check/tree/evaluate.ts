/**
 * Walking the tree: a pure function of (tree, answers). The path is recomputed from the start every time, so
 * changing an earlier answer simply leads down a different path; answers off the path are ignored, not deleted,
 * and come back if the user changes their mind again.
 */
import { holds } from './conditions';
import type { Answers, Condition, Option, Outcome, Question, Tree } from './types';

export interface Position {
  /** Questions answered on the way, in order. */
  path: Question[];
  /** The next question to ask, or undefined when the walk reached an outcome. */
  question?: Question;
  outcome?: Outcome;
}

/** Questions by id, per list: the walk looks questions up hundreds of times per screen (the progress count above all). */
const indexes = new WeakMap<readonly Question[], ReadonlyMap<string, Question>>();
function indexOf(list: readonly Question[]): ReadonlyMap<string, Question> {
  let index = indexes.get(list);
  if (!index) indexes.set(list, (index = new Map(list.map((q) => [q.id, q]))));
  return index;
}

export function questionById(tree: Tree, id: string): Question | undefined {
  return indexOf(tree.questions).get(id) ?? indexOf(tree.details).get(id);
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

/**
 * Whether a choice answer is one the question still offers after the answers before it. An earlier answer changed
 * since (a shop's platform, then "it was a takeaway"), or a guide's preset made before the case was known, can leave a
 * later answer that no longer fits; the walk asks that question again rather than build a plan on it.
 */
function stillOffered(question: Question, answers: Answers): boolean {
  if (question.kind !== 'single' && question.kind !== 'multi') return true;
  const given = answers[question.id];
  // An optional question skipped ('' or none picked) stays skipped.
  if (question.optional && (given === '' || (Array.isArray(given) && given.length === 0))) return true;
  const offered = new Set(optionsFor(question, answers).map((o) => o.id));
  return Array.isArray(given)
    ? (given as readonly unknown[]).every((v) => typeof v === 'string' && offered.has(v))
    : offered.has(String(given));
}

/**
 * Follows the answers from the start to the first question unanswered (or answered with an option its earlier
 * answers no longer allow), or to an outcome.
 */
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
    if (answers[question.id] === undefined || !stillOffered(question, answers)) return { path, question };
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

/**
 * Whether a condition can still hold, once the questions in `open` are answered (their answers unknown yet): true or
 * false when the answers given already settle it, undefined when it depends on an open question.
 */
function couldHold(condition: Condition, answers: Answers, open: ReadonlySet<string>): boolean | undefined {
  if ('all' in condition) {
    const each = condition.all.map((c) => couldHold(c, answers, open));
    return each.includes(false) ? false : each.every((v) => v === true) ? true : undefined;
  }
  if ('any' in condition) {
    const each = condition.any.map((c) => couldHold(c, answers, open));
    return each.includes(true) ? true : each.every((v) => v === false) ? false : undefined;
  }
  if ('not' in condition) {
    const inner = couldHold(condition.not, answers, open);
    return inner === undefined ? undefined : !inner;
  }
  const read = 'answered' in condition ? condition.answered : condition.q;
  return open.has(read) ? undefined : holds(condition, answers);
}

/**
 * The most questions left from `id` to an outcome, given the answers so far (`answers`, for the questions before
 * `id`): the progress figure's "of at most N". Branches the answers already rule out do not count, so the figure is a
 * true upper bound for this user, never a guess from the longest branch of the whole tree. The tree is small and has
 * no cycles, so every branch is walked.
 */
export function mostQuestionsLeft(tree: Tree, id: string, answers: Answers): number {
  return mostFrom(tree, id, answers, new Set(), conditionQuestions(tree), new Map());
}

/**
 * The walk behind mostQuestionsLeft. Many branches meet again at the same question with the same conditions still
 * open, so each (question, open questions that some condition reads) is counted once: the same answer, found in a
 * fraction of the time (it ran on every screen of a throttled phone).
 */
function mostFrom(
  tree: Tree,
  id: string,
  answers: Answers,
  open: ReadonlySet<string>,
  read: ReadonlySet<string>,
  seen: Map<string, number>,
): number {
  const question = questionById(tree, id);
  if (!question) return 0;
  // From here on, this question is answered with a value we cannot know yet.
  const after = new Set(open).add(question.id);
  const key = `${id}|${[...after]
    .filter((q) => read.has(q))
    .sort()
    .join(',')}`;
  const known = seen.get(key);
  if (known !== undefined) return known;
  let most = 0;
  for (const rule of question.next) {
    const may = rule.if ? couldHold(rule.if, answers, after) : true;
    if (may === false) continue;
    most = Math.max(most, mostFrom(tree, rule.to, answers, after, read, seen));
    if (may === true) break; // the first rule that surely holds is taken; later ones never are
  }
  seen.set(key, 1 + most);
  return 1 + most;
}

/** The questions some next-rule's condition reads: only whether these are open can change a count. */
const conditionReads = new WeakMap<readonly Question[], ReadonlySet<string>>();
function conditionQuestions(tree: Tree): ReadonlySet<string> {
  let read = conditionReads.get(tree.questions);
  if (!read) {
    const found = new Set<string>();
    const visit = (c: Condition): void => {
      if ('all' in c) c.all.forEach(visit);
      else if ('any' in c) c.any.forEach(visit);
      else if ('not' in c) visit(c.not);
      else found.add('answered' in c ? c.answered : c.q);
    };
    for (const q of tree.questions) for (const rule of q.next) if (rule.if) visit(rule.if);
    conditionReads.set(tree.questions, (read = found));
  }
  return read;
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
