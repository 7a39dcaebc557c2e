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
    what: tx(
      'Take screenshots before anything changes: listings are edited and chats can be cleared.',
      '趁内容还没变先截图：商品页面会被修改，聊天记录也可能被清除。',
    ),
    why: tx(
      'Chats, screenshots, photos and videos count as evidence in court, and the seller must hand over the transaction records it holds.',
      '聊天记录、截图、照片和视频在法院都可以作为证据，卖家也必须提供其掌握的交易记录。',
    ),
    laws: ['evidence-14', 'ecl-62'],
    how: [
      tx(
        'Screenshot the order page and the payment record, showing the order number and date.',
        '截图保存订单页面和付款记录，显示订单号和日期。',
      ),
      tx(
        'Screenshot the listing (商品详情页) as it is now, including the price and the description.',
        '截图保存现在的商品详情页，包括价格和描述。',
      ),
      tx(
        'Keep the whole chat with the seller inside the app. Do not move to WeChat or phone calls.',
        '在平台内保留与卖家的完整聊天记录。不要改用微信或电话沟通。',
      ),
      tx(
        'Photograph or film the problem, with the item and the parcel label in view.',
        '拍下问题的照片或视频，画面中要有商品和快递面单。',
      ),
    ],
    attach: missing,
    takes: tx('About 15 minutes.', '大约15分钟。'),
    moveOn: tx(
      'Go on as soon as the items in your evidence checklist are saved.',
      '证据清单里的材料保存好后，就进入下一步。',
    ),
    guides: ['evidence-to-keep'],
  };
}

export function noReasonReturn(): PlanStep {
  return {
    id: 'no-reason-return',
    title: tx('Ask for a 7-day no-reason return', '申请7天无理由退货'),
    what: tx(
      'You are inside the 7 days, so you need no reason at all. This is often the fastest way to your money.',
      '你还在7天内，不需要任何理由。这通常是拿回钱最快的办法。',
    ),
    why: tx(
      'Goods bought online can be returned within 7 days without a reason. The 7 days start the day after you sign, and the seller must refund within 7 days of receiving the return.',
      '网购商品可以在7日内无理由退货。7天从签收次日起算，卖家应在收到退货后7日内退款。',
    ),
    laws: ['crpl-25', 'returns-10', 'returns-13'],
    how: [
      tx(
        'In the order, tap 申请售后 (apply for after-sales), then 退货退款 (return and refund), and choose the 7-day no-reason option. Labels change: check the current ones in the app.',
        '在订单中点击“申请售后”，再选“退货退款”和7天无理由选项。按钮名称会变化，请以应用中的为准。',
      ),
      tx(
        'Send the item back intact with its accessories and gifts, and keep the courier receipt and tracking number.',
        '把商品连同配件和赠品完好寄回，保留快递单和单号。',
      ),
      tx(
        'You normally pay the return postage, unless the listing promised free returns (退货包运费).',
        '退货运费一般由你承担，除非商品页面承诺“退货包运费”。',
      ),
    ],
    attach: ['order-page'],
    takes: tx('The refund is due within 7 days of the seller receiving the item.', '卖家收到退货后7日内应当退款。'),
    moveOn: tx(
      'If the seller refuses, gives no return address, or has not refunded 7 days after receiving the item, go to the next step.',
      '如果卖家拒绝、不提供退货地址，或收到退货7天后仍未退款，进入下一步。',
    ),
    guides: ['changed-my-mind', 'opened-so-no-return'],
  };
}

