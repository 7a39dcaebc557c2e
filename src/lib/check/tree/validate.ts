/**
 * Checks the tree as data, so a mistake in it fails a unit test instead of a user's session: ids, references,
 * reachability, cycles, endings, texts and preselections. Returns every problem found (empty when the tree is sound).
 *
 * Texts are checked in every language given (texts/all.ts has them): the types already make each language's file
 * complete for the tree as written, and this catches an empty text and a tree changed at run time in a test.
 */
import type { Locale } from '../../i18n/locales';
import { questionsRead } from './conditions';
import { exitName } from './outcomes';
import type { Answers, Condition, Question, Tree } from './types';

export interface KnownIds {
  caseGuides: ReadonlySet<string>;
  excuseGuides: ReadonlySet<string>;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Share links use "v" for the format version; no question may take it. */
const reservedIds = new Set(['v', 'details']);

const languageName: Record<Locale, string> = { en: 'English', 'zh-cn': 'zh-cn' };

export function validateTree(
  tree: Tree,
  known: KnownIds,
  texts: Readonly<Partial<Record<Locale, Readonly<Record<string, string>>>>>,
): string[] {
  const problems: string[] = [];
  const questions = new Map(tree.questions.map((q) => [q.id, q]));
  const outcomes = new Set(tree.outcomes.map((o) => o.id));
  const nodes = [...tree.questions.map((q) => q.id), ...tree.outcomes.map((o) => o.id)];

  // Ids
  for (const id of nodes) {
    if (!idPattern.test(id)) problems.push(`id "${id}" is not lowercase words joined by hyphens`);
    if (reservedIds.has(id)) problems.push(`id "${id}" is reserved by the share-link format`);
  }
  for (const id of new Set(nodes)) {
    if (nodes.filter((n) => n === id).length > 1) problems.push(`id "${id}" is used more than once`);
  }
  if (!questions.has(tree.start)) problems.push(`start "${tree.start}" is not a question`);

  // Texts, in every language: a key the language must have, with words in it.
  const languages = Object.entries(texts) as [Locale, Readonly<Record<string, string>>][];
  const checkText = (where: string, key: string, required = true) => {
    for (const [locale, words] of languages) {
      const text = words[key];
      if (text === undefined && !required) continue;
      if (!text?.trim()) problems.push(`${where} has no ${languageName[locale]} text`);
    }
  };
  const optionalIn = (key: string) => languages.some(([, words]) => words[key] !== undefined);
  for (const q of tree.questions) {
    checkText(`question "${q.id}" title`, `q.${q.id}.title`);
    // A hint is optional, but a hint in one language must be in all.
    if (optionalIn(`q.${q.id}.hint`)) checkText(`question "${q.id}" hint`, `q.${q.id}.hint`);
    if (q.kind === 'single' || q.kind === 'multi') {
      if (q.options.length < 2) problems.push(`question "${q.id}" needs at least two options`);
      const ids = q.options.map((o) => o.id);
      if (new Set(ids).size !== ids.length) problems.push(`question "${q.id}" repeats an option id`);
      for (const o of q.options) {
        if (!idPattern.test(o.id)) problems.push(`option "${q.id}/${o.id}" has a bad id`);
        checkText(`option "${q.id}/${o.id}"`, `q.${q.id}.option.${o.id}`);
      }
    }
  }
  for (const o of tree.outcomes.filter((x) => x.kind === 'exit')) {
    const key = `exit.${exitName(o.id)}`;
    checkText(`exit "${o.id}" title`, `${key}.title`);
    checkText(`exit "${o.id}" body`, `${key}.body`);
    // Help lines are numbered from 1 with no gap: the screen shows them until the first missing number.
    for (const [locale, words] of languages) {
      if (!words[`${key}.help.1`]?.trim()) problems.push(`exit "${o.id}" must say where help is in ${locale}`);
      const numbers = Object.keys(words)
        .filter((k) => k.startsWith(`${key}.help.`))
        .map((k) => Number(k.slice(`${key}.help.`.length)));
      if (numbers.some((n, i) => !numbers.includes(i + 1) || !Number.isInteger(n)))
        problems.push(`exit "${o.id}" help lines in ${locale} are not numbered 1, 2, 3 ...`);
    }
  }

  // Rules and conditions
  const edges = new Map<string, string[]>();
  for (const q of tree.questions) {
    edges.set(
      q.id,
      q.next.map((r) => r.to),
    );
    if (q.next.length === 0 || q.next.at(-1)!.if)
      problems.push(`question "${q.id}" needs a last rule with no condition`);
    for (const rule of q.next) {
      if (!questions.has(rule.to) && !outcomes.has(rule.to))
        problems.push(`question "${q.id}" goes to unknown "${rule.to}"`);
      if (rule.if) problems.push(...checkCondition(q.id, rule.if, questions));
    }
  }

  // Reachability and cycles
  const reached = new Set<string>();
  const visit = (id: string) => {
    if (reached.has(id)) return;
    reached.add(id);
    for (const to of edges.get(id) ?? []) visit(to);
  };
  visit(tree.start);
  for (const id of nodes) if (!reached.has(id)) problems.push(`"${id}" cannot be reached from the start`);

  const state = new Map<string, 'open' | 'done'>();
  const findCycle = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') {
      problems.push(`cycle: ${[...trail.slice(trail.indexOf(id)), id].join(' -> ')}`);
      return;
    }
    state.set(id, 'open');
    for (const to of edges.get(id) ?? []) findCycle(to, [...trail, id]);
    state.set(id, 'done');
  };
  findCycle(tree.start, []);

  // A condition may only read questions that can come before it.
  const before = (target: string) => {
    const result = new Set<string>();
    for (const [from] of edges) if (leadsTo(from, target, edges)) result.add(from);
    return result;
  };
  for (const q of tree.questions) {
    const earlier = before(q.id);
    for (const rule of q.next) {
      for (const read of rule.if ? questionsRead(rule.if) : []) {
        if (read !== q.id && !earlier.has(read))
          problems.push(`question "${q.id}" reads "${read}", which never comes before it`);
      }
    }
  }

  // Preselection from guide links
  for (const [kind, table, guides] of [
    ['case', tree.preselect.case, known.caseGuides],
    ['excuse', tree.preselect.excuse, known.excuseGuides],
  ] as const) {
    for (const slug of guides)
      if (!table[slug]) problems.push(`${kind} guide "${slug}" has no preselection in the tree`);
    for (const [slug, answers] of Object.entries(table)) {
      if (!guides.has(slug)) problems.push(`preselection for unknown ${kind} guide "${slug}"`);
      problems.push(...checkAnswers(`preselection ${kind}=${slug}`, answers, questions));
    }
  }
  return problems;
}

