/**
 * The steps a plan can hold, each written once. Each step cites claims from the claim table (never bare law ids),
 * and the case's own claims ride along at every rung, so the plan never turns into a generic ladder once the
 * seller has said no. The builder (build.ts) picks and orders them.
 */
import { formatDate } from '../../i18n/dates';
import { plusDays, type IsoDate } from '../tree/dates';
import { tx } from '../tree/text';
import type { Text } from '../tree/types';
import { lawsOf, type ClaimId } from './claims';
import type { Reading } from './facts';
import { composeMessage, whatIsWrong, type Basis, type MessageSpec } from './messages';
import type { PlanStep } from './types';

type Draft = Omit<PlanStep, 'laws'>;

/** Excuses without an excuse card of their own, and the guide that answers them. */
const excuseGuide: Readonly<Record<string, string>> = {
  'ask-the-courier': 'lost-or-not-delivered',
  'deposit-not-refundable': 'pre-sale-deposits',
  'digital-no-refund': 'digital-goods-and-courses',
  'returned-damaged': 'refund-after-inspection',
};
const step = (draft: Draft): PlanStep => ({ ...draft, laws: lawsOf(draft.claims) });
const pair = (zh: string, en: string) => ({ zh, en });

/** What this case rests on in law, and what to ask for: the same at every rung. */
export interface CaseBasis {
  claims: ClaimId[];
  basis: Basis[];
  ask: { zh: string; en: string };
  /** What happened, in the message's words. */
  happened: { zh: string; en: string }[];
  guide: string;
}

export function caseBasis(r: Reading, today: IsoDate): CaseBasis {
  const base = caseBasisOf(r, today);
  const f = r.facts;
  // Who answers for it, and whether consumer law applies at all, travel with the case at every rung.
  if (f.liveStream) base.claims.push('live-room-as-seller');
  if (f.seller === 'unsure') base.claims.push('second-hand-business-test');
  return base;
}

function caseBasisOf(r: Reading, today: IsoDate): CaseBasis {
  const f = r.facts;
  const amount = f.amount !== undefined ? `${f.amount}元` : '';
  const amountEn = f.amount !== undefined ? ` of ¥${f.amount}` : '';
  const guide = f.problem;
  if (r.goodsFault) {
    const within = r.sevenDaysLeft !== undefined;
    const claims: ClaimId[] = within
      ? ['quality-return-7-days', 'quality-costs-on-seller']
      : ['quality-after-7-days', 'quality-costs-on-seller'];
    if (f.problem === 'not-as-described') claims.push('as-described');
    // A fake is a lie about the goods: the buyer reserves the 3× claim, without demanding it as if it were automatic.
    const fake = f.problem === 'counterfeit-goods';
    if (fake) claims.push('fraud-three-times');
    return {
      claims,
      basis: [within ? 'quality-7-days' : 'quality-after-7-days', ...(fake ? (['fraud-reserved'] as const) : [])],
      ask: within
        ? pair(
            `同意退货并全额退款${amount}，退货运费由贵方承担`,
            `a return and a full refund${amountEn}, with the return postage paid by you`,
          )
        : pair(
            '更换或修理；如质量问题致使不能实现合同目的，同意退货退款',
            'a replacement or a repair; or, where the fault defeats the purpose of the purchase, a return and a refund',
          ),
      happened: [whatIsWrong(r)],
      guide,
    };
  }
  switch (f.problem) {
    case 'changed-my-mind':
      return {
        claims: ['no-reason-return', 'no-reason-postage'],
        basis: ['no-reason'],
        ask: pair(
          '同意七日无理由退货，提供退货地址，并在收到退货后七日内退款',
          'a 7-day no-reason return: a return address, and a refund within 7 days of receiving the item',
        ),
        happened: [
          pair(
            '我申请七日无理由退货，退回的商品会保持完好。',
            'I am asking for a 7-day no-reason return; the item will go back intact.',
          ),
        ],
        guide,
      };
    case 'lost-or-not-delivered':
      return {
        claims: f.signedNotReceived
          ? ['deliver-as-promised', 'risk-until-delivery', 'signing-needs-consent']
          : ['deliver-as-promised', 'risk-until-delivery'],
        basis: ['delivery'],
        ask: pair(`重新发货，或全额退款${amount}`, `delivery again, or a full refund${amountEn}`),
        happened: [
          f.signedNotReceived
            ? pair(
                '物流信息显示包裹已签收，但本人并未收到该包裹。',
                'The tracking shows the parcel as signed for, but I never received it.',
              )
            : pair('至今我没有收到商品。', 'I have not received the item.'),
        ],
        guide,
      };
    case 'late-delivery': {
      const by = plusDays(today, 7);
      return {
        claims: ['deliver-as-promised', 'end-after-demand'],
        basis: ['delivery', 'late-end'],
        ask: pair(
          `在${formatDate(by, 'zh-cn')}前发货；逾期未发货的，我将解除合同，请全额退款${amount}`,
          `delivery by ${formatDate(by, 'en')}; if it has not shipped by then, I will end the contract and ask for a full refund${amountEn}`,
        ),
        happened: [
          pair(
            '商品没有按约定的时间发货或送达，至今我没有收到。',
            'The item was not shipped or delivered in the time agreed, and I have not received it.',
          ),
        ],
        guide,
      };
    }
    case 'pre-sale-deposits': {
      const earnest = f.depositWord === 'earnest';
      const sellerFailed = f.presaleWho === 'seller-failed';
      if (sellerFailed && earnest)
        return {
          claims: ['earnest-doubled'],
          basis: ['earnest-double'],
          ask: pair('双倍返还定金', 'the deposit returned double'),
          happened: [
            pair('贵店没有按约定履行这笔预售订单。', 'Your shop did not carry out this pre-sale order as agreed.'),
          ],
          guide,
        };
      return {
        claims: f.depositWord === 'advance' ? ['advance-not-earnest'] : ['earnest-doubled', 'advance-not-earnest'],
        basis: f.depositWord === 'advance' ? ['advance'] : [],
        ask: pair('退还我支付的订金', 'a refund of the advance payment I made'),
        happened: sellerFailed
          ? [pair('贵店没有按约定履行这笔预售订单。', 'Your shop did not carry out this pre-sale order as agreed.')]
          : [pair('这笔预售订单没有完成。', 'This pre-sale order was not completed.')],
        guide,
      };
    }
    case 'digital-goods-and-courses':
      if (f.itemKind === 'service')
        return {
          claims: ['prepaid-refund'],
          basis: ['prepaid'],
          ask: pair(
            '按约定提供服务，或退还未消费部分的预付款',
            'the service as agreed, or a refund of the prepayment not yet used',
          ),
          happened: [
            pair(
              '我预先付款购买的课程或服务没有按约定提供。',
              'The course or service I paid for in advance has not been provided as agreed.',
            ),
          ],
          guide,
        };
      return {
        claims: ['no-reason-excluded', 'as-described'],
        basis: [],
        ask: pair('修复问题，或者退款', 'a fix, or a refund'),
        happened: [pair('我下载的商品不能按描述正常使用。', 'The download does not work as described.')],
        guide,
      };
    default:
      return {
        claims: ['routes-to-resolve'],
        basis: [],
        ask: pair('妥善处理', 'a fair solution'),
        happened: [],
        guide: 'negotiate-with-seller',
      };
  }
}