export function askSeller(facts: Facts, request: Text): PlanStep {
  const laws = [...(remedyLaws[facts.problem] ?? ['crpl-24']), 'cc-195'];
  return {
    id: 'ask-seller',
    title: tx('Ask the seller in writing', '书面联系卖家'),
    what: {
      en: `Ask for ${request.en} in the platform chat, and give a date to reply by.`,
      'zh-cn': `在平台聊天中要求${request['zh-cn'] ?? request.en}，并给出答复期限。`,
    },
    why: tx(
      'Put what the law gives you in writing. A written demand also restarts the 3-year time limit.',
      '把法律给你的权利写清楚。书面要求还会让3年诉讼时效重新计算。',
    ),
    laws,
    how: [
      tx(
        'Open the order and tap 联系卖家 (contact the seller), or apply for after-sales (申请售后) with the reason that fits.',
        '打开订单点击“联系卖家”，或选择相应原因“申请售后”。',
      ),
      tx(
        'Send the message below, with your photos or video in the same chat.',
        '在同一个聊天中发送下面的消息，并附上照片或视频。',
      ),
      tx('Screenshot the seller’s answer, or the lack of one.', '截图保存卖家的答复，或卖家没有答复的情况。'),
    ],
    attach: facts.problem === 'lost-or-not-delivered' ? ['tracking'] : ['photos', 'unboxing'],
    takes: tx(
      'Give the seller about 3 days. That is our suggestion, not a legal limit.',
      '给卖家大约3天。这是我们的建议，不是法定期限。',
    ),
    moveOn: tx(
      'Move on if the seller refuses, does not answer by your date, or offers less than the law gives you.',
      '如果卖家拒绝、到期不回复，或给出的方案少于法律规定，就进入下一步。',
    ),
    guides: ['negotiate-with-seller'],
    template: 'message-to-seller',
  };
}

export function answerExcuse(excuse: string, label: Text): PlanStep {
  return {
    id: 'answer-excuse',
    title: tx('Answer what the seller said', '回应卖家的说法'),
    what: {
      en: `The seller said ${label.en}. The law says otherwise: send the reply from the guide.`,
      'zh-cn': `卖家说${label['zh-cn'] ?? label.en}。法律并不支持这种说法：请发送指南中的回复。`,
    },
    why: tx(
      'The guide explains, with the articles, why this excuse does not take away your rights.',
      '指南会结合法条说明，为什么这个借口不能剥夺你的权利。',
    ),
    laws: excuseLaws[excuse] ?? ['crpl-26'],
    how: [
      tx(
        'Open the guide, copy the ready reply in Chinese, fill in your details and send it in the platform chat.',
        '打开指南，复制现成的中文回复，填入你的信息，在平台聊天中发送。',
      ),
    ],
    attach: ['chat'],
    takes: tx('A few minutes to send; give the seller about 3 days to answer.', '发送只需几分钟；给卖家大约3天答复。'),
    moveOn: tx(
      'If the seller repeats the excuse, go to the next step. Do not argue for weeks.',
      '如果卖家重复同样的借口，进入下一步。不要争论几个星期。',
    ),
    guides: [excuse],
  };
}

