/**
 * The steps a plan can hold, each written once. Each step cites claims from the claim table (never bare law ids),
 * and the case's own claims ride along at every rung, so the plan never turns into a generic ladder once the
 * seller has said no. The builder (build.ts) picks and orders them.
 *
 * A step's words are in the plan texts under `step.<id>.*` (title, what, why, how.<n>, takes, moveOn) and its
 * message's in the message texts (`msg.*`); here the step chooses which texts and which values. This file holds the
 * steps at the seller's rung and those outside the ladder; the later rungs are in ladder-steps.ts, what the case rests
 * on in case-basis.ts.
 */
import type { Part, PlanWords } from '../texts/plan-words';
import { plusDays, type IsoDate } from '../tree/dates';
import { receivedProblems, type ExcuseId, type GoodsProblemId } from '../tree/questions';
import { returnAskedInTime } from './asked-in-time';
import { refundAsk, type CaseBasis } from './case-basis';
import { lateRefundClaims, type ClaimId } from './claims';
import type { EvidenceId } from './evidence';
import { noReturnKind, type Reading } from './facts';
import { composeMessage, type MessageSpec, type Reply } from './messages';
import { boxBackAfterSeven, confirmedExclusionOpen, unwantedMedicine, returnAfterSeven } from './readings';
import { step, fixed, lines, addressed, withMeaning } from './step-parts';
import { saidInOneWord } from './summary';
import type { PlanStep } from './types';

/** Excuses without an excuse card of their own, and the guide that answers them. */
const excuseGuide: Partial<Readonly<Record<ExcuseId, string>>> = {
  'price-mistake': 'seller-cancelled-order',
  'out-of-stock': 'seller-cancelled-order',
  'cooked-elsewhere': 'food-delivery',
  'fee-in-the-rules': 'tickets-and-travel',
  'ask-the-courier': 'lost-or-not-delivered',
  'deposit-not-refundable': 'pre-sale-deposits',
  'digital-no-refund': 'digital-goods-and-courses',
  'returned-damaged': 'refund-after-inspection',
  'sold-as-is': 'second-hand-from-a-person',
};

export const evidenceFor = (r: Reading): EvidenceId[] => {
  const p = r.facts.problem;
  if (p === 'lost-or-not-delivered' || p === 'late-delivery') return ['order-page', 'tracking', 'chat'];
  if (
    p === 'pre-sale-deposits' ||
    p === 'digital-goods-and-courses' ||
    p === 'seller-cancelled-order' ||
    p === 'price-protection'
  )
    return ['order-page', 'listing', 'chat'];
  if (p === 'changed-my-mind') return ['order-page', 'chat'];
  if (p === 'food-delivery') return ['order-page', 'photos', 'chat'];
  if (p === 'tickets-and-travel') return ['order-page', 'listing', 'chat'];
  return ['order-page', 'listing', 'photos', 'chat'];
};

/**
 * A step's message to a seller met in a chat group: there is no order page or after-sales button to use, only the
 * chat, where the seller may already have blocked the buyer. What to do with the goods themselves (a medicine not
 * taken, food kept as evidence) stays: it is no less true off the apps (audit 10, found by its a-M5 test).
 */
export function sentInChat(s: PlanStep, r: Reading, words: PlanWords): PlanStep {
  const toSeller = s.message?.id === 'to-seller' || s.message?.id === 'excuse-reply';
  // What the case itself needs stays too: how to count the sum the message asks for, and what a message to a private
  // person who moved can and cannot claim (audit AE, M1).
  const kept = lines(words, [
    ...goodsCare(r),
    'step.service-refund.how.sum',
    'step.service-refund.how.sum.moved-away',
    'step.private-seller.how.moved',
    'step.private-seller.how.moved.sum',
  ]).filter((line) => s.how.includes(line));
  return toSeller ? { ...s, how: [...lines(words, ['step.how.group-chat']), ...kept] } : s;
}

export function saveEvidence(r: Reading, missing: readonly EvidenceId[], words: PlanWords): PlanStep {
  // What page to keep: a trip's booking page with its refund rules, a meal's menu page, otherwise the listing; a deal
  // made in a chat group has a transfer, the seller's post and a chat with their account instead.
  const page =
    r.facts.problem === 'tickets-and-travel'
      ? 'step.save-evidence.how.2.booking'
      : r.facts.problem === 'food-delivery'
        ? 'step.save-evidence.how.2.meal'
        : r.groupChat
          ? 'step.save-evidence.how.2.group-chat'
          : 'step.save-evidence.how.2';
  const how = [
    ...(r.groupChat
      ? (['step.save-evidence.how.1.group-chat', page, 'step.save-evidence.how.3.group-chat'] as const)
      : (['step.save-evidence.how.1', page, 'step.save-evidence.how.3'] as const)),
    // A fake: the seller may deny what the brand's customer service said; the brand's word in writing, or a test,
    // is what holds if it comes to a complaint or court.
    ...(r.facts.problem === 'counterfeit-goods'
      ? ([r.consumer ? 'step.save-evidence.how.fake' : 'step.save-evidence.how.fake.private'] as const)
      : []),
  ];
  return step({
    ...fixed(words, 'save-evidence'),
    // The duty to produce trading records binds businesses (ECL 62): not said of a private seller.
    ...(r.consumer ? {} : { why: words.say('step.save-evidence.why.private') }),
    claims: [r.consumer ? 'electronic-evidence' : 'electronic-data'],
    how: lines(words, how),
    attach: missing,
    guides: ['evidence-to-keep'],
  });
}

