/**
 * buildPlan: the answers and today's date in, the plan out. Pure and deterministic: the same inputs always give
 * the same plan, which is what lets a share link reopen the same plan on another device.
 *
 * The plan is put together from what the facts settle (facts.ts `read`): the right first action for the case and
 * the stage it has reached, an honest answer to what the seller said (a rebuttal with its law, or "the seller may be
 * right here"), then the ladder from where the user stands, with the case's own law carried at every rung.
 */
import { locate } from '../tree/evaluate';
import { daysBetween, plusDays, type IsoDate } from '../tree/dates';
import { tree as defaultTree } from '../tree/tree';
import type { Answers, Tree } from '../tree/types';
import type { PlanWords } from '../texts/plan-words';
import { deadlinesFor } from './deadlines';
import { evidenceChecklist, evidenceLabel } from './evidence';
import { rung as stageRung } from './history';
import { alongside, foodCaveatOf, packagingCaveat, testingSentences } from './caveats';
import { forAnyReader } from './messages';
import { excuseAnswer, privateSellerCaveat, stillOf } from './excuses';
import { afterSales, factsOf, fakeDecided, read, secondHandBusiness, whatCame, type Reading } from './facts';
import { caseSummary } from './summary';
import { afterARefusal, isPlatformWindow, replyByDate, withTodaysDates } from './after-today';
import { askedInTime, returnAskedInTime } from './asked-in-time';
import { caseBasis } from './case-basis';
import {
  complain12315,
  goToCourt,
  platformIntervention,
  platformLiability,
  punitiveDamages,
  reportFalseSale,
  reportViolation,
} from './ladder-steps';
import { unwantedMedicine, confirmedExclusionOpen, returnAfterSeven } from './readings';
import {
  answerExcuse,
  askDelivery,
  downloadFix,
  evidenceFor,
  noReasonReturn,
  paymentComplaint,
  reportFraud,
  presaleRefund,
  privateSeller,
  putOrderRight,
  qualityRemedy,
  qualityReturn,
  refundOverdue,
  saveEvidence,
  sentInChat,
  serviceRefund,
  shipByPassed,
  askToPerform,
  askPricePromise,
  askRestaurant,
  askTripRefund,
  reportPriceFraud,
  stillPossible,
} from './steps';
import type { CheckResult, Plan, PlanDeadline, PlanStep, SellerMayBeRight, TodayAction } from './types';

export interface PlanInput {
  answers: Answers;
  today: IsoDate;
  /** The page's words: the plan comes out in its language (texts/en.ts, texts/zh-cn.ts; both in texts/all.ts). */
  words: PlanWords;
  tree?: Tree;
}

/** Where the answers lead: the next question, an honest exit, or the plan. */
export function runCheck(input: PlanInput): CheckResult {
  const tree = input.tree ?? defaultTree;
  const position = locate(tree, input.answers);
  if (position.question) return { outcome: 'question', question: position.question };
  if (position.outcome!.kind === 'exit') return { outcome: 'exit', exit: position.outcome! };
  return buildPlan(input);
}

export function buildPlan({ answers, today, words }: PlanInput): Plan {
  const r = read(factsOf(answers), today);
  const chosen = chooseSteps(r, today, words);
  const { mayBeRight, disputed, aboutFood } = chosen;
  const steps = r.groupChat ? chosen.steps.map((s) => sentInChat(s, r, words)) : chosen.steps;
  const missing = evidenceFor(r).filter((id) => !(r.facts.evidence as readonly string[]).includes(id));
  if (missing.length > 0 && r.facts.stage !== 'regulator-ended') steps.unshift(saveEvidence(r, missing, words));
  sayTheLawCarriesOn(steps, words);
  const deadlines = withSteps(
    deadlinesFor(r, today, words, {
      includes12315: steps.some((s) => s.id === 'complain-12315'),
      includesIntervention: steps.some((s) => s.id === 'platform-intervention'),
      includesCourt: steps.some((s) => s.id === 'court'),
      includesPunitive: steps.some((s) => s.id === 'punitive-damages'),
      // (Medicine: whether its refund is owed is not settled either; audit P, M3.)
      refundMayBeRefused: chosen.routeClosed || unwantedMedicine(r),
      refundConditional: chosen.refundConditional,
    }),
    steps,
  );
  const todays = todayAction(steps, deadlines, r.facts.stage === 'seller-refused', r.boxRoute === 'none');
  // Before the window's reminder, which is added to the "move on" this may rewrite.
  const then = afterARefusal(steps, deadlines, todays, r.facts.stage === 'seller-refused', words);
  remindOfWindow(steps, deadlines, r, words);
  // A window the "then" line already dates is not given a line of its own as well (audit AH, L7).
  const { alsoDue, ...withoutAlso } = todays;
  const { beforeSending, addSentence, askReturn } = sayBeforeSending(r, steps, todays, { disputed, aboutFood }, words);
  const guides = [...new Set([r.facts.problem, ...steps.flatMap((s) => s.guides)])].filter(Boolean);
  return {
    outcome: 'plan',
    steps,
    deadlines: withTodaysDates(deadlines, replyByDate(steps, deadlines, todays, today, words), todays),
    evidence: evidenceChecklist(r, words, r.facts.goodsBack || steps.some((s) => returnSteps.includes(s.id))),
    summary: caseSummary(r.facts, words),
    evidenceNames: Object.fromEntries(
      [...new Set(steps.flatMap((s) => s.attach))].map((id) => [id, evidenceLabel(r, words, id)]),
    ),
    messages: steps.flatMap((s) => (s.message ? [s.message] : [])),
    guides,
    notes: notesFor(r, words),
    today: {
      ...withoutAlso,
      ...(alsoDue && alsoDue !== then?.window ? { alsoDue } : {}),
      ...(then ? { then: then.text } : {}),
      ...(beforeSending?.length ? { beforeSending } : {}),
      ...(addSentence ? { addSentence } : {}),
      ...(askReturn ? { askReturn } : {}),
    },
    ...(mayBeRight ? { sellerMayBeRight: mayBeRight } : {}),
  };
}

