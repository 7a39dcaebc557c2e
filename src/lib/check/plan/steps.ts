/**
 * The steps a plan can hold, each written once. Each step cites claims from the claim table (never bare law ids),
 * and the case's own claims ride along at every rung, so the plan never turns into a generic ladder once the
 * seller has said no. The builder (build.ts) picks and orders them.
 *
 * A step's words are in the plan texts under `step.<id>.*` (title, what, why, how.<n>, takes, moveOn) and its
 * message's in the message texts (`msg.*`); here the step chooses which texts and which values.
 */
import { plusDays, type IsoDate } from '../tree/dates';
import {
  receivedProblems,
  type ExcuseId,
  type GoodsProblemId,
  type PlatformId,
  type TripProblemId,
} from '../tree/questions';
import type { PlanTextKey } from '../texts/en/plan';
import type { Part, PartValues, PlanWords, Values } from '../texts/plan-words';
import type { MessageKey } from '../texts/en/messages';
import { lateRefundClaims, lawsOf, type ClaimId } from './claims';
import { hasPhotos, type EvidenceId } from './evidence';
import {
  afterSales,
  noLongerWanted,
  noReturnKind,
  orderDispute,
  secondHandBusiness,
  sellersError,
  whatCame,
  type AppPlatform,
  type Reading,
} from './facts';
import { composeMessage, whatIsWrong, type Basis, type MessageSpec, type Reply } from './messages';
import { saidInOneWord } from './summary';
import type { InTimeQuestion, PlanStep } from './types';

type Draft = Omit<PlanStep, 'laws'>;

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
// A claim named twice (the case's own and the step's) is cited once.
const step = (draft: Draft): PlanStep => {
  const claims = [...new Set(draft.claims)];
  return { ...draft, claims, laws: lawsOf(claims) };
};

/** Steps whose title, what, why, takes and moveOn are one text each (the type checks all five exist). */
type Field = 'title' | 'what' | 'why' | 'takes' | 'moveOn';
type FixedStep = {
  [K in PlanTextKey]: K extends `step.${infer S}.title`
    ? `step.${S}.${Field}` extends PlanTextKey
      ? S
      : never
    : never;
}[PlanTextKey];
/** A step's own texts; `what` may name something of the case (its `{name}`s filled from `whatValues`). */
const fixed = (words: PlanWords, id: FixedStep, whatValues?: Values) => ({
  id,
  title: words.say(`step.${id}.title`),
  what: words.say(`step.${id}.what`, whatValues),
  why: words.say(`step.${id}.why`),
  takes: words.say(`step.${id}.takes`),
  moveOn: words.say(`step.${id}.moveOn`),
});
const lines = (words: PlanWords, keys: readonly PlanTextKey[]) => keys.map((key) => words.say(key));
/** A sentence about "the seller" (卖家), with its form for a message to the seller itself (贵店). */
type AddressedKey =
  | 'msg.happened.seller-cancelled'
  | 'msg.happened.presale-seller-failed'
  | 'msg.happened.returned'
  | 'msg.happened.returned-damaged.claimed'
  | 'msg.happened.denied-fault'
  | 'msg.happened.refused-saying'
  | 'msg.happened.refused-as-excluded'
  | 'msg.extra.platform-refused'
  | 'msg.extra.platform-refused.silent';
/** With its form to a shop (贵店) and to a private seller (您): composeMessage picks the one for the reader. */
const addressed = (words: PlanWords, key: AddressedKey, values?: PartValues): Part => ({
  ...words.part(key, values),
  toSeller: words.part(`${key}.to-seller`, values),
  toPrivate: words.part(`${key}.to-private`, values),
});

/** Said of a private seller only: its form to the seller itself (您), the plain one (卖家) for the platform. */
type PrivateFormKey =
  | 'msg.ask.breach-remedy'
  | 'msg.ask.lower-price-or-refund'
  | 'msg.happened.seller-unreachable'
  | 'msg.happened.seller-unreachable.asked-platform';
const withPrivateForm = (words: PlanWords, key: PrivateFormKey, values?: PartValues): Part => ({
  ...words.part(key, values),
  toPrivate: words.part(`${key}.to-private`, values),
});

/** A seller that never answered is told of as silent, not as refusing, once the case moves on (audit 11-b, L1). */
const silence = (r: Reading) => (r.facts.sellerSaid === 'never-answered' ? ('.silent' as const) : ('' as const));

/**
 * What came of asking the seller (and the platform, once it decided), for 12315 and for the last demand. Where the
 * refusal is told already (quoted by withRefusalSaid, or its own sentence), only the platform's part is told: the same
 * refusal told twice reads as two (audit 12, L6; audit 13, L1).
 */
function afterAsking(r: Reading, c: CaseBasis, words: PlanWords, to: 'regulator' | 'seller'): Part[] {
  const decided = r.app && r.facts.stage === 'platform-against';
  if (c.refusalTold) return decided ? [words.part('msg.extra.platform-decided')] : [];
  if (!decided) return [words.part(`msg.extra.seller-refused${silence(r)}`)];
  return [
    to === 'seller'
      ? addressed(words, `msg.extra.platform-refused${silence(r)}`)
      : words.part(`msg.extra.platform-refused${silence(r)}`),
  ];
}

/** What this case rests on in law, and what to ask for: the same at every rung. */
export interface CaseBasis {
  claims: ClaimId[];
  basis: Basis[];
  ask: Part;
  /**
   * The ask in the messages to the platform and the regulator, where it differs: they go out later, when a date the
   * seller was given may have passed.
   */
  laterAsk?: Part;
  /** What happened and the law, in those later messages, where they add what the seller answered and its answer. */
  laterHappened?: Part[];
  laterBasis?: Basis[];
  /**
   * The rule that answers what the seller said, for the messages after its refusal (platform, 12315, the last demand),
   * where the reply is written for any reader (audit 11-b, M1).
   */
  laterExtra?: Reply[];
  /** The later messages quote what the seller said when it refused (withRefusalSaid). */
  refusalQuoted?: boolean;
  /**
   * The later messages tell the refusal already: quoted, or in a sentence of their own (an exclusion the user never
   * confirmed, a durable good's denied fault), so "contacted, not resolved" is not said again (audit 13, L1).
   */
  refusalTold?: boolean;
  /** What happened, in the message's words. */
  happened: Part[];
  guide: string;
}

/** What a message sent after the seller's answer says: the later facts, ask and law where the case has them. */
const later = (c: CaseBasis) => ({
  happened: c.laterHappened ?? c.happened,
  ask: c.laterAsk ?? c.ask,
  basis: c.laterBasis ?? c.basis,
});