const sellerMessage = (
  id: string,
  c: CaseBasis,
  r: Reading,
  today: IsoDate,
  words: PlanWords,
  extra?: MessageSpec['extra'],
) =>
  composeMessage(
    {
      id,
      to: 'seller',
      happened: c.happened,
      ask: c.ask,
      basis: c.basis,
      extra,
      replyBy: true,
      // A private seller is not for 12315: the platform, if there is one, then the court.
      next: words.part(
        r.consumer
          ? r.app
            ? 'msg.next.seller'
            : 'msg.next.seller-no-platform'
          : r.app
            ? 'msg.next.seller-private'
            : 'msg.next.seller-private-no-platform',
      ),
      // Where the platform is asked alongside the message (messages.ts, replyByFor), its closing says so.
      ...(r.app
        ? { nextAlongside: words.part(r.consumer ? 'msg.next.seller.alongside' : 'msg.next.seller-private.alongside') }
        : {}),
    },
    r,
    today,
    words,
  );

/**
 * What to do with the goods themselves, said in the step that asks for the return: a medicine that is not what was
 * ordered is not taken; unsafe food is kept, with its packaging, and whoever was unwell sees a doctor.
 */
const goodsCare = (r: Reading) => [
  // Not for a box alone: its step says what to do with the medicine inside, and asks for no return.
  ...(r.facts.itemKind === 'medicine' && !r.boxOnly ? (['step.goods.how.medicine'] as const) : []),
  // Unsafe food is evidence, and may be a claim for 10 times the price (FSL 148): kept, not binned or all sent back.
  // Only part bad: what is kept as evidence is that part, not the food the user keeps to eat (audit 11-a, M3).
  ...(r.keepFood ? ([r.badPart ? 'step.goods.how.food-keep.part' : 'step.goods.how.food-keep'] as const) : []),
  ...(r.food && r.madeIll ? (['step.goods.how.food-doctor'] as const) : []),
];

/**
 * Only part of the food bad: the step asks for that part's price, as its message does, not for the order back
 * (audit 11-a, M3).
 */
const badPartStep = (r: Reading, words: PlanWords) =>
  r.badPart ? { title: words.say('step.bad-part.title'), what: words.say('step.bad-part.what') } : {};

/** An honest offer where the seller disputes the fault and the goods are not on the durable list. */
const testOffer = (words: PlanWords, offer: boolean) => (offer ? [words.part('msg.extra.test-offer')] : undefined);

/**
 * A test report the user already holds goes with every message about the fault: to the seller, the platform, 12315
 * and the court, as the cards say (audit M, L2; audit N, L1).
 */
export const heldReport = (r: Reading) => (r.facts.evidence.includes('test-report') ? (['test-report'] as const) : []);

export function qualityReturn(r: Reading, c: CaseBasis, today: IsoDate, offerTest: boolean, words: PlanWords) {
  // The problem as the user named it (the step is only for goods problems), not a list of every kind of fault.
  const problem = r.facts.problem as GoodsProblemId;
  const named = { problem: words.say(`step.quality-return.problem.${problem}`) };
  return step({
    ...fixed(words, 'quality-return', named),
    // Past the 7 days, with the return asked for within them: not "you are still within the 7 days".
    ...(returnAskedInTime(r) ? { what: words.say('step.quality-return.what.asked-in-time', named) } : {}),
    ...badPartStep(r, words),
    // Its "takes" says when a late refund becomes deliberate delay (Penalties Measures Art. 8). Spoiled food: where
    // the seller may be right says only a bad part may go back (CC 632).
    claims: [...c.claims, 'quality-delay-fined', ...(r.partRule ? (['part-of-goods'] as const) : [])],
    how: lines(words, [
      r.badPart ? 'step.bad-part.how.1' : 'step.quality-return.how.1',
      'step.quality-return.how.2',
      ...goodsCare(r),
    ]),
    attach: ['photos', 'order-page', ...heldReport(r)],
    guides: [c.guide, 'defective-or-damaged'],
    message: sellerMessage('to-seller', c, r, today, words, testOffer(words, offerTest)),
  });
}

/**
 * A late delivery once the platform has decided: the complaint asks the seller to ship within a week from today,
 * since the check does not know whether the user already sent the demand the plan's first step gives (a date to ship
 * by). If they did and that date has passed, the contract can be ended now (CC 563(3)), and giving the seller another
 * week only delays the refund: the step and "Do this today" give the sentence that says so, with the day and the date
 * as fill-ins, for the user to use only if it is true (audit 16, L6). The last demand before court likewise, once the
 * platform has decided (its date is then most likely past): to the seller itself (audit F, L5).
 */
export function shipByPassed(
  r: Reading,
  words: PlanWords,
  sending: string,
): { how: string; today: string; add: Part; when: 'demand-passed' } | undefined {
  const stage = r.facts.stage;
  const later = stage === 'platform-against' || stage === 'regulator-ended';
  if (r.facts.problem !== 'late-delivery' || !later) return undefined;
  const amount = { amount: { yuan: r.facts.amount } };
  const add =
    sending === 'complain-12315' && stage === 'platform-against'
      ? words.part('msg.late-delivery.demand-passed', amount)
      : sending === 'court'
        ? words.part(
            r.consumer ? 'msg.late-delivery.demand-passed.seller' : 'msg.late-delivery.demand-passed.private',
            amount,
          )
        : undefined;
  if (!add) return undefined;
  return {
    how: words.say(`step.${sending === 'court' ? 'court' : 'complain-12315'}.how.demand-passed`, {
      sentence: withMeaning(add),
    }),
    today: words.say('today.demand-passed'),
    add,
    when: 'demand-passed',
  };
}