export const evidenceFor = (r: Reading): string[] => {
  const p = r.facts.problem;
  if (p === 'lost-or-not-delivered' || p === 'late-delivery') return ['order-page', 'tracking', 'chat'];
  if (p === 'pre-sale-deposits' || p === 'digital-goods-and-courses') return ['order-page', 'listing', 'chat'];
  if (p === 'changed-my-mind') return ['order-page', 'chat'];
  return ['order-page', 'listing', 'photos', 'chat'];
};

export function saveEvidence(missing: readonly string[]): PlanStep {
  return step({
    id: 'save-evidence',
    title: tx('Save your evidence today', '今天就保存证据'),
    what: tx(
      'Take screenshots before anything changes: listings are edited and chats can be cleared.',
      '趁内容还没变先截图：商品页面会被修改，聊天记录也可能被清除。',
    ),
    why: tx(
      'Chats, screenshots, photos and videos are electronic evidence, and the seller must produce the records it holds.',
      '聊天记录、截图、照片和视频都属于电子数据证据，卖家也应当提供其掌握的交易记录。',
    ),
    claims: ['electronic-evidence'],
    how: [
      tx(
        'Screenshot the order page and the payment record, showing the order number and date.',
        '截图保存订单页面和付款记录，显示订单号和日期。',
      ),
      tx(
        'Screenshot the listing as it is now, with the price and the description.',
        '截图保存现在的商品页面，包括价格和描述。',
      ),
      tx('Keep the whole chat with the seller inside the app.', '在平台内保留与卖家的完整聊天记录。'),
    ],
    attach: missing,
    takes: tx('About 15 minutes.', '大约15分钟。'),
    moveOn: tx(
      'Go on as soon as the items in your evidence checklist are saved.',
      '证据清单里的材料保存好后，就进入下一步。',
    ),
    guides: ['evidence-to-keep'],
  });
}

const sellerMessage = (id: string, c: CaseBasis, r: Reading, today: IsoDate, extra?: MessageSpec['extra']) =>
  composeMessage(
    {
      id,
      to: 'seller',
      happened: c.happened,
      ask: c.ask,
      basis: c.basis,
      extra,
      replyBy: true,
      next: r.hasPlatform
        ? pair(
            '如未处理，我将申请平台介入，并向12315投诉。',
            'If this is not resolved, I will ask the platform to step in and complain to 12315.',
          )
        : pair(
            '如未处理，我将通过投诉或诉讼依法维权。',
            'If this is not resolved, I will pursue it by complaint or in court.',
          ),
    },
    r,
    today,
  );