/**
 * Unsafe food adds the Food Safety Law, as a takeaway's does (mealBasis): the message reserves the 10 times or 3 times
 * the loss, since whether the food broke the standards is for a test or a court to say. Where someone was unwell, the
 * losses are asked for too ("如因食用…产生…", as they may be none), on the contract (CC 577) and the food law.
 */
function withFoodLaw(
  chosen: Pick<CaseBasis, 'claims' | 'basis' | 'ask'>,
  r: Reading,
  words: PlanWords,
): Pick<CaseBasis, 'claims' | 'basis' | 'ask'> {
  const ill = r.madeIll;
  return {
    claims: [
      ...chosen.claims,
      'food-ten-times',
      ...(ill ? (['breach-damages', 'food-losses-first-pay'] as const) : []),
    ],
    basis: [...chosen.basis, ...(ill ? (['breach-damages'] as const) : []), 'food-reserved'],
    ask: ill ? words.part('msg.ask.with-food-costs', { ask: chosen.ask }) : chosen.ask,
  };
}

export function caseBasis(r: Reading, today: IsoDate, words: PlanWords): CaseBasis {
  const c = withRefusalSaid(r, withDeniedDurable(r, caseBasisBeforeClosing(r, today, words), words), words);
  // A private seller gone quiet has no shop, and the platform owes nothing for it (CRPL 44 is consumer law): the
  // messages say the seller cannot be reached (audit 13, M2), which tells the request's fate: no "contacted, not
  // resolved" beside it (audit 14, L1). The platform is asked for its details, and the last demand says so once the
  // court step has had the user ask (audit 14, H1).
  if (sellerGone(r))
    return {
      ...c,
      laterHappened: [...(c.laterHappened ?? c.happened), withPrivateForm(words, 'msg.happened.seller-unreachable')],
      refusalTold: true,
    };
  if (!shopClosed(r)) return c;
  // A shop on an app that has closed: the messages after the platform was asked for the seller's details (to the
  // platform, 12315 and the last demand, which goes to the platform) say so, what it answered, and the rule that then
  // makes the platform answerable (CRPL 44; audit 10-a, M4).
  return {
    ...c,
    laterHappened: [
      ...(c.laterHappened ?? c.happened),
      words.part('msg.happened.shop-closed'),
      words.part('msg.happened.shop-closed.asked-platform'),
    ],
    laterBasis: [...(c.laterBasis ?? c.basis), 'platform-liable'],
    // "Closed or cannot be reached" is what came of asking it (audit 14, L1).
    refusalTold: true,
  };
}

/**
 * A durable good inside its 6 months, the seller saying it is not a quality problem: the platform, 12315 and the last
 * demand hear that denial and the rule that decides it (CRPL 23(3): the proof is the seller's), with the day the
 * problem was found as a fill-in; the regulator is the one that can name a testing body (audit 11-a, L4).
 */
function withDeniedDurable(r: Reading, c: CaseBasis, words: PlanWords): CaseBasis {
  // A fault, not a description: a misdescribed item's messages never speak of quality (the contradiction rules).
  if (!r.sellerProves || r.facts.sellerSaid !== 'not-a-quality-issue' || r.facts.problem !== 'defective-or-damaged')
    return c;
  return {
    ...c,
    claims: c.claims.includes('durable-burden') ? c.claims : [...c.claims, 'durable-burden'],
    laterHappened: [...(c.laterHappened ?? c.happened), addressed(words, 'msg.happened.denied-fault')],
    laterBasis: [...(c.laterBasis ?? c.basis), 'durable-burden'],
    refusalTold: true,
  };
}

/** What the seller said that is not words to quote: the shop closing, the platform's decision, "something else". */
const unquoted = [
  'shop-has-closed',
  'platform-has-decided',
  'never-answered',
  'something-else',
] as const satisfies readonly ExcuseId[];
type QuotedExcuse = Exclude<ExcuseId, (typeof unquoted)[number]>;
const quoted = (said: ExcuseId | 'none'): said is QuotedExcuse =>
  said !== 'none' && !(unquoted as readonly string[]).includes(said);

/**
 * The seller refused, saying something the user chose: the platform, 12315 and the last demand hear what it said, a
 * fact, where no other later fact already tells the refusal (audit 11-b, M1, in part: the rule that answers it stays
 * in the reply to the seller). "Not a quality problem" is quoted only for a fault: a misdescribed, wrong or fake
 * item's messages never speak of quality.
 */
function withRefusalSaid(r: Reading, c: CaseBasis, words: PlanWords): CaseBasis {
  const said = r.facts.sellerSaid;
  if (!quoted(said) || c.laterHappened) return c;
  if (said === 'not-a-quality-issue' && r.facts.problem !== 'defective-or-damaged') return c;
  // Nor "you signed for it" for a parcel that never came: its messages never repeat "signed", even in the seller's words.
  if (said === 'signed-for-no-refund' && r.facts.problem === 'lost-or-not-delivered') return c;
  return {
    ...c,
    laterHappened: [
      ...c.happened,
      addressed(words, 'msg.happened.refused-saying', {
        // A restaurant sends the buyer to the rider, not a courier.
        excuse: words.part(
          said === 'ask-the-courier' && r.facts.problem === 'food-delivery'
            ? 'msg.excuse.ask-the-courier.meal'
            : `msg.excuse.${said}`,
        ),
      }),
    ],
    refusalQuoted: true,
    refusalTold: true,
  };
}

/**
 * What a message asks once the goods are back with the seller: the refund. Part of the food bad: that part's price,
 * which is all the part rule it cites gives (CC 632); whether the rest went back too the check does not ask, so the
 * card offers the sentence for it rather than the message asserting it (audit S, L4). A box alone from a private
 * seller: a lower price with the item sent back, or a refund if the seller agrees, as its card says; the contract rule
 * the message cites lets the buyer choose only what is reasonable for the loss (CC 582; audit T, M2).
 */
const refundAsk = (r: Reading, words: PlanWords): Part =>
  r.badPart
    ? words.part('msg.ask.bad-part.returned')
    : !r.consumer && r.boxOnly
      ? withPrivateForm(words, 'msg.ask.lower-price-or-refund')
      : boxBackAfterSeven(r)
        ? // The seller hears its own form; the platform, 12315 and a court hear of "the seller" (audit W, L1).
          {
            ...words.part('msg.ask.packaging-or-refund.returned'),
            toSeller: words.part('msg.ask.packaging-or-refund.returned.to-seller'),
          }
        : // Medicine no longer wanted: its no-reason return is not settled, so the refund or the item back (audit V, M3).
          unwantedMedicine(r)
          ? words.part('msg.ask.refund-or-send-back')
          : words.part('msg.ask.refund-now');