/**
 * Steps that have the goods sent back (a closed shop's platform-liability asks for the return): a change of mind's
 * checklist asks for the return's courier receipt only where one of them is in the plan.
 */
const returnSteps: readonly string[] = ['no-reason-return', 'quality-return', 'refund-overdue', 'platform-liability'];

/** Which step each date is about (the step to take by then), where the plan has it: the calendar says so. */
const stepOfDeadline: Readonly<Record<string, readonly string[]>> = {
  // A closed shop's plan asks for the return in its first step (platform-liability's how).
  'no-reason-return': ['no-reason-return', 'platform-liability'],
  'quality-return': ['quality-return', 'platform-liability'],
  'burden-of-proof': ['quality-remedy', 'quality-return'],
  'burden-of-proof-if-durable': ['quality-remedy', 'quality-return'],
  'defect-notice': ['quality-remedy', 'quality-return'],
  limitation: ['court'],
  'harm-limitation': ['punitive-damages', 'court'],
  'jd-intervention': ['platform-intervention'],
  // The appeal is a how-line of the step that follows the platform's decision.
  'jd-appeal': ['complain-12315', 'court'],
  'wechat-intervention': ['platform-intervention'],
  'refund-due': ['refund-overdue'],
  'cooling-off': ['service-refund'],
  'regulator-reply': ['complain-12315'],
};

function withSteps(deadlines: PlanDeadline[], steps: readonly PlanStep[]): PlanDeadline[] {
  return deadlines.map((d) => {
    const step = (stepOfDeadline[d.id] ?? []).find((id) => steps.some((s) => s.id === id));
    return step ? { ...d, step } : d;
  });
}

/**
 * A platform whose window to step in runs from the seller's refusal (JD, WeChat Store): the steps before that one ask
 * the seller again and wait for an answer, which can outlast the window. Each says to apply by its date regardless.
 */
function remindOfWindow(steps: PlanStep[], deadlines: readonly PlanDeadline[], r: Reading, words: PlanWords): void {
  const at = steps.findIndex((s) => s.id === 'platform-intervention');
  // A window already passed by the dates the user gave (a plan reopened later): the step says so, and what then
  // (audit O, L5).
  const passed = deadlines.find((d) => isPlatformWindow(d) && d.passed);
  if (passed && at >= 0)
    steps[at]!.how = [
      ...steps[at]!.how,
      words.say('step.platform-intervention.how.window-passed', {
        platform: words.say(passed.id === 'jd-intervention' ? 'platform.name.jd' : 'platform.name.wechat-store'),
        date: { date: passed.date },
      }),
    ];
  const window = deadlines.find((d) => isPlatformWindow(d) && !d.passed);
  if (!window || at < 0) return;
  const platform = words.say(window.id === 'jd-intervention' ? 'platform.name.jd' : 'platform.name.wechat-store');
  // JD's delivery and cancellation windows: their start is not confirmed, so the reminder says so (as the date does).
  const unconfirmed = window.id === 'jd-intervention' && !afterSales(r);
  const reminder = words.say(unconfirmed ? 'step.moveOn.platform-window.unconfirmed' : 'step.moveOn.platform-window', {
    platform,
    date: { date: window.date },
  });
  for (const s of steps.slice(0, at)) if (s.id !== 'save-evidence') s.moveOn = words.sentences(s.moveOn, reminder);
}

/**
 * The platform's and the regulator's steps carry the case's own law: said as "the same law as before" only where a
 * step before them has stated it (where one of them is the first action, there is no "before").
 */
function sayTheLawCarriesOn(steps: PlanStep[], words: PlanWords): void {
  const first = steps.find((s) => s.id !== 'save-evidence');
  for (const s of steps)
    if ((s.id === 'platform-intervention' || s.id === 'complain-12315') && s !== first)
      s.why = words.sentences(s.why, words.say('step.same-law'));
}

/**
 * What to check before sending today's message, said in "Do this today" (where people act) and in the step it comes
 * from: that the reply fits, where the seller may be right; the sentence to add if the return was asked for in time;
 * that unsafe food is kept. Where today's message is the reply to the seller's refusal, the action's own message says
 * not to send both (they ask for the same).
 */
