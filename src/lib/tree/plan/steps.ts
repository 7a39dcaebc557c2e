/**
 * The steps a plan can hold, each written once. The plan builder picks and orders them; the texts here say what to
 * do, why (with the law), how, what to attach, how long it takes and when to move on.
 */
import { tx } from '../text';
import type { Text } from '../types';
import type { Facts } from './facts';
import type { PlanStep } from './types';

/** The law behind asking the seller, by what went wrong. */
const remedyLaws: Record<string, string[]> = {
  'defective-or-damaged': ['crpl-24', 'pql-40'],
  'not-as-described': ['crpl-23', 'pql-40'],
  'counterfeit-goods': ['crpl-24', 'crpl-55'],
  'wrong-or-missing-items': ['crpl-24', 'cc-582'],
  'lost-or-not-delivered': ['ecl-20', 'cc-604'],
  'late-delivery': ['crpl-53', 'cc-577'],
  'changed-my-mind': ['crpl-25', 'returns-13'],
  'pre-sale-deposits': ['cc-587', 'spc-contract-67'],
  'digital-goods-and-courses': ['crpl-53', 'regs-22'],
};

/** The key law each excuse card answers with. */
const excuseLaws: Record<string, string[]> = {
  'signed-for-no-refund': ['spc-online-1', 'cc-623'],
  'not-a-quality-issue': ['crpl-25', 'crpl-23'],
  'deadline-passed': ['crpl-24', 'cc-621'],
  'opened-so-no-return': ['spc-online-3', 'regs-19'],
  'item-excluded-from-returns': ['crpl-25', 'regs-19'],
  'sale-items-no-returns': ['crpl-26', 'crpl-24'],
  'tags-off-or-used': ['returns-9', 'crpl-24'],
  'you-pay-return-shipping': ['crpl-24'],
  'store-credit-only': ['returns-14'],
  'refund-after-inspection': ['returns-13', 'returns-31'],
  'contact-the-manufacturer': ['crpl-40'],
  'final-interpretation-right': ['spc-online-1', 'crpl-26'],
  'shop-has-closed': ['crpl-44', 'ecl-61'],
  'platform-has-decided': ['crpl-39', 'order-116'],
};

/** Excuses that are themselves a breach the regulator can punish: worth a report as well as a complaint. */
export const reportableExcuses = new Set([
  'opened-so-no-return',
  'item-excluded-from-returns',
  'refund-after-inspection',
  'final-interpretation-right',
  'store-credit-only',
  'sale-items-no-returns',
]);

export const evidenceFor = (facts: Facts): string[] => {
  if (facts.problem === 'lost-or-not-delivered' || facts.problem === 'late-delivery')
    return ['order-page', 'tracking', 'chat'];
  if (facts.problem === 'pre-sale-deposits' || facts.problem === 'digital-goods-and-courses')
    return ['order-page', 'listing', 'chat'];
  if (facts.problem === 'changed-my-mind') return ['order-page', 'chat'];
  return ['order-page', 'listing', 'photos', 'unboxing', 'chat'];
};

export function saveEvidence(missing: readonly string[]): PlanStep {
  return {
    id: 'save-evidence',
    title: tx('Save your evidence today', '今天就保存证据'),
    what: tx('Take screenshots before anything changes: listings are edited and chats can be cleared.'),
    why: tx(
      'Chats, screenshots, photos and videos count as evidence in court, and the seller must hand over the transaction records it holds.',
    ),
    laws: ['evidence-14', 'ecl-62'],
    how: [
      tx('Screenshot the order page and the payment record, showing the order number and date.'),
      tx('Screenshot the listing (商品详情页) as it is now, including the price and the description.'),
      tx('Keep the whole chat with the seller inside the app. Do not move to WeChat or phone calls.'),
      tx('Photograph or film the problem, with the item and the parcel label in view.'),
    ],
    attach: missing,
    takes: tx('About 15 minutes.'),
    moveOn: tx('Go on as soon as the items in your evidence checklist are saved.'),
    guides: ['evidence-to-keep'],
  };
}