export function qualityRemedy(r: Reading, c: CaseBasis, today: IsoDate, offerTest: boolean, words: PlanWords) {
  return step({
    ...fixed(words, 'quality-remedy'),
    // Named for what the message asks after the 7 days (laterRemedy): nobody repairs a fake, food, a wrong size or
    // a missing part.
    ...(r.laterRemedy && r.laterRemedy !== 'repair'
      ? {
          title: words.say(`step.quality-remedy.title.${r.laterRemedy}`),
          // A box alone within the 7 days: fresh food and medicine have no return to fall back on (boxRoute).
          what: words.say(
            r.boxRoute === 'none'
              ? `step.quality-remedy.what.packaging.${noReturnKind(r)}`
              : `step.quality-remedy.what.${r.laterRemedy}`,
          ),
        }
      : {}),
    ...badPartStep(r, words),
    // A box rests on the contract's remedies (CC 582), not on the quality rules.
    ...(r.laterRemedy === 'packaging' ? { why: words.say('step.quality-remedy.why.packaging') } : {}),
    // A wrong item's "what" says the return also follows a demand the seller does not meet in time (CC 563(3)); a
    // missing part's, a refund for it (CC 582, in the case's claims).
    claims: [
      ...c.claims,
      'defect-notice-2-years',
      'limitation-3-years',
      ...(r.laterRemedy === 'wrong-item' || r.laterRemedy === 'wrong-or-missing-items'
        ? (['end-after-demand'] as const)
        : []),
    ],
    how: lines(words, [r.badPart ? 'step.bad-part.how.1' : 'step.quality-remedy.how.1', ...goodsCare(r)]),
    attach: ['photos', 'order-page', ...heldReport(r)],
    guides: [c.guide, 'deadline-passed'],
    message: sellerMessage('to-seller', c, r, today, words, testOffer(words, offerTest)),
  });
}

/**
 * A wrong or short delivery the buyer wants put right, not returned: the right items sent, or the price of what is
 * missing refunded, as they chose. The 7-day return stays open beside it (its date is in the plan's dates).
 */
export function putOrderRight(r: Reading, c: CaseBasis, today: IsoDate, words: PlanWords): PlanStep {
  const refund = r.putRight === 'refund-missing-part';
  return step({
    id: 'put-order-right',
    title: words.say(refund ? 'step.put-order-right.title.refund' : 'step.put-order-right.title.send'),
    what: words.say(refund ? 'step.put-order-right.what.refund' : 'step.put-order-right.what.send'),
    why: words.say('step.put-order-right.why'),
    claims: c.claims,
    how: lines(words, [
      refund ? 'step.put-order-right.how.1.refund' : 'step.put-order-right.how.1.send',
      'step.put-order-right.how.2',
      ...goodsCare(r),
    ]),
    attach: ['photos', 'order-page'],
    takes: words.say('step.put-order-right.takes'),
    moveOn: words.say('step.put-order-right.moveOn'),
    guides: [c.guide],
    message: sellerMessage('to-seller', c, r, today, words),
  });
}

/** The 7-day return without a reason; for a box alone (boxRoute), the item is checked first, seal kept. */
export function noReasonReturn(r: Reading, c: CaseBasis, today: IsoDate, words: PlanWords): PlanStep {
  // A box alone: the day it came, from which its 7 days are counted.
  const boxCame = r.boxRoute === 'no-reason' ? r.facts.receivedOn : undefined;
  return step({
    ...fixed(words, 'no-reason-return'),
    ...(boxCame
      ? {
          what: words.say(
            r.sealed ? 'step.no-reason-return.what.packaging.sealed' : 'step.no-reason-return.what.packaging',
            { date: { date: plusDays(boxCame, 7) } },
          ),
        }
      : // Medicine: whether it has a no-reason return is not settled, and the seal rule does not name it (audit V, M3).
        unwantedMedicine(r)
        ? { what: words.say('step.no-reason-return.what.medicine') }
        : // Sealed goods: a broken one-time seal ends the return (Returns Measures 9), not missing tags.
          r.sealed
          ? { what: words.say('step.no-reason-return.what.sealed') }
          : {}),
    // Its "what" says a broken seal ends the return (sealed goods), or that opening the box to check does not.
    claims: [
      ...c.claims,
      ...(r.sealed && !unwantedMedicine(r)
        ? (['used-beyond-checking'] as const)
        : boxCame
          ? (['opened-to-inspect', 'checking-keeps-intact'] as const)
          : []),
    ],
    how: lines(words, ['step.no-reason-return.how.1', 'step.no-reason-return.how.2']),
    attach: boxCame ? ['photos', 'order-page'] : ['order-page'],
    guides: boxCame ? [c.guide, 'changed-my-mind'] : ['changed-my-mind'],
    message: sellerMessage('to-seller', c, r, today, words),
  });
}