/** An honest offer where the seller disputes the fault and the goods are not on the durable list. */
const testOffer = pair(
  '如需检测，请告知检测机构，我愿意配合。',
  'If a test is needed, tell me the testing body and I will cooperate.',
);

export function qualityReturn(r: Reading, c: CaseBasis, today: IsoDate, offerTest: boolean): PlanStep {
  return step({
    id: 'quality-return',
    title: tx('Ask for a quality return: the seller pays the postage', '申请质量问题退货：运费由卖家承担'),
    what: tx(
      'The item is faulty, not as described, fake or wrong, and you are within 7 days of receiving it. Ask for a return and a full refund because of the problem. Do not choose the no-reason return: with it you would pay the postage, and it tells the seller nothing is wrong.',
      '商品有质量问题、与描述不符、是假货或发错了，而且你收货还不到7天。以商品问题为由申请退货退款。不要选“七天无理由”：那样运费由你承担，也等于说商品没有问题。',
    ),
    why: tx(
      'Goods that do not meet quality requirements can be returned within 7 days of receipt, and the seller bears the transport costs.',
      '商品不符合质量要求的，自收到商品之日起七日内可以退货，运输等必要费用由经营者承担。',
    ),
    claims: c.claims,
    how: [
      tx(
        'In the order, tap 申请售后 (after-sales), choose a return and refund (退货退款) and give the reason that fits, such as 质量问题 (quality problem). Labels differ between apps: check yours.',
        '在订单中点“申请售后”，选择“退货退款”，原因选“质量问题”等相符的选项。各App的按钮名称不同，请以实际页面为准。',
      ),
      tx(
        'Send the message below in the chat, with your photos or video.',
        '在聊天中发送下面的消息，并附上照片或视频。',
      ),
    ],
    attach: ['photos', 'order-page'],
    takes: tx('The seller must refund within 7 days of receiving the item back.', '卖家收到退货后7日内应当退款。'),
    moveOn: tx(
      'If the seller refuses or does not answer by the date in your message, go to the next step.',
      '如果卖家拒绝，或到消息中的日期仍不答复，进入下一步。',
    ),
    guides: [c.guide, 'defective-or-damaged'],
    message: sellerMessage('to-seller', c, r, today, offerTest ? [testOffer] : undefined),
  });
}

export function qualityRemedy(r: Reading, c: CaseBasis, today: IsoDate, offerTest: boolean): PlanStep {
  return step({
    id: 'quality-remedy',
    title: tx(
      'Ask for a replacement or a repair, or a return if the fault is serious',
      '要求更换或修理；问题严重的可以退货',
    ),
    what: tx(
      'More than 7 days have passed since you received it. The seller must still replace or repair it at its cost, and take it back where the fault defeats the purpose of the purchase.',
      '收货已超过7天。卖家仍应承担费用为你更换或修理；质量问题导致不能实现购买目的的，应当退货。',
    ),
    why: tx(
      'After 7 days the law gives a return where the conditions for ending the contract are met, and otherwise replacement or repair, with the seller paying the costs.',
      '七日后符合法定解除合同条件的可以退货，不符合的可以要求更换、修理，运输等必要费用由经营者承担。',
    ),
    claims: [...c.claims, 'defect-notice-2-years', 'limitation-3-years'],
    how: [
      tx(
        'Apply for after-sales (申请售后) in the order and send the message below.',
        '在订单中“申请售后”，并发送下面的消息。',
      ),
    ],
    attach: ['photos', 'order-page'],
    takes: tx(
      'Give the seller about 3 days to answer. That is our suggestion, not a legal limit.',
      '给卖家大约3天答复。这是我们的建议，不是法定期限。',
    ),
    moveOn: tx('If the seller refuses or does not answer, go to the next step.', '如果卖家拒绝或不答复，进入下一步。'),
    guides: [c.guide, 'deadline-passed'],
    message: sellerMessage('to-seller', c, r, today, offerTest ? [testOffer] : undefined),
  });
}

export function noReasonReturn(r: Reading, c: CaseBasis, today: IsoDate): PlanStep {
  return step({
    id: 'no-reason-return',
    title: tx('Ask for a 7-day no-reason return', '申请七天无理由退货'),
    what: tx(
      'You are inside the 7 days, so you need no reason. Keep the item intact, with its parts and tags.',
      '你还在7天内，不需要任何理由。请保持商品完好，配件和吊牌齐全。',
    ),
    why: tx(
      'Goods bought online can be returned within 7 days without a reason. You normally pay the return postage, unless the listing promised otherwise (for example 退货包运费 or shipping insurance).',
      '网购商品可以在7日内无理由退货。退货运费一般由你承担，除非商品页面另有承诺（例如“退货包运费”或运费险）。',
    ),
    claims: c.claims,
    how: [
      tx(
        'In the order, tap 申请售后, choose 退货退款 and the 7-day no-reason option. Labels differ: check your app.',
        '在订单中点“申请售后”，选“退货退款”和七天无理由选项。按钮名称以App为准。',
      ),
      tx('Send the item back and keep the courier receipt and tracking number.', '把商品寄回，保留快递单和单号。'),
    ],
    attach: ['order-page'],
    takes: tx('The refund is due within 7 days of the seller receiving the item.', '卖家收到退货后7日内应当退款。'),
    moveOn: tx(
      'If the seller refuses or gives no return address, go to the next step.',
      '如果卖家拒绝或不提供退货地址，进入下一步。',
    ),
    guides: ['changed-my-mind'],
    message: sellerMessage('to-seller', c, r, today),
  });
}

