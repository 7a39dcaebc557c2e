/**
 * The ladder's later rungs, each written once: the platform's intervention and its own liability, 12315, a report to
 * the regulator, court and punitive damages. Each carries the case's own claims and asks (case-basis.ts); the builder
 * (build.ts) picks and orders them.
 */
import type { PlanTextKey } from '../texts/en/plan';
import type { PlanWords } from '../texts/plan-words';
import { plusDays, type IsoDate } from '../tree/dates';
import type { PlatformId } from '../tree/questions';
import { afterAsking, type CaseBasis, later } from './case-basis';
import type { ClaimId } from './claims';
import { hasPhotos } from './evidence';
import { afterSales, orderDispute, sellersError, type AppPlatform, type Reading, type whatCame } from './facts';
import { composeMessage } from './messages';
import { shopClosed, sellerGone } from './readings';
import { step, fixed, lines, withPrivateForm } from './step-parts';
import { heldReport } from './steps';
import type { PlanStep } from './types';

/** How to ask each platform we have read the rules of; others get the general advice. */
const platformHow: Partial<Readonly<Record<PlatformId, readonly PlanTextKey[]>>> = {
  taobao: ['step.platform-intervention.how.taobao.1', 'step.platform-intervention.how.taobao.2'],
  jd: ['step.platform-intervention.how.jd.1'],
  'wechat-store': ['step.platform-intervention.how.wechat-store.1'],
};

export function platformIntervention(
  r: Reading,
  p: AppPlatform,
  c: CaseBasis,
  today: IsoDate,
  words: PlanWords,
): PlanStep {
  // A silent JD seller: JD steps in 24 hours after the dispute is raised (Art. 3); its 15 days run from a rejection.
  const silentOnJd = p === 'jd' && r.facts.stage === 'seller-silent' && afterSales(r);
  const rule: ClaimId[] =
    p === 'jd'
      ? silentOnJd
        ? ['jd-silent', 'jd-window']
        : ['jd-window']
      : p === 'wechat-store'
        ? ['wechat-store-window']
        : p === 'taobao' && r.facts.problem === 'lost-or-not-delivered'
          ? ['taobao-non-delivery-burden']
          : p === 'taobao' && r.facts.problem === 'counterfeit-goods'
            ? ['taobao-fake-burden']
            : // Told to pay the postage for the seller's own error: Taobao settles postage by who was at fault
              // (Art. 49), a rule the platform applies once it steps in (audit 10-b, L6).
              p === 'taobao' &&
                r.facts.problem === 'wrong-or-missing-items' &&
                r.facts.sellerSaid === 'you-pay-return-shipping'
              ? ['taobao-postage-fault']
              : r.facts.problem === 'food-delivery'
                ? ['meal-platform-liable']
                : r.facts.problem === 'tickets-and-travel'
                  ? ['platform-pays-without-details']
                  : [];
  return step({
    id: 'platform-intervention',
    title: words.say('step.platform-intervention.title'),
    what: words.say('step.platform-intervention.what', { platform: words.say(`platform.name.${p}`) }),
    // The platform's duty to help (ECL 61) is in disputes with businesses on it; with a private seller, its own process.
    why: words.say(r.consumer ? 'step.platform-intervention.why' : 'step.platform-intervention.why.private'),
    claims: [...(r.consumer ? (['platform-must-help'] as const) : []), ...rule, ...c.claims],
    // JD's 15 days after a rejected after-sales request fit goods that came; an order dispute has its own window,
    // and anything else (a renewal, a course) one we have not seen.
    how: lines(
      words,
      p === 'jd' && !afterSales(r)
        ? [
            orderDispute(r) ? 'step.platform-intervention.how.jd.order' : 'step.platform-intervention.how.jd.other',
            ...(r.facts.sellerSaid === 'price-mistake'
              ? (['step.platform-intervention.how.jd.price-mistake'] as const)
              : []),
          ]
        : [
            ...(silentOnJd
              ? (['step.platform-intervention.how.jd.silent'] as const)
              : // WeChat Store's 7 days run from a rejection too; a shop that times out, the platform steps in on
                // (its developer documents; audit 16, L1).
                p === 'wechat-store' && r.facts.stage === 'seller-silent'
                ? (['step.platform-intervention.how.wechat-store.silent'] as const)
                : (platformHow[p] ?? ['step.platform-intervention.how.other.1'])),
            // Taobao's rule puts the first proof of a fake on the seller, and says what the buyer needs if it is met.
            ...(rule.includes('taobao-fake-burden') ? (['step.platform-intervention.how.taobao.fake'] as const) : []),
          ],
    ),
    // Photos only where there is something to photograph; a parcel that never came is shown by its tracking.
    attach: [
      'order-page',
      'chat',
      ...(hasPhotos(r) ? (['photos'] as const) : []),
      ...(r.facts.problem === 'lost-or-not-delivered' || r.facts.problem === 'late-delivery'
        ? (['tracking'] as const)
        : []),
      ...heldReport(r),
    ],
    takes: words.say('step.platform-intervention.takes'),
    moveOn: words.say('step.platform-intervention.moveOn'),
    guides: ['platform-intervention', c.guide],
    message: composeMessage(
      {
        id: 'to-platform',
        to: 'platform',
        ...later(c),
        // On Taobao, a buyer who says the goods never came does not have to prove it: the seller must prove delivery.
        extra: [
          ...(c.laterExtra ?? []),
          ...(rule.includes('taobao-non-delivery-burden') ? [words.part('msg.extra.taobao-non-delivery-burden')] : []),
          ...(rule.includes('taobao-fake-burden') ? [words.part('msg.extra.taobao-fake-burden')] : []),
          ...(rule.includes('taobao-postage-fault')
            ? [words.part(`msg.extra.taobao-postage-fault.${sellersError(r.facts.symptoms)}`)]
            : []),
          // A private seller that cannot be reached: its details, to name it in court (audit 14, H1).
          ...(sellerGone(r) ? [words.part('msg.extra.seller-details-private')] : []),
          words.part(c.refusalTold ? 'msg.extra.platform-step-in.quoted' : 'msg.extra.platform-step-in'),
        ],
        // 12315 takes complaints about businesses; with a private seller, the court is what is left.
        next: words.part(r.consumer ? 'msg.next.platform' : 'msg.next.platform-private'),
      },
      r,
      today,
      words,
    ),
  });
}