export function askDelivery(r: Reading, c: CaseBasis, today: IsoDate, words: PlanWords): PlanStep {
  return step({
    id: 'ask-delivery',
    title: words.say('step.ask-delivery.title'),
    what: words.say(
      r.facts.signedNotReceived ? 'step.ask-delivery.what.signed-not-received' : 'step.ask-delivery.what.not-arrived',
    ),
    why: words.say('step.ask-delivery.why'),
    // Its "why" says the contract can be ended after a demand (CC 563), whatever the case's own law; a parcel shown as
    // signed for but never received can also be complained of to the courier, then appealed to the postal regulator.
    claims: [...c.claims, 'end-after-demand', ...(r.facts.signedNotReceived ? (['courier-appeal'] as const) : [])],
    // Never shipped, on a platform: the app's own cancel or refund of an unshipped order is the quicker way to money.
    how: lines(words, [
      'step.ask-delivery.how.1',
      ...(r.facts.problem === 'late-delivery' && r.app ? (['step.ask-delivery.how.cancel'] as const) : []),
      ...(r.facts.signedNotReceived ? (['step.ask-delivery.how.courier'] as const) : []),
    ]),
    attach: ['tracking', 'order-page'],
    takes: words.say('step.ask-delivery.takes'),
    moveOn: words.say('step.ask-delivery.moveOn'),
    guides: [c.guide],
    message: sellerMessage('to-seller', c, r, today, words),
  });
}

export function presaleRefund(r: Reading, c: CaseBasis, today: IsoDate, words: PlanWords): PlanStep {
  return step({
    id: 'presale-refund',
    title: words.say('step.presale-refund.title'),
    what: words.say(
      r.presale === 'double'
        ? 'step.presale-refund.what.earnest-double'
        : r.presale === 'refund'
          ? 'step.presale-refund.what.advance'
          : r.presale === 'at-least-refund'
            ? 'step.presale-refund.what.at-least'
            : 'step.presale-refund.what.unclear',
    ),
    // A 订金 is answered as what it is, an advance payment the 定金 rule does not reach (SPC Contract 67). Otherwise
    // the "why" states the 定金 rule (CC 587) and its 20% limit (CC 586), whichever word the page used.
    ...(r.presale === 'refund'
      ? {
          why: words.say('step.presale-refund.why.advance'),
          claims: [...new Set<ClaimId>([...c.claims, 'advance-not-earnest'])],
        }
      : { why: words.say('step.presale-refund.why'), claims: [...c.claims, 'earnest-doubled', 'earnest-cap'] }),
    how: lines(words, ['step.presale-refund.how.1']),
    attach: ['listing', 'order-page'],
    takes: words.say('step.presale-refund.takes'),
    moveOn: words.say('step.presale-refund.moveOn'),
    guides: ['pre-sale-deposits'],
    message: sellerMessage('to-seller', c, r, today, words),
  });
}

/** A price-protection promise (价保) the shop made: ask for the difference it promised. */
export function askPricePromise(r: Reading, c: CaseBasis, today: IsoDate, words: PlanWords): PlanStep {
  return step({
    ...fixed(words, 'ask-price-promise'),
    claims: c.claims,
    how: lines(words, [
      'step.ask-price-promise.how.1',
      'step.ask-price-promise.how.terms',
      'step.ask-price-promise.how.2',
    ]),
    attach: ['listing', 'lower-price', 'order-page'],
    guides: [c.guide],
    message: sellerMessage('to-seller', c, r, today, words),
  });
}

/** A crossed-out "original price" that looks fake: the regulator decides whether it was price fraud. */
export function reportPriceFraud(words: PlanWords): PlanStep {
  return step({
    ...fixed(words, 'report-price-fraud'),
    claims: ['fake-discount-banned', 'compared-price-7-day-low', 'fraud-three-times'],
    how: lines(words, ['step.report-price-fraud.how.1', 'step.report-price-fraud.how.2']),
    attach: ['listing', 'past-prices', 'order-page'],
    guides: ['price-protection', 'report-to-regulator'],
  });
}

/** A takeaway: report it in the app the same day, with photos, and ask the restaurant for what the law allows. */
export function askRestaurant(r: Reading, c: CaseBasis, today: IsoDate, words: PlanWords): PlanStep {
  // "Even if another kitchen cooked it" (SPC Online 19) is said where it can matter: unsafe food, or that very excuse.
  const kitchen = r.unsafeMeal || r.facts.sellerSaid === 'cooked-elsewhere';
  return step({
    ...fixed(words, 'ask-restaurant'),
    ...(kitchen ? {} : { why: words.say('step.ask-restaurant.why.delivery') }),
    claims: kitchen ? [...c.claims, 'kitchen-no-excuse'] : [...new Set<ClaimId>([...c.claims, 'deliver-as-promised'])],
    how: lines(
      words,
      r.unsafeMeal
        ? ['step.ask-restaurant.how.photos.unsafe', 'step.ask-restaurant.how.keep', 'step.ask-restaurant.how.doctor']
        : r.facts.mealProblem === 'late'
          ? ['step.ask-restaurant.how.times', 'step.ask-restaurant.how.in-app']
          : ['step.ask-restaurant.how.photos', 'step.ask-restaurant.how.in-app'],
    ),
    attach: r.facts.mealProblem === 'late' ? ['order-page'] : ['photos', 'order-page'],
    guides: [c.guide],
    message: sellerMessage('to-seller', c, r, today, words),
  });
}