export function askDelivery(r: Reading, c: CaseBasis, today: IsoDate): PlanStep {
  return step({
    id: 'ask-delivery',
    title: tx('Ask the seller to deliver or refund, with a date', '要求卖家限期发货或退款'),
    what: r.facts.signedNotReceived
      ? tx(
          'The tracking says signed for, but you never got it. Tell the seller in writing that you did not receive it. Never write that you signed.',
          '物流显示已签收，但你没有收到。书面告诉卖家你没有收到。不要写你签收了。',
        )
      : tx(
          'Ask in writing for delivery or a full refund, and give a date.',
          '书面要求卖家发货或全额退款，并给出期限。',
        ),
    why: tx(
      'The seller must deliver as promised and bears the risk until the goods reach you. After a demand and a reasonable time, you can end the contract.',
      '卖家应当按承诺交付，商品交付前的风险由卖家承担。催告后在合理期限内仍不履行的，你可以解除合同。',
    ),
    claims: c.claims,
    how: [
      tx('Send the message below in the order chat, and screenshot it.', '在订单聊天中发送下面的消息，并截图保存。'),
    ],
    attach: ['tracking', 'order-page'],
    takes: tx('Give the seller the days named in the message.', '按消息中的期限等待卖家答复。'),
    moveOn: tx('If the seller refuses or does not answer, go to the next step.', '如果卖家拒绝或不答复，进入下一步。'),
    guides: [c.guide],
    message: sellerMessage('to-seller', c, r, today),
  });
}

export function presaleRefund(r: Reading, c: CaseBasis, today: IsoDate): PlanStep {
  return step({
    id: 'presale-refund',
    title: tx('Ask for your deposit back', '要求退还预售款'),
    what:
      r.facts.presaleWho === 'seller-failed' && r.facts.depositWord === 'earnest'
        ? tx(
            'The seller did not go through with the sale, and the listing called the payment 定金: ask for double.',
            '卖家没有履行预售，页面写的是“定金”：要求双倍返还。',
          )
        : tx(
            'A payment called 订金 is an advance payment: ask for it back.',
            '页面写的是“订金”的，是预付款：要求退还。',
          ),
    why: tx(
      'A seller that took a 定金 and fails must return double; a 订金 or other payment not agreed as a 定金 is not forfeited.',
      '收受定金的一方不履行、致使不能实现合同目的的，应当双倍返还定金；“订金”等没有约定定金性质的款项不适用定金罚则。',
    ),
    claims: c.claims,
    how: [
      tx(
        'Send the message below in the order chat, with a screenshot of the pre-sale terms.',
        '在订单聊天中发送下面的消息，附上预售规则的截图。',
      ),
    ],
    attach: ['listing', 'order-page'],
    takes: tx('Give the seller about 3 days to answer.', '给卖家大约3天答复。'),
    moveOn: tx('If the seller refuses, go to the next step.', '如果卖家拒绝，进入下一步。'),
    guides: ['pre-sale-deposits'],
    message: sellerMessage('to-seller', c, r, today),
  });
}

export function serviceRefund(r: Reading, c: CaseBasis, today: IsoDate): PlanStep {
  return step({
    id: 'service-refund',
    title: tx('Ask for the service, or the unused prepayment back', '要求履行服务或退还未消费的预付款'),
    what: tx(
      'You paid in advance for a course, membership or service that was not provided as agreed.',
      '你预先付款购买的课程、会员或服务没有按约定提供。',
    ),
    why: tx(
      'A business that took payment in advance and does not provide as agreed must perform or refund.',
      '经营者收取预付款后未按约定提供的，应当按你的要求履行或退还预付款。',
    ),
    claims: c.claims,
    how: [
      tx(
        'Send the message below in the chat, and keep the contract or the course page.',
        '在聊天中发送下面的消息，并保存合同或课程页面。',
      ),
    ],
    attach: ['order-page', 'listing'],
    takes: tx('Give the seller about 3 days to answer.', '给卖家大约3天答复。'),
    moveOn: tx('If the seller refuses, go to the next step.', '如果卖家拒绝，进入下一步。'),
    guides: ['digital-goods-and-courses'],
    message: sellerMessage('to-seller', c, r, today),
  });
}