const platformHow: Record<string, Text[]> = {
  taobao: [
    tx(
      'Open the order and your after-sales request, and tap 申请平台介入 (apply for platform intervention). Taobao’s rule calls this 淘宝介入.',
      '打开订单和售后申请，点击“申请平台介入”。淘宝规则称之为“淘宝介入”。',
    ),
    tx(
      'Taobao’s dispute rule (version in force 15 August 2025) gives no number of days for asking. Apply as soon as the seller says no, and check the current rule in the app.',
      '淘宝争议处理规则（2025年8月15日施行的版本）没有写明申请的天数。卖家一拒绝就申请，并在应用中查看当前规则。',
    ),
    tx(
      'If you say the goods never arrived, Taobao’s rule puts it on the seller to prove delivery.',
      '如果你说没有收到货，按淘宝规则应由卖家证明已交付。',
    ),
  ],
  tmall: [
    tx(
      'Open the order and your after-sales request, and tap 申请平台介入 (apply for platform intervention).',
      '打开订单和售后申请，点击“申请平台介入”。',
    ),
    tx(
      'We have not seen Tmall’s own dispute rule. Check the time limit in the app and apply quickly.',
      '我们没有看到天猫自己的纠纷规则。请在应用中查看期限，并尽快申请。',
    ),
  ],
  jd: [
    tx(
      'If there is no agreement 24 hours after you raised the problem, apply for JD intervention (京东介入) in the after-sales screen.',
      '提出问题24小时后仍未达成一致的，在售后页面申请“京东介入”。',
    ),
    tx(
      'Apply within 15 natural days after the seller rejected your after-sales request (JD dispute rule, version in force 4 July 2025).',
      '在卖家驳回售后申请后15个自然日内申请（京东交易纠纷处理总则，2025年7月4日施行的版本）。',
    ),
    tx(
      'The seller then has 24 hours to settle or give evidence. If you disagree with the outcome, appeal within 7 natural days after the dispute closes.',
      '之后卖家有24小时协商或举证。如果不同意处理结果，可在纠纷关闭后7个自然日内申诉。',
    ),
  ],
  wechat: [
    tx(
      'In a WeChat Store order, ask for platform intervention within 7 days after the seller rejects your after-sales request. The platform also steps in if the seller does not answer in time (WeChat Store developer documents).',
      '微信小店订单中，卖家拒绝售后申请后7天内可申请平台介入。卖家超时未处理的，平台也会介入（微信小店开发者文档）。',
    ),
    tx(
      'A WeChat group or a private chat is not a store and has no intervention: keep the chat and go to the next step.',
      '微信群或私聊不是店铺，没有平台介入：保存聊天记录，进入下一步。',
    ),
  ],
  xianyu: [
    tx(
      'Xianyu has its own help and dispute process in the order screen. We have not seen its rules: check the app.',
      '闲鱼在订单页面有自己的帮助和纠纷流程。我们没有看到它的规则，请在应用中查看。',
    ),
  ],
  'cross-border': [
    tx(
      'Use the platform’s dispute or after-sales process in the order. We have not checked cross-border platforms’ rules: check the app.',
      '在订单中使用平台的纠纷或售后流程。我们没有核对跨境平台的规则，请在应用中查看。',
    ),
  ],
  other: [
    tx(
      'If you paid through a platform or app, use its dispute or after-sales process. If there is none, go to the next step.',
      '如果是通过平台或应用付款，使用它的纠纷或售后流程。没有的话，进入下一步。',
    ),
  ],
};