/** A trip or ticket: ask the seller in writing, with the rules as they were shown, and no voucher unless wanted. */
export function askTripRefund(r: Reading, c: CaseBasis, today: IsoDate, words: PlanWords): PlanStep {
  const problem = r.facts.tripProblem;
  return step({
    ...fixed(words, 'ask-trip-refund'),
    // Its "why" says who answers: the seller, or the app that cannot name it (CRPL 44).
    claims: [
      ...c.claims,
      'platform-pays-without-details',
      ...(problem === 'tour-too-few' ? (['tour-notice-or-losses'] as const) : []),
    ],
    how: lines(words, [
      'step.ask-trip-refund.how.screenshots',
      problem === 'add-on'
        ? 'step.ask-trip-refund.how.add-on'
        : problem === 'tour-i-cancelled' || problem === 'hidden-fee'
          ? 'step.ask-trip-refund.how.costs'
          : 'step.ask-trip-refund.how.no-voucher',
      // Cancelled for too few people: the notice the law requires, and the losses if it came late (Tourism 63, 70).
      ...(problem === 'tour-too-few' ? (['step.ask-trip-refund.how.notice'] as const) : []),
    ]),
    attach: ['listing', 'order-page'],
    guides: [c.guide],
    message: sellerMessage('to-seller', c, r, today, words),
  });
}

/** A cancelled paid order: ask for the goods at the order price, or compensation, before the ladder. */
export function askToPerform(r: Reading, c: CaseBasis, today: IsoDate, words: PlanWords): PlanStep {
  return step({
    ...fixed(words, 'ask-to-perform'),
    // A price mistake, where the seller gave it, is answered in the excuse step (only a court can annul the sale).
    claims: c.claims,
    how: lines(words, ['step.ask-to-perform.how.1', 'step.ask-to-perform.how.2']),
    attach: ['listing', 'order-page'],
    guides: [c.guide],
    message: sellerMessage('to-seller', c, r, today, words),
  });
}

export function serviceRefund(r: Reading, c: CaseBasis, today: IsoDate, words: PlanWords): PlanStep {
  const kind = r.facts.serviceProblem ?? 'not-provided';
  return step({
    ...fixed(words, 'service-refund'),
    ...(kind === 'not-provided'
      ? {}
      : {
          title: words.say(`step.service-refund.title.${kind}`),
          what: words.say(`step.service-refund.what.${kind}`),
          why: words.say(`step.service-refund.why.${kind}`),
        }),
    claims: c.claims,
    // A renewal is proved by the account's own page (the renewal and its charge), not by a contract or course page.
    how: lines(words, [
      kind === 'auto-renewed' ? 'step.service-refund.how.1.auto-renewed' : 'step.service-refund.how.1',
      ...(kind === 'not-provided' ? (['step.service-refund.how.sum'] as const) : []),
      // After a move the sessions left are still offered, at the new place: counted as "not used", and a card sold by
      // time by the share of its period left (SPC Prepaid 22; audit AD, L3).
      ...(kind === 'moved-away' ? (['step.service-refund.how.sum.moved-away'] as const) : []),
    ]),
    attach: ['order-page', 'listing'],
    guides: ['digital-goods-and-courses'],
    message: sellerMessage('to-seller', c, r, today, words),
  });
}

/** A download that does not work, or is not what the listing described: a fix or a refund, asked in writing. */
export function downloadFix(r: Reading, c: CaseBasis, today: IsoDate, words: PlanWords): PlanStep {
  return step({
    ...fixed(words, 'download-fix'),
    claims: c.claims,
    how: lines(words, ['step.download-fix.how.1', 'step.download-fix.how.2']),
    attach: ['order-page', 'listing'],
    guides: ['digital-goods-and-courses'],
    message: sellerMessage('to-seller', c, r, today, words),
  });
}

export function answerExcuse(
  excuse: ExcuseId,
  answer: { claims: ClaimId[]; reply: Reply },
  r: Reading,
  c: CaseBasis,
  today: IsoDate,
  words: PlanWords,
  /**
   * What the law says of the excuse: 'partly' where the plan says the seller may be right (then the law does not
   * simply say otherwise), 'food' where the law rejects it but the user may still have to show something about the
   * food, 'rejected' otherwise.
   */
  verdict: 'partly' | 'food' | 'rejected',
  /** The seller disputes the fault of goods not on the durable list: the reply offers a test, as the demand does. */
  offerTest: boolean,
): PlanStep {
  const said = { excuse: saidInOneWord(r.facts.problem, excuse, words) };
  return step({
    id: 'answer-excuse',
    title: words.say('step.answer-excuse.title'),
    what: words.say(
      // A change of mind past the 7 days: "not a quality problem" is true and beside the point, and what may decide
      // it is the day the return was asked for (audit 16, L2).
      verdict === 'partly' && excuse === 'not-a-quality-issue' && r.facts.problem === 'changed-my-mind'
        ? 'step.answer-excuse.what.no-fault-needed.partly'
        : verdict === 'partly'
          ? 'step.answer-excuse.what.partly'
          : // Checking a returned item is not against the law; taking too long to refund is.
            excuse === 'refund-after-inspection'
            ? 'step.answer-excuse.what.refund-after-inspection'
            : // A change of mind: nothing is wrong, and the seller is right on that, but a no-reason return needs no
              // fault (audit 15, M1).
              excuse === 'not-a-quality-issue' && r.facts.problem === 'changed-my-mind'
              ? 'step.answer-excuse.what.no-fault-needed'
              : verdict === 'food'
                ? 'step.answer-excuse.what.food'
                : 'step.answer-excuse.what',
      said,
    ),
    why: words.say('step.answer-excuse.why'),
    claims: [...answer.claims, ...c.claims],
    how: lines(words, ['step.answer-excuse.how.1']),
    attach: ['chat', ...heldReport(r)],
    takes: words.say('step.answer-excuse.takes'),
    moveOn: words.say('step.answer-excuse.moveOn'),
    guides: [excuseGuide[excuse] ?? excuse, c.guide],
    message: sellerMessage('excuse-reply', c, r, today, words, [answer.reply, ...(testOffer(words, offerTest) ?? [])]),
  });
}