export function noReasonReturn(): PlanStep {
  return {
    id: 'no-reason-return',
    title: tx('Ask for a 7-day no-reason return', '申请7天无理由退货'),
    what: tx('You are inside the 7 days, so you need no reason at all. This is often the fastest way to your money.'),
    why: tx(
      'Goods bought online can be returned within 7 days without a reason. The 7 days start the day after you sign, and the seller must refund within 7 days of receiving the return.',
    ),
    laws: ['crpl-25', 'returns-10', 'returns-13'],
    how: [
      tx(
        'In the order, tap 申请售后 (apply for after-sales), then 退货退款 (return and refund), and choose the 7-day no-reason option. Labels change: check the current ones in the app.',
      ),
      tx('Send the item back intact with its accessories and gifts, and keep the courier receipt and tracking number.'),
      tx('You normally pay the return postage, unless the listing promised free returns (退货包运费).'),
    ],
    attach: ['order-page'],
    takes: tx('The refund is due within 7 days of the seller receiving the item.'),
    moveOn: tx(
      'If the seller refuses, gives no return address, or has not refunded 7 days after receiving the item, go to the next step.',
    ),
    guides: ['changed-my-mind', 'opened-so-no-return'],
  };
}

export function askSeller(facts: Facts, request: Text): PlanStep {
  const laws = [...(remedyLaws[facts.problem] ?? ['crpl-24']), 'cc-195'];
  return {
    id: 'ask-seller',
    title: tx('Ask the seller in writing', '书面联系卖家'),
    what: { en: `Ask for ${request.en} in the platform chat, and give a date to reply by.`, 'zh-cn': null },
    why: tx('Put what the law gives you in writing. A written demand also restarts the 3-year time limit.'),
    laws,
    how: [
      tx(
        'Open the order and tap 联系卖家 (contact the seller), or apply for after-sales (申请售后) with the reason that fits.',
      ),
      tx('Send the message below, with your photos or video in the same chat.'),
      tx('Screenshot the seller’s answer, or the lack of one.'),
    ],
    attach: facts.problem === 'lost-or-not-delivered' ? ['tracking'] : ['photos', 'unboxing'],
    takes: tx('Give the seller about 3 days. That is our suggestion, not a legal limit.'),
    moveOn: tx('Move on if the seller refuses, does not answer by your date, or offers less than the law gives you.'),
    guides: ['negotiate-with-seller'],
    template: 'message-to-seller',
  };
}

export function answerExcuse(excuse: string, label: Text): PlanStep {
  return {
    id: 'answer-excuse',
    title: tx('Answer what the seller said', '回应卖家的说法'),
    what: { en: `The seller said ${label.en}. The law says otherwise: send the reply from the guide.`, 'zh-cn': null },
    why: tx('The guide explains, with the articles, why this excuse does not take away your rights.'),
    laws: excuseLaws[excuse] ?? ['crpl-26'],
    how: [
      tx('Open the guide, copy the ready reply in Chinese, fill in your details and send it in the platform chat.'),
    ],
    attach: ['chat'],
    takes: tx('A few minutes to send; give the seller about 3 days to answer.'),
    moveOn: tx('If the seller repeats the excuse, go to the next step. Do not argue for weeks.'),
    guides: [excuse],
  };
}

const platformHow: Record<string, Text[]> = {
  taobao: [
    tx(
      'Open the order and your after-sales request, and tap 申请平台介入 (apply for platform intervention). Taobao’s rule calls this 淘宝介入.',
    ),
    tx(
      'Taobao’s dispute rule (version in force 15 August 2025) gives no number of days for asking. Apply as soon as the seller says no, and check the current rule in the app.',
    ),
    tx('If you say the goods never arrived, Taobao’s rule puts it on the seller to prove delivery.'),
  ],
  tmall: [
    tx('Open the order and your after-sales request, and tap 申请平台介入 (apply for platform intervention).'),
    tx('We have not seen Tmall’s own dispute rule. Check the time limit in the app and apply quickly.'),
  ],
  jd: [
    tx(
      'If there is no agreement 24 hours after you raised the problem, apply for JD intervention (京东介入) in the after-sales screen.',
    ),
    tx(
      'Apply within 15 natural days after the seller rejected your after-sales request (JD dispute rule, version in force 4 July 2025).',
    ),
    tx(
      'The seller then has 24 hours to settle or give evidence. If you disagree with the outcome, appeal within 7 natural days after the dispute closes.',
    ),
  ],
  wechat: [
    tx(
      'In a WeChat Store order, ask for platform intervention within 7 days after the seller rejects your after-sales request. The platform also steps in if the seller does not answer in time (WeChat Store developer documents).',
    ),
    tx(
      'A WeChat group or a private chat is not a store and has no intervention: keep the chat and go to the next step.',
    ),
  ],
  xianyu: [
    tx('Xianyu has its own help and dispute process in the order screen. We have not seen its rules: check the app.'),
  ],
  'cross-border': [
    tx(
      'Use the platform’s dispute or after-sales process in the order. We have not checked cross-border platforms’ rules: check the app.',
    ),
  ],
  other: [
    tx(
      'If you paid through a platform or app, use its dispute or after-sales process. If there is none, go to the next step.',
    ),
  ],
};

