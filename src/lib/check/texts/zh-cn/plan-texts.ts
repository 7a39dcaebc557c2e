/**
 * The Chinese plan's words in one module: its prose and the messages. Their English meaning is not in it: it is
 * passed in only when a reader opens 显示英文 (texts/zh-cn.ts loads it then). One module, so the two places that load
 * it name one thing: the island when it shows the plan, and the page when it opens on a plan and fetches the plan's
 * code early (scripts/check-early.ts).
 */
import type { QuestionTexts } from '../keys';
import type { Dictionary } from '../words';
import { planWords, type PlanWords } from '../plan-words';
import { messages as sent } from './messages';
import { plan } from './plan';

export const planTexts = (questions: QuestionTexts, meaning?: Dictionary): PlanWords =>
  planWords('zh-cn', { ...questions, ...plan }, sent, meaning);
