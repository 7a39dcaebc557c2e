/**
 * Hints that fit only some readers. A question's hint can have a form for one case, chosen from the answers so far
 * and shown in place of its general hint (or where it has none); a reader whose case it is not sees the general hint,
 * or none. A hint about a return went to readers who had sent nothing back, and one about a renewal charge to a
 * takeaway's (audit AB, L5).
 */
import type { QuestionId } from './questions';
import type { Answers } from './types';

export const hintCases = {
  // What the seller said about the refund once it had the goods back: only for those who sent them back.
  'seller-said': { 'sent-back': (answers: Answers) => answers.tried === 'sent-back' },
  // A membership that renewed itself is dated by its renewal charge: only courses and memberships renew.
  'ordered-on': { renewal: (answers: Answers) => answers.problem === 'digital-goods-and-courses' },
} as const satisfies Partial<Record<QuestionId, Readonly<Record<string, (answers: Answers) => boolean>>>>;

type Cases = typeof hintCases;
/** The text key of each case's hint: `q.<question>.hint.<case>`. */
export type HintCaseKey = {
  [Q in keyof Cases]: `q.${Q & string}.hint.${keyof Cases[Q] & string}`;
}[keyof Cases];

/** The case whose hint fits these answers, for this question, if any. */
export function hintCase(questionId: string, answers: Answers): string | undefined {
  const cases: Readonly<Record<string, (answers: Answers) => boolean>> | undefined =
    hintCases[questionId as keyof Cases];
  return cases ? Object.keys(cases).find((name) => cases[name]!(answers)) : undefined;
}