/**
 * The refund for an item the seller has back. `mayRefuse`: the seller may lawfully have refused that return (goods the
 * law excludes, an exclusion confirmed at checkout), so no refund duty, fine or escalation is claimed: the message asks
 * for the money or the item back, as a favour (audit O, M4), saying only that it was sent back (audit P, M5).
 * `conditional`: the seller's reason holds if the item was not intact (tags cut, a seal broken), which the check cannot
 * know: the refund is due if it does not (audit P, M6).
 */
export function refundOverdue(
  r: Reading,
  c: CaseBasis,
  today: IsoDate,
  words: PlanWords,
  { mayRefuse = false, conditional = false }: { mayRefuse?: boolean; conditional?: boolean } = {},
): PlanStep {
  // A walk that says the item was sent back always asks when the seller received it.
  if (!r.facts.returnedOn) throw new Error('A plan for a returned item needs the date the seller received it');
  if (mayRefuse)
    return step({
      ...fixed(words, 'refund-overdue'),
      title: words.say('step.refund-overdue.title.may-refuse'),
      what: words.say('step.refund-overdue.what.may-refuse'),
      why: words.say('step.refund-overdue.why.may-refuse'),
      // An exclusion confirmed for goods it may not cover: the court is still open (audit S, M4).
      moveOn: words.say(
        confirmedExclusionOpen(r)
          ? 'step.refund-overdue.moveOn.may-refuse.confirmed'
          : 'step.refund-overdue.moveOn.may-refuse',
      ),
      // Not the refund rule it says may not apply (audit P, L2).
      claims: c.claims.filter((id) => id !== 'refund-within-7-days'),
      how: lines(words, ['step.refund-overdue.how.1']),
      attach: ['tracking', 'chat'],
      guides: ['refund-after-inspection'],
      message: composeMessage(
        {
          id: 'to-seller',
          to: 'seller',
          happened: [
            addressed(words, 'msg.happened.returned', { date: { date: r.facts.returnedOn, mark: 'returned' } }),
          ],
          ask: words.part('msg.ask.refund-or-send-back'),
          basis: [],
          replyBy: true,
          next: words.part('msg.next.hope-agreed'),
        },
        r,
        today,
        words,
      ),
    });
  const fault = r.returnForFault;
  const arrivedLate = !fault && r.facts.receivedOn !== undefined && !r.returnedInTime;
  const disputed = r.facts.sellerSaid === 'returned-damaged';
  // Medicine: no fine or report claimed, its no-reason return not being settled (audit P, M3).
  const medicine = unwantedMedicine(r);
  // Back after the 7 days (a fault only): the refund is owed if the fault defeats the purchase, else the seller may put
  // the item right, a box as a box; titled, reasoned and moved on from as such (audits T M4, V M2, W M1, X L3).
  const late = returnAfterSeven(r);
  const boxLate = boxBackAfterSeven(r);
  return step({
    ...fixed(words, 'refund-overdue'),
    ...(fault
      ? {
          what: boxLate
            ? words.say('step.refund-overdue.what.box.after-seven')
            : late
              ? // What else the seller may do is named for what went wrong in the date's note, which the step points
                // to rather than list remedies of its own (audit V, L3).
                words.say('step.refund-overdue.what.quality.after-seven', {
                  date: words.say('deadline.quality-return.label'),
                })
              : words.say(r.badPart ? 'step.refund-overdue.what.quality.part' : 'step.refund-overdue.what.quality'),
          // After the 7 days any of the remedies done in time answers it, not only the refund (Penalty Measures 8).
          why: words.say(late ? 'step.refund-overdue.why.after-seven' : 'step.refund-overdue.why.quality'),
          ...(late
            ? {
                title: words.say(
                  boxLate ? 'step.refund-overdue.title.packaging' : 'step.refund-overdue.title.after-seven',
                ),
                moveOn: words.say('step.refund-overdue.moveOn.put-right'),
              }
            : {}),
        }
      : {}),
    // Said to have come back damaged: the refund is due only if it arrived intact, which is the point in dispute, and
    // no report is urged while it is (audit 8 A-M5; audit 10-b, M2); that text stays for a box too, the damage being
    // the point to settle first. Part of the food bad: that part's price (audit T, M1). Back after the 7 days: and if
    // the fault defeats the purchase (audit V, M1).
    ...(disputed
      ? {
          what: words.say(
            r.badPart
              ? 'step.refund-overdue.what.disputed.part'
              : late
                ? 'step.refund-overdue.what.disputed.after-seven'
                : 'step.refund-overdue.what.disputed',
          ),
        }
      : {}),
    // Medicine said to have come back damaged: both halves, the unsettled return and the damage (audit W, L3).
    ...(medicine
      ? {
          what: words.say(
            disputed ? 'step.refund-overdue.what.medicine.disputed' : 'step.refund-overdue.what.medicine',
          ),
          moveOn: words.say('step.refund-overdue.moveOn.medicine'),
        }
      : {}),
    ...(conditional && !fault && !disputed && !medicine
      ? {
          what: words.say('step.refund-overdue.what.conditional'),
          why: words.say('step.refund-overdue.why.conditional'),
        }
      : {}),
    // Medicine: titled and reasoned as a request, not a refund due (audit S, M3).
    ...(medicine
      ? { title: words.say('step.refund-overdue.title.may-refuse'), why: words.say('step.refund-overdue.why.medicine') }
      : {}),
    // A 7-day return the seller received after the 7 days: what counts is when the user asked (Returns Measures 10).
    claims: [
      ...(medicine ? (['refund-within-7-days'] as const) : lateRefundClaims(fault)),
      ...c.claims,
      ...(arrivedLate ? (['no-reason-return'] as const) : []),
    ],
    // A refusal within the 7 days already dates the request in the message: nothing to fill in (audit O, L3).
    how: [
      words.say('step.refund-overdue.how.1'),
      ...(arrivedLate
        ? [
            r.refusedInTime
              ? words.say('step.refund-overdue.how.asked-in-time.refused', { refused: { date: r.refusedInTime } })
              : words.say('step.refund-overdue.how.asked-in-time'),
          ]
        : []),
    ],
    attach: ['tracking', 'chat'],
    guides: ['refund-after-inspection'],
    message: composeMessage(
      {
        id: 'to-seller',
        to: 'seller',
        // The case's own words: for a fault, what was wrong and the return right it rests on, then the return.
        happened: c.happened,
        ask: refundAsk(r, words),
        basis: c.basis,
        // A seller that says the return came back damaged is asked for what shows it: the message does not pass over
        // the point in dispute, nor answer it for the user.
        extra: [
          ...(r.facts.sellerSaid === 'returned-damaged' ? [words.part('msg.extra.returned-damaged')] : []),
          // "We refund after we check it", once the item is back: answered in the same message (audit 10-b, M3).
          ...(r.facts.sellerSaid === 'refund-after-inspection' && !boxLate
            ? [
                words.part(
                  fault
                    ? 'msg.extra.inspection.sent-back.quality'
                    : medicine
                      ? 'msg.extra.inspection.sent-back.no-fine'
                      : 'msg.extra.inspection.sent-back',
                ),
              ]
            : []),
          // (Not for a box put right as a box: the message asks for no refund as due; audit V, M2.)
          ...(fault && !boxLate ? [words.part('msg.extra.refund-due.quality')] : []),
        ],
        replyBy: true,
        // (No report threatened for medicine, audit P, M3; nor where the refund is owed only if the fault defeats the
        // purchase, audit V, M1 and M2: "if this is not resolved" covers the refund or the item put right.)
        next: words.part(
          medicine || late
            ? r.app
              ? 'msg.next.seller'
              : 'msg.next.seller-no-platform'
            : `msg.next.refund-overdue${disputed ? '.disputed' : ''}${r.app ? '' : '.no-platform'}`,
        ),
      },
      r,
      today,
      words,
    ),
  });
}

