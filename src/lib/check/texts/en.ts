/**
 * Everything the English page of the check says beyond its UI strings. The question words come with the page; the
 * exits and the plan (its English prose, the Chinese messages and their English meaning) load with their screens.
 */
import type { QuestionTexts } from './keys';
import { questionWords, type CheckTexts } from './words';

/** The page's texts, from its question words (which arrive with the page: CheckPage.astro). */
export const textsFor = (questions: QuestionTexts): CheckTexts => ({
  locale: 'en',
  questions: questionWords('en', questions),
  exits: () => import('./en/exits').then((m) => m.exits),
  plan: () => import('./en/plan-texts').then((m) => m.planTexts(questions)),
});