export function answerExcuse(
  excuse: string,
  label: Text,
  answer: { claims: ClaimId[]; reply: { zh: string; en: string } },
  r: Reading,
  c: CaseBasis,
  today: IsoDate,
): PlanStep {
  return step({
    id: 'answer-excuse',
    title: tx('Answer what the seller said', '回应卖家的说法'),
    what: {
      en: `The seller said ${label.en}. The law says otherwise: send the reply below.`,
      'zh-cn': `卖家说${label['zh-cn'] ?? label.en}。法律并不支持这种说法：发送下面的回复。`,
    },
    why: tx(
      'The reply quotes the articles that answer this excuse, with the law your case rests on.',
      '回复中引用了回应这个说法的法条，以及你的情况所依据的法律。',
    ),
    claims: [...answer.claims, ...c.claims],
    how: [tx('Copy the reply, check it, and send it in the platform chat.', '复制回复，核对后在平台聊天中发送。')],
    attach: ['chat'],
    takes: tx('Give the seller about 3 days to answer.', '给卖家大约3天答复。'),
    moveOn: tx(
      'If the seller repeats the excuse, go to the next step. Do not argue for weeks.',
      '如果卖家重复同样的说法，进入下一步。不要争论几个星期。',
    ),
    guides: [excuseGuide[excuse] ?? excuse, c.guide],
    message: sellerMessage('excuse-reply', c, r, today, [answer.reply]),
  });
}

export function refundOverdue(r: Reading, c: CaseBasis, today: IsoDate): PlanStep {
  const due = r.facts.returnedOn ? plusDays(r.facts.returnedOn, 7) : undefined;
  return step({
    id: 'refund-overdue',
    title: tx('Ask for the refund that is due', '要求退还应退的款项'),
    what: tx(
      'The seller has your return. The refund is due within 7 days of receiving it; more than 15 days late can be fined.',
      '卖家已经收到退货，应在收到后7日内退款；超过15日未退款的，可以被处罚。',
    ),
    why: tx(
      'The seller must refund within 7 days of receiving the returned goods.',
      '卖家应当自收到退回商品之日起七日内返还价款。',
    ),
    claims: ['refund-within-7-days', 'late-refund-fined', ...c.claims],
    how: [tx('Send the message below, with the tracking of your return.', '发送下面的消息，附上退货物流信息。')],
    attach: ['tracking', 'chat'],
    takes: tx('Refunds go back the way you paid.', '退款原路返回。'),
    moveOn: tx('If no refund comes, go to the next step.', '如果仍不退款，进入下一步。'),
    guides: ['refund-after-inspection'],
    message: composeMessage(
      {
        id: 'to-seller',
        to: 'seller',
        happened: [
          due
            ? pair(
                `我已将商品退回，贵方于${formatDate(r.facts.returnedOn!, 'zh-cn')}签收，至今未退款。`,
                `I returned the item; you received it on ${formatDate(r.facts.returnedOn!, 'en')}, and I have had no refund.`,
              )
            : pair('我已将商品退回，至今未收到退款。', 'I returned the item and have had no refund.'),
        ],
        ask: pair('立即按原支付方式退款', 'the refund at once, to the way I paid'),
        basis: [],
        extra: [
          pair(
            '依据《网络购买商品七日无理由退货暂行办法》第十三条，经营者应当自收到退回商品之日起七日内返还已支付的商品价款。',
            'Under Article 13 of the 7-Day Return Measures, the seller must refund within 7 days of receiving the returned goods.',
          ),
        ],
        replyBy: true,
        next: pair(
          '如未退款，我将申请平台介入，并向12315投诉、举报。',
          'If there is no refund, I will ask the platform to step in and complain and report to 12315.',
        ),
      },
      r,
      today,
    ),
  });
}

const platformHow: Readonly<Record<string, Text[]>> = {
  taobao: [
    tx(
      'Open the order and your after-sales request, and tap 申请平台介入. Taobao’s rule calls this 淘宝介入.',
      '打开订单和售后申请，点击“申请平台介入”。淘宝规则称之为“淘宝介入”。',
    ),
    tx(
      'Taobao’s dispute rule (version in force 15 August 2025, a platform rule) gives no number of days for asking: apply as soon as the seller says no.',
      '淘宝争议处理规则（2025年8月15日施行的版本，属于平台规则）没有写明申请的天数：卖家一拒绝就申请。',
    ),
  ],
  jd: [
    tx(
      'Apply for JD intervention (京东介入) in the after-sales screen, within 15 natural days after the seller rejected your request (JD dispute rule, version in force 4 July 2025; a platform rule, not law).',
      '在售后页面申请“京东介入”，在卖家驳回申请后15个自然日内（京东交易纠纷处理总则，2025年7月4日施行的版本；平台规则，不是法律）。',
    ),
  ],
  'wechat-store': [
    tx(
      'In the WeChat Store order, ask for platform intervention within 7 days after the seller rejects your request (WeChat Store developer documents; a platform rule).',
      '在微信小店订单中，卖家拒绝后7天内申请平台介入（微信小店开发者文档；平台规则）。',
    ),
  ],
};

