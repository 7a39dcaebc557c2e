/**
 * The text keys the tree needs, derived from the tree itself: every question has a title, every option a label, every
 * exit a title, a body and at least one place to find help. The English files are checked against these types, and
 * each Chinese file against its English twin, so a question or option added without its words fails `npm run check`.
 */
import type { ExitName } from '../tree/outcomes';
import type { HintCaseKey } from '../tree/hints';
import type { QuestionId, QuestionOption } from '../tree/questions';

type OptionKey = QuestionOption extends infer O
  ? O extends { question: infer Q extends string; option: infer P extends string }
    ? `q.${Q}.option.${P}`
    : never
  : never;

/**
 * Every question's title and every option's label; a hint is the writer's choice, and so is a case's own hint
 * (tree/hints.ts: shown to the readers it fits, in place of the general one).
 */
export type QuestionTexts = Record<`q.${QuestionId}.title` | OptionKey, string> &
  Partial<Record<`q.${QuestionId}.hint` | HintCaseKey, string>>;

/** Every exit's title, body and first place to get help; more help lines are numbered on. */
export type ExitTexts = Record<`exit.${ExitName}.${'title' | 'body' | 'help.1'}`, string> &
  Partial<Record<`exit.${ExitName}.help.${number}`, string>>;
