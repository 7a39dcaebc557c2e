/**
 * buildPlan: the answers and today's date in, the plan out. Pure and deterministic: the same inputs always give
 * the same plan, which is what lets a share link reopen the same plan on another device.
 *
 * The plan is put together from what the facts settle (facts.ts `read`): the right first action for the case and
 * the stage it has reached, an honest answer to what the seller said (a rebuttal with its law, or "the seller may be
 * right here"), then the ladder from where the user stands, with the case's own law carried at every rung.
 */
import { locate, questionById } from '../tree/evaluate';
import { daysBetween, plusDays, type IsoDate } from '../tree/dates';
import { tx } from '../tree/text';
import { tree as defaultTree } from '../tree/tree';
import type { Answers, Text, Tree } from '../tree/types';
import { deadlinesFor } from './deadlines';
import { evidenceChecklist } from './evidence';
import { excuseAnswer, privateSellerCaveat } from './excuses';
import { factsOf, read, type Reading } from './facts';
import {
  answerExcuse,
  askDelivery,
  caseBasis,
  complain12315,
  evidenceFor,
  goToCourt,
  noReasonReturn,
  paymentComplaint,
  platformIntervention,
  platformLiability,
  presaleRefund,
  privateSeller,
  punitiveDamages,
  qualityRemedy,
  qualityReturn,
  refundOverdue,
  reportViolation,
  saveEvidence,
  serviceRefund,
  stillPossible,
} from './steps';
import type { CheckResult, Plan, PlanDeadline, PlanStep, SellerMayBeRight, TodayAction } from './types';

