/**
 * Everything the Chinese page of the check says beyond its UI strings: the question words with the page, the exits
 * and the plan (its Chinese prose and the Chinese messages, without the English meaning) with their screens; the English
 * meaning of the messages only if the reader asks for it (显示英文).
 */
import type { QuestionTexts } from './keys';
import { questionWords, type CheckTexts } from './words';

/** The page's texts, from its question words (which arrive with the page: CheckPage.astro). */
export const textsFor = (questions: QuestionTexts): CheckTexts => ({
  locale: 'zh-cn',
  questions: questionWords('zh-cn', questions),
  exits: () => import('./zh-cn/exits').then((m) => m.exits),
  plan: () => import('./zh-cn/plan-texts').then((m) => m.planTexts(questions)),
  planWithMeaning: () =>
    Promise.all([import('./zh-cn/plan-texts'), import('./en/messages')]).then(([m, meaning]) =>
      m.planTexts(questions, meaning.messages),
    ),
});