/**
 * A box alone from a business, back with the seller after its 7 days: a box does not defeat the purchase, so the seller
 * may put it right as a box (a new box or a lower price, and the item back), as the date and the card say; the refund
 * is the seller's to agree to (CC 582; audit V, M2).
 */
const boxBackAfterSeven = (r: Reading): boolean => r.boxOnly && returnAfterSeven(r);

function caseBasisBeforeClosing(r: Reading, today: IsoDate, words: PlanWords): CaseBasis {
  const base = r.consumer ? caseBasisOf(r, today, words) : contractBasis(r, caseBasisOf(r, today, words), words);
  const f = r.facts;
  // Who answers for it, and whether consumer law applies at all, travel with the case at every rung.
  if (f.liveStream) base.claims.push('live-room-as-seller');
  // Whether the seller is a business is weighed as SPC Online 7 says, where the plan says so (an unsure seller; a
  // business on a second-hand platform, whose note says to keep its listings).
  if (f.seller === 'unsure' || secondHandBusiness(r)) base.claims.push('second-hand-business-test');
  // Once the item is back with the seller, every rung asks for the refund and says it was returned: not for a
  // return, a repair or a return address any more. A fault is still stated; a change of mind needs no reason, and
  // rests on the refund's own rule (Returns Measures 13), not on who paid the postage (CRPL 25).
  if (f.goodsBack && f.returnedOn) {
    const returned = addressed(words, 'msg.happened.returned', { date: { date: f.returnedOn, mark: 'returned' } });
    // A no-reason return that reached the seller after the 7 days: what counts is that it was asked for within them
    // (Returns Measures 10), the user's strongest fact, said with the day as a fill-in (audit 10-b, M3), or dated by a
    // refusal within the 7 days, which answered it (audit F, L3).
    const askedInTime =
      !r.returnForFault && f.receivedOn !== undefined && !r.returnedInTime
        ? [
            r.refusedInTime
              ? words.part('msg.happened.asked-no-reason-in-time.refused', { refused: { date: r.refusedInTime } })
              : words.part('msg.happened.asked-no-reason-in-time'),
          ]
        : [];
    const happened = r.returnForFault ? [...base.happened, returned] : [...askedInTime, returned];
    return {
      ...base,
      ...(r.returnForFault
        ? {}
        : {
            claims: [...base.claims, 'refund-within-7-days'],
            // Medicine: the refund rule holds if the seller accepts the return, which is not settled (audit V, M3).
            basis: [unwantedMedicine(r) ? 'refund-due-if-accepted' : 'refund-due'],
          }),
      happened,
      ask: refundAsk(r, words),
      // A seller that says the return arrived damaged: the platform and 12315, who decide it, hear that claim and
      // the user's side, a fill-in for what they can say (audit 10-b, M2).
      ...(f.sellerSaid === 'returned-damaged'
        ? { laterHappened: [...happened, addressed(words, 'msg.happened.returned-damaged.claimed')] }
        : {}),
    };
  }
  return base;
}

