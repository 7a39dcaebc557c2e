/**
 * The ready replies on guide pages, as the plan writes them: each is the plan's own message for a typical story (the
 * answers below), composed from the same parts (texts/zh-cn/messages.ts), so a guide and a plan never say two
 * different things. Dates and sums are fill-in marks (【日期】, 【金额】元) and the order number is 【订单号】; the story
 * names no item, shop or person, and lists no evidence, so the reply asserts nothing a reader may not have.
 *
 * A guide shows one with <ReadyReply id="…" /> (src/components/ReadyReply.astro). The ids are stable, hand-written and
 * named for the situation; the unit tests check that each story is a complete walk and yields its message.
 */
import { answersOnPath, locate, skipUnansweredOptional } from '../tree/evaluate';
import type { ExcuseId, OptionId, PlatformId, ProblemId } from '../tree/questions';
import { tree } from '../tree/tree';
import type { Answers } from '../tree/types';
import type { PlanWords } from '../texts/plan-words';
import { buildPlan } from './build';
import type { FilledMessage } from './types';

/** Which of the plan's messages a reply shows. */
export type MessageKind = 'to-seller' | 'excuse-reply' | 'to-platform' | 'complaint-12315';

export interface ReadyReplySpec {
  message: MessageKind;
  answers: Answers;
}

/** The day the stories are told on; every date in them is counted from it, and every date is shown as a mark. */
export const storyDay = '2026-06-15';
const daysBefore = (n: number) => new Date(Date.parse(storyDay) - n * 86_400_000).toISOString().slice(0, 10);

/** A story on a platform, the seller asked (or not yet), with nothing the reader may not have. */
function story(
  problem: ProblemId,
  more: { received?: number; tried?: 'nothing' | 'seller-refused' | 'sent-back'; excuse?: ExcuseId } & Answers = {},
): Answers {
  const { received = 2, tried = 'seller-refused', excuse, ...rest } = more;
  return {
    purpose: 'personal',
    problem,
    platform: 'taobao' satisfies PlatformId,
    'seller-type': 'business',
    'live-stream': false,
    'received-on': daysBefore(received),
    'item-kind': 'other',
    tried,
    // A seller that said nothing in particular: "something else", which the plan answers with no reply of its own.
    ...(tried === 'seller-refused' ? { 'refused-on': daysBefore(1), 'seller-said': excuse ?? 'something-else' } : {}),
    ...(tried === 'sent-back' ? { 'returned-on': daysBefore(10), 'seller-said': excuse ?? 'something-else' } : {}),
    fraud: false,
    amount: 100,
    evidence: [],
    ...rest,
  };
}

/** A faulty item, the seller refused with this excuse: the plan's reply to it. */
const excuseReply = (excuse: ExcuseId, more: Parameters<typeof story>[1] = {}): ReadyReplySpec => ({
  message: 'excuse-reply',
  answers: story('defective-or-damaged', { excuse, ...more }),
});

/** A takeaway (外卖) ordered today on a delivery app: what went wrong with it, and where the case stands. */
const meal = (
  problem: OptionId<'meal-problem'>,
  detail: OptionId<'meal-detail'>,
  tried: 'nothing' | 'seller-refused',
  excuse?: ExcuseId,
): Answers =>
  story('food-delivery', {
    tried,
    ...(excuse ? { excuse } : {}),
    platform: 'meituan' satisfies PlatformId,
    'meal-problem': problem,
    'meal-detail': detail,
    'ordered-on': storyDay,
  });

/** A trip or ticket booked on a travel app three weeks ago; the seller not yet asked. */
const trip = (problem: OptionId<'trip-problem'>): Answers =>
  story('tickets-and-travel', {
    tried: 'nothing',
    platform: 'travel-app' satisfies PlatformId,
    'trip-problem': problem,
    'ordered-on': daysBefore(21),
  });