export function platformLiability(r: Reading, c: CaseBasis, today: IsoDate, words: PlanWords): PlanStep {
  // Once 12315's mediation has ended, the rung after the platform is the court (audit 11-b, M5).
  const ended = r.facts.stage === 'regulator-ended';
  return step({
    ...fixed(words, 'platform-liability'),
    ...(ended ? { moveOn: words.say('step.platform-liability.moveOn.ended') } : {}),
    claims: ['platform-pays-without-details', 'platform-must-help', ...c.claims],
    // A closed shop does not stop the 7 days for a return: the request goes on record today, in the order. A box
    // alone, and an item no longer wanted, go back without a reason (no-reason), not as a quality problem.
    how: lines(words, [
      'step.platform-liability.how.1',
      ...(r.consumer && r.sevenDaysLeft !== undefined
        ? r.boxRoute === 'no-reason' || (r.facts.problem === 'changed-my-mind' && !r.excludedByLaw)
          ? (['step.platform-liability.how.return.no-reason'] as const)
          : r.goodsFault && !r.boxRoute
            ? (['step.platform-liability.how.return'] as const)
            : []
        : []),
    ]),
    attach: ['order-page', 'chat'],
    guides: ['shop-has-closed'],
    // The written request the step asks for: the seller's details, or the platform answers for the case itself.
    message: composeMessage(
      {
        id: 'platform-seller-details',
        to: 'platform',
        happened: [...c.happened, words.part('msg.happened.shop-closed')],
        ask: words.part('msg.ask.seller-details'),
        basis: ['platform-liable'],
        next: words.part(ended ? 'msg.next.platform-court' : 'msg.next.platform'),
      },
      r,
      today,
      words,
    ),
  });
}