export function privateSeller(r: Reading, c: CaseBasis, today: IsoDate, words: PlanWords): PlanStep {
  // Faulty goods get the contract's remedies for a fault; anything else (nothing came, a promise not kept) the
  // contract performed, or the money back.
  // A private person who moved: moving is no breach unless the place was agreed, so the step claims no remedy for a
  // fault; the message asks them to agree (audit AE, M2).
  const moved = r.facts.serviceProblem === 'moved-away';
  const fault = !moved && (r.goodsFault || r.facts.problem === 'digital-goods-and-courses');
  return step({
    ...fixed(words, 'private-seller'),
    ...(moved
      ? { what: words.say('step.private-seller.what.moved'), why: words.say('step.private-seller.why.moved') }
      : fault
        ? {}
        : { what: words.say('step.private-seller.what.perform'), why: words.say('step.private-seller.why.perform') }),
    // The message's own law (c.claims) is cited with the step, as at every other rung.
    // A faulty item: a "sold as is" term holds between private people unless the seller hid a fault it knew of
    // (CC 618), which is what "Where the seller may be right" says (audit 10-b, H1).
    claims: [
      // Ending the contract, which the message asks, rests on a breach that defeats its purpose (CC 563(4); audit AF).
      ...(moved
        ? (['breach-defeats-purpose'] as const)
        : fault
          ? (['breach-remedies', 'as-is-term-limits'] as const)
          : (['breach-remedies-damages'] as const)),
      'second-hand-business-test',
      ...c.claims,
    ],
    how: lines(words, [
      'step.private-seller.how.1',
      ...(moved ? (['step.private-seller.how.moved', 'step.private-seller.how.moved.sum'] as const) : []),
    ]),
    attach: ['listing', 'chat'],
    guides: ['second-hand-from-a-person'],
    // Told "sold as is": the message asks whether the seller knew, the one fact that decides it (CC 618), and asks for
    // the remedy only if it did, with no threat yet; the last demand comes later (audit 11-a, M2).
    message:
      fault && r.facts.sellerSaid === 'sold-as-is'
        ? composeMessage(
            {
              id: 'to-seller',
              to: 'seller',
              happened: c.happened,
              basis: [...c.basis, 'as-is-knew'],
              // Sent to the private seller alone: the ask inside takes its 您 form (audit 13, M3).
              ask: words.part('msg.ask.if-knew', { ask: c.ask.toPrivate ?? c.ask }),
              replyBy: true,
            },
            r,
            today,
            words,
          )
        : sellerMessage('to-seller', c, r, today, words),
  });
}

