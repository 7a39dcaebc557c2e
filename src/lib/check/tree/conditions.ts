import type { Answers, Condition } from './types';

/** Whether a condition holds for the answers given so far. An unanswered question satisfies no test on its value. */
export function holds(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, answers));
  if ('any' in condition) return condition.any.some((c) => holds(c, answers));
  if ('not' in condition) return !holds(condition.not, answers);
  if ('answered' in condition) return answers[condition.answered] !== undefined;
  const value = answers[condition.q];
  if (value === undefined) return false;
  if ('is' in condition) return value === condition.is;
  if ('in' in condition) return typeof value === 'string' && condition.in.includes(value);
  return Array.isArray(value) && value.includes(condition.has);
}

/** Every question id a condition reads, for the validator. */
export function questionsRead(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(questionsRead);
  if ('any' in condition) return condition.any.flatMap(questionsRead);
  if ('not' in condition) return questionsRead(condition.not);
  if ('answered' in condition) return [condition.answered];
  return [condition.q];
}