/** A claim a step adds, with the line of how that says it. */
type Aside = { claim: ClaimId; how: PlanTextKey };

/**
 * What the regulator and the court steps add where the seller is known only by a WeChat account (not yet a named
 * respondent or defendant), sits abroad (the platform is named too; no small claim), or has closed its shop (the
 * platform answers if it cannot name the seller); a private seller that cannot be reached is sued by name, found
 * through the court.
 */
const asides: Record<
  'complain-12315' | 'court',
  Record<'group-chat' | 'cross-border' | 'shop-closed', Aside> & { 'seller-gone'?: Aside }
> = {
  'complain-12315': {
    'group-chat': { claim: 'complaint-needs-respondent', how: 'step.complain-12315.how.group-chat' },
    'cross-border': { claim: 'platform-pays-without-details', how: 'step.complain-12315.how.cross-border' },
    'shop-closed': { claim: 'platform-pays-without-details', how: 'step.complain-12315.how.shop-closed' },
  },
  court: {
    'group-chat': { claim: 'suit-needs-defendant', how: 'step.court.how.group-chat' },
    'cross-border': { claim: 'small-claims-not-foreign', how: 'step.court.how.cross-border' },
    'shop-closed': { claim: 'platform-pays-without-details', how: 'step.court.how.shop-closed' },
    // A private seller (no 12315 step): the suit names the person, whose details the court can be asked to obtain.
    'seller-gone': { claim: 'suit-needs-defendant', how: 'step.court.how.seller-gone' },
  },
};

/**
 * JD has decided against the user: its dispute rule (Art. 9(4), a platform rule) lets a consumer appeal within 7
 * natural days after the dispute closes (audit 11-b, M3). Said in the step that follows the decision: 12315's, or a
 * private seller's court; once the days have run from the day recorded, the line says so (audit 12, L8).
 */
const jdAppeal = (r: Reading, id: keyof typeof asides): Aside[] =>
  r.facts.platform === 'jd' && r.facts.stage === 'platform-against' && (id === 'complain-12315' || !r.consumer)
    ? [
        {
          claim: 'jd-appeal',
          how: `step.how.jd-appeal.${id === 'court' ? 'court' : 'regulator'}${r.jdAppealPassed ? '.passed' : ''}`,
        },
      ]
    : [];

const asidesFor = (r: Reading, id: keyof typeof asides): Aside[] => [
  ...(r.groupChat ? [asides[id]['group-chat']] : []),
  ...(r.facts.platform === 'cross-border' ? [asides[id]['cross-border']] : []),
  ...(shopClosed(r) ? [asides[id]['shop-closed']] : []),
  ...(sellerGone(r) && asides[id]['seller-gone'] ? [asides[id]['seller-gone']] : []),
  ...jdAppeal(r, id),
];

export function complain12315(r: Reading, c: CaseBasis, today: IsoDate, words: PlanWords): PlanStep {
  // A package tour also has the tourism complaint office the Tourism Law sets up (Arts. 91, 92).
  const tour = r.facts.tripProblem === 'tour-too-few' || r.facts.tripProblem === 'tour-i-cancelled';
  const extra: Aside[] = [
    ...asidesFor(r, 'complain-12315'),
    ...(r.facts.problem === 'tickets-and-travel' && tour
      ? [{ claim: 'tourism-complaint-office', how: 'step.complain-12315.how.tour' } as const]
      : []),
  ];
  return step({
    ...fixed(words, 'complain-12315'),
    claims: ['complaint-handled-7-working-days', 'routes-to-resolve', ...extra.map((a) => a.claim), ...c.claims],
    how: lines(words, [
      'step.complain-12315.how.1',
      'step.complain-12315.how.2',
      ...extra.map((a) => a.how),
      // One request for a person to look at the platform's decision again costs little, as the platform step says
      // (JD's rule has an appeal of its own, with a window: an aside).
      ...(r.app && r.facts.stage === 'platform-against' && r.facts.platform !== 'jd'
        ? (['step.complain-12315.how.platform-review'] as const)
        : []),
    ]),
    attach: ['order-page', 'chat', ...heldReport(r)],
    guides: ['complain-to-12315', c.guide],
    message: composeMessage(
      {
        id: 'complaint-12315',
        to: 'regulator',
        ...later(c),
        // The regulator hears both refusals where the platform has already decided against the user.
        extra: [
          ...(c.laterExtra ?? []),
          ...afterAsking(r, c, words, 'regulator'),
          // Deceit the user says there was: the 3× is reserved in the complaint too, where the damages step says to
          // claim it (a fake's basis reserves it already; audit 11-b, L3).
          ...(r.facts.fraud && !later(c).basis.includes('fraud-reserved')
            ? [words.part('msg.extra.fraud-reserved.regulator')]
            : []),
        ],
        next: words.part('msg.next.regulator'),
      },
      r,
      today,
      words,
    ),
  });
}