function caseBasisOf(r: Reading, today: IsoDate, words: PlanWords): CaseBasis {
  const f = r.facts;
  const part = words.part;
  const amount = { yuan: f.amount };
  const guide = f.problem;
  switch (f.problem) {
    case 'defective-or-damaged':
    case 'not-as-described':
    case 'counterfeit-goods':
    case 'wrong-or-missing-items': {
      // A box alone, within the 7 days, where the goods can go back without a reason: that return is what is asked
      // for, since the box may not be a quality problem (the caveat says so); the box is said as it is.
      if (r.boxRoute === 'no-reason') return { ...noReasonBasis(r, words), guide: 'defective-or-damaged' };
      // Within the 7 days, or the item went back within them, or the user says the return was asked for within them:
      // the return right is the plain one, and the last of these says when it was asked (audit 16, M3).
      const within = r.sevenDaysLeft !== undefined || r.returnedInTime || returnAskedInTime(r);
      const claims: ClaimId[] = within
        ? ['quality-return-7-days', 'quality-costs-on-seller']
        : ['quality-after-7-days', 'quality-costs-on-seller'];
      if (f.problem === 'not-as-described') claims.push('as-described');
      // A fake is a lie about the goods: the buyer reserves the 3× claim, without demanding it as if it were automatic.
      const fake = f.problem === 'counterfeit-goods';
      if (fake) claims.push('fraud-three-times');
      // Sending what is missing is performing the contract (CC 577), which the quality rules do not name.
      if (f.problem === 'wrong-or-missing-items') claims.push('breach-damages');
      // Signing presumes the quantity was checked (CC 623): where the plan says so, it cites it.
      if (r.missingUnfilmed) claims.push('signing-presumes-checked');
      const quality: Basis = within ? 'quality-7-days' : 'quality-after-7-days';
      // After the 7 days: a wrong item is the seller's main duty not yet done, so the message is the demand, and a
      // return follows if the right one is still not sent in a reasonable time (CC 563(3)). Something missing is a
      // part of the order, not its main duty: what is missing, or a refund for it (CC 582); all of it back only where
      // that defeats the purchase. A box alone: intact packaging or a lower price (CC 582).
      // A box alone with no return open (fresh food, medicine) asks the same within the 7 days.
      const later = within && !r.boxRoute ? undefined : r.laterRemedy;
      // A wrong or short delivery the buyer wants put right, not returned: the message asks for what they chose.
      // Sending the right items is the seller putting its performance right (CC 577), at its cost (CRPL 24 for an
      // exchange); a refund of what is missing is a lower price for what came (CC 582).
      const chosen: Pick<CaseBasis, 'claims' | 'basis' | 'ask'> =
        r.putRight === 'send-what-is-right'
          ? {
              claims: [...claims, 'breach-remedies'],
              // Putting the order right is the contract's remedy (CC 577), said first; the quality rules' return
              // (CRPL 24) is what the buyer can still fall back on (audit 10-b, L1).
              basis: ['breach-damages', within ? 'quality-fallback-7-days' : 'quality-fallback-after-7-days'],
              // Short weight alone is made up by weight, not by sending items (audit 11-a, L6).
              ask: part(
                `msg.ask.send-what-is-right.${sellersError(f.symptoms) === 'short-weight' ? 'short-weight' : whatCame(f.symptoms)}`,
              ),
            }
          : r.putRight === 'refund-missing-part'
            ? {
                claims: r.missingUnfilmed ? ['breach-remedies', 'signing-presumes-checked'] : ['breach-remedies'],
                basis: ['breach-remedies'],
                ask: part('msg.ask.refund-missing-part'),
              }
            : r.badPart
              ? {
                  // Part of the food bad: that part's price back (CC 632), the rest kept.
                  claims: [...claims, 'part-of-goods'],
                  basis: [quality, 'part-of-goods'],
                  ask: part('msg.ask.bad-part'),
                }
              : {
                  // After 7 days a fake is still returned: selling one defeats the purpose of the sale (CC 563(4)).
                  claims:
                    fake && !within
                      ? [...claims, 'fake-defeats-purpose']
                      : later === 'wrong-item'
                        ? [...claims, 'end-after-demand']
                        : later === 'missing-items'
                          ? [...claims, 'breach-remedies']
                          : // A box is the contract's remedies alone: the quality rules are about the goods.
                            later === 'packaging'
                            ? ['breach-remedies']
                            : claims,
                  basis: fake
                    ? within
                      ? [quality, 'fraud-reserved']
                      : [quality, 'fake-defeats-purpose', 'fraud-reserved']
                    : later === 'wrong-item'
                      ? [quality, 'late-end']
                      : later === 'missing-items'
                        ? [quality, 'breach-remedies']
                        : later === 'packaging'
                          ? ['breach-remedies']
                          : // A wrong or short delivery sent back whole: the seller did not perform as agreed (CC 577),
                            // said first, so "it is not a quality problem" does not answer it (guides audit A, M5).
                            f.problem === 'wrong-or-missing-items'
                            ? ['breach-damages', quality]
                            : [quality],
                  // After 7 days (and for a box with no return open) the remedy fits what went wrong: nobody repairs a
                  // fake, a wrong size, a missing part or food.
                  ask: !later
                    ? part('msg.ask.quality-return', { amount })
                    : part(later === 'repair' ? 'msg.ask.quality-remedy' : `msg.ask.quality-remedy.${later}`),
                };
      return {
        ...(r.unsafeFood ? withFoodLaw(chosen, r, words) : chosen),
        happened: [whatIsWrong(f.problem, r, words), ...(returnAskedInTime(r) ? [returnRequest(r, words)] : [])],
        guide,
      };
    }
    case 'changed-my-mind':
      return { ...noReasonBasis(r, words), guide };
    case 'lost-or-not-delivered':
      return {
        claims: f.signedNotReceived
          ? ['deliver-as-promised', 'risk-until-delivery', 'signing-needs-consent']
          : ['deliver-as-promised', 'risk-until-delivery'],
        // A locker the user never agreed to: the rule that the courier needs consent (Express Market Measures 28).
        basis: f.lockerNotAgreed ? ['delivery', 'locker-needs-consent'] : ['delivery'],
        // "Send it again" only where the tracking says it was delivered once; a parcel that never came may never have
        // been sent, so it is asked to be delivered.
        ask: part(f.signedNotReceived ? 'msg.ask.delivery' : 'msg.ask.delivery.not-arrived', { amount }),
        happened: [
          part(
            f.lockerNotAgreed
              ? 'msg.happened.locker-not-received'
              : f.signedNotReceived
                ? 'msg.happened.signed-not-received'
                : 'msg.happened.not-received',
          ),
        ],
        guide,
      };
    case 'late-delivery': {
      const by = { date: plusDays(today, 7) };
      return {
        claims: ['deliver-as-promised', 'end-after-demand'],
        basis: ['delivery', 'late-end'],
        ask: part('msg.ask.late-delivery', { date: by, amount }),
        laterAsk: part('msg.ask.late-delivery.later', { date: by, amount }),
        happened: [part('msg.happened.late-delivery')],
        guide,
      };
    }
    case 'food-delivery':
      return mealBasis(r, words);
    case 'tickets-and-travel':
      return tripBasis(r, words);
    case 'seller-cancelled-order':
      // Paid and submitted: the contract exists, so cancelling it is a breach unless a court annuls it.
      return {
        // Delivery, or the price back with damages once the seller has made clear it will not deliver (CC 563, 566).
        claims: ['order-forms-contract', 'breach-remedies-damages', 'cancelled-by-provider'],
        basis: ['order-formed'],
        ask: part('msg.ask.perform-or-compensate'),
        happened: [addressed(words, 'msg.happened.seller-cancelled')],
        guide,
      };
    case 'price-protection':
      // What can be asked for is what was promised; a fake "original price" is for the regulator to judge.
      if (f.pricePromise === 'promised')
        return {
          claims: ['promises-binding'],
          basis: ['price-promise'],
          ask: part('msg.ask.price-difference'),
          happened: [part('msg.happened.price-dropped')],
          guide,
        };
      // Nothing is asked of the seller in these two (build.ts sends no message), so this ask is never shown.
      return {
        claims:
          f.pricePromise === 'fake-original' ? ['fake-discount-banned'] : ['no-reason-return', 'no-reason-good-faith'],
        basis: [],
        ask: part('msg.ask.price-difference'),
        happened: [],
        guide,
      };
    case 'pre-sale-deposits': {
      // The message names the payment only as the user did: 定金 or 订金 when they said which, neither when unsure.
      const happened = [
        f.presaleWho === 'seller-failed'
          ? addressed(words, 'msg.happened.presale-seller-failed')
          : part('msg.happened.presale-not-completed'),
      ];
      if (r.presale === 'double')
        return {
          claims: ['earnest-doubled'],
          basis: ['earnest-double'],
          ask: part('msg.ask.earnest-double'),
          happened,
          guide,
        };
      // An advance payment the seller did not deliver on is a prepayment to be refunded (CRPL 53), as well as no 定金.
      if (r.presale === 'refund')
        return f.presaleWho === 'seller-failed'
          ? {
              claims: ['advance-not-earnest', 'prepaid-refund'],
              basis: ['advance', 'prepaid'],
              ask: part('msg.ask.advance'),
              happened,
              guide,
            }
          : { claims: ['advance-not-earnest'], basis: ['advance'], ask: part('msg.ask.advance'), happened, guide };
      return {
        claims: ['earnest-doubled', 'advance-not-earnest'],
        basis: [],
        ask: part(r.presale === 'at-least-refund' ? 'msg.ask.presale-at-least' : 'msg.ask.presale-payment'),
        happened,
        guide,
      };
    }
    case 'digital-goods-and-courses':
      // A service: the user's own answer says whether it was provided. "Not provided as agreed" is never assumed.
      if (f.serviceProblem === 'changed-mind')
        return r.coolingOff
          ? {
              claims: ['prepaid-cooling-off'],
              basis: ['cooling-off'],
              ask: part('msg.ask.prepaid-principal', { amount }),
              happened: [part('msg.happened.changed-mind-service')],
              guide,
            }
          : {
              // Past the 7 days a refund is not ruled out: the rules count one made for the buyer's own reasons (used
              // parts at the price before any discount), and a term taking away a refund the law gives is void (SPC
              // Prepaid 19, 9). The user asks for the unused part, at a sum only they can work out.
              claims: ['prepaid-cooling-off', 'prepaid-own-reason', 'prepaid-refund'],
              basis: ['prepaid-own-reason'],
              ask: part('msg.ask.prepaid-unused'),
              happened: [part('msg.happened.changed-mind-service.late')],
              guide,
            };
      if (f.serviceProblem === 'auto-renewed')
        return {
          claims: ['renewal-needs-choice', 'terms-must-be-pointed-out'],
          basis: ['auto-renewal'],
          ask: part('msg.ask.auto-renewal'),
          happened: [part('msg.happened.auto-renewed')],
          guide: 'memberships-and-auto-renewal',
        };
      if (f.itemKind === 'service')
        return {
          // Not provided as agreed: the business's doing, so the unused part comes back with interest at the LPR and
          // what was given is counted at the price paid (SPC Prepaid 16, 18). The sum is the user's to work out.
          claims: ['prepaid-refund', 'prepaid-interest-lpr', 'prepaid-used-at-discount'],
          basis: ['prepaid', 'prepaid-interest'],
          ask: part('msg.ask.prepaid'),
          happened: [part('msg.happened.prepaid')],
          guide,
        };
      // A download said to be faulty rests on its description, and the fix or refund on the contract's remedies
      // (CC 582: CRPL 23 sets the duty, not what is owed); one the user no longer wants, on the exclusion.
      if (f.downloadProblem === 'not-as-described')
        return {
          claims: ['as-described', 'breach-remedies'],
          basis: ['as-described', 'breach-remedies'],
          ask: part('msg.ask.download'),
          happened: [part('msg.happened.download')],
          guide,
        };
      return {
        claims: ['no-reason-excluded', 'as-described'],
        basis: [],
        ask: part('msg.ask.download'),
        happened: [part('msg.happened.download')],
        guide,
      };
    default:
      return noBasis(f.problem);
  }
}

