/**
 * The English plan's words in one module: its prose, the messages (sent in Chinese) and their English meaning. One
 * module, so the two places that load it name one thing: the island when it shows the plan (texts/en.ts), and the
 * page when it opens on a plan and fetches the plan's code early (scripts/check-early.ts).
 */
import type { QuestionTexts } from '../keys';
import { planWords, type PlanWords } from '../plan-words';
import { messages as sent } from '../zh-cn/messages';
import { messages as meaning } from './messages';
import { plan } from './plan';

export const planTexts = (questions: QuestionTexts): PlanWords =>
  planWords('en', { ...questions, ...plan }, sent, meaning);