/**
 * Reporting a refusal as a breach. Where the breach is a refund more than 15 days late (counted from the request for
 * a faulty item, Penalties Measures 8; from receiving the return for a 7-day return, Returns Measures 31), the step
 * says so, rather than calling the seller's words a breach already; where the return reached the seller more than 15
 * days ago (`returnedOn`), the delay has already happened and the step says so, with the date. A refusal as "excluded"
 * that the user did not confirm at purchase ('unconfirmed-exclusion') is named by Returns Measures 31(1). A price
 * promise refused ('price-promise') is listed as price fraud in the pricing rules (Art. 19(5)); whether this refusal
 * is one is the regulator's to decide, so the step says "may". `ended`: mediation has ended, so no complaint is made
 * beside it (audit O, L1).
 */
export function reportViolation(
  words: PlanWords,
  ground?:
    | 'request'
    | 'request-conditional'
    | 'return'
    | 'price-promise'
    | 'unconfirmed-exclusion'
    | 'returned-damaged'
    | 'returned-damaged-conditional'
    | 'conditional'
    | PutRightGround,
  returnedOn?: IsoDate,
  ended = false,
): PlanStep {
  const how = lines(words, [ended ? 'step.report.how.1.ended' : 'step.report.how.1']);
  // The right or missing items asked for, not a return: CRPL 56(1)(8) and Penalty Measures 8 name that duty itself
  // (更换, 补足商品数量), so the step names it (audit 10-b, L1).
  if (isPutRight(ground))
    return step({
      ...fixed(words, 'report'),
      what: words.say(`step.report.what.${ground}`),
      why: words.say('step.report.why.put-right'),
      claims: ['refusal-can-be-fined', 'put-right-refusal-fined'],
      how,
      attach: ['chat', 'order-page'],
      guides: ['report-to-regulator'],
    });
  // Said to have arrived damaged, or refused for a reason that holds if the item was not intact (audit P, M6): a
  // breach only if the seller's reason does not hold, which is the point in dispute.
  if (ground === 'returned-damaged' || ground === 'returned-damaged-conditional' || ground === 'conditional') {
    // Reported only once the refund is 15 days late (build.ts), so the day the seller had the return is known.
    if (!returnedOn) throw new Error('A report over a disputed return needs the day the seller received it');
    // Back after the 7 days: a fault's delay, counted from the request (Penalty Measures 8; audit V, M1).
    const afterSeven = ground === 'returned-damaged-conditional';
    return step({
      ...fixed(words, 'report'),
      what: words.say(afterSeven ? 'step.report.what.returned-damaged.conditional' : `step.report.what.${ground}`, {
        date: { date: returnedOn },
      }),
      claims: ['refusal-can-be-fined', afterSeven ? 'quality-delay-fined' : 'late-refund-fined'],
      how,
      attach: ['chat', 'order-page'],
      guides: ['report-to-regulator'],
    });
  }
  const promise = ground === 'price-promise';
  const unconfirmed = ground === 'unconfirmed-exclusion';
  const passed = !promise && returnedOn !== undefined;
  // A return over a fault: its 15 days run from the buyer's request (Penalty Measures 8), not from the seller's
  // receipt, which is the 7-day no-reason return's rule (Returns Measures 31); audit 10, a-L2 and b-M5. Sent back
  // after the 7 days: a breach only if the seller neither refunds nor puts the item right (audit T, M4).
  const fromRequest = ground === 'request' || ground === 'request-conditional';
  return step({
    ...fixed(words, 'report'),
    ...(promise
      ? {
          title: words.say('step.report.title.price-promise'),
          what: words.say(ended ? 'step.report.what.price-promise.ended' : 'step.report.what.price-promise'),
          why: words.say('step.report.why.price-promise'),
        }
      : unconfirmed
        ? { what: words.say('step.report.what.unconfirmed-exclusion') }
        : passed
          ? {
              what: words.say(
                ground === 'request-conditional'
                  ? 'step.report.what.late-passed.request.conditional'
                  : fromRequest
                    ? 'step.report.what.late-passed.request'
                    : 'step.report.what.late-passed',
                { date: { date: returnedOn } },
              ),
            }
          : ground
            ? {
                what: words.say(
                  ground === 'request-conditional'
                    ? 'step.report.what.late-from-request.conditional'
                    : `step.report.what.late-from-${ground}`,
                ),
              }
            : {}),
    claims: promise
      ? ['price-promise-refused-fraud']
      : unconfirmed
        ? ['refusal-can-be-fined', 'unconfirmed-exclusion-fined']
        : fromRequest
          ? ['refusal-can-be-fined', 'quality-delay-fined']
          : passed
            ? ['refusal-can-be-fined', 'late-refund-fined']
            : ['refusal-can-be-fined'],
    how,
    attach: ['chat', 'order-page'],
    guides: ['report-to-regulator'],
  });
}