function leadsTo(from: string, target: string, edges: Map<string, string[]>): boolean {
  const seen = new Set<string>();
  const stack = [...(edges.get(from) ?? [])];
  while (stack.length) {
    const id = stack.pop()!;
    if (id === target) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(edges.get(id) ?? []));
  }
  return false;
}

function checkCondition(where: string, condition: Condition, questions: Map<string, Question>): string[] {
  if ('all' in condition) return condition.all.flatMap((c) => checkCondition(where, c, questions));
  if ('any' in condition) return condition.any.flatMap((c) => checkCondition(where, c, questions));
  if ('not' in condition) return checkCondition(where, condition.not, questions);
  const id = 'answered' in condition ? condition.answered : condition.q;
  const question = questions.get(id);
  if (!question) return [`question "${where}" has a condition on unknown question "${id}"`];
  const values =
    'is' in condition ? [condition.is] : 'in' in condition ? condition.in : 'has' in condition ? [condition.has] : [];
  return values.flatMap((value) =>
    valueFits(question, value) ? [] : [`question "${where}" tests "${id}" for impossible value "${String(value)}"`],
  );
}

function valueFits(question: Question, value: unknown): boolean {
  if (question.kind === 'yesno') return typeof value === 'boolean';
  if (question.kind === 'single' || question.kind === 'multi') return question.options.some((o) => o.id === value);
  return true;
}

function checkAnswers(where: string, answers: Answers, questions: Map<string, Question>): string[] {
  return Object.entries(answers).flatMap(([id, value]) => {
    const question = questions.get(id);
    if (!question) return [`${where} answers unknown question "${id}"`];
    return valueFits(question, value) ? [] : [`${where} gives "${id}" an impossible value`];
  });
}