function sayBeforeSending(
  r: Reading,
  steps: readonly PlanStep[],
  today: TodayAction,
  caveats: { disputed: boolean; aboutFood: boolean },
  words: PlanWords,
): Pick<TodayAction, 'beforeSending' | 'addSentence' | 'askReturn'> {
  const action = steps.find((s) => s.id === today.step);
  const sending = steps.find((s) => s.id === (today.messageFrom ?? today.step));
  if (today.messageFrom && action?.message) action.how = [...action.how, words.say('step.how.reply-instead')];
  const inTime = sending?.message
    ? askedInTime(r, words, sending.id === 'complain-12315' ? 'regulator' : 'seller')
    : undefined;
  const shipBy = sending?.message ? shipByPassed(r, words, sending.id) : undefined;
  const how = inTime?.how ?? shipBy?.how;
  if (sending && how) sending.how = [...sending.how, how];
  // The last demand before court, sent later than today's message: its step says it too (audit F, L5).
  const court = steps.find((s) => s.id === 'court');
  const courtShipBy = court && court !== sending ? shipByPassed(r, words, 'court') : undefined;
  if (court && courtShipBy) court.how = [...court.how, courtShipBy.how];
  const goodsStep = today.step === 'quality-return' || today.step === 'quality-remedy';
  // A box alone: the no-reason return is today's step, and the item is checked before it goes back.
  const boxStep = goodsStep || (today.step === 'no-reason-return' && r.boxRoute === 'no-reason');
  // A reply to a refusal that may hold is checked against the caveat; otherwise food's own caveat is pointed to, or
  // the box's (the item inside may be fine), or the caveat the action's message may run into.
  const readCaveat =
    today.messageFrom && caveats.disputed
      ? 'today.read-caveat'
      : caveats.aboutFood && sending?.message
        ? 'today.read-food-caveat'
        : boxStep && packagingOnly(r)
          ? r.sealed && r.sevenDaysLeft !== undefined
            ? 'today.read-packaging-caveat.sealed'
            : 'today.read-packaging-caveat'
          : // The action's own message, where the seller may be right (worn goods, postage on a no-reason return).
            caveats.disputed && sending?.message
            ? 'today.read-caveat.message'
            : undefined;
  return {
    beforeSending: [
      ...(readCaveat ? [words.say(readCaveat)] : []),
      ...(shipBy ? [shipBy.today] : []),
      ...(goodsStep && r.keepFood ? [words.say(r.badPart ? 'today.food-keep.part' : 'today.food-keep')] : []),
      // Price protection is a promise whose own terms decide: the lower price must fall within them.
      ...(today.step === 'ask-price-promise' ? [words.say('today.price-terms')] : []),
    ],
    ...(shipBy ? { addSentence: { ...shipBy.add, when: shipBy.when } } : {}),
    ...(inTime ? { askReturn: inTime.question } : {}),
  };
}

/** The first step after saving evidence, with the days left in the window that governs it. */
function todayAction(
  steps: readonly PlanStep[],
  deadlines: readonly PlanDeadline[],
  refused: boolean,
  noReturn: boolean,
): TodayAction {
  const first = steps.find((s) => s.id !== 'save-evidence') ?? steps[0]!;
  const reply = refused && first.message ? steps.find((s) => s.id === 'answer-excuse' && s.message) : undefined;
  const message = reply ? { messageFrom: reply.id } : {};
  const governing: Record<string, readonly string[]> = {
    'quality-return': ['quality-return'],
    'no-reason-return': ['no-reason-return'],
    'refund-overdue': ['refund-due'],
    'service-refund': ['cooling-off'],
    // A closed shop's plan asks for the return in its first step, on whichever 7 days the case has; a box alone
    // around goods with no return (fresh food, medicine, made to order) asks for none, so no 7 days count down.
    'platform-liability': noReturn ? [] : ['quality-return', 'no-reason-return'],
  };
  const platformWindow = deadlines.find(isPlatformWindow);
  const deadline =
    deadlines.find((d) => (governing[first.id] ?? []).includes(d.id) && !d.passed) ??
    (first.id === 'platform-intervention' && platformWindow && !platformWindow.passed ? platformWindow : undefined);
  const also = alsoClosing(deadlines, deadline);
  return {
    step: first.id,
    ...message,
    ...(deadline ? { deadline: deadline.id, daysLeft: deadline.daysLeft } : {}),
    ...(also ? { alsoDue: also.id } : {}),
  };
}

/**
 * A platform's own window closing within a week, besides the date today's action runs on: JD's 7-day appeal runs
 * beside the 12315 complaint, and was found only under "All dates"; a platform's days to step in run while the seller
 * is still asked. The nearest one, even on the governing date's day (another act, in another place). Only the
 * platforms' windows: the law's are the governing dates of the plan's own steps, and where the plan did not take one
 * (the seller may be right about a no-reason return, a remedy chosen over a return) a countdown beside the action
 * would point to an option judged not to fit.
 */
function alsoClosing(deadlines: readonly PlanDeadline[], governing: PlanDeadline | undefined) {
  return deadlines
    .filter((d) => d.basis === 'platform' && !d.passed && d.daysLeft <= 7 && d.id !== governing?.id)
    .sort((a, b) => a.daysLeft - b.daysLeft)[0];
}