/** A report over the right or missing items refused: what came, as whatCame reads it. */
export type PutRightGround = `put-right.${ReturnType<typeof whatCame>}`;

const isPutRight = (ground: string | undefined): ground is PutRightGround => !!ground?.startsWith('put-right.');

/**
 * A fake, or a description the user says was meant to deceive: itself a breach the regulator can penalise (CRPL
 * 56(1)(2), (6)). A report is handled apart from any complaint, so it stays open after mediation has ended.
 */
export function reportFalseSale(
  kind: 'fake' | 'false-description',
  mediationEnded: boolean,
  words: PlanWords,
): PlanStep {
  return step({
    ...fixed(words, 'report'),
    title: words.say(`step.report.title.${kind}`),
    what: words.sentences(
      words.say(`step.report.what.${kind}`),
      words.say(`step.report.apart.${mediationEnded ? 'ended' : 'beside'}`),
    ),
    why: words.say(`step.report.why.${kind}`),
    claims: [kind === 'fake' ? 'fakes-can-be-penalised' : 'false-claims-can-be-penalised'],
    how: lines(words, ['step.report.how.false-sale']),
    attach: ['listing', 'photos', 'order-page'],
    guides: ['report-to-regulator'],
  });
}

/**
 * The court, after a last written demand. `demandOn`: the day the plan is built, where the plan gives that demand as a
 * message (the case's own ask, facts and law, with court named as what follows); absent where the seller may be right,
 * or where nothing was asked before (a fake "original price": its how-lines say what to claim).
 */