export function platformIntervention(facts: Facts, platformName: Text): PlanStep {
  const how = platformHow[facts.platform] ?? [
    {
      en: `Open the order, apply for after-sales (申请售后), then apply for platform intervention (申请平台介入). We have not seen ${platformName.en}’s current rules: check the time limit in the app and apply quickly.`,
      'zh-cn': null,
    },
  ];
  const ruleLaws =
    facts.platform === 'taobao'
      ? ['taobao-dispute']
      : facts.platform === 'jd'
        ? ['jd-dispute']
        : facts.platform === 'wechat'
          ? ['wechat-store-complaint']
          : [];
  return {
    id: 'platform-intervention',
    title: tx('Ask the platform to step in', '申请平台介入'),
    what: { en: `Ask ${platformName.en} to decide the dispute. Platforms must actively help you.`, 'zh-cn': null },
    why: tx(
      'The platform must help you in a dispute with a seller on its site. If it cannot give you the seller’s real name, address and contact details, you can claim from the platform itself.',
    ),
    laws: ['ecl-61', 'crpl-44', ...ruleLaws],
    how,
    attach: ['order-page', 'chat', 'photos', 'unboxing', 'tracking'],
    takes:
      facts.platform === 'jd'
        ? tx('On JD the seller has 24 hours to respond once the dispute is open.')
        : tx('Usually days, not weeks. Answer any request for evidence at once.'),
    moveOn: tx(
      'If the platform rules against you, appeal once and ask for a person to decide, then go to the next step.',
    ),
    guides: ['platform-intervention', 'platform-has-decided'],
    template: 'platform-statement',
  };
}

export function platformLiability(): PlanStep {
  return {
    id: 'platform-liability',
    title: tx('Ask the platform for the seller’s details, or to pay', '要求平台提供卖家信息或赔偿'),
    what: tx(
      'The shop has gone quiet or closed. Ask the platform in writing for the seller’s real name, address and contact details.',
    ),
    why: tx(
      'If the platform cannot give them, you can claim from the platform itself. The platform must also help you.',
    ),
    laws: ['crpl-44', 'ecl-61'],
    how: [
      tx(
        'Use the platform’s customer service (客服) in the order, and keep a screenshot of your request and the answer.',
      ),
    ],
    attach: ['order-page', 'chat'],
    takes: tx('Ask for an answer within a few days.'),
    moveOn: tx('If the platform gives neither the details nor the money, complain to 12315 and name the platform too.'),
    guides: ['shop-has-closed'],
  };
}

export function complain12315(): PlanStep {
  return {
    id: 'complain-12315',
    title: tx('Complain to 12315', '向12315投诉'),
    what: tx(
      'File a complaint with the market regulator on the national 12315 platform. It asks both sides to mediate.',
    ),
    why: tx(
      'The regulator must handle a complaint and tell you within 7 working days. Mediation needs both sides and should end within 60 days of acceptance. It cannot order a refund: if the seller refuses, you go to court.',
    ),
    laws: ['crpl-46', 'regs-46', 'crpl-39'],
    how: [
      tx('Go to https://www.12315.cn/ (or the 12315 app or mini-program) and choose 投诉 (complaint).'),
      tx(
        'Give your real identity, the seller’s name and address, your request and the facts, and upload your evidence.',
      ),
      tx('Beware of fake “12315” refund letters and calls: the real platform never moves you to QQ or another app.'),
    ],
    attach: ['order-page', 'listing', 'chat', 'photos'],
    takes: tx('A decision on acceptance within 7 working days (see your deadlines). Mediation up to 60 days.'),
    moveOn: tx(
      'If the seller refuses mediation, or it ends without a deal, go to court. You can also try your local consumer association.',
    ),
    guides: ['complain-to-12315', 'consumer-association'],
    template: 'complaint-12315',
  };
}

