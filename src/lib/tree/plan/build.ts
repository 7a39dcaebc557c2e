/**
 * buildPlan: the answers and today's date in, the plan out. Pure and deterministic: the same inputs always give
 * the same plan, which is what lets a share link reopen the same plan on another device.
 */
import { locate, questionById } from '../evaluate';
import { daysBetween, plusDays, type IsoDate } from '../dates';
import { tx } from '../text';
import { tree as defaultTree } from '../tree';
import type { Answers, Text, Tree } from '../types';
import { deadlinesFor } from './deadlines';
import { evidenceChecklist } from './evidence';
import { factsOf, type Facts } from './facts';
import { fillMessages, requestFor } from './messages';
import {
  answerExcuse,
  askSeller,
  complain12315,
  evidenceFor,
  goToCourt,
  noReasonReturn,
  platformIntervention,
  platformLiability,
  punitiveDamages,
  reportableExcuses,
  reportViolation,
  saveEvidence,
} from './steps';
import type { CheckResult, Plan, PlanStep, TemplateTexts } from './types';

export interface PlanInput {
  answers: Answers;
  today: IsoDate;
  templates: Readonly<Record<string, TemplateTexts>>;
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

export function buildPlan({ answers, today, templates, tree = defaultTree }: PlanInput): Plan {
  const facts = factsOf(answers);
  const platformName = optionLabel(tree, 'platform', facts.platform);
  const steps = chooseSteps(facts, tree, platformName, today);
  const relevantEvidence = evidenceFor(facts);
  const missing = relevantEvidence.filter((id) => !facts.evidence.includes(id));
  if (missing.length > 0 && facts.tried !== 'regulator-ended') steps.unshift(saveEvidence(missing));

  const templateIds = steps.flatMap((s) => (s.template ? [s.template] : []));
  const guides = [...new Set([facts.problem, ...steps.flatMap((s) => s.guides)])].filter((g) => g && g !== 'other');
  return {
    outcome: 'plan',
    steps,
    deadlines: deadlinesFor(
      facts,
      today,
      steps.some((s) => s.id === 'complain-12315'),
    ),
    evidence: evidenceChecklist(facts),
    messages: fillMessages(templateIds, templates, facts, platformName, today),
    guides,
    notes: notesFor(facts),
  };
}

function chooseSteps(facts: Facts, tree: Tree, platformName: Text, today: IsoDate): PlanStep[] {
  const request = requestFor(facts.problem);
  const privateSeller = facts.seller === 'private';
  const excuse = facts.sellerSaid;
  const hasExcuse = excuse !== 'none-yet' && excuse !== 'something-else';
  const sevenDayOpen =
    !privateSeller &&
    facts.received &&
    !!facts.receivedOn &&
    daysBetween(today, plusDays(facts.receivedOn, 7)) >= 0 &&
    facts.problem !== 'digital-goods-and-courses' &&
    !['lost-or-not-delivered', 'late-delivery', 'pre-sale-deposits'].includes(facts.problem) &&
    facts.tried === 'nothing';

  const ladder: PlanStep[] = [];
  const rung =
    { nothing: 0, 'seller-refused': 1, 'seller-silent': 1, 'platform-against': 2, 'regulator-ended': 3 }[facts.tried] ??
    0;

  if (rung === 0) {
    if (sevenDayOpen && (facts.problem === 'changed-my-mind' || !facts.fraud)) ladder.push(noReasonReturn());
    ladder.push(askSeller(facts, request));
  }
  if (rung <= 1 && hasExcuse && excuse !== 'shop-has-closed' && excuse !== 'platform-has-decided') {
    ladder.push(answerExcuse(excuse, optionLabel(tree, 'seller-said', excuse)));
  }
  if (excuse === 'shop-has-closed') ladder.push(platformLiability());
  if (rung <= 1) ladder.push(platformIntervention(facts, platformName));
  if (!privateSeller && rung <= 2) {
    ladder.push(complain12315());
    if (reportableExcuses.has(excuse)) ladder.push(reportViolation());
  }
  ladder.push(goToCourt());
  if (facts.fraud || facts.food) ladder.push(punitiveDamages(facts));
  // With a private seller the 7-day return and the 12315 route do not apply; the no-reason step was never added.
  return ladder;
}

function notesFor(facts: Facts): Text[] {
  const notes: Text[] = [];
  if (facts.seller === 'private') {
    notes.push(
      tx(
        'Consumer law protects you against businesses. Between two private people the Civil Code applies: you can still ask for a repair, replacement, return or lower price, and go to court. If the “private” seller is really trading as a business, consumer law applies after all (Supreme People’s Court Online Consumption Provisions, Art. 7).',
        '消费者权益保护法针对的是经营者。两个个人之间适用《民法典》：你仍然可以要求修理、更换、退货或减价，也可以起诉。如果所谓“个人”卖家实际上是在经营，仍然适用消费者权益保护法（《最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）》第七条）。',
      ),
    );
  }
  if (facts.seller === 'unsure') {
    notes.push(
      tx(
        'We treated the seller as a business. Someone who sells the same kind of goods again and again is treated as a business, even on a second-hand app.',
        '我们把卖家当作经营者处理。经常出售同类商品的人，即使在二手平台上，也被视为经营者。',
      ),
    );
  }
  if (facts.payment === 'off-platform') {
    notes.push(
      tx(
        'You paid outside the platform. If the shop’s staff asked you to, the shop is still responsible, but the platform’s own protection may not cover the payment. Keep the transfer record.',
        '你是在平台外付款的。如果是店铺工作人员让你这样做，店铺仍要负责，但平台自身的保障可能不包括这笔付款。请保留转账记录。',
      ),
    );
  }
  if (facts.platform === 'cross-border') {
    notes.push(
      tx(
        'We have not checked the rules of cross-border platforms, and a seller outside mainland China may be under other laws. Check the platform’s rules.',
        '我们没有核对跨境平台的规则，境外卖家也可能适用其他法律。请查看平台规则。',
      ),
    );
  }
  if (facts.liveStream) {
    notes.push(
      tx(
        'In a live stream, the live-room operator is liable as the seller unless it clearly showed who the real seller was.',
        '在直播间购物时，直播间运营者作为销售者承担责任，除非它清楚标明了真正的卖家。',
      ),
    );
  }
  if (facts.problem === 'digital-goods-and-courses') {
    notes.push(
      tx(
        'Downloaded software and audio-visual products that were unsealed or downloaded are excluded from the 7-day no-reason return, but quality rights still apply.',
        '已拆封或已下载的音像制品、计算机软件不适用7天无理由退货，但质量问题的权利仍然适用。',
      ),
    );
  }
  return notes;
}