function chooseSteps(
  r: Reading,
  today: IsoDate,
  words: PlanWords,
): {
  steps: PlanStep[];
  mayBeRight?: SellerMayBeRight;
  disputed: boolean;
  aboutFood: boolean;
  routeClosed: boolean;
  refundConditional: boolean;
} {
  const f = r.facts;
  const c = caseBasis(r, today, words);
  // Where the plan says the seller may be right on who bears a lost parcel, it cites both rules (caseCaveatOf).
  // So does a box between private people that may have been damaged on the way (packagingCaveat).
  if (privateParcel(r) || (r.boxOnly && !r.consumer)) c.claims.push('transit-risk-private');
  // A 定金 the user walked away from: what is still possible names the 20% cap (CC 586).
  if (r.presale === 'lost') c.claims.push('earnest-cap');
  // Medicine no longer wanted: the caveat says a seller may exclude it with the buyer's confirmation at checkout.
  if (unwantedMedicine(r)) c.claims.push('exclusion-needs-confirmation');
  // A JD price drop with nothing promised: what is still possible names JD's own price rules.
  if (f.problem === 'price-protection' && f.platform === 'jd' && f.pricePromise !== 'promised')
    c.claims.push('jd-price-rules');
  if (
    f.problem === 'price-protection' &&
    f.pricePromise === 'not-promised' &&
    f.sellerSaid === 'final-interpretation-right'
  )
    c.claims.push('final-say-void');
  const steps: PlanStep[] = [];
  const excuse = f.sellerSaid;
  // A download the user no longer wants has no no-reason return whatever the seller said, so that answer applies
  // even before it says it. One that does not work as described is answered like any other fault.
  const unwantedDownload =
    f.problem === 'digital-goods-and-courses' && f.itemKind === 'download' && f.downloadProblem !== 'not-as-described';
  // The answers to excuses rest on consumer law, which binds businesses: a private seller's are not answered (the
  // private-seller step says what the contract still gives).
  // Likewise fresh food or a made-to-order item the user no longer wants: excluded from the no-reason return by law
  // (CRPL 25), so that answer applies whatever the seller said, or before it says anything.
  const unwantedExcluded = f.problem === 'changed-my-mind' && r.excludedByLaw;
  const answer = r.consumer
    ? excuseAnswer(
        unwantedDownload ? 'digital-no-refund' : unwantedExcluded ? 'item-excluded-from-returns' : excuse,
        r,
        words,
      )
    : undefined;
  const privateCaveat = !r.consumer && r.goodsFault ? privateSellerCaveat(r, words) : undefined;
  // A price that fell with nothing promised gives no right to the difference, whatever the seller said: the case
  // itself is where the seller may be right (what is still possible is the 7-day return).
  const pricePromise = f.problem === 'price-protection' ? (f.pricePromise ?? 'not-promised') : undefined;
  // Likewise a course or membership the user no longer wants, once the 7 days after paying are over, and a pre-sale
  // 定金 the user walked away from (CC 587): the same words as when the seller says "deposits are not refundable".
  const lateChangeOfMind = f.serviceProblem === 'changed-mind' && !r.coolingOff;
  // And, from a private seller, what only consumer law gives (`privateNoRight`).
  const lawfulRefusal = r.privateNoRight
    ? {
        // Named for what the user asked: a return of what they no longer want, or a price difference.
        why: words.say(pricePromise ? 'case.private-no-right.why.price' : 'case.private-no-right.why'),
        still: words.say('case.private-no-right.still'),
      }
    : pricePromise === 'not-promised'
      ? {
          why: words.say('case.price-not-promised.why'),
          // JD's dispute rules name its own price-protection and "pay double" rules (unread: said as such).
          still: words.sentences(
            words.say('case.price-not-promised.still'),
            // "The shop has the final say" is void, but beside the point where nothing was promised.
            ...(f.sellerSaid === 'final-interpretation-right'
              ? [words.say('case.price-not-promised.still.final-say')]
              : []),
            ...(f.platform === 'jd' ? [words.say('case.price-not-promised.still.jd')] : []),
          ),
        }
      : lateChangeOfMind
        ? { why: words.say('case.service-changed-mind.why'), still: words.say('case.service-changed-mind.still') }
        : r.presale === 'lost'
          ? {
              why: words.say('excuse.deposit-not-refundable.backed-out.why'),
              still: words.say('excuse.deposit-not-refundable.backed-out.still'),
            }
          : undefined;
  const caseCaveat = caseCaveatOf(r, words);
  // A fake the platform would not refund: what its rule (on Taobao) and the regulator's testing rest on are cited. A
  // Taobao fake called "not a quality problem" likewise: its card says the rule (audit K, M3).
  const taobaoFakeCard =
    f.problem === 'counterfeit-goods' && f.platform === 'taobao' && excuse === 'not-a-quality-issue' && r.consumer;
  if (fakeDecided(r) || taobaoFakeCard)
    c.claims.push(
      ...(
        [
          ...(f.platform === 'taobao' ? (['taobao-fake-burden'] as const) : []),
          ...(fakeDecided(r) && f.stage === 'platform-against' ? (['test-body-named'] as const) : []),
        ] as const
      ).filter((id) => !c.claims.includes(id)),
    );
  // Whether what the seller said may hold: then its answer says so, and a refusal that may be lawful is not reported.
  const disputed =
    lawfulRefusal ??
    (answer?.kind === 'may-be-right'
      ? answer.mayBeRight
      : answer?.kind === 'rebut'
        ? // The excuse's own caveat and the case's (fresh food, and a missing item nobody filmed) can both hold.
          answer.caveat
          ? alongside(answer.caveat, caseCaveat, words)
          : caseCaveat
        : // So can a private seller's and the case's (a box alone, a missing item nobody filmed).
          privateCaveat
          ? alongside(privateCaveat, caseCaveat, words)
          : caseCaveat);
  // What the plan shows: that, with what the user may have to show about food.
  const foodCaveat = foodCaveatOf(r, words);
  const mayBeRight = disputed
    ? alongside(disputed, foodCaveat, words)
    : foodCaveat && { ...foodCaveat, about: 'food' as const };
  // Who names a testing body (the regulator, or the court once mediation has ended), added by withTestingBody in
  // whichever caveat needs it, is cited by the steps wherever it is said (audit 16, L3; audit 17, L2).
  for (const [sentence, claim] of testingSentences)
    if (mayBeRight?.still.includes(words.say(sentence)) && !c.claims.includes(claim)) c.claims.push(claim);
  // A lawful refusal closes the user's own route; a conditional one leaves it open beside the warning.
  const routeClosed = lawfulRefusal !== undefined || (answer?.kind === 'may-be-right' && !answer.conditional);
  // A fake "original price" is the regulator's to judge: no difference to ask the platform or 12315 for.
  const regulatorOnly = pricePromise === 'fake-original';
  if (answer?.kind === 'may-be-right') c.claims.push(...answer.claims.filter((id) => !c.claims.includes(id)));
  // The seller's words, quoted in the messages after its refusal (caseBasis), are followed there by the rule that
  // answers them, where the reply reads right to any reader, and the steps cite it (audit 11-b, M1).
  // (Not once the goods are back: those messages answer "refund after inspection" in their own words.)
  if (answer?.kind === 'rebut' && !disputed && c.refusalQuoted && !f.goodsBack && forAnyReader(answer.reply)) {
    c.laterExtra = [answer.reply];
    c.claims.push(...answer.claims.filter((id) => !c.claims.includes(id)));
  }
  const rung = stageRung[f.stage];
  // The refund for goods back is owed only if the seller's reason does not hold, where the card says it may (tags cut,
  // a seal broken, a late request): not for "you pay the postage", which is deducted from a refund, never a ground to
  // withhold it (Returns Measures 18; audit S, M1).
  const refundConditional = disputed !== undefined && excuse !== 'you-pay-return-shipping';
  // Past the reply (the goods back, the platform ruled, mediation ended), an excuse's card still states the rules
  // that answer it: the steps cite them (audit O, M1). So are a box's no-reason return asked in time (audit M, M1) and
  // an appliance's open durable-goods list (audit N, M1), which their answers' claims carry.
  if (answer?.kind === 'rebut' && answer.caveat && (rung > 1 || f.stage === 'sent-back'))
    c.claims.push(...answer.claims.filter((id) => !c.claims.includes(id)));
  // A takeaway's reply already says who tests the food: no second offer.
  // Nor for a box alone: a test says nothing about a box; nor for a change of mind, which claims no fault (audit 15, M1).
  const offerTest =
    excuse === 'not-a-quality-issue' &&
    !r.sellerProves &&
    f.problem !== 'food-delivery' &&
    f.problem !== 'changed-my-mind' &&
    // Nor for a wrong or short order: no test shows what was sent (audit I, M2).
    f.problem !== 'wrong-or-missing-items' &&
    !r.boxOnly;

  // 1. The case's own first action, while the user has not yet escalated (and while there is a seller to ask).
  if (excuse === 'shop-has-closed') {
    // Nobody to ask: the platform comes first (in a chat group, with none, the payment app, 12315 or the police).
  } else if (!r.consumer) {
    // Only while the seller is the rung: once the platform has decided, the last demand before court is what is left
    // (audit 11-b, H3).
    if (!routeClosed && rung <= 1) steps.push(privateSeller(r, c, today, words));
  } else if (f.stage === 'sent-back')
    steps.push(refundOverdue(r, c, today, words, { mayRefuse: routeClosed, conditional: refundConditional }));
  // A return the seller may lawfully have refused, the case moved on: still the money or the item back, not a return
  // it already has (audit P, M4).
  else if (f.goodsBack && routeClosed) steps.push(refundOverdue(r, c, today, words, { mayRefuse: true }));
  else if (rung <= 1) {
    if (r.goodsFault)
      steps.push(
        r.putRight
          ? putOrderRight(r, c, today, words)
          : r.boxRoute === 'no-reason'
            ? noReasonReturn(r, c, today, words)
            : (r.sevenDaysLeft !== undefined || returnAskedInTime(r)) && !r.boxRoute
              ? qualityReturn(r, c, today, offerTest, words)
              : qualityRemedy(r, c, today, offerTest, words),
      );
    else if (f.problem === 'changed-my-mind') {
      if (r.sevenDaysLeft !== undefined && !r.excludedByLaw && !routeClosed)
        steps.push(noReasonReturn(r, c, today, words));
    } else if (f.problem === 'lost-or-not-delivered' || f.problem === 'late-delivery')
      steps.push(askDelivery(r, c, today, words));
    else if (f.problem === 'pre-sale-deposits') {
      if (!routeClosed) steps.push(presaleRefund(r, c, today, words));
    } else if (f.problem === 'digital-goods-and-courses' && f.itemKind === 'service') {
      if (!routeClosed) steps.push(serviceRefund(r, c, today, words));
    } else if (f.downloadProblem === 'not-as-described') steps.push(downloadFix(r, c, today, words));
    else if (f.problem === 'seller-cancelled-order') steps.push(askToPerform(r, c, today, words));
    // A restaurant already asked, silent or refusing: a meal's problem is the platform's to settle now, not one to
    // put to the restaurant again days later (audit 15, M3; audit 16, M1). Unsafe food refused with words the plan
    // answers keeps its step: what to keep and when to see a doctor are said there, and today's message is the reply
    // to the refusal (audit 17, M1).
    else if (f.problem === 'food-delivery') {
      if (f.stage === 'nothing' || (f.stage === 'seller-refused' && r.unsafeMeal && answer?.kind === 'rebut'))
        steps.push(askRestaurant(r, c, today, words));
    } else if (f.problem === 'tickets-and-travel') steps.push(askTripRefund(r, c, today, words));
    else if (f.problem === 'price-protection' && f.pricePromise === 'promised')
      steps.push(askPricePromise(r, c, today, words));
    else if (f.problem === 'price-protection' && f.pricePromise === 'fake-original')
      steps.push(reportPriceFraud(words));
  }
  // A fake "original price" is the regulator's to judge, and a report stays open whatever the platform or 12315 did
  // (dossier §12): at the later rungs it is still the first action (audit 11-b, M2).
  else if (f.problem === 'price-protection' && f.pricePromise === 'fake-original' && r.consumer)
    steps.push(reportPriceFraud(words));
  // 2. What the seller said: answered with its law, or said plainly where the seller may be right.
  // Not where the case itself closes the route or leaves it to the regulator: there is nothing to ask the seller for.
  if (
    answer?.kind === 'rebut' &&
    rung <= 1 &&
    f.stage !== 'sent-back' &&
    excuse !== 'none' &&
    !lawfulRefusal &&
    !regulatorOnly
  )
    steps.push(
      answerExcuse(
        excuse,
        answer,
        r,
        c,
        today,
        words,
        disputed ? 'partly' : foodCaveat ? 'food' : 'rejected',
        offerTest,
      ),
    );
  // The platform answers for a shop it cannot identify under consumer law; with a private seller, it still mediates.
  // Not in a chat group: there is no platform to answer for the seller there.
  if (excuse === 'shop-has-closed' && r.consumer && !r.groupChat) steps.push(platformLiability(r, c, today, words));

  // 3. The ladder, from where the user stands. A refusal that may be lawful is not reported, and with a private
  // seller the consumer-law routes (12315, reports) do not apply.
  if (rung <= 1 && r.app && !routeClosed && !regulatorOnly) steps.push(platformIntervention(r, r.app, c, today, words));
  // Paid outside any platform, nothing came and the seller is gone: the police, not only a dispute route (18.P5),
  // and first, since only the police can have the money frozen and that is a matter of days.
  const nothingCame = f.problem === 'lost-or-not-delivered' || f.problem === 'late-delivery';
  const sellerGone = excuse === 'shop-has-closed' || f.stage === 'seller-silent';
  if ((!r.app || f.payment === 'off-platform') && nothingCame && sellerGone) steps.push(reportFraud(words));
  // The payment apps' complaint routes are for payments to merchants: not for a private seller.
  if (!r.app && f.payment === 'off-platform' && r.consumer) steps.push(paymentComplaint(words));
  // Bought in a shop's own app or mini program (not a platform whose dispute process the plan names): the payment
  // went to a merchant through WeChat Pay or Alipay, whose complaint routes can refund, before 12315.
  else if (
    f.platform === 'other' &&
    f.payment === 'in-app' &&
    r.consumer &&
    rung <= 1 &&
    !routeClosed &&
    !regulatorOnly
  )
    steps.push(paymentComplaint(words, true));
  // A report is handled apart from a complaint, so it stays open once mediation has ended (dossier §12): beside the
  // complaint while there is one, after the court steps once mediation has ended (audit 11-b, M2).
  let violationReport: PlanStep | undefined;
  if (r.consumer && rung <= 3 && !routeClosed && !regulatorOnly) {
    if (rung <= 2) steps.push(complain12315(r, c, today, words));
    // This report rests on refusing a return or a refund (CRPL 56): a price difference refused is neither (its own
    // report, under the pricing rules, is the last branch below). A refund
    // put off ("after inspection", "store credit only") is a breach once 15 days have passed: the step says when.
    // (A trip has no goods sent back: its voucher-for-refund is reported as a refusal, without a return's 15 days.)
    const lateRefund =
      excuse === 'refund-after-inspection' || (excuse === 'store-credit-only' && f.problem !== 'tickets-and-travel');
    // More than 15 days without the refund is itself a breach the regulator can fine (returns-31): said with its date.
    const overdueSince =
      f.goodsBack && f.returnedOn && daysBetween(today, plusDays(f.returnedOn, 15)) < 0 ? f.returnedOn : undefined;
    // A fault back after the 7 days: whatever the excuse, a breach only if the seller neither refunds nor puts it
    // right, counted from the request (audit W, M2).
    const afterSeven = returnAfterSeven(r);
    if (answer?.kind === 'rebut' && answer.reportable && !disputed && f.problem !== 'price-protection')
      violationReport = reportViolation(
        words,
        lateRefund || afterSeven
          ? r.returnForFault
            ? // Back after the 7 days: a breach only if the seller neither refunds nor puts it right (audit V, M1).
              afterSeven
              ? 'request-conditional'
              : 'request'
            : 'return'
          : excuse === 'item-excluded-from-returns' && f.exclusionConfirmed === 'not-confirmed'
            ? 'unconfirmed-exclusion'
            : r.putRight === 'send-what-is-right'
              ? (`put-right.${whatCame(f.symptoms)}` as const)
              : undefined,
        lateRefund || afterSeven ? overdueSince : undefined,
        rung > 2,
      );
    // (Not for medicine no longer wanted: whether it has a no-reason return is not settled, so a late refund is not
    // reported as a breach either; audit 8 C-M4, audit O M5.)
    else if (overdueSince && !unwantedMedicine(r))
      violationReport = reportViolation(
        words,
        // Said to have arrived damaged: whether the refund is owed is the point in dispute, so the report is for a
        // seller that cannot show the damage came after posting (audit 11-a, M5). Likewise a refusal that holds if the
        // item was not intact (audit P, M6).
        f.sellerSaid === 'returned-damaged'
          ? afterSeven
            ? 'returned-damaged-conditional'
            : 'returned-damaged'
          : r.returnForFault
            ? afterSeven
              ? 'request-conditional'
              : 'request'
            : refundConditional
              ? 'conditional'
              : undefined,
        overdueSince,
        rung > 2,
      );
    // A price promise the seller refused: listed as price fraud in the pricing rules (Art. 19(5)), a report beside
    // the complaint (the regulator decides whether this refusal is one).
    else if (
      f.problem === 'price-protection' &&
      f.pricePromise === 'promised' &&
      // Refused by the seller, or since decided by the platform or left by mediation (a report stays open).
      (f.stage === 'seller-refused' || rung >= 2) &&
      !disputed
    )
      violationReport = reportViolation(words, 'price-promise', undefined, rung > 2);
  }
  if (violationReport && rung <= 2) steps.push(violationReport);

  // A fake, or a description the user says was meant to deceive, is itself a breach the regulator can penalise
  // (CRPL 56(1)(2), (6)): a report, handled apart from any complaint, so still open once mediation has ended (law
  // dossier §12). Where the plan has no other report, and not where the fault itself is in doubt. Beside the
  // complaint; once mediation has ended, after the court steps, which are what get the money back.
  const falseSale =
    f.problem === 'counterfeit-goods'
      ? 'fake'
      : f.problem === 'not-as-described' && f.fraud
        ? 'false-description'
        : undefined;
  const falseSaleReport =
    falseSale && r.consumer && !disputed && !routeClosed && !violationReport && !steps.some((s) => s.id === 'report')
      ? reportFalseSale(falseSale, rung > 2, words)
      : undefined;
  if (falseSaleReport && rung <= 2) steps.push(falseSaleReport);
  // The court step's last demand is a message where the case's ask stands (not where the seller may be right).
  if (!routeClosed || r.goodsFault || (r.consumer && confirmedExclusionOpen(r)))
    steps.push(goToCourt(r, c, words, routeClosed ? undefined : today));
  // The Food Safety Law's 10× is about the food itself: not about a short or wrong delivery of it, nor about faulty
  // food whose faults, as the user named them, say nothing about its safety (its box, a break on the way, "does not
  // work"). The same reading (keepFood) keeps the food back as the evidence in the step that asks for its return.
  if (r.consumer && (f.fraud || r.foodInQuestion)) steps.push(punitiveDamages(r, words));
  // After mediation ended, a report goes on beside the court, not beside a complaint (audit 11-b, L2).
  const besideCourt = (report: PlanStep) => ({ ...report, moveOn: words.say('step.report.moveOn.ended') });
  if (falseSaleReport && rung > 2) steps.push(besideCourt(falseSaleReport));
  if (violationReport && rung > 2) steps.push(besideCourt(violationReport));
  // Where the refusal may be lawful and nothing else applies, the plan still says what is possible.
  if (mayBeRight && !steps.some((s) => s.id !== 'save-evidence'))
    steps.push(
      stillPossible(
        mayBeRight,
        c,
        r,
        today,
        words,
        lateChangeOfMind && r.consumer
          ? 'unused-part'
          : // Told "no 7-day returns" for goods the user confirmed as such at checkout: a return asked as a favour.
            excuse === 'item-excluded-from-returns' && f.exclusionConfirmed === 'confirmed'
            ? 'favour'
            : undefined,
      ),
    );
  return {
    steps,
    ...(mayBeRight ? { mayBeRight } : {}),
    disputed: disputed !== undefined,
    aboutFood: !!foodCaveat,
    routeClosed,
    refundConditional: refundConditional && f.goodsBack,
  };
}