/** A course, membership or download bought three days ago, the seller not yet asked. */
const digital = (more: Answers): Answers =>
  story('digital-goods-and-courses', { tried: 'nothing', 'ordered-on': daysBefore(3), ...more });

/** A 7-day no-reason return refused with this excuse. */
const noReasonReply = (excuse: ExcuseId): ReadyReplySpec => ({
  message: 'excuse-reply',
  answers: story('changed-my-mind', { excuse }),
});

export const readyReplies = {
  // The first message to the seller, by case.
  'faulty-within-7-days': { message: 'to-seller', answers: story('defective-or-damaged', { tried: 'nothing' }) },
  'faulty-after-7-days': {
    message: 'to-seller',
    answers: story('defective-or-damaged', { tried: 'nothing', received: 30 }),
  },
  'not-as-described': { message: 'to-seller', answers: story('not-as-described', { tried: 'nothing' }) },
  'wrong-or-missing-items': {
    message: 'to-seller',
    answers: story('wrong-or-missing-items', { tried: 'nothing', 'wanted-remedy': 'return-all' }),
  },
  // The seller refused a faulty item: what goes to the platform and to 12315.
  'platform-faulty': { message: 'to-platform', answers: story('defective-or-damaged') },
  'complaint-faulty': { message: 'complaint-12315', answers: story('defective-or-damaged') },
  // Each excuse, answered inside the message that asks again.
  'signed-for-no-refund': excuseReply('signed-for-no-refund'),
  'signed-for-no-refund-after-7-days': excuseReply('signed-for-no-refund', { received: 30 }),
  'not-a-quality-issue-durable': excuseReply('not-a-quality-issue', { 'item-kind': 'durable', received: 20 }),
  'not-a-quality-issue': excuseReply('not-a-quality-issue', { received: 20 }),
  'deadline-passed': excuseReply('deadline-passed', { received: 30 }),
  'opened-so-no-return': noReasonReply('opened-so-no-return'),
  // The guide says to send it only if nothing was confirmed at checkout: the reply says so in the reader's name.
  'item-excluded-from-returns': {
    message: 'excuse-reply',
    answers: story('changed-my-mind', {
      excuse: 'item-excluded-from-returns',
      'exclusion-confirmed': 'not-confirmed',
    }),
  },
  'sale-items-no-returns': noReasonReply('sale-items-no-returns'),
  'tags-off-or-used': excuseReply('tags-off-or-used'),
  'you-pay-return-shipping': excuseReply('you-pay-return-shipping'),
  'store-credit-only': noReasonReply('store-credit-only'),
  'refund-after-inspection': {
    message: 'to-seller',
    answers: story('changed-my-mind', { tried: 'sent-back', received: 14, excuse: 'refund-after-inspection' }),
  },
  'contact-the-manufacturer': excuseReply('contact-the-manufacturer'),
  'final-interpretation-right': excuseReply('final-interpretation-right'),
  // A price that fell after the page offered price protection (价保): the promised difference.
  'price-protection-promised': {
    message: 'to-seller',
    answers: story('price-protection', { tried: 'nothing', 'price-promise': 'promised', 'ordered-on': daysBefore(10) }),
  },
  // A paid order the seller cancelled (砍单), for each reason it gives: the goods at the order price, or compensation.
  'seller-cancelled-price-mistake': {
    message: 'excuse-reply',
    answers: story('seller-cancelled-order', { excuse: 'price-mistake', 'ordered-on': daysBefore(3) }),
  },
  'seller-cancelled-out-of-stock': {
    message: 'excuse-reply',
    answers: story('seller-cancelled-order', { excuse: 'out-of-stock', 'ordered-on': daysBefore(3) }),
  },
  // A trip or ticket bought on a travel app, the seller not yet asked: the first message, by what happened.
  'trip-tour-too-few': { message: 'to-seller', answers: trip('tour-too-few') },
  'trip-tour-i-cancelled': { message: 'to-seller', answers: trip('tour-i-cancelled') },
  'trip-provider-cancelled': { message: 'to-seller', answers: trip('provider-cancelled') },
  'trip-hidden-fee': { message: 'to-seller', answers: trip('hidden-fee') },
  'trip-add-on': { message: 'to-seller', answers: trip('add-on') },
  // Fresh food picked up through a community group-buying app (社区团购): faulty, and "fresh food has no returns".
  'group-buying-faulty-fresh': {
    message: 'to-seller',
    answers: story('defective-or-damaged', {
      tried: 'nothing',
      received: 1,
      platform: 'community-group',
      'item-kind': 'fresh-food',
      // The guide's template asks for the whole order back: all of it bad.
      'how-much-bad': 'all',
    }),
  },
  'group-buying-fresh-excuse': {
    message: 'excuse-reply',
    answers: story('defective-or-damaged', {
      received: 1,
      excuse: 'item-excluded-from-returns',
      platform: 'community-group',
      'item-kind': 'fresh-food',
      'how-much-bad': 'all',
    }),
  },
  // A takeaway ordered on Meituan the same day: the first message, by what went wrong, and the "another kitchen" reply.
  'meal-wrong-or-missing': { message: 'to-seller', answers: meal('wrong-or-missing', 'missing-dish', 'nothing') },
  'meal-spoiled': { message: 'to-seller', answers: meal('spoiled', 'gone-off', 'nothing') },
  'meal-cooked-elsewhere': {
    message: 'excuse-reply',
    answers: meal('spoiled', 'gone-off', 'seller-refused', 'cooked-elsewhere'),
  },
  // A used item from a private seller on Xianyu, not as described and refused: the request to the platform, which rests
  // on the contract (Civil Code 582) and ends with the court, since consumer law and 12315 do not reach a private seller.
  'private-seller-platform': {
    message: 'to-platform',
    answers: story('not-as-described', {
      platform: 'xianyu',
      'seller-type': 'private',
      payment: 'in-app',
      received: 3,
    }),
  },
  // A course, membership or download: the first message, by what the reader says happened (never assumed).
  'course-changed-mind-7-days': {
    message: 'to-seller',
    answers: digital({ 'item-kind': 'service', 'service-problem': 'changed-mind' }),
  },
  'course-not-provided': {
    message: 'to-seller',
    answers: digital({ 'item-kind': 'service', 'service-problem': 'not-provided', 'ordered-on': daysBefore(40) }),
  },
  'download-not-as-described': {
    message: 'to-seller',
    answers: digital({ 'item-kind': 'download', 'download-problem': 'not-as-described' }),
  },
} as const satisfies Record<string, ReadyReplySpec>;