export interface PlanInput {
  answers: Answers;
  today: IsoDate;
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

const optionLabel = (tree: Tree, questionId: string, optionId: string): Text => {
  const question = questionById(tree, questionId);
  const option = question && 'options' in question ? question.options.find((o) => o.id === optionId) : undefined;
  return option?.label ?? tx(optionId);
};

export function buildPlan({ answers, today, tree = defaultTree }: PlanInput): Plan {
  const r = read(factsOf(answers), today);
  const platformName = optionLabel(tree, 'platform', r.facts.platform);
  const { steps, mayBeRight } = chooseSteps(r, tree, platformName, today);
  const missing = evidenceFor(r).filter((id) => !r.facts.evidence.includes(id));
  if (missing.length > 0 && r.facts.stage !== 'regulator-ended') steps.unshift(saveEvidence(missing));
  const deadlines = deadlinesFor(
    r,
    today,
    steps.some((s) => s.id === 'complain-12315'),
  );
  const guides = [...new Set([r.facts.problem, ...steps.flatMap((s) => s.guides)])].filter(Boolean);
  return {
    outcome: 'plan',
    steps,
    deadlines,
    evidence: evidenceChecklist(r),
    messages: steps.flatMap((s) => (s.message ? [s.message] : [])),
    guides,
    notes: notesFor(r),
    today: todayAction(steps, deadlines),
    ...(mayBeRight ? { sellerMayBeRight: mayBeRight } : {}),
  };
}

/** The first step after saving evidence, with the days left in the window that governs it. */
function todayAction(steps: readonly PlanStep[], deadlines: readonly PlanDeadline[]): TodayAction {
  const first = steps.find((s) => s.id !== 'save-evidence') ?? steps[0]!;
  const governing: Record<string, string> = {
    'quality-return': 'quality-return',
    'no-reason-return': 'no-reason-return',
    'refund-overdue': 'refund-due',
  };
  const platformWindow = deadlines.find((d) => d.id === 'jd-intervention' || d.id === 'wechat-intervention');
  const deadline =
    deadlines.find((d) => d.id === governing[first.id] && !d.passed) ??
    (first.id === 'platform-intervention' && platformWindow && !platformWindow.passed ? platformWindow : undefined);
  return deadline ? { step: first.id, deadline: deadline.id, daysLeft: deadline.daysLeft } : { step: first.id };
}

function chooseSteps(
  r: Reading,
  tree: Tree,
  platformName: Text,
  today: IsoDate,
): { steps: PlanStep[]; mayBeRight?: SellerMayBeRight } {
  const f = r.facts;
  const c = caseBasis(r, today);
  const steps: PlanStep[] = [];
  const excuse = f.sellerSaid;
  // A download has no no-reason return whatever the seller said, so its answer applies even before it says it.
  const answer = excuseAnswer(
    f.problem === 'digital-goods-and-courses' && f.itemKind === 'download' ? 'digital-no-refund' : excuse,
    r,
  );
  const privateCaveat = !r.consumer && r.goodsFault ? privateSellerCaveat : undefined;
  const mayBeRight =
    answer?.kind === 'may-be-right'
      ? answer.mayBeRight
      : answer?.kind === 'rebut'
        ? (answer.caveat ?? privateCaveat)
        : privateCaveat;
  // A lawful refusal closes the user's own route; a conditional one leaves it open beside the warning.
  const routeClosed = answer?.kind === 'may-be-right' && !answer.conditional;
  if (answer?.kind === 'may-be-right') c.claims.push(...answer.claims.filter((id) => !c.claims.includes(id)));
  const rung = {
    nothing: 0,
    'seller-refused': 1,
    'seller-silent': 1,
    'sent-back': 1,
    'platform-against': 2,
    'regulator-ended': 3,
  }[f.stage];
  const offerTest = excuse === 'not-a-quality-issue' && !r.durable;

  // 1. The case's own first action, while the user has not yet escalated (and while there is a seller to ask).
  if (excuse === 'shop-has-closed') {
    // Nobody to ask: the platform comes first.
  } else if (!r.consumer) steps.push(privateSeller());
  else if (f.stage === 'sent-back') steps.push(refundOverdue(r, c, today));
  else if (rung <= 1) {
    if (r.goodsFault)
      steps.push(
        r.sevenDaysLeft !== undefined ? qualityReturn(r, c, today, offerTest) : qualityRemedy(r, c, today, offerTest),
      );
    else if (f.problem === 'changed-my-mind') {
      if (r.sevenDaysLeft !== undefined && !r.excludedByLaw && !routeClosed) steps.push(noReasonReturn(r, c, today));
    } else if (f.problem === 'lost-or-not-delivered' || f.problem === 'late-delivery')
      steps.push(askDelivery(r, c, today));
    else if (f.problem === 'pre-sale-deposits') {
      if (!routeClosed) steps.push(presaleRefund(r, c, today));
    } else if (f.problem === 'digital-goods-and-courses' && f.itemKind === 'service')
      steps.push(serviceRefund(r, c, today));
  }
  // 2. What the seller said: answered with its law, or said plainly where the seller may be right.
  if (answer?.kind === 'rebut' && rung <= 1 && f.stage !== 'sent-back' && excuse !== 'shop-has-closed')
    steps.push(answerExcuse(excuse, optionLabel(tree, 'seller-said', excuse), answer, r, c, today));
  if (excuse === 'shop-has-closed') steps.push(platformLiability(c));

  // 3. The ladder, from where the user stands. A refusal that may be lawful is not reported, and with a private
  // seller the consumer-law routes (12315, reports) do not apply.
  if (rung <= 1 && r.hasPlatform && !routeClosed) steps.push(platformIntervention(r, c, platformName, today));
  if (!r.hasPlatform && f.payment === 'off-platform') steps.push(paymentComplaint());
  if (r.consumer && rung <= 2 && !routeClosed) {
    steps.push(complain12315(r, c, today));
    if (answer?.kind === 'rebut' && answer.reportable && !answer.caveat) steps.push(reportViolation());
    // More than 15 days without the refund is itself a breach the regulator can fine (returns-31).
    else if (f.stage === 'sent-back' && f.returnedOn && daysBetween(today, plusDays(f.returnedOn, 15)) < 0)
      steps.push(reportViolation());
  }
  if (!routeClosed || r.goodsFault) steps.push(goToCourt(r, c, r.consumer));
  if (r.consumer && (f.fraud || (r.food && r.goodsFault))) steps.push(punitiveDamages(r));
  // Where the refusal may be lawful and nothing else applies, the plan still says what is possible.
  if (mayBeRight && !steps.some((s) => s.id !== 'save-evidence')) steps.push(stillPossible(mayBeRight, c));
  return { steps, ...(mayBeRight ? { mayBeRight } : {}) };
}

function notesFor(r: Reading): Text[] {
  const f = r.facts;
  const notes: Text[] = [];
  if (f.seller === 'unsure')
    notes.push(
      tx(
        'We treated the seller as a business. If they are a private person selling their own things, consumer law (the 7-day return, 12315) may not apply, and contract law does.',
        '我们按经营者处理。如果对方是出售自己闲置物品的个人，消费者权益保护法（七天无理由、12315）可能不适用，适用合同方面的法律。',
      ),
    );
  if (f.payment === 'off-platform')
    notes.push(
      tx(
        'You paid outside the platform’s checkout. Keep the transfer record: the platform’s own protection may not cover the payment.',
        '你没有通过平台下单付款。请保留转账记录：平台自身的保障可能不包括这笔付款。',
      ),
    );
  if (f.platform === 'cross-border')
    notes.push(
      tx(
        'A cross-border shop on a mainland app: the platform is bound by the E-Commerce Law, but we have not checked each platform’s own cross-border rules. Check them in the app.',
        '国内App上的跨境店铺：平台受《电子商务法》约束，但我们没有核对各平台自己的跨境规则，请在App中查看。',
      ),
    );
  if (f.liveStream)
    notes.push(
      tx(
        'Bought in a live stream: the live-room operator is liable as the seller unless it clearly showed who the real seller was.',
        '在直播间购买：直播间运营者没有清楚标明其不是销售者并标明实际销售者的，应当承担销售者责任。',
      ),
    );
  if (f.itemKind === 'cosmetics')
    notes.push(
      tx(
        'Cosmetics are not food: the Food Safety Law’s 10 times does not apply. If the seller cheated, the Consumer Rights Protection Law’s 3 times can.',
        '化妆品不是食品，不适用食品安全法的十倍赔偿。卖家欺诈的，可以依据消费者权益保护法主张三倍赔偿。',
      ),
    );
  return notes;
}
