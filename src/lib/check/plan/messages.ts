/**
 * Messages composed per case from parts: who and which order, what happened, what I ask, the legal basis, the
 * evidence I have, the date to answer by, and what I will do next. Chinese, with its English meaning on the English
 * page. Every sentence states only what the user said: an unknown date or detail is left out or shown as a visible
 * fill-in mark (【订单号】), never a raw placeholder, and the user's own words never go into the Chinese text unless
 * they are a name (an item, a shop, an order number) that may stay in Latin letters.
 *
 * The words of every part are in texts/zh-cn/messages.ts (what is sent) and texts/en/messages.ts (its meaning); this
 * file only chooses the parts and their values.
 */
import { plusDays, type IsoDate } from '../tree/dates';
import type { GoodsProblemId } from '../tree/questions';
import type { MessageKey } from '../texts/en/messages';
import { asGiven, joinParts, type Part, type PlanWords } from '../texts/plan-words';
import { evidenceName } from './evidence';
import { afterSales, type Reading } from './facts';
import { platformWindowOf } from './platform-window';
import type { FilledMessage } from './types';

/** The law behind a message, as the sentence that quotes it (each backed by the claim table). */
export type Basis =
  | 'quality-7-days'
  | 'quality-after-7-days'
  | 'quality-fallback-7-days'
  | 'quality-fallback-after-7-days'
  | 'part-of-goods'
  | 'durable-burden'
  | 'as-is-knew'
  | 'fake-defeats-purpose'
  | 'no-reason'
  | 'exclusion-needs-confirmation'
  | 'refund-due'
  | 'refund-due-if-accepted'
  | 'delivery'
  | 'locker-needs-consent'
  | 'late-end'
  | 'earnest-double'
  | 'advance'
  | 'fraud-reserved'
  | 'prepaid'
  | 'prepaid-moved'
  | 'prepaid-balance'
  | 'prepaid-own-reason'
  | 'prepaid-interest'
  | 'as-described'
  | 'cooling-off'
  | 'auto-renewal'
  | 'order-formed'
  | 'price-promise'
  | 'tour-too-few'
  | 'tour-i-cancelled'
  | 'provider-cancelled'
  | 'hidden-fee'
  | 'add-on'
  | 'meal-remedy'
  | 'breach-damages'
  | 'platform-liable'
  | 'breach-remedies'
  | 'delivery-on-signature'
  | 'risk-until-delivery'
  | 'food-reserved';

/**
 * An excuse's answer, in full, and where it has one a shorter form for a message that has already quoted every article
 * the full answer quotes: the same article quoted twice in one message, for the same rule, reads as padding in a
 * message sent under the user's own name.
 */
export interface Reply {
  full: Part;
  afterBasis?: Part;
}

/**
 * Whether a reply can go to a reader other than the seller (the platform, 12315): it speaks of the seller in the third
 * person, or not at all. Most replies are written for any reader; those that answer the seller directly ("您提出的理由")
 * carry a form for other readers (`toSeller` then holds the seller's); a reply with none stays in the reply to it.
 */
export const forAnyReader = (reply: Reply): boolean =>
  [reply.full, ...(reply.afterBasis ? [reply.afterBasis] : [])].every(
    // The Chinese is what is sent (and what both pages build from alike); its English meaning follows it.
    (p) => !/您|贵店|你/.test(p.zh),
  );

/** The articles a Chinese text quotes, as it writes them: 《民法典》第五百七十七条. */
const articlesIn = (zh: string) => zh.match(/《[^》]+》第[^条《》]+条/g) ?? [];

/** The parts a caller chooses; everything else is read from the facts. */
export interface MessageSpec {
  id: string;
  to: 'seller' | 'platform' | 'regulator';
  /** What happened, beyond the order line: chosen by the case. */
  happened: Part[];
  ask: Part;
  basis: Basis[];
  /** Extra sentences: an honest offer ("如需检测…") or an excuse's answer. */
  extra?: (Part | Reply)[];
  /** What follows if nothing is done; none where the message only asks (a private seller asked whether it knew). */
  next?: Part;
  /** In place of `next` where the platform is asked alongside the message (replyByFor): it promises no waiting. */
  nextAlongside?: Part;
  /**
   * A date to reply by: 3 days from the plan's day for a message sent now (sooner before a platform window that
   * closes first: replyByFor); 'fill-in' for one sent later (the last demand before court), whose date the user writes
   * when sending it.
   */
  replyBy?: boolean | 'fill-in';
}