export function platformIntervention(r: Reading, c: CaseBasis, platformName: Text, today: IsoDate): PlanStep {
  const p = r.facts.platform;
  const rule: ClaimId[] =
    p === 'jd'
      ? ['jd-window']
      : p === 'wechat-store'
        ? ['wechat-store-window']
        : p === 'taobao' && r.facts.problem === 'lost-or-not-delivered'
          ? ['taobao-non-delivery-burden']
          : [];
  return step({
    id: 'platform-intervention',
    title: tx('Ask the platform to step in', '申请平台介入'),
    what: {
      en: `Ask ${platformName.en} to decide the dispute, with the same facts and law.`,
      'zh-cn': `请${platformName['zh-cn'] ?? platformName.en}处理这个纠纷，事实和法律依据同上。`,
    },
    why: tx(
      'The platform must actively help you in a dispute with a seller on it. Your case rests on the same law as before.',
      '平台应当积极协助你处理与平台内卖家的纠纷。你的情况所依据的法律不变。',
    ),
    claims: ['platform-must-help', ...rule, ...c.claims],
    how: platformHow[p] ?? [
      tx(
        'Open the order and apply for platform intervention (平台介入 or 客服介入). We have not seen this platform’s current rule: check the time limit in the app and apply quickly.',
        '打开订单申请“平台介入”或“客服介入”。我们没有看到这个平台的现行规则：请在App中查看期限，尽快申请。',
      ),
    ],
    attach: ['order-page', 'chat', 'photos'],
    takes: tx('Usually days. Answer any request for evidence at once.', '通常需要几天。平台要求补充证据时请立即回应。'),
    moveOn: tx(
      'If the platform decides against you, ask once for a review by a person, then go to the next step.',
      '如果平台的处理结果对你不利，申请一次人工复核，然后进入下一步。',
    ),
    guides: ['platform-intervention', c.guide],
    message: composeMessage(
      {
        id: 'to-platform',
        to: 'platform',
        happened: c.happened,
        ask: c.ask,
        basis: c.basis,
        extra: [
          pair(
            '卖家已拒绝或未处理，请平台介入处理。',
            'The seller refused or did not act; I ask the platform to step in.',
          ),
        ],
        next: pair('如平台不予处理，我将向12315投诉。', 'If the platform does not act, I will complain to 12315.'),
      },
      r,
      today,
    ),
  });
}

export function platformLiability(c: CaseBasis): PlanStep {
  return step({
    id: 'platform-liability',
    title: tx('Ask the platform for the seller’s details, or to pay', '要求平台提供卖家信息或赔偿'),
    what: tx(
      'The shop has closed or gone quiet. Ask the platform in writing for the seller’s real name, address and contact details.',
      '店铺已关闭或联系不上。书面要求平台提供卖家的真实名称、地址和有效联系方式。',
    ),
    why: tx(
      'If the platform cannot give them, you can claim from the platform itself.',
      '平台不能提供的，你可以向平台要求赔偿。',
    ),
    claims: ['platform-pays-without-details', 'platform-must-help', ...c.claims],
    how: [
      tx(
        'Use the platform’s customer service (客服) from the order, and screenshot your request and the answer.',
        '在订单中联系平台客服，截图保存你的请求和答复。',
      ),
    ],
    attach: ['order-page', 'chat'],
    takes: tx('Ask for an answer within a few days.', '要求平台在几天内答复。'),
    moveOn: tx(
      'If the platform gives neither the details nor the money, complain to 12315 and name the platform too.',
      '平台既不提供卖家信息也不赔偿的，向12315投诉，并把平台一并列为被投诉人。',
    ),
    guides: ['shop-has-closed'],
  });
}

export function complain12315(r: Reading, c: CaseBasis, today: IsoDate): PlanStep {
  return step({
    id: 'complain-12315',
    title: tx('Complain to 12315', '向12315投诉'),
    what: tx(
      'File a complaint with the market regulator on the national 12315 platform. It asks both sides to mediate.',
      '在全国12315平台向市场监管部门投诉。监管部门会组织双方调解。',
    ),
    why: tx(
      'The regulator must handle a complaint and tell you within 7 working days. Mediation needs both sides; it cannot order a refund. Your case rests on the same law as before.',
      '监管部门应当在7个工作日内处理投诉并告知你。调解需要双方同意，监管部门不能强制退款。你的情况所依据的法律不变。',
    ),
    claims: ['complaint-handled-7-working-days', 'routes-to-resolve', ...c.claims],
    how: [
      tx(
        'Go to 12315.cn (or the 12315 app or mini-program) and choose 投诉 (complaint).',
        '打开12315.cn（或12315 App、小程序），选择“投诉”。',
      ),
      tx(
        'Give your real identity, the seller’s name, your request and the facts, and upload your evidence.',
        '提供真实身份信息、卖家名称、投诉请求和事实，并上传证据。',
      ),
    ],
    attach: ['order-page', 'chat'],
    takes: tx('A decision on acceptance within 7 working days.', '7个工作日内决定是否受理。'),
    moveOn: tx(
      'If the seller refuses mediation, or it ends without a deal, go to court.',
      '卖家拒绝调解或调解不成的，起诉。',
    ),
    guides: ['complain-to-12315', c.guide],
    message: composeMessage(
      {
        id: 'complaint-12315',
        to: 'regulator',
        happened: c.happened,
        ask: c.ask,
        basis: c.basis,
        extra: [pair('我已与卖家协商，卖家拒绝或未处理。', 'I raised it with the seller, who refused or did not act.')],
        next: pair('请依法处理。', 'Please handle this under the law.'),
      },
      r,
      today,
    ),
  });
}