/**
 * A parcel from a private seller (or one the user is unsure about) that never came: E-Commerce Law Art. 20 (the
 * seller bears the transport risk) binds businesses only, and between private people the Civil Code points both ways.
 */
const privateParcel = (r: Reading) => r.facts.seller !== 'business' && r.facts.problem === 'lost-or-not-delivered';

/**
 * Cases where the seller may be partly right on facts the check cannot know, said beside the user's own route: a late
 * meal (with nothing promised, or a promise whose own terms decide), a tour the user cancelled (the agency keeps costs really spent), a fee that may have
 * been shown before paying, a pre-sale payment that may be a 定金 the user walked away from, a missing item nobody
 * filmed, a parcel from a private seller lost on the way, and one shown as signed for that never came.
 */

function caseCaveatOf(r: Reading, words: PlanWords): SellerMayBeRight | undefined {
  const f = r.facts;
  if (fakeDecided(r))
    return {
      why: words.say(f.platform === 'taobao' ? 'case.fake-decided.why.taobao' : 'case.fake-decided.why'),
      // Once mediation has ended, the court is where an appraisal is asked for (CPL 79; audit 16, L3).
      still:
        f.stage === 'regulator-ended'
          ? words.sentences(words.say('case.fake-decided.still.ended'), words.say('case.court-appraisal'))
          : words.say('case.fake-decided.still'),
    };
  const key =
    f.problem === 'food-delivery' && f.mealProblem === 'late'
      ? f.latePromise
        ? 'case.meal-late.promised'
        : 'case.meal-late'
      : f.problem === 'tickets-and-travel' && f.tripProblem === 'tour-i-cancelled'
        ? 'case.tour-i-cancelled'
        : f.problem === 'tickets-and-travel' && f.tripProblem === 'hidden-fee'
          ? 'case.hidden-fee'
          : f.serviceProblem === 'auto-renewed'
            ? 'case.auto-renewed'
            : r.presale === 'unclear'
              ? 'excuse.deposit-not-refundable.unclear'
              : r.missingUnfilmed
                ? // Found weeks after delivery: notice within a reasonable time is the seller's strongest point
                  // (CC 621); audit 10-b, M4.
                  // (Not where the user asked for the return within the 7 days: notice was given then; audit G, L2.)
                  // (Nor where the seller refused within the 7 days: it was raised by then; audit I, L1.)
                  r.sevenDaysLeft === undefined && !r.returnedInTime && !returnAskedInTime(r) && !r.refusedInTime
                  ? 'case.missing-signed.late'
                  : 'case.missing-signed'
                : unwantedMedicine(r) && r.consumer
                  ? 'excuse.item-excluded-from-returns.medicine'
                  : privateParcel(r)
                    ? 'case.private-transit'
                    : r.facts.signedNotReceived
                      ? 'case.signed-not-received'
                      : undefined;
  // A parcel between private people, with no platform to ask (a chat group, a shop's own site) or none left to ask
  // (it has ruled, or mediation has ended): the seller and the court (audit O, M6).
  if (key === 'case.private-transit' && (!r.app || stageRung[f.stage] >= 2))
    return { why: words.say(`${key}.why`), still: words.say('case.private-transit.still.no-platform') };
  // Collected from a group leader: no courier weighed a parcel, and the scale and the label are the evidence.
  if (key === 'case.missing-signed' && f.platform === 'community-group')
    return { why: words.say(`${key}.why`), still: words.say('case.missing-signed.still.pickup') };
  // A renewal charged by a shop's own app or site: no platform to take it to, only 12315 (audit O, M7).
  if (key === 'case.auto-renewed' && !r.app && stageRung[f.stage] < 2)
    return { why: words.say(`${key}.why`), still: words.say('case.auto-renewed.still.no-platform') };
  // What is still possible names only the rungs the stage leaves open (audit 11-b, M5).
  if ((key === 'case.hidden-fee' || key === 'case.auto-renewed') && stageRung[f.stage] >= 2)
    return {
      why: words.say(`${key}.why`),
      still: words.say(f.stage === 'regulator-ended' ? `${key}.still.ended` : `${key}.still.platform-decided`),
    };
  if (key)
    return {
      why: words.say(`${key}.why`),
      still: key === 'excuse.item-excluded-from-returns.medicine' ? stillOf(key, r, words) : words.say(`${key}.still`),
    };
  // A change of mind asked about weeks later: right only if first asked within the 7 days (audit 11-b, H2), unless a
  // refusal the user dated within them shows it was (audit 17, L3).
  if (r.noReasonLate && f.receivedOn && !r.refusedInTime)
    return {
      why: words.say('case.no-reason-late.why', { date: { date: plusDays(f.receivedOn, 7) } }),
      still: words.say('case.no-reason-late.still'),
    };
  return packagingOnly(r) ? packagingCaveat(r, words) : undefined;
}

/** A faulty item whose only fault the user named is its box, not yet sent back: the item itself may be fine. */
const packagingOnly = (r: Reading) => r.boxOnly && !r.facts.goodsBack;

function notesFor(r: Reading, words: PlanWords): string[] {
  const f = r.facts;
  const notes: string[] = [];
  // A move's plan quotes court rules on businesses, which may not bind a private person either (audit AE, L4).
  if (f.seller === 'unsure')
    notes.push(words.say(f.serviceProblem === 'moved-away' ? 'note.seller-unsure.prepaid' : 'note.seller-unsure'));
  else if (secondHandBusiness(r)) notes.push(words.say('note.second-hand-business'));
  if (f.payment === 'off-platform') notes.push(words.say('note.off-platform'));
  if (f.platform === 'cross-border') notes.push(words.say('note.cross-border'));
  if (f.platform === 'community-group') notes.push(words.say('note.community-group'));
  if (f.liveStream) notes.push(words.say('note.live-stream'));
  if (f.itemKind === 'cosmetics') notes.push(words.say('note.cosmetics'));
  return notes;
}