export function platformIntervention(facts: Facts, platformName: Text): PlanStep {
  const how = platformHow[facts.platform] ?? [
    {
      en: `Open the order, apply for after-sales (申请售后), then apply for platform intervention (申请平台介入). We have not seen ${platformName.en}’s current rules: check the time limit in the app and apply quickly.`,
      'zh-cn': `打开订单，先“申请售后”，再“申请平台介入”。我们没有看到${platformName['zh-cn'] ?? platformName.en}的现行规则：请在应用中查看期限，并尽快申请。`,
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
    what: {
      en: `Ask ${platformName.en} to decide the dispute. Platforms must actively help you.`,
      'zh-cn': `请${platformName['zh-cn'] ?? platformName.en}处理这个纠纷。平台应当积极协助你。`,
    },
    why: tx(
      'The platform must help you in a dispute with a seller on its site. If it cannot give you the seller’s real name, address and contact details, you can claim from the platform itself.',
      '平台应当协助你处理与平台内卖家的纠纷。如果平台不能提供卖家的真实名称、地址和有效联系方式，你可以向平台要求赔偿。',
    ),
    laws: ['ecl-61', 'crpl-44', ...ruleLaws],
    how,
    attach: ['order-page', 'chat', 'photos', 'unboxing', 'tracking'],
    takes:
      facts.platform === 'jd'
        ? tx(
            'On JD the seller has 24 hours to respond once the dispute is open.',
            '在京东，纠纷开始后卖家有24小时回应。',
          )
        : tx(
            'Usually days, not weeks. Answer any request for evidence at once.',
            '通常需要几天，而不是几周。平台要求补充证据时请立即回应。',
          ),
    moveOn: tx(
      'If the platform rules against you, appeal once and ask for a person to decide, then go to the next step.',
      '如果平台判你败诉，申诉一次并要求人工处理，然后进入下一步。',
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
      '店铺已无回应或已关闭。书面要求平台提供卖家的真实名称、地址和联系方式。',
    ),
    why: tx(
      'If the platform cannot give them, you can claim from the platform itself. The platform must also help you.',
      '平台提供不了的，你可以向平台要求赔偿。平台也应当协助你。',
    ),
    laws: ['crpl-44', 'ecl-61'],
    how: [
      tx(
        'Use the platform’s customer service (客服) in the order, and keep a screenshot of your request and the answer.',
        '在订单中联系平台“客服”，截图保存你的请求和答复。',
      ),
    ],
    attach: ['order-page', 'chat'],
    takes: tx('Ask for an answer within a few days.', '要求平台在几天内答复。'),
    moveOn: tx(
      'If the platform gives neither the details nor the money, complain to 12315 and name the platform too.',
      '如果平台既不提供卖家信息也不赔偿，向12315投诉，并把平台一并列为被投诉人。',
    ),
    guides: ['shop-has-closed'],
  };
}

export function complain12315(): PlanStep {
  return {
    id: 'complain-12315',
    title: tx('Complain to 12315', '向12315投诉'),
    what: tx(
      'File a complaint with the market regulator on the national 12315 platform. It asks both sides to mediate.',
      '在全国12315平台向市场监管部门投诉。监管部门会组织双方调解。',
    ),
    why: tx(
      'The regulator must handle a complaint and tell you within 7 working days. Mediation needs both sides and should end within 60 days of acceptance. It cannot order a refund: if the seller refuses, you go to court.',
      '监管部门应当在7个工作日内处理投诉并告知你。调解需要双方同意，应在受理后60日内完成。它不能命令退款：卖家拒绝的，你需要起诉。',
    ),
    laws: ['crpl-46', 'regs-46', 'crpl-39'],
    how: [
      tx(
        'Go to https://www.12315.cn/ (or the 12315 app or mini-program) and choose 投诉 (complaint).',
        '打开 https://www.12315.cn/（或12315应用、小程序），选择“投诉”。',
      ),
      tx(
        'Give your real identity, the seller’s name and address, your request and the facts, and upload your evidence.',
        '提供你的真实身份信息、卖家名称和地址、投诉请求和事实，并上传证据。',
      ),
      tx(
        'Beware of fake “12315” refund letters and calls: the real platform never moves you to QQ or another app.',
        '小心假冒“12315”的退款信和电话：真正的平台不会让你转到QQ或其他应用。',
      ),
    ],
    attach: ['order-page', 'listing', 'chat', 'photos'],
    takes: tx(
      'A decision on acceptance within 7 working days (see your deadlines). Mediation up to 60 days.',
      '7个工作日内决定是否受理（见你的日期）。调解最长60天。',
    ),
    moveOn: tx(
      'If the seller refuses mediation, or it ends without a deal, go to court. You can also try your local consumer association.',
      '卖家拒绝调解或调解不成的，起诉。你也可以找当地消费者协会。',
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
      '卖家的做法本身就违法。举报是请求监管部门调查处罚，与投诉分开处理。',
    ),
    why: tx(
      'Refusing a lawful return, or refunding more than 15 days late, can be fined and put on the seller’s credit record.',
      '拒绝合法退货，或超过15日才退款，可能被罚款并记入卖家信用档案。',
    ),
    laws: ['crpl-56', 'returns-31'],
    how: [
      tx(
        'On the 12315 platform choose 举报 (report) as well as 投诉 (complaint), with the same evidence.',
        '在12315平台上除了“投诉”，再提交一份“举报”，附上相同证据。',
      ),
    ],
    attach: ['chat', 'order-page'],
    takes: tx(
      'A report does not get your money back by itself; it adds pressure.',
      '举报本身不会帮你拿回钱，但会增加压力。',
    ),
    moveOn: tx('Carry on with your complaint or court claim at the same time.', '同时继续你的投诉或诉讼。'),
    guides: ['report-to-regulator'],
  };
}

export function goToCourt(): PlanStep {
  return {
    id: 'court',
    title: tx('Send a final demand, then file a small claim', '发出最后通知，然后起诉'),
    what: tx(
      'Court is cheap for a small claim and can be done online. You can usually sue where you received the goods.',
      '小额起诉费用低，也可以网上办理。通常可以在收货地起诉。',
    ),
    why: tx(
      'You can sue where the contract was performed, which for delivered goods is the delivery address. Simple money claims up to half your province’s average yearly wage are small claims. A claim up to ¥10,000 costs ¥50, halved in simplified procedure.',
      '可以在合同履行地起诉，寄送的商品以收货地为合同履行地。金额不超过本省上年度就业人员年平均工资50%的简单金钱案件适用小额诉讼。标的额1万元以下的案件受理费50元，适用简易程序减半收取。',
    ),
    laws: ['cpl-24', 'spc-cpl-20', 'cpl-165', 'fees-13', 'fees-16'],
    how: [
      tx(
        'Send the demand letter below in the platform chat, and by post if you have the seller’s address.',
        '在平台聊天中发送下面的催告函；如有卖家地址，也邮寄一份。',
      ),
      tx(
        'If the seller does not pay by your date, file online with your local court and upload your evidence.',
        '如果卖家到期仍不付款，在当地法院网上立案并上传证据。',
      ),
      tx(
        'Online-shopping contract disputes can also go to the Internet Courts of Beijing, Guangzhou or Hangzhou where your case has a link to that city.',
        '如果案件与北京、广州或杭州有关联，网络购物合同纠纷也可以向当地互联网法院起诉。',
      ),
    ],
    attach: ['order-page', 'listing', 'chat', 'photos', 'unboxing', 'tracking'],
    takes: tx('Small claims are meant to end within 2 months of filing.', '小额诉讼一般应在立案后2个月内审结。'),
    moveOn: tx(
      'This is the top of the ladder. Get any settlement in writing before you withdraw.',
      '这是最后一步。撤诉前，任何和解都要有书面记录。',
    ),
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
  const sumsZh = [
    fraudSum ? `如构成欺诈，增加赔偿${fraudSum.toLocaleString('en-US')}元` : undefined,
    facts.food && foodSum ? `如食品不符合安全标准且卖家明知，增加赔偿${foodSum.toLocaleString('en-US')}元` : undefined,
  ].filter(Boolean);
  return {
    id: 'punitive-damages',
    title: tx('Consider claiming extra compensation', '考虑主张惩罚性赔偿'),
    what: {
      en: sums.length
        ? `Beyond a refund, the law adds compensation where the seller cheated. For what you paid: ${sums.join('; ')}.`
        : 'Beyond a refund, the law adds compensation where the seller cheated: 3 times the price (at least ¥500) for fraud.',
      'zh-cn': sumsZh.length
        ? `除退款外，卖家有欺诈等行为的，法律规定还要增加赔偿。按你支付的金额：${sumsZh.join('；')}。`
        : '除退款外，卖家有欺诈行为的，法律规定还要增加赔偿：价款的三倍（不足500元的按500元）。',
    },
    why: tx(
      'Fraud brings extra compensation of 3 times the price, at least ¥500. For food that breaks safety standards, sold knowingly, it is 10 times the price or 3 times the loss, at least ¥1,000. You must prove the facts, and claims must be honest.',
      '经营者欺诈的，增加赔偿价款的三倍，不足500元的按500元。明知是不符合食品安全标准的食品而销售的，可要求价款十倍或损失三倍的赔偿金，不足1000元的按1000元。你需要证明事实，主张必须诚实。',
    ),
    laws: facts.food ? ['crpl-55', 'fsl-148', 'regs-49'] : ['crpl-55', 'regs-49'],
    how: [
      tx(
        'Claim it in your court case, with the evidence that the seller knew, such as test reports or the listing’s false claims.',
        '在诉讼中一并主张，并提交卖家明知的证据，例如检测报告或商品页面的虚假宣传。',
      ),
    ],
    attach: ['listing', 'test-report'],
    takes: tx('Part of the court case: it adds no separate wait.', '在诉讼中一并主张，不需要另外等待。'),
    moveOn: tx('Claim only what your evidence shows.', '只主张你的证据能证明的内容。'),
    guides: ['punitive-damages', ...(facts.food ? ['food-and-health-products'] : [])],
  };
}
