/** Real dates for the user's case, computed from their dates and today. */
import { daysBetween, plusDays, plusMonths, plusYears, type IsoDate } from '../tree/dates';
import { calendarYears, plusWorkingDays } from '../tree/working-days';
import { tx } from '../tree/text';
import type { Reading } from './facts';
import type { PlanDeadline } from './types';

type Draft = Omit<PlanDeadline, 'passed' | 'daysLeft'>;

/**
 * Real dates for this case. Consumer-law dates (the 7-day returns, the durable-goods burden, the regulator's reply)
 * are given only where consumer law applies; a private seller's case gets the Civil Code's dates alone.
 */
export function deadlinesFor(r: Reading, today: IsoDate, includes12315: boolean): PlanDeadline[] {
  const facts = r.facts;
  const drafts: Draft[] = [];
  const business = r.consumer;
  const { receivedOn, orderedOn } = facts;

  if (receivedOn && business && facts.problem === 'changed-my-mind' && !r.excludedByLaw) {
    drafts.push({
      id: 'no-reason-return',
      label: tx('Last day to ask for a 7-day no-reason return', '7天无理由退货的最后一天'),
      date: plusDays(receivedOn, 7),
      basis: 'law',
      laws: ['crpl-25', 'returns-10'],
      note: tx('The 7 days start the day after you signed.', '7天从签收的次日起算。'),
      afterwards: tx(
        'The no-reason return has passed. If the item is faulty or not as described, your quality rights go on: repair, replacement or return.',
        '无理由退货期已过。如果商品有质量问题或与描述不符，你仍可要求修理、更换或退货。',
      ),
    });
  }
  if (receivedOn && business && r.goodsFault) {
    drafts.push({
      id: 'quality-return',
      label: tx('Last day to return a faulty item under the 7-day quality rule', '质量问题7日内退货的最后一天'),
      date: plusDays(receivedOn, 7),
      basis: 'law',
      laws: ['crpl-24'],
      afterwards: tx(
        'You can still ask for a replacement or a repair, and a return where the fault defeats the purpose of the purchase.',
        '你仍可要求更换或修理；如果质量问题导致不能实现购买目的，也可以退货。',
      ),
    });
  }
  // Only the listed durable goods (CRPL Art. 23(3)); phones and earphones are not claimed as durable.
  if (
    receivedOn &&
    business &&
    r.durable &&
    (facts.problem === 'defective-or-damaged' || facts.problem === 'not-as-described')
  ) {
    drafts.push({
      id: 'burden-of-proof',
      label: tx('For durable goods, the seller must prove there is no defect until', '耐用商品由经营者举证的截止日'),
      date: plusMonths(receivedOn, 6),
      basis: 'law',
      laws: ['crpl-23'],
      note: tx(
        'The law lists cars, computers, TVs, fridges, air conditioners and washing machines.',
        '法律列明的耐用商品有机动车、计算机、电视机、电冰箱、空调器、洗衣机等。',
      ),
      afterwards: tx(
        'You may now need to show the defect yourself, for example with a test report.',
        '现在可能需要你自己证明瑕疵，例如提供检测报告。',
      ),
    });
  }
  if (receivedOn && r.goodsFault) {
    drafts.push({
      id: 'defect-notice',
      label: tx('Latest day to tell the seller about a defect', '通知卖家质量问题的最后期限'),
      date: plusYears(receivedOn, 2),
      basis: 'law',
      laws: ['cc-621'],
      note: tx(
        'A longer warranty period replaces this date. If the seller knew of the defect, there is no limit.',
        '如有更长的质量保证期，以保证期为准。如果卖家知道瑕疵，则不受此期限限制。',
      ),
      afterwards: tx(
        'Unless the seller knew of the defect or a longer warranty runs, this route may be closed. Ask a lawyer.',
        '除非卖家知道瑕疵或质量保证期更长，这条途径可能已经关闭。请咨询律师。',
      ),
    });
  }
  const start = receivedOn ?? orderedOn;
  if (start) {
    drafts.push({
      id: 'limitation',
      label: tx('Latest day to go to court (3-year time limit)', '起诉的最后期限（3年诉讼时效）'),
      date: plusYears(start, 3),
      basis: 'law',
      laws: ['cc-188', 'cc-195'],
      note: receivedOn
        ? tx(
            'Counted from the day you received the item, to be safe. Every written demand to the seller restarts the 3 years.',
            '为稳妥起见，从收货日起算。每次书面要求卖家履行，3年期限重新计算。',
          )
        : tx(
            'Counted from the order date, to be safe. Every written demand to the seller restarts the 3 years.',
            '为稳妥起见，从下单日起算。每次书面要求卖家履行，3年期限重新计算。',
          ),
      afterwards: tx(
        'The seller can now refuse to pay because of the time limit, unless you demanded performance in writing within the last 3 years.',
        '卖家现在可以以超过诉讼时效为由拒绝赔付，除非你在过去3年内曾书面要求履行。',
      ),
    });
  }
  if (facts.refusedOn && facts.platform === 'jd') {
    drafts.push({
      id: 'jd-intervention',
      label: tx('Last day to ask JD to step in', '申请京东介入的最后一天'),
      date: plusDays(facts.refusedOn, 15),
      basis: 'platform',
      laws: ['jd-dispute'],
      note: tx(
        'JD’s own rule (version in force 4 July 2025), not law: 15 natural days after the seller rejected your after-sales request.',
        '京东自己的规则（2025年7月4日施行的版本），不是法律：卖家驳回售后申请后15个自然日内。',
      ),
      afterwards: tx(
        'JD may no longer step in. Your legal rights are not affected: 12315 and the courts are still open.',
        '京东可能不再介入。你的法定权利不受影响：仍然可以找12315或法院。',
      ),
    });
  }
  if (facts.returnedOn && business) {
    drafts.push({
      id: 'refund-due',
      label: tx('The seller’s refund is due by', '卖家应退款的最后一天'),
      date: plusDays(facts.returnedOn, 7),
      basis: 'law',
      laws: ['returns-13'],
      note: tx('7 days from the day the seller received your return.', '自卖家收到退货之日起7日。'),
      afterwards: tx(
        'The refund is late. More than 15 days late can be fined: report it as well as complaining.',
        '退款已逾期。超过15日未退款的可以被处罚：可以在投诉的同时举报。',
      ),
    });
  }
  if (facts.refusedOn && facts.platform === 'wechat-store') {
    drafts.push({
      id: 'wechat-intervention',
      label: tx('Last day to ask WeChat Store to step in', '申请微信小店平台介入的最后一天'),
      date: plusDays(facts.refusedOn, 7),
      basis: 'platform',
      laws: ['wechat-store-complaint'],
      note: tx(
        'A platform rule from WeChat Store’s developer documents, not law: 7 days after the seller rejects your request.',
        '这是微信小店开发者文档中的平台规则，不是法律：卖家拒绝申请后7天内。',
      ),
      afterwards: tx(
        'The platform may no longer step in. 12315 and the courts are still open.',
        '平台可能不再介入。你仍然可以找12315或法院。',
      ),
    });
  }
  if (includes12315 && business) {
    const reply = plusWorkingDays(today, 7);
    drafts.push({
      id: 'regulator-reply',
      label: tx(
        'If you complain to 12315 today, the regulator should answer by',
        '今天向12315投诉，监管部门应在此日前答复',
      ),
      date: reply.date,
      basis: 'regulator',
      laws: ['crpl-46', 'regs-46'],
      note: reply.covered
        ? tx(
            '7 working days, counted on the official calendar of public holidays and make-up working days.',
            '7个工作日，按官方节假日和调休日历计算。',
          )
        : tx(
            '7 working days. Part of this period falls in a year whose official holiday calendar is not published yet, so only weekends were skipped there: the real date may be later.',
            '7个工作日。其中一部分落在官方节假日安排尚未公布的年份，那部分只扣除了周末，实际日期可能更晚。',
          ),
      calendar: { ...calendarYears, covered: reply.covered },
    });
  }

  return drafts
    .map((d) => ({ ...d, passed: daysBetween(today, d.date) < 0, daysLeft: daysBetween(today, d.date) }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