export function reportViolation(): PlanStep {
  return step({
    id: 'report',
    title: tx('Report the refusal as a breach (举报)', '举报违法行为'),
    what: tx(
      'What the seller did is itself a breach the regulator can fine. A report asks it to investigate; it runs apart from your complaint.',
      '卖家的做法本身是可以被罚款的违法行为。举报是请监管部门调查处理，与投诉分开进行。',
    ),
    why: tx(
      'Deliberately delaying or refusing a lawful return or refund can be fined.',
      '故意拖延或无理拒绝消费者的退货、退款要求的，可以被处罚。',
    ),
    claims: ['refusal-can-be-fined'],
    how: [
      tx(
        'On 12315, choose 举报 (report) as well as 投诉 (complaint), with the same evidence.',
        '在12315平台上，除“投诉”外再提交一份“举报”，附上相同证据。',
      ),
    ],
    attach: ['chat', 'order-page'],
    takes: tx(
      'A report does not get your money back by itself; it adds pressure.',
      '举报本身不会帮你拿回钱，但会增加压力。',
    ),
    moveOn: tx('Carry on with your complaint or court claim at the same time.', '同时继续你的投诉或诉讼。'),
    guides: ['report-to-regulator'],
  });
}

export function goToCourt(r: Reading, c: CaseBasis, consumer: boolean): PlanStep {
  return step({
    id: 'court',
    title: tx('Send a final demand, then sue', '发出最后催告，然后起诉'),
    what: tx(
      'Court is cheap for a small claim and can be done online. You can usually sue where you received the goods.',
      '小额起诉费用低，也可以网上办理。通常可以在收货地起诉。',
    ),
    why: tx(
      'You can sue where the contract was performed, which for delivered goods is where you received them. A claim up to ¥10,000 costs ¥50. A written demand restarts the 3-year time limit.',
      '可以在合同履行地起诉，寄送的商品以收货地为合同履行地。标的额1万元以下的案件受理费50元。书面要求履行会让3年诉讼时效重新计算。',
    ),
    claims: ['sue-where-delivered', 'small-claims', 'court-fee', 'limitation-3-years', ...(consumer ? c.claims : [])],
    how: [
      tx('Send a last written demand in the chat, with a date.', '在聊天中发出最后一次书面催告，写明期限。'),
      tx(
        'If the seller does not pay by then, file online with your local court and upload your evidence.',
        '到期仍不处理的，在当地法院网上立案并上传证据。',
      ),
    ],
    attach: ['order-page', 'chat'],
    takes: tx(
      'Small claims are meant to end within 2 months of filing; a case that needs testing leaves the small-claims track.',
      '小额诉讼一般应在立案后2个月内审结；需要鉴定的案件不适用小额诉讼。',
    ),
    moveOn: tx(
      'This is the top of the ladder. Get any settlement in writing.',
      '这是最后一步。任何和解都要有书面记录。',
    ),
    guides: ['go-to-court'],
  });
}

export function punitiveDamages(r: Reading): PlanStep {
  const price = r.facts.amount;
  const fraudSum = r.facts.fraud && price ? Math.max(3 * price, 500) : undefined;
  const foodSum = r.food && price ? Math.max(10 * price, 1000) : undefined;
  const claims: ClaimId[] = [
    ...(r.facts.fraud ? (['fraud-three-times'] as const) : []),
    ...(r.food ? (['food-ten-times', 'expired-food-knowing'] as const) : []),
  ];
  return step({
    id: 'punitive-damages',
    title: tx('Consider claiming extra compensation', '考虑主张惩罚性赔偿'),
    what: {
      en:
        [
          fraudSum
            ? `If you can show the seller cheated you: ¥${fraudSum} extra (3 times the price, at least ¥500).`
            : '',
          foodSum
            ? `If the food breaks safety standards and was made or knowingly sold that way: ¥${foodSum} extra (10 times the price, at least ¥1,000).`
            : '',
        ]
          .filter(Boolean)
          .join(' ') || 'Where the seller cheated, the law adds compensation beyond a refund.',
      'zh-cn':
        [
          fraudSum ? `能证明卖家欺诈的：增加赔偿${fraudSum}元（价款的三倍，不足500元的按500元）。` : '',
          foodSum
            ? `食品不符合食品安全标准，且是生产者生产或经营者明知而销售的：增加赔偿${foodSum}元（价款十倍，不足1000元的按1000元）。`
            : '',
        ]
          .filter(Boolean)
          .join('') || '卖家有欺诈的，除退款外还可以要求增加赔偿。',
    },
    why: tx(
      'This money is not automatic: you must prove the facts, usually in court or through 12315. Claim only what your evidence shows.',
      '这笔赔偿不是自动得到的：你需要证明事实，通常通过诉讼或12315主张。只主张证据能证明的内容。',
    ),
    claims,
    how: [
      tx(
        'Claim it in your court case or your complaint, with the evidence (a test report, the false listing).',
        '在诉讼或投诉中一并主张，并提交证据（检测报告、虚假宣传的页面等）。',
      ),
    ],
    attach: ['listing', 'test-report'],
    takes: tx('Part of the court case or complaint.', '在诉讼或投诉中一并主张。'),
    moveOn: tx('Claim only what your evidence shows.', '只主张证据能证明的内容。'),
    guides: ['punitive-damages', ...(r.food ? ['food-and-health-products'] : [])],
  });
}