/** The seller says the item is used, or a hygiene seal is broken: whether it is still intact is in dispute. */
const conditionDisputed = (r: Reading): boolean =>
  // Not once the user has said they only checked it: then they promise it goes back intact.
  (r.facts.sellerSaid === 'tags-off-or-used' && r.facts.usedBeyondChecking !== false) ||
  (r.facts.sellerSaid === 'opened-so-no-return' && r.sealed);

/**
 * The 7-day return without a reason (CRPL 25). The user promises the item goes back intact, unless the seller says it
 * is used or its seal broken: then that is the question, and the message does not answer it for them. A box alone
 * (boxRoute) is said as it came, and the promise leaves out the damage it already had, which "intact" (Returns
 * Measures 8: the item, its accessories and brand marks) is not about.
 */
function noReasonBasis(r: Reading, words: PlanWords): Omit<CaseBasis, 'guide'> {
  const box = r.boxRoute === 'no-reason';
  // Past the 7 days, what counts is that the return was asked for within them: said with the day as a fill-in,
  // not as a request made now (audit 11-b, H2).
  const happened = r.noReasonLate
    ? [
        // (A box alone has its no-reason route only within the 7 days, so it never reads this.) A change of mind is
        // only ever a return: a refusal within the 7 days dates the request for it (audit 17, L3).
        r.refusedInTime
          ? words.part('msg.happened.asked-no-reason-in-time.refused', { refused: { date: r.refusedInTime } })
          : words.part('msg.happened.asked-no-reason-in-time'),
        ...(conditionDisputed(r) ? [] : [words.part('msg.happened.no-reason-return.intact')]),
      ]
    : [
        ...(box ? [words.part('msg.happened.box-damaged')] : []),
        words.part(
          conditionDisputed(r)
            ? 'msg.happened.no-reason-return.disputed'
            : box
              ? 'msg.happened.no-reason-return.box'
              : 'msg.happened.no-reason-return',
        ),
      ];
  // Refused as "excluded" though the user confirmed nothing at checkout: the platform and the regulator hear the
  // refusal and the fact it turns on, with its rule (Regs 19); the seller hears them in the reply to its excuse.
  const unconfirmed =
    r.facts.sellerSaid === 'item-excluded-from-returns' && r.facts.exclusionConfirmed === 'not-confirmed';
  return {
    claims: ['no-reason-return', 'no-reason-postage'],
    basis: ['no-reason'],
    ask: words.part('msg.ask.no-reason-return'),
    happened,
    ...(unconfirmed
      ? {
          laterHappened: [...happened, addressed(words, 'msg.happened.refused-as-excluded')],
          laterBasis: ['no-reason', 'exclusion-needs-confirmation'] as Basis[],
          refusalTold: true,
        }
      : {}),
  };
}

/**
 * A person selling their own things owes no consumer-law duty (the 7-day returns, the return postage, 12315), nor
 * the E-Commerce Law's, which binds businesses: what they owe is what the contract says, under the Civil Code. The
 * case keeps what happened; the law and the ask become the contract's. A pre-sale already rests on it.
 */