export function reportViolation(): PlanStep {
  return {
    id: 'report',
    title: tx('Report the refusal as a breach (举报)', '举报违法行为'),
    what: tx(
      'What the seller did is itself against the rules. A report asks the regulator to investigate and punish; it runs apart from your complaint.',
    ),
    why: tx(
      'Refusing a lawful return, or refunding more than 15 days late, can be fined and put on the seller’s credit record.',
    ),
    laws: ['crpl-56', 'returns-31'],
    how: [tx('On the 12315 platform choose 举报 (report) as well as 投诉 (complaint), with the same evidence.')],
    attach: ['chat', 'order-page'],
    takes: tx('A report does not get your money back by itself; it adds pressure.'),
    moveOn: tx('Carry on with your complaint or court claim at the same time.'),
    guides: ['report-to-regulator'],
  };
}

export function goToCourt(): PlanStep {
  return {
    id: 'court',
    title: tx('Send a final demand, then file a small claim', '发出最后通知，然后起诉'),
    what: tx(
      'Court is cheap for a small claim and can be done online. You can usually sue where you received the goods.',
    ),
    why: tx(
      'You can sue where the contract was performed, which for delivered goods is the delivery address. Simple money claims up to half your province’s average yearly wage are small claims. A claim up to ¥10,000 costs ¥50, halved in simplified procedure.',
    ),
    laws: ['cpl-24', 'spc-cpl-20', 'cpl-165', 'fees-13', 'fees-16'],
    how: [
      tx('Send the demand letter below in the platform chat, and by post if you have the seller’s address.'),
      tx('If the seller does not pay by your date, file online with your local court and upload your evidence.'),
      tx(
        'Online-shopping contract disputes can also go to the Internet Courts of Beijing, Guangzhou or Hangzhou where your case has a link to that city.',
      ),
    ],
    attach: ['order-page', 'listing', 'chat', 'photos', 'unboxing', 'tracking'],
    takes: tx('Small claims are meant to end within 2 months of filing.'),
    moveOn: tx('This is the top of the ladder. Get any settlement in writing before you withdraw.'),
    guides: ['go-to-court'],
    template: 'demand-letter',
  };
}

export function punitiveDamages(facts: Facts): PlanStep {
  const price = facts.amount;
  const fraudSum = price ? Math.max(3 * price, 500) : undefined;
  const foodSum = price ? Math.max(10 * price, 1000) : undefined;
  const sums = [
    fraudSum ? `¥${fraudSum.toLocaleString('en-US')} extra if the seller committed fraud` : undefined,
    facts.food && foodSum
      ? `¥${foodSum.toLocaleString('en-US')} extra if the food broke safety standards and the seller knew`
      : undefined,
  ].filter(Boolean);
  return {
    id: 'punitive-damages',
    title: tx('Consider claiming extra compensation', '考虑主张惩罚性赔偿'),
    what: {
      en: sums.length
        ? `Beyond a refund, the law adds compensation where the seller cheated. For what you paid: ${sums.join('; ')}.`
        : 'Beyond a refund, the law adds compensation where the seller cheated: 3 times the price (at least ¥500) for fraud.',
      'zh-cn': null,
    },
    why: tx(
      'Fraud brings extra compensation of 3 times the price, at least ¥500. For food that breaks safety standards, sold knowingly, it is 10 times the price or 3 times the loss, at least ¥1,000. You must prove the facts, and claims must be honest.',
    ),
    laws: facts.food ? ['crpl-55', 'fsl-148', 'regs-49'] : ['crpl-55', 'regs-49'],
    how: [
      tx(
        'Claim it in your court case, with the evidence that the seller knew, such as test reports or the listing’s false claims.',
      ),
    ],
    attach: ['listing', 'test-report'],
    takes: tx('Part of the court case: it adds no separate wait.'),
    moveOn: tx('Claim only what your evidence shows.'),
    guides: ['punitive-damages', ...(facts.food ? ['food-and-health-products'] : [])],
  };
}