export function goToCourt(r: Reading, c: CaseBasis, words: PlanWords, demandOn?: IsoDate): PlanStep {
  // The delivery address is the place of performance only for goods sent to the buyer (SPC CPL
  // Interpretation Art. 20). A trip, a ticket, a course or a download was not: those cases name the general rule, and
  // leave out the testing of goods that takes a case off the small-claims track.
  const service = r.facts.problem === 'tickets-and-travel' || r.facts.problem === 'digital-goods-and-courses';
  const extra = asidesFor(r, 'court');
  // A fake "original price" has no refund to sue for: what a court can award is the 3× for deceit (CRPL 55), which
  // the case's own rule (the pricing ban, for the regulator) does not name.
  const priceFraud = r.facts.problem === 'price-protection' && r.facts.pricePromise === 'fake-original';
  const sentNow = r.facts.stage === 'regulator-ended' || (!r.consumer && r.facts.stage === 'platform-against');
  const lateFinal =
    r.facts.problem === 'late-delivery' && demandOn
      ? sentNow
        ? words.part('msg.ask.late-delivery.final', {
            date: { date: plusDays(demandOn, 7) },
            amount: { yuan: r.facts.amount },
          })
        : words.part('msg.ask.late-delivery.final.fill-in', { amount: { yuan: r.facts.amount } })
      : undefined;
  // A download bought online is a sale delivered online: performed where the buyer lives (SPC CPL Interp. Art. 20).
  const download = r.facts.problem === 'digital-goods-and-courses' && r.facts.itemKind === 'download';
  return step({
    ...fixed(words, 'court'),
    ...(service
      ? {
          what: words.say('step.court.what.service'),
          why: words.say('step.court.why.service'),
          takes: words.say('step.court.takes.service'),
        }
      : r.groupChat
        ? // No order page in a chat group: the address is the one the user gave the seller.
          { what: words.say('step.court.what.group-chat') }
        : {}),
    // No small claim against a party abroad (CPL 166): the step does not open by promising one.
    ...(r.facts.platform === 'cross-border'
      ? { what: words.say('step.court.what.cross-border'), takes: words.say('step.court.takes.cross-border') }
      : {}),
    claims: [
      service ? 'sue-where-performed' : 'sue-where-delivered',
      'small-claims',
      'court-fee',
      'limitation-3-years',
      // Its "takes" (not for a party abroad): two months for a small claim, and goods needing a test leave that track.
      ...(r.facts.platform === 'cross-border'
        ? []
        : service
          ? (['small-claims-two-months'] as const)
          : (['small-claims-two-months', 'testing-leaves-small-claims'] as const)),
      ...extra.map((a) => a.claim),
      ...c.claims,
      ...(priceFraud ? (['fraud-three-times'] as const) : []),
      ...(download ? (['sue-at-home-download'] as const) : []),
    ],
    // A fake "original price" was never asked about before: what to claim comes first, then the demand for it.
    how: lines(words, [
      ...(priceFraud
        ? (['step.court.how.price-fraud', 'step.court.how.1.price-fraud'] as const)
        : shopClosed(r)
          ? (['step.court.how.1.shop-closed'] as const)
          : sellerGone(r)
            ? (['step.court.how.ask-platform-details', 'step.court.how.1'] as const)
            : (['step.court.how.1'] as const)),
      service ? 'step.court.how.2.service' : 'step.court.how.2',
      ...(download ? (['step.court.how.download'] as const) : []),
      ...extra.map((a) => a.how),
    ]),
    // The court sees the evidence: for goods at fault, the listing as bought and any test report the user has too.
    attach: ['order-page', 'chat', ...(r.goodsFault ? (['listing'] as const) : []), ...heldReport(r)],
    guides: ['go-to-court'],
    ...(demandOn && !priceFraud
      ? {
          message: composeMessage(
            {
              id: 'final-demand',
              // A closed shop reads nothing: the last demand goes to the platform (its facts and law: caseBasis).
              to: shopClosed(r) ? 'platform' : 'seller',
              ...later(c),
              // A private seller that cannot be reached: the step has the user ask the platform for its details
              // first, so the demand can say what came of it (audit 14, H1).
              ...(sellerGone(r)
                ? {
                    happened: [
                      ...later(c).happened,
                      withPrivateForm(words, 'msg.happened.seller-unreachable.asked-platform'),
                    ],
                  }
                : {}),
              // Deceit the user says there was (a fake's message reserves the 3× in its own basis already).
              extra: [
                ...(c.laterExtra ?? []),
                // 卖家 to the platform (a closed shop's demand goes there), 贵店 to the shop (audit 13, L2).
                ...(r.facts.fraud && r.consumer && !later(c).basis.includes('fraud-reserved')
                  ? [
                      {
                        ...words.part('msg.extra.fraud-reserved.regulator'),
                        toSeller: words.part('msg.extra.fraud-reserved'),
                      },
                    ]
                  : []),
                // The platform's decision is part of what happened, told to the seller too (audit 11-b, H3).
                ...(r.app && r.facts.stage === 'platform-against' ? afterAsking(r, c, words, 'seller') : []),
              ],
              // Sent now where nothing else is left (mediation has ended; a private seller's platform has decided);
              // otherwise after the other rungs, on a date the user writes. A late delivery's demand carries its one
              // date in the ask (ship by then, or the contract ends), so it has no second reply date (audit 11-b, M6).
              ...(lateFinal ? { ask: lateFinal } : {}),
              replyBy: lateFinal ? false : sentNow ? true : 'fill-in',
              next: words.part('msg.next.court'),
            },
            r,
            demandOn,
            words,
          ),
        }
      : {}),
  });
}

