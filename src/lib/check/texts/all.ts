/**
 * Both languages at once, for tests and build-time checks. The island never imports this file (lint forbids it):
 * each page loads only its own language through texts/en.ts or texts/zh-cn.ts.
 */
import type { Locale } from '../../i18n/locales';
import { exits as enExits } from './en/exits';
import { messages as meaning } from './en/messages';
import { plan as enPlan } from './en/plan';
import { questions as enQuestions } from './en/questions';
import { exits as zhExits } from './zh-cn/exits';
import { messages as sent } from './zh-cn/messages';
import { plan as zhPlan } from './zh-cn/plan';
import { questions as zhQuestions } from './zh-cn/questions';
import { planWords, type PlanWords } from './plan-words';
import { questionWords, type Dictionary, type QuestionWords } from './words';

/** Every text file, by language and part. */
export const textFiles = {
  en: { questions: enQuestions, exits: enExits, plan: enPlan, messages: meaning },
  'zh-cn': { questions: zhQuestions, exits: zhExits, plan: zhPlan, messages: sent },
} as const satisfies Record<Locale, Record<string, Dictionary>>;

/** The words the tree needs (questions and exits) in each language, for the tree's validator. */
export const treeTexts: Record<Locale, Dictionary> = {
  en: { ...enQuestions, ...enExits },
  'zh-cn': { ...zhQuestions, ...zhExits },
};

// Made once per language and mode: the texts never change while a process runs, and callers (the build's ready
// replies, tests building a plan per answer set) ask again and again; making them copies every text file.
const made = new Map<string, PlanWords>();

/** The plan's words as a page in `locale` has them; `fillIn` writes dates and sums as marks (guides' replies). */
export function planWordsIn(locale: Locale, options: { fillIn?: boolean } = {}): PlanWords {
  const key = `${locale}:${options.fillIn === true}`;
  let words = made.get(key);
  if (!words) {
    words =
      locale === 'en'
        ? planWords('en', { ...enQuestions, ...enPlan }, sent, meaning, options)
        : planWords('zh-cn', { ...zhQuestions, ...zhPlan }, sent, undefined, options);
    made.set(key, words);
  }
  return words;
}

export function questionWordsIn(locale: Locale): QuestionWords {
  return questionWords(locale, locale === 'en' ? enQuestions : zhQuestions);
}
