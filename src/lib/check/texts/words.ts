/**
 * Words from keys. The check's logic (tree/, plan/) holds no prose: it picks a text key and the values for its
 * `{name}`s, and the functions here look the key up in one language's text file and fill it with the site's one
 * filler (lib/i18n/fill.ts, which throws on a missing value, so a raw `{name}` never reaches a reader).
 *
 * How the texts are split, so each page ships one language:
 *   texts/en/questions.ts, exits.ts, plan.ts   the English page's words (questions with the page, exits and plan later)
 *   texts/zh-cn/questions.ts, exits.ts, plan.ts the Chinese page's words, each typed against its English twin
 *   texts/zh-cn/messages.ts                     the messages, which are sent in Chinese: both pages load it
 *   texts/en/messages.ts                        their English meaning: only the English page loads it
 * The question words reach the island with the page, as JSON props (CheckPage.astro), like the UI strings;
 * texts/en.ts and texts/zh-cn.ts are each page's entry: they build the texts from them, and load the rest by screen;
 * texts/<locale>/plan-texts.ts gathers one language's plan words in one module, which the page's early script
 * (scripts/check-early.ts) also asks for when the page opens on a plan.
 * texts/all.ts holds both languages for tests; the island never imports it.
 *
 * This file is what the question screens need; texts/plan-words.ts, what the plan needs, loads with the plan.
 */
import { fill, type FillValues } from '../../i18n/fill';
import type { Locale } from '../../i18n/locales';
import { exitName } from '../tree/outcomes';
import type { Option, Question } from '../tree/types';
import type { PlanWords } from './plan-words';

export type Dictionary = Readonly<Record<string, string>>;

/** One text in one language, its `{name}`s filled. A key the file does not have throws, like a missing value. */
export function wordsOf(dictionary: Dictionary, locale: Locale, key: string, values: FillValues = {}): string {
  const template = dictionary[key];
  if (template === undefined) throw new Error(`no ${locale} text for "${key}"`);
  return fill(template, values, `${locale} text "${key}"`);
}

/** The numbered lines under a key (`<key>.1`, `<key>.2`, ...): as many as the text file has, in order. */
export function numbered(dictionary: Dictionary, key: string): string[] {
  const lines: string[] = [];
  for (let n = 1; dictionary[`${key}.${n}`] !== undefined; n++) lines.push(dictionary[`${key}.${n}`]!);
  return lines;
}

/** What the question screens say, in the page's language. */
export interface QuestionWords {
  locale: Locale;
  title: (question: Question) => string;
  /** The question's hint, in the form for `hintCase` where it has one (tree/hints.ts). */
  hint: (question: Question, hintCase?: string) => string | undefined;
  option: (question: Question, option: Option | string) => string;
}

export function questionWords(locale: Locale, dictionary: Dictionary): QuestionWords {
  return {
    locale,
    title: (q) => wordsOf(dictionary, locale, `q.${q.id}.title`),
    hint: (q, hintCase) => (hintCase && dictionary[`q.${q.id}.hint.${hintCase}`]) || dictionary[`q.${q.id}.hint`],
    option: (q, o) => wordsOf(dictionary, locale, `q.${q.id}.option.${typeof o === 'string' ? o : o.id}`),
  };
}

/** What an honest exit says, in the page's language. */
export interface ExitWords {
  title: string;
  body: string;
  help: string[];
}

export function exitWords(locale: Locale, dictionary: Dictionary, id: string): ExitWords {
  const key = `exit.${exitName(id)}`;
  return {
    title: wordsOf(dictionary, locale, `${key}.title`),
    body: wordsOf(dictionary, locale, `${key}.body`),
    help: numbered(dictionary, `${key}.help`),
  };
}

/** Everything a page of the check says beyond its UI strings: the questions at once, the rest when needed. */
export interface CheckTexts {
  locale: Locale;
  questions: QuestionWords;
  exits: () => Promise<Dictionary>;
  plan: () => Promise<PlanWords>;
  /**
   * The plan's words with each message's English meaning, where `plan` leaves it out: loaded only when a reader of
   * the Chinese plan opens 显示英文, so the Chinese page never ships the English up front.
   */
  planWithMeaning?: () => Promise<PlanWords>;
}