export type ReadyReplyId = keyof typeof readyReplies;

export const isReadyReplyId = (id: string): id is ReadyReplyId => Object.hasOwn(readyReplies, id);

/**
 * The reply, written with `words` (use fill-in words: planWordsIn(locale, { fillIn: true })). Throws when its story
 * does not lead to a plan with that message: a guide must never show a reply the plan would not write.
 */
export function readyReply(id: ReadyReplyId, words: PlanWords): FilledMessage {
  const { answers: told, message }: ReadyReplySpec = readyReplies[id];
  // Optional questions the story leaves out (what exactly is wrong) are skipped, as a reader would skip them, and
  // answers the walk never asks (a received date for an order never received) are dropped, as the check drops them.
  const answers = answersOnPath(tree, skipUnansweredOptional(tree, told));
  const position = locate(tree, answers);
  if (position.question) throw new Error(`ready reply "${id}": its story leaves "${position.question.id}" unanswered`);
  if (position.outcome?.id !== 'plan')
    throw new Error(`ready reply "${id}": its story ends at ${position.outcome?.id}`);
  const plan = buildPlan({ answers, today: storyDay, words });
  const found = plan.steps.map((s) => s.message).find((m) => m?.id === message);
  if (!found) throw new Error(`ready reply "${id}": the plan for its story has no "${message}" message`);
  return found;
}