function contractBasis(r: Reading, consumer: CaseBasis, words: PlanWords): CaseBasis {
  const f = r.facts;
  // What only consumer law gives (the 7-day return of what is unwanted, a price difference nobody promised) is not owed,
  // unless the "private" seller is in business: nothing is asked, so no message basis.
  if (r.privateNoRight)
    return {
      ...consumer,
      claims: noLongerWanted(f) ? ['no-reason-return', 'second-hand-business-test'] : ['second-hand-business-test'],
      basis: [],
    };
  switch (f.problem) {
    case 'pre-sale-deposits':
      // A prepayment a business did not deliver on comes back under CRPL 53; between private people the buyer can end
      // a sale the seller has not performed once a demand has gone unheeded (CC 563), as for a late delivery, and 订金
      // is still no 定金 to keep (audit 13, M1; audit 14, L7).
      return {
        ...consumer,
        claims: consumer.claims.map((id) => (id === 'prepaid-refund' ? 'end-after-demand' : id)),
        basis: consumer.basis.map((id) => (id === 'prepaid' ? 'late-end' : id)),
      };
    case 'digital-goods-and-courses':
      return privateService(r, consumer, words);
    case 'lost-or-not-delivered':
      // The risk stays with the seller until delivery (CC 604), and for a sale agreed online and sent by courier,
      // delivery is the recipient's signature (CC 512): the half of the argument that answers "it left my hands".
      return {
        ...consumer,
        claims: f.signedNotReceived
          ? ['delivery-on-signature', 'risk-until-delivery', 'signing-needs-consent']
          : ['delivery-on-signature', 'risk-until-delivery'],
        basis: ['delivery-on-signature', 'risk-until-delivery'],
      };
    case 'late-delivery':
      return { ...consumer, claims: ['end-after-demand'], basis: ['late-end'] };
    case 'seller-cancelled-order':
    case 'price-protection':
      // An order a seller took and then cancelled, or a price promise it made: a contract not kept.
      return { ...consumer, claims: ['breach-remedies-damages'], basis: ['breach-damages'] };
    case 'wrong-or-missing-items':
      // The right items sent, or a lower price for what came, are the contract's own remedies (CC 577, 582): a private
      // seller owes them too, so the buyer's choice stands.
      if (r.putRight === 'send-what-is-right')
        return {
          ...consumer,
          claims: ['breach-remedies', 'breach-damages'],
          basis: ['breach-remedies', 'breach-damages'],
        };
      if (r.putRight === 'refund-missing-part') return consumer;
      return contractRemedy(r, consumer, words);
    default:
      return contractRemedy(r, consumer, words);
  }
}

/**
 * Faulty, misdescribed, fake or wrong goods, and a download or service not as agreed, from a private seller: the
 * contract's remedies (CC 582), named for what went wrong, as after the 7 days from a shop (laterRemedy). Nobody
 * repairs food, a fake or a wrong item, and a person selling their own used thing has no second one to swap: a
 * faulty one is asked back, repaired at the seller's cost, or cheaper (audit 10-b, L2).
 */
function contractRemedy(r: Reading, consumer: CaseBasis, words: PlanWords): CaseBasis {
  const later = r.laterRemedy;
  // Between private people what was agreed is what the seller said: its words, a fill-in, are what "not as agreed"
  // is measured against (audit 10-b, M1); for a fake, that it was genuine.
  const listingSaid = words.part(
    r.facts.problem === 'counterfeit-goods'
      ? 'msg.happened.private.listing-said.fake'
      : 'msg.happened.private.listing-said',
  );
  // Part of the food bad: that part's price back, between private people too (CC 632).
  if (r.badPart)
    return {
      ...consumer,
      happened: [...consumer.happened, listingSaid],
      claims: ['breach-remedies', 'part-of-goods'],
      basis: ['breach-remedies', 'part-of-goods'],
      ask: words.part('msg.ask.bad-part'),
    };
  const amount = { amount: { yuan: r.facts.amount } };
  return {
    ...consumer,
    ...(r.goodsFault ? { happened: [...consumer.happened, listingSaid] } : {}),
    claims: ['breach-remedies'],
    basis: ['breach-remedies'],
    ask:
      later === 'consumable' || later === 'not-as-described' || later === 'missing-items'
        ? words.part(`msg.ask.breach-remedy.${later}`, amount)
        : later === 'packaging'
          ? words.part('msg.ask.quality-remedy.packaging', amount)
          : later === 'wrong-item' || later === 'wrong-or-missing-items' || later === 'counterfeit-goods'
            ? words.part('msg.ask.breach-remedy.return', amount)
            : // The repair is the seller's to pay: 您 to the seller, 卖家 to the platform (audit 13, M3).
              withPrivateForm(words, 'msg.ask.breach-remedy', amount),
  };
}

/**
 * A course, a membership or a download from a private seller: neither sent back nor repaired, so each keeps its own
 * ask (audit 13, L4), on what the contract gives (audit 14, M1). A download not as described: a fix or a refund
 * (CC 582). A course not given: the rest of it, or the money for the part not given, without the prepayment's interest
 * (a business's duty, CRPL 53); its seller answers for not performing (CC 577). A renewal charged without a reminder
 * breaks a business's duty, not a contract: asked for, with no article claimed.
 */
function privateService(r: Reading, consumer: CaseBasis, words: PlanWords): CaseBasis {
  const f = r.facts;
  if (f.serviceProblem === 'auto-renewed') return { ...consumer, claims: [], basis: [] };
  if (f.itemKind === 'service')
    return {
      ...consumer,
      claims: ['breach-damages'],
      basis: ['breach-damages'],
      ask: words.part('msg.ask.prepaid.private'),
    };
  return { ...consumer, claims: ['breach-remedies'], basis: ['breach-remedies'] };
}

/**
 * A takeaway: what went wrong decides the law. A wrong, missing or spilled dish is a contract not kept (remake it or
 * refund that part); lateness is a time not kept, worth what was promised; spoiled food, a foreign object or illness
 * add the Food Safety Law, whose 10× the message only reserves, since whether the food broke the standards is for a
 * test or a court to say.
 */
function mealBasis(r: Reading, words: PlanWords): CaseBasis {
  const part = words.part;
  const { mealProblem: problem, mealDetail: detail } = r.facts;
  // The walk always asks them for a takeaway: a plan without them would guess, so it is a caller's bug.
  if (!problem) throw new Error('A takeaway plan needs an answer to "meal-problem"');
  // The one fact the message states: the detail where the problem covers two, otherwise the problem itself.
  const fact =
    detail ?? (problem === 'late' || problem === 'foreign-object' || problem === 'made-ill' ? problem : undefined);
  if (!fact) throw new Error('A takeaway plan needs an answer to "meal-detail"');
  const happened = [part(`msg.happened.meal.${fact}`)];
  const guide = 'food-delivery';
  // Told to take it up with the rider: the platform and the regulator hear it, with the article that answers it (the
  // seller bears the risks of delivery, ECL 20). The restaurant's own reply step answers it to the restaurant.
  const rider =
    r.facts.sellerSaid === 'ask-the-courier'
      ? {
          laterHappened: [...happened, part('msg.happened.meal.told-ask-the-rider')],
          laterBasis: ['meal-remedy', 'delivery'] as Basis[],
        }
      : {};
  if (problem === 'late')
    return {
      claims: ['deliver-as-promised', 'promises-binding'],
      basis: ['delivery'],
      // What was promised for lateness is asked for; with no promise, a sum the user names (the plan says it may be
      // little), never "if there was a promise", which leaves the restaurant to work out the user's claim.
      ask: part(r.facts.latePromise ? 'msg.ask.meal-late.promised' : 'msg.ask.meal-late.not-promised'),
      happened: r.facts.latePromise ? [...happened, part('msg.happened.meal.late-promised')] : happened,
      guide,
    };
  if (detail === 'wrong-dish' || detail === 'missing-dish' || detail === 'spilled' || detail === 'packaging-broken')
    return {
      claims: ['deliver-as-promised', 'breach-remedies'],
      basis: ['meal-remedy'],
      // To the restaurant, on the day: put it right or refund that part. Later (the reply to its refusal, the platform,
      // the regulator), a remade meal no longer fits: the part's price, which only the user knows (audit 16, M1).
      ask: part(r.facts.stage === 'nothing' ? `msg.ask.meal-remedy.${detail}` : `msg.ask.meal-part-refund.${detail}`),
      laterAsk: part(`msg.ask.meal-part-refund.${detail}`),
      happened,
      ...rider,
      guide,
    };
  const amount = { yuan: r.facts.amount };
  const ill = problem === 'made-ill';
  return {
    claims: ill
      ? ['breach-remedies', 'breach-damages', 'food-losses-first-pay', 'food-ten-times']
      : ['breach-remedies', 'food-ten-times', 'food-no-harm-needed'],
    basis: ill ? ['meal-remedy', 'breach-damages', 'food-reserved'] : ['meal-remedy', 'food-reserved'],
    ask: part(ill ? 'msg.ask.meal-refund-and-costs' : 'msg.ask.meal-refund', { amount }),
    happened,
    guide,
  };
}