export function privateSeller(): PlanStep {
  return step({
    id: 'private-seller',
    title: tx('A private seller: use contract law, not consumer law', '个人卖家：依据合同法律，而不是消费者权益保护法'),
    what: tx(
      'Consumer law (the 7-day return, 12315) protects you against businesses. Against a private person you can still ask for repair, replacement, return or a lower price under the Civil Code, and go to court. If the “private” seller in fact trades, a court may treat them as a business.',
      '消费者权益保护法（七天无理由、12315）针对的是经营者。对个人卖家，你仍可依据《民法典》要求修理、更换、退货或减价，也可以起诉。所谓“个人”卖家实际在经营的，法院可能认定其为经营者。',
    ),
    why: tx(
      'Breach of contract gives these remedies; a court looks at what, how often and how much someone sells to decide whether they are a business.',
      '违约方应承担修理、更换、退货、减价等责任；法院会综合出售商品的性质、来源、数量、价格、频率等判断卖家是否在经营。',
    ),
    claims: ['breach-remedies', 'second-hand-business-test'],
    how: [
      tx(
        'Ask the seller in writing through the app’s chat, and keep the listing and the chat.',
        '通过App聊天书面联系卖家，保存商品页面和聊天记录。',
      ),
    ],
    attach: ['listing', 'chat'],
    takes: tx('Give the seller about 3 days to answer.', '给卖家大约3天答复。'),
    moveOn: tx(
      'If the seller refuses, use the platform’s dispute process if there is one, then court.',
      '卖家拒绝的，有平台纠纷处理就先申请，再考虑起诉。',
    ),
    guides: ['second-hand-from-a-person'],
  });
}

export function paymentComplaint(): PlanStep {
  return step({
    id: 'payment-complaint',
    title: tx('Complain through the payment app', '通过支付平台投诉'),
    what: tx(
      'You paid the seller directly. WeChat Pay and Alipay have their own complaint routes for payments to merchants: find the payment in your bill and complain there.',
      '你是直接付款给卖家的。微信支付和支付宝对向商户的付款有自己的投诉渠道：在账单里找到这笔付款并投诉。',
    ),
    why: tx(
      'There is no platform to step in, so the payment app is the nearest help. It is a service route, not a legal right; keep every record.',
      '没有平台可以介入，支付平台是最近的求助渠道。这是服务渠道，不是法定权利；保留所有记录。',
    ),
    claims: ['routes-to-resolve'],
    how: [
      tx(
        'Open the payment in the app’s bill (账单) and look for 投诉 or 申请退款. Labels change: check your app.',
        '在App“账单”中打开这笔付款，找“投诉”或相关入口。按钮名称以App为准。',
      ),
    ],
    attach: ['chat', 'order-page'],
    takes: tx('Days to weeks.', '几天到几周。'),
    moveOn: tx(
      'If the seller has vanished with your money, report it to the police.',
      '卖家卷款消失的，向公安机关报案。',
    ),
    guides: ['negotiate-with-seller'],
  });
}

export function stillPossible(right: { why: Text; still: Text }, c: CaseBasis): PlanStep {
  return step({
    id: 'still-possible',
    title: tx('What you can still do', '你还可以做什么'),
    what: right.still,
    why: right.why,
    claims: c.claims,
    how: [
      tx(
        'Ask the seller politely in the chat; a seller may agree even where the law does not require it.',
        '在聊天中礼貌地和卖家商量；即使法律没有要求，卖家也可能同意。',
      ),
    ],
    attach: ['order-page', 'chat'],
    takes: tx('A few days.', '几天。'),
    moveOn: tx(
      'If the item turns out to be faulty, start the check again with that answer.',
      '如果发现商品有质量问题，用这个回答重新检查一次。',
    ),
    guides: [c.guide],
  });
}