/**
 * The day a message sent now asks for an answer by, and whether the user asks the platform alongside it. After a
 * refusal, where the platform's window to step in closes within the usual 3 days, the day before it closes, so the
 * user never has to act before the date they gave (audit AI, M2); where it closes today or tomorrow, or JD's days for
 * an order dispute may already be running (its step says to apply now), the usual 3 days, with the platform asked
 * alongside and the message saying so (audit AJ, M1 and L3). Not after a window has closed: the platform may not take
 * the case, and the plan says so.
 */
function replyByFor(r: Reading, today: IsoDate): { date: IsoDate; alongside: boolean } {
  const usual = { date: plusDays(today, 3), alongside: false };
  if (r.facts.stage !== 'seller-refused') return usual;
  // A JD order dispute: apply now, even once the days counted to be safe have passed (audit AL, M2).
  if (r.facts.platform === 'jd' && !afterSales(r)) return { ...usual, alongside: true };
  const closes = platformWindowOf(r)?.date;
  if (!closes || closes < today || closes > usual.date) return usual;
  if (closes <= plusDays(today, 1)) return { ...usual, alongside: true };
  return { date: plusDays(closes, -1), alongside: false };
}

/** What the user said they have kept (each answer to the evidence question has its phrase). */
const evidenceLine = (r: Reading, words: PlanWords): Part | undefined => {
  if (!r.facts.evidence.length) return undefined;
  const names = r.facts.evidence.map((id) => words.part(`msg.evidence.${evidenceName(r, id)}`));
  return words.part('msg.evidence-kept', { list: joinParts(names, 'items') });
};

/**
 * When no detail was picked (the question is optional): the problem as the user chose it, in general words that are
 * still true, with a fill-in for what is wrong, since nobody can act on "a quality problem" alone (audit 10-a, M6).
 */
const problemSentence: Readonly<Record<GoodsProblemId, MessageKey>> = {
  'defective-or-damaged': 'msg.happened.defective-or-damaged',
  'not-as-described': 'msg.happened.not-as-described',
  'counterfeit-goods': 'msg.happened.counterfeit-goods',
  'wrong-or-missing-items': 'msg.happened.wrong-or-missing-items',
};

/** "The item has these problems: …", from the phrases the user picked, or the problem in general words. */
export function whatIsWrong(problem: GoodsProblemId, r: Reading, words: PlanWords): Part {
  const picked = r.facts.symptoms.map((s) => words.part(`msg.symptom.${s}`));
  if (picked.length) return words.part('msg.symptoms', { list: joinParts(picked, 'clauses') });
  // A fault not named: the fill-in's example fits the item (a food's, an appliance's "does not switch on", or what goes
  // wrong with a coat or a cup: audit 15, L4). Food's example says "part of it" only where only part is bad: beside a
  // whole refund it would lead the reader to describe a part and ask for all (audit U, M2).
  const example =
    problem !== 'defective-or-damaged'
      ? undefined
      : r.food
        ? r.facts.howMuchBad === 'part'
          ? 'msg.happened.defective-or-damaged.food.part'
          : 'msg.happened.defective-or-damaged.food'
        : ['electronics', 'durable', 'appliance'].includes(r.facts.itemKind)
          ? undefined
          : 'msg.happened.defective-or-damaged.goods';
  return words.part(example ?? problemSentence[problem]);
}