export function punitiveDamages(r: Reading, words: PlanWords): PlanStep {
  // Who can claim what: 3 times the price with a ¥500 floor, 10 times with a ¥1,000 floor (the claims below).
  const price = r.facts.amount;
  const fraud = r.facts.fraud ? { yuan: Math.max(3 * price, 500) } : undefined;
  // The food 10× only where the food itself is in question (as the plan offers it): not for a wrong or short
  // delivery of food, nor a crushed box, claimed for a deceit (audit 10, found by the a-M5 test).
  const foodInQuestion = r.foodInQuestion;
  const food = foodInQuestion ? { yuan: Math.max(10 * price, 1000) } : undefined;
  // Someone was unwell: the losses come first, and 3 times the loss may be more than 10 times the price.
  const ill = r.madeIll;
  const ended = r.facts.stage === 'regulator-ended';
  const claims: ClaimId[] = [
    ...(r.facts.fraud ? (['fraud-three-times'] as const) : []),
    // A meal is cooked to order: no shelf life, but the 10× needs no injury (which a foreign object raises).
    ...(foodInQuestion
      ? r.unsafeMeal
        ? (['food-ten-times', 'food-no-harm-needed'] as const)
        : (['food-ten-times', 'expired-food-knowing'] as const)
      : []),
    // Its "what" says the losses come first, from the seller asked (FSL 148 para. 1).
    ...(foodInQuestion && ill ? (['food-losses-first-pay'] as const) : []),
  ];
  return step({
    id: 'punitive-damages',
    title: words.say('step.punitive-damages.title'),
    what:
      fraud && food
        ? words.say('step.punitive-damages.what.fraud-and-food', { fraud, food })
        : fraud
          ? words.say('step.punitive-damages.what.fraud', { fraud })
          : ill
            ? // The ¥1,000 floor is said once; ten times the price only where it is more.
              words.sentences(
                words.say('step.punitive-damages.what.food.ill'),
                ...(10 * price > 1000 ? [words.say('step.punitive-damages.ten-times', { food: food! })] : []),
              )
            : words.say('step.punitive-damages.what.food', { food: food! }),
    // Once the regulator's mediation has ended, the court is where it is claimed.
    why: words.say(ended ? 'step.punitive-damages.why.ended' : 'step.punitive-damages.why'),
    claims,
    // Food alone: its date label and photos are the evidence first; a test only if its condition is disputed.
    how: lines(words, [
      ended ? 'step.punitive-damages.how.where.ended' : 'step.punitive-damages.how.where',
      fraud
        ? 'step.punitive-damages.how.1'
        : r.facts.problem === 'food-delivery'
          ? 'step.punitive-damages.how.1.meal'
          : 'step.punitive-damages.how.1.food',
    ]),
    attach: ['listing', 'test-report'],
    takes: words.say(ended ? 'step.punitive-damages.takes.ended' : 'step.punitive-damages.takes'),
    moveOn: words.say('step.punitive-damages.moveOn'),
    guides: ['punitive-damages', ...(r.food ? ['food-and-health-products'] : [])],
  });
}
