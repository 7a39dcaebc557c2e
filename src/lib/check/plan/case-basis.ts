/**
 * What a case rests on in law and what its messages ask for (CaseBasis): worked out once from the answers and the same
 * at every rung, so the plan never turns into a generic ladder once the seller has said no. Each problem has its basis
 * here; the steps (steps.ts, ladder-steps.ts) carry it.
 */
import type { MessageKey } from '../texts/en/messages';
import type { Part, PlanWords } from '../texts/plan-words';
import { plusDays, type IsoDate } from '../tree/dates';
import type { ExcuseId, TripProblemId } from '../tree/questions';
import { returnAskedInTime, returnRequest } from './asked-in-time';
import type { ClaimId } from './claims';
import { noLongerWanted, secondHandBusiness, sellersError, whatCame, type Reading } from './facts';
import { whatIsWrong, type Basis, type Reply } from './messages';
import { boxBackAfterSeven, unwantedMedicine, shopClosed, sellerGone } from './readings';
import { addressed, withPrivateForm, silence } from './step-parts';

/**
 * What came of asking the seller (and the platform, once it decided), for 12315 and for the last demand. Where the
 * refusal is told already (quoted by withRefusalSaid, or its own sentence), only the platform's part is told: the same
 * refusal told twice reads as two (audit 12, L6; audit 13, L1).
 */
export function afterAsking(r: Reading, c: CaseBasis, words: PlanWords, to: 'regulator' | 'seller'): Part[] {
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
export const later = (c: CaseBasis) => ({
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
export const refundAsk = (r: Reading, words: PlanWords): Part =>
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
      // Moved somewhere clearly harder to use, for a service given several times or over a period: the contract can be
      // ended (SPC Prepaid 1, 13(1)) and the balance comes back with interest (15); the move is the business's doing, so
      // the LPR applies unless agreed otherwise and what was used counts at the price paid (16, 18); a card sold by time
      // is counted by the share of its period left (22).
      if (f.serviceProblem === 'moved-away')
        return {
          claims: [
            'prepaid-end-for-move',
            'prepaid-balance-on-end',
            'prepaid-interest-lpr',
            'prepaid-used-at-discount',
            'prepaid-term-ratio',
          ],
          basis: ['prepaid-moved', 'prepaid-balance', 'prepaid-interest'],
          ask: part('msg.ask.prepaid-moved'),
          happened: [part('msg.happened.prepaid-moved')],
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
  // A private person who moved: the court rule on a business's move may not bind them, and a move breaks the contract
  // only if it fixed the place. So no law is quoted, and the message asks them to agree to end it and refund the
  // unused part, never "the part not provided" (audit AD, M1); the step says when the place was part of the deal.
  if (f.serviceProblem === 'moved-away')
    return { ...consumer, claims: ['breach-damages'], basis: [], ask: words.part('msg.ask.prepaid-unused') };
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
