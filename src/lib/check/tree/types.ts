/**
 * The decision tree behind /check/, as data. Ids are hand-written and permanent: they are the keys of every saved
 * answer and every shared link, so an id is never renamed or reused (retire it through a migration instead).
 *
 * The tree holds no words. What a question, an option or an exit says is in the text files of each language
 * (lib/check/texts/), keyed by these ids: `q.<question>.title`, `q.<question>.hint`, `q.<question>.option.<option>`,
 * `exit.<name>.title` (texts/keys.ts derives the keys from the tree, so a missing text is a type error).
 */

export type QuestionKind = 'single' | 'multi' | 'yesno' | 'date' | 'amount' | 'text';

export interface Option {
  id: string;
  /** Offered only when this holds for the earlier answers (an option that cannot apply to the case is not shown). */
  if?: Condition;
  /** Less common: shown under "More answers" so a long list starts with what most people meet. */
  more?: true;
}

/** Conditions on earlier answers. */
export type Condition =
  | { q: string; is: string | boolean }
  | { q: string; in: readonly string[] }
  | { q: string; has: string } // a multi answer contains the option
  | { answered: string }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition };

/** Where to go after a question: the first rule whose condition holds. The last rule has no condition. */
export interface Rule {
  if?: Condition;
  to: string;
}

interface QuestionBase {
  id: string;
  kind: QuestionKind;
  /** May be skipped: text details the user may not want to give. */
  optional?: boolean;
  /** A personal detail: left out of share links unless the user asks to include it. */
  personal?: boolean;
  next: readonly Rule[];
}

export interface ChoiceQuestion extends QuestionBase {
  kind: 'single' | 'multi';
  options: readonly Option[];
}

export interface PlainQuestion extends QuestionBase {
  kind: 'yesno' | 'date' | 'amount' | 'text';
}

export type Question = ChoiceQuestion | PlainQuestion;

/** Where a path ends: the plan, or an honest exit that says why we cannot help and where help is. */
export interface Outcome {
  id: string;
  kind: 'plan' | 'exit';
}

export interface Tree {
  /** The share-link format version this tree's answers are written in. */
  version: number;
  start: string;
  questions: readonly Question[];
  /**
   * Details for the messages (item, order number, names): answers and share-link keys like any question, but asked
   * on the plan screen, never in the walk, since nothing in the plan depends on them.
   */
  details: readonly Question[];
  outcomes: readonly Outcome[];
  /**
   * Answers implied by arriving from a guide: /check/?case=<slug> or ?excuse=<slug>. Guide slugs are the shared ids,
   * so every case and excuse guide can link here.
   */
  preselect: {
    case: Readonly<Record<string, Answers>>;
    excuse: Readonly<Record<string, Answers>>;
  };
}

export type AnswerValue = string | boolean | number | readonly string[];
export type Answers = Readonly<Record<string, AnswerValue>>;