export function composeMessage(spec: MessageSpec, r: Reading, today: IsoDate, words: PlanWords): FilledMessage {
  const f = r.facts;
  const part = words.part;
  // The order number, or a fill-in mark the user sees at once and the copy button warns about while it is there.
  const order = f.orderNo ? asGiven(f.orderNo, words.meaning) : part('msg.blank.order-no');
  const item = f.item
    ? part('msg.item.named', { item: f.item })
    : part(
        f.problem === 'food-delivery'
          ? 'msg.item.meal'
          : f.problem === 'tickets-and-travel'
            ? // A tour the user says was cancelled (by either side) is named as a tour; otherwise it may be a ticket.
              f.tripProblem === 'tour-too-few' || f.tripProblem === 'tour-i-cancelled'
              ? 'msg.item.tour'
              : 'msg.item.trip'
            : f.problem === 'digital-goods-and-courses' && f.itemKind === 'service'
              ? // What renews itself is a subscription, whatever it gives; otherwise a course or a service.
                f.serviceProblem === 'auto-renewed'
                ? 'msg.item.renewal'
                : 'msg.item.service'
              : 'msg.item.unnamed',
      );
  // In a chat group there is no order number to fill in unless the user has one: the seller knows the buyer.
  const opening =
    spec.to !== 'seller' && f.shopName
      ? part('msg.opening.order-and-shop', { order, shop: f.shopName })
      : r.groupChat && !f.orderNo
        ? part(spec.to === 'seller' ? 'msg.opening.group-chat.seller' : 'msg.opening.group-chat')
        : part('msg.opening.order', { order });
  const amount = { yuan: f.amount };
  // A renewal was charged, not ordered: the date the user gave is the day of the renewal charge (its question says so).
  const renewal = f.serviceProblem === 'auto-renewed';
  // A pre-sale's payment is a deposit, not the price: it is named as the page named it (定金, 订金, or neither).
  const paid = f.orderedOn
    ? part(
        renewal
          ? 'msg.paid.renewal'
          : f.problem === 'pre-sale-deposits'
            ? `msg.paid.presale.${f.depositWord ?? 'unsure'}`
            : // A ticket, a trip or a tour is booked, not bought as a product (「下单购买了该产品」 read as goods: audit U, L7).
              f.problem === 'tickets-and-travel'
              ? 'msg.paid.booked'
              : 'msg.paid.ordered',
        { date: { date: f.orderedOn, mark: 'ordered' }, item, amount },
      )
    : f.receivedOn
      ? // Collected from a community group-buying point (or brought by its organiser): nothing was signed for.
        part(f.platform === 'community-group' ? 'msg.paid.collected' : 'msg.paid.received', {
          date: { date: f.receivedOn, mark: 'received' },
          item,
          amount,
        })
      : undefined;
  const dated = spec.replyBy === true ? replyByFor(r, today) : undefined;
  const replyByDate = dated?.date;
  const next = (dated?.alongside && spec.nextAlongside) || spec.next;
  const replyBy =
    spec.replyBy === 'fill-in'
      ? part('msg.reply-by.fill-in')
      : replyByDate
        ? part('msg.reply-by', { date: { date: replyByDate, mark: 'reply-by' } })
        : undefined;
  const sign = f.yourName ? asGiven(f.yourName, words.meaning) : undefined;
  const basis = spec.basis.map((b) => part(`msg.basis.${b}`));
  const quoted = new Set(basis.flatMap((b) => articlesIn(b.zh)));
  const chosen = (extra: Part | Reply): Part =>
    !('full' in extra)
      ? extra
      : extra.afterBasis && articlesIn(extra.full.zh).every((a) => quoted.has(a))
        ? extra.afterBasis
        : extra.full;
  // A part with a form written to the seller: that form in the seller's message (a private seller's own where it has
  // one: a person has no shop to call 贵店), the plain one for anyone else.
  const toReader = (p: Part): Part => (spec.to !== 'seller' ? p : (!r.consumer && p.toPrivate) || p.toSeller || p);
  const said = (extra: Part | Reply): Part => toReader(chosen(extra));
  const parts = [
    opening,
    paid,
    ...spec.happened.map(toReader),
    evidenceLine(r, words),
    ...basis,
    part('msg.what-i-ask', { ask: toReader(spec.ask) }),
    ...(spec.extra ?? []).map(said),
    replyBy,
    next,
    part('msg.thanks'),
    sign,
  ].filter((p): p is Part => !!p);
  const { zh, en } = joinParts(parts, 'sentences');
  const marks = [...zh.matchAll(/【([^】]+)】/g)].map((m) => m[1]!);
  return {
    id: spec.id,
    zh,
    ...(en !== undefined ? { en } : {}),
    blanks: [...new Set(marks)],
    ...(replyByDate ? { replyBy: replyByDate } : {}),
  };
}