/**
 * A trip or ticket: who cancelled decides the law. The agency cancelling for too few people refunds everything (Tourism
 * Law 63); the traveller cancelling gets back what was not spent (Tourism Law 65, SPC Travel 12); a flight, train or
 * show called off by the other side may be ended and undone (CC 563, 566). A fee never pointed out may not be part of
 * the contract (CC 496), and a pre-ticked add-on breaks the SAMR rule (Online Trade Measures 17).
 */
function tripBasis(r: Reading, words: PlanWords): CaseBasis {
  const problem = r.facts.tripProblem;
  if (!problem) throw new Error('A trip plan needs an answer to "trip-problem"');
  const { claim, ask } = tripLaw[problem];
  return {
    claims: [claim],
    // Each situation's message quotes its own article (msg.basis.<situation>).
    basis: [problem],
    ask: words.part(ask, { amount: { yuan: r.facts.amount } }),
    happened: [words.part(`msg.happened.trip.${problem}`)],
    guide: 'tickets-and-travel',
  };
}

/** What each trip situation rests on, and what its message asks for. */
const tripLaw: Readonly<Record<TripProblemId, { claim: ClaimId; ask: MessageKey }>> = {
  'tour-too-few': { claim: 'tour-full-refund', ask: 'msg.ask.trip-full-refund' },
  'tour-i-cancelled': { claim: 'tour-balance-refund', ask: 'msg.ask.trip-balance' },
  'provider-cancelled': { claim: 'cancelled-by-provider', ask: 'msg.ask.trip-full-refund' },
  'hidden-fee': { claim: 'terms-must-be-pointed-out', ask: 'msg.ask.trip-fee-back' },
  'add-on': { claim: 'no-pre-ticked-add-ons', ask: 'msg.ask.add-on' },
};

/** Every problem has its basis above: a new one in the tree without a case here is a type error. */
function noBasis(problem: never): never {
  throw new Error(`No legal basis for the problem "${String(problem)}"`);
}

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
  const care = lines(words, goodsCare(r)).filter((line) => s.how.includes(line));
  return toSeller ? { ...s, how: [...lines(words, ['step.how.group-chat']), ...care] } : s;
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
const heldReport = (r: Reading) => (r.facts.evidence.includes('test-report') ? (['test-report'] as const) : []);

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
 * A faulty item past its 7 days, with the seller already asked: the first request may have come within the 7 days.
 * "Do this today" asks whether it was for a return (the `asked-return` answer; until answered, the step gives the
 * sentence to add, with the date as a fill-in mark: the plan never writes a date the user did not give), and the plan
 * leaves to whoever decides whether it still counts. Not for a fake, whose message already asks for the return. Said
 * once, where the message to send is (build.ts), and in "Do this today".
 */
export function asksInTime(r: Reading): boolean {
  // The seller was asked at every later stage too: a request made in time still counts when 12315 or a court hears it
  // (audit 10-a, L5: a vacuum that failed on about day 7, after the platform sided with the seller).
  // Sent back after the 7 days, too: the refund then rests on that request, if it was one (audit G, M3).
  const contacted = (
    ['seller-refused', 'seller-silent', 'sent-back', 'platform-against', 'regulator-ended'] as const
  ).some((stage) => stage === r.facts.stage);
  const past = r.goodsFault && !r.putRight && r.sevenDaysLeft === undefined && !r.returnedInTime;
  // Not against a private seller, whom the 7-day rule (CRPL 24) does not bind; nor where the message asks for no
  // return: a part of the food bad (its price back) or a box alone (intact packaging or a lower price).
  return (
    r.consumer &&
    contacted &&
    past &&
    !r.badPart &&
    !r.boxOnly &&
    !!r.facts.receivedOn &&
    r.facts.problem !== 'counterfeit-goods'
  );
}

/**
 * The user said, on the plan screen, that the request the seller first answered within the 7 days was for a return:
 * it was made in time (CRPL 24), so every message asks for that return and says when it was asked; whether it still
 * counts is for whoever decides (audit 16, M3).
 */
export const returnAskedInTime = (r: Reading): boolean => asksInTime(r) && r.facts.askedReturn === true;

/**
 * That request, as a message states it: dated by a refusal within the 7 days (which answered it), or with the day as a
 * fill-in; to the seller as 贵店.
 */
function returnRequest(r: Reading, words: PlanWords): Part {
  const key = r.refusedInTime ? 'msg.happened.asked-return.refused' : 'msg.happened.asked-return';
  const values = {
    record: requestRecord(r, words),
    ...(r.refusedInTime ? { refused: { date: r.refusedInTime } } : {}),
  };
  return { ...words.part(key, values), toSeller: words.part(`${key}.to-seller`, values) };
}

/**
 * Where that request can be seen: "the chat is attached" only where the user said they kept the chat; otherwise a
 * fill-in, since it may have been the app's after-sales form, or a shop's chat that closed with it (audit G, M4;
 * audit H, M2).
 */
const requestRecord = (r: Reading, words: PlanWords): Part =>
  words.part(r.facts.evidence.includes('chat') ? 'msg.request-record.chat' : 'msg.request-record.fill-in');

/**
 * A sentence for the user to add to a message, as a step quotes it: the Chinese, with its meaning on the English page
 * (as messages are shown).
 */