/**
 * The payment app's complaint route. Paid in a shop's own app or mini program (inApp): the payment went to a merchant,
 * and a WeChat mini program has its own transaction complaint (dossier 18.P1).
 */
export function paymentComplaint(words: PlanWords, inApp = false): PlanStep {
  return step({
    ...fixed(words, 'payment-complaint'),
    ...(inApp
      ? {
          what: words.say('step.payment-complaint.what.in-app'),
          why: words.say('step.payment-complaint.why.in-app'),
        }
      : {}),
    claims: ['routes-to-resolve'],
    how: lines(words, ['step.payment-complaint.how.1']),
    attach: ['chat', 'order-page'],
    guides: ['negotiate-with-seller'],
  });
}

/** Money paid outside any platform, nothing delivered, and the seller gone: this may be fraud, not a dispute. */
export function reportFraud(words: PlanWords): PlanStep {
  return step({
    ...fixed(words, 'report-fraud'),
    claims: ['police-receipt', 'police-can-freeze', 'police-refusal-review'],
    how: lines(words, ['step.report-fraud.how.1', 'step.report-fraud.how.2']),
    attach: ['chat', 'order-page'],
    guides: ['paid-outside-platform'],
  });
}

/**
 * What is left where the seller may be right; a seller that has already said no is asked once more, as a favour.
 * A course or membership no longer wanted after its 7 days (`unusedPart`) gets the request in writing: the unused
 * part, at a sum the user works out, with the rule that counts it and, against "no refunds", the rule that voids such
 * a term; and the routes left if the shop still says no, with the result said to be uncertain.
 */
export function stillPossible(
  right: { why: string; still: string },
  c: CaseBasis,
  r: Reading,
  today: IsoDate,
  words: PlanWords,
  /**
   * A message to send, asked as a favour: 'unused-part', a course or membership no longer wanted after its 7 days
   * (the unused part, in writing); 'favour', a return the user agreed at checkout to do without (said so).
   */
  request?: 'unused-part' | 'favour',
): PlanStep {
  const f = r.facts;
  // The seller has already said no: asked once more, as a favour; where the law itself excludes the goods (fresh
  // food, made to order), with no "may" about who is right.
  // (Every stage above the seller's refusal follows one: the platform and 12315 heard it.)
  const asked =
    f.stage === 'nothing' || f.stage === 'seller-silent' || f.stage === 'sent-back'
      ? 'step.still-possible.how.1'
      : r.excludedByLaw && f.problem === 'changed-my-mind'
        ? 'step.still-possible.how.refused.excluded'
        : // Asked to pay the postage is not a refusal of the refund: what may be the seller's right is only that.
          f.sellerSaid === 'you-pay-return-shipping'
          ? 'step.still-possible.how.refused.postage'
          : 'step.still-possible.how.refused';
  const unusedPart = request === 'unused-part';
  // Asked as a favour where the seller may be right: no threat of the platform or 12315.
  const favourMessage = (spec: Omit<MessageSpec, 'id' | 'to' | 'replyBy' | 'next'>) =>
    composeMessage(
      { id: 'to-seller', to: 'seller', replyBy: true, next: words.part('msg.next.hope-agreed'), ...spec },
      r,
      today,
      words,
    );
  return step({
    id: 'still-possible',
    title: words.say('step.still-possible.title'),
    what: right.still,
    why: right.why,
    // The card names a move that makes the service clearly harder to use as a fault (SPC Prepaid 13(1); audit AC, L1).
    claims: unusedPart ? [...c.claims, 'routes-to-resolve', 'prepaid-end-for-move'] : c.claims,
    how: lines(
      words,
      unusedPart
        ? [
            'step.still-possible.how.prepaid',
            asked,
            // After mediation ended, the court is what is left (audit 11-b, M5).
            r.facts.stage === 'regulator-ended'
              ? 'step.still-possible.how.prepaid-after.ended'
              : 'step.still-possible.how.prepaid-after',
          ]
        : [asked],
    ),
    attach: ['order-page', 'chat'],
    takes: words.say('step.still-possible.takes'),
    // What would change the case: for a pre-sale buyer, who never got the goods, the seller's own conduct; for goods
    // that came, a fault in them.
    moveOn: words.say(
      f.problem === 'pre-sale-deposits'
        ? 'step.still-possible.moveOn.presale'
        : receivedProblems.includes(f.problem)
          ? 'step.still-possible.moveOn.goods'
          : 'step.still-possible.moveOn',
    ),
    guides: [c.guide],
    ...(unusedPart
      ? {
          message: favourMessage({
            happened: c.happened,
            ask: c.ask,
            basis: c.basis,
            extra: f.sellerSaid === 'digital-no-refund' ? [words.part('msg.extra.no-refund-term-void')] : [],
          }),
        }
      : request === 'favour'
        ? {
            message: favourMessage({
              happened: [words.part('msg.happened.exclusion-confirmed')],
              ask: words.part('msg.ask.favour-return'),
              basis: [],
            }),
          }
        : {}),
  });
}