const withMeaning = (add: Part): string => (add.en ? `${add.zh} (“${add.en}”)` : add.zh);

/**
 * Who can still say whether a request made in time counts: the platform only where there is one and the seller does
 * not say it has already ruled (a chat group has none).
 */
export const decidersOf = (r: Reading, words: PlanWords): string =>
  words.say(
    // Once 12315's mediation has ended, only a court is left to say.
    r.facts.stage === 'regulator-ended'
      ? 'decides.court'
      : r.app && r.facts.sellerSaid !== 'platform-has-decided' && r.facts.stage !== 'platform-against'
        ? 'decides.platform'
        : 'decides.no-platform',
  );

/**
 * That question in words: for the step, for "Do this today" (where it is asked, with two answers), and the sentence
 * to add. To 12315 the sentence tells of the request; to the seller it also asks for it to be met. Once answered, the
 * messages say it themselves (a return) or never (something else), and only whose call it is stays to be said.
 */
export function askedInTime(
  r: Reading,
  words: PlanWords,
  to: 'seller' | 'regulator',
): { question: InTimeQuestion; how?: string } | undefined {
  if (!asksInTime(r) || !r.facts.receivedOn) return undefined;
  const lastDay = plusDays(r.facts.receivedOn, 7);
  const date = { date: lastDay };
  // A refusal dated within the 7 days answered a request made within them: the sentence is dated by it, and the user
  // is asked only whether that request was for a return (audit 16, M3).
  const refused = r.refusedInTime ? { date: r.refusedInTime } : undefined;
  const deciders = decidersOf(r, words);
  const question: InTimeQuestion = {
    text: refused ? words.say('today.asked-in-time.refused', { refused }) : words.say('today.asked-in-time', { date }),
    // Goods already back: the refund, not a return, is what the messages ask for on that request.
    hint: words.say(r.facts.goodsBack ? 'today.asked-in-time.hint.returned' : 'today.asked-in-time.hint', { deciders }),
    ...(r.facts.askedReturn !== undefined ? { answer: r.facts.askedReturn } : {}),
  };
  // Something else was asked for: the messages ask for what the law gives after the 7 days, and say nothing of it.
  if (r.facts.askedReturn === false) return { question };
  // A return: the messages say so. "Do this today" shows the answer beside its question; the step says it in words.
  if (r.facts.askedReturn)
    return {
      question,
      how: words.say(r.facts.goodsBack ? 'today.asked-in-time.said.returned' : 'today.asked-in-time.said', {
        deciders,
      }),
    };
  // Goods already back: what is asked on that request is the refund, not a return (audit H, M2).
  const ask = words.part(
    `msg.in-time-ask${to === 'regulator' ? '.regulator' : ''}.${r.facts.goodsBack ? 'refund' : 'return'}`,
  );
  const values = { record: requestRecord(r, words), ask, ...(refused ? { refused } : {}) };
  const add = words.part(
    `msg.asked-in-time${to === 'regulator' ? '.regulator' : ''}${refused ? '.refused' : ''}`,
    values,
  );
  const sentence = withMeaning(add);
  return {
    question,
    // In the step the sentence is quoted (on the English page with its meaning, as messages are), for whoever works
    // from the step or a printout rather than answer in "Do this today".
    how: refused
      ? words.say('step.quality-remedy.how.asked-in-time.refused', { refused, deciders, sentence })
      : words.say('step.quality-remedy.how.asked-in-time', { date, deciders, sentence }),
  };
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
 * Goods back whose exclusion the user confirmed at checkout, goods the law itself does not exclude: the confirmation
 * binds only for the kinds Returns Measures 7 names, which the check cannot judge, so the court stays open (audit S, M4).
 */
export const confirmedExclusionOpen = (r: Reading): boolean =>
  r.facts.goodsBack &&
  r.facts.sellerSaid === 'item-excluded-from-returns' &&
  r.facts.exclusionConfirmed === 'confirmed' &&
  !r.excludedByLaw;

/** Medicine no longer wanted: whether it has a no-reason return is not settled (the dossier), so no fine is claimed. */
export const unwantedMedicine = (r: Reading): boolean =>
  r.facts.problem === 'changed-my-mind' && r.facts.itemKind === 'medicine';

/**
 * A faulty, wrong or short item that reached the seller after its 7 days, with no request within them that the user
 * vouches for: the return stands only if the fault defeats the purchase, and otherwise the seller may put the item
 * right instead (CRPL 24; CC 563), as the date and the card say. So the refund step and the report say so too, rather
 * than call the refund owed (audit T, M4). Not a fake, which defeats the purchase as a rule, nor part of the food bad,
 * whose part rule gives that part's price (CC 632), nor a request in time the user confirmed.
 */
export const returnAfterSeven = (r: Reading): boolean =>
  r.returnForFault &&
  r.facts.goodsBack &&
  r.facts.receivedOn !== undefined &&
  !r.returnedInTime &&
  !r.badPart &&
  !r.putRight &&
  r.laterRemedy !== 'counterfeit-goods' &&
  !returnAskedInTime(r);

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
/** A shop on an app that has closed or gone quiet: the platform answers for it if it cannot name the seller. */
const shopClosed = (r: Reading) => r.app && r.consumer && r.facts.sellerSaid === 'shop-has-closed';
/** A private seller on an app that cannot be reached: the court can be asked for its details, the platform owes none. */
const sellerGone = (r: Reading) => r.app && !r.consumer && r.facts.sellerSaid === 'shop-has-closed';
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

export function privateSeller(r: Reading, c: CaseBasis, today: IsoDate, words: PlanWords): PlanStep {
  // Faulty goods get the contract's remedies for a fault; anything else (nothing came, a promise not kept) the
  // contract performed, or the money back.
  const fault = r.goodsFault || r.facts.problem === 'digital-goods-and-courses';
  return step({
    ...fixed(words, 'private-seller'),
    ...(fault
      ? {}
      : { what: words.say('step.private-seller.what.perform'), why: words.say('step.private-seller.why.perform') }),
    // The message's own law (c.claims) is cited with the step, as at every other rung.
    // A faulty item: a "sold as is" term holds between private people unless the seller hid a fault it knew of
    // (CC 618), which is what "Where the seller may be right" says (audit 10-b, H1).
    claims: [
      ...(fault ? (['breach-remedies', 'as-is-term-limits'] as const) : (['breach-remedies-damages'] as const)),
      'second-hand-business-test',
      ...c.claims,
    ],
    how: lines(words, ['step.private-seller.how.1']),
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
    claims: unusedPart ? [...c.claims, 'routes-to-resolve'] : c.claims,
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
