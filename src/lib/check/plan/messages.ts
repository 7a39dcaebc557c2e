/**
 * Messages composed per case from parts: who and which order, what happened, what I ask, the legal basis, the
 * evidence I have, the date to answer by, and what I will do next. Chinese first, with its English meaning. Every
 * sentence states only what the user said: an unknown date or detail is left out or shown as a visible fill-in mark
 * (【订单号】), never a raw placeholder, and the user's own words never go into the Chinese text unless they are a
 * name (an item, a shop, an order number) that may stay in Latin letters.
 */
import { plusDays, type IsoDate } from '../tree/dates';
import { formatDate } from '../../i18n/dates';
import { formatYuan } from '../tree/format';
import type { Reading } from './facts';
import type { FilledMessage } from './types';

interface Pair {
  zh: string;
  en: string;
}
const pair = (zh: string, en: string): Pair => ({ zh, en });

/** The order number, or a fill-in mark the user sees at once and the copy button warns about while it is there. */
const orderNumber = (given: string) => pair(given || '【订单号】', given || '[order number]');

/** What the user said is wrong, in Chinese phrases they picked (never their own English words). */
const symptomPhrases: Readonly<Record<string, Pair>> = {
  'broken-on-arrival': pair('到货时已破损', 'it was broken when it arrived'),
  'does-not-work': pair('无法正常使用', 'it does not work'),
  'stopped-working': pair('使用不久就出现故障', 'it stopped working soon after'),
  'damaged-packaging': pair('外包装破损', 'the packaging was damaged'),
  'different-from-photos': pair('与商品页面图片不符', 'it looks different from the listing photos'),
  'wrong-spec': pair('型号、规格或参数与描述不符', 'the model or specifications differ from the listing'),
  'wrong-material': pair('材质与描述不符', 'the material differs from the listing'),
  'wrong-size': pair('尺寸或容量与描述不符', 'the size or capacity differs from the listing'),
  'wrong-item': pair('发来的是别的商品', 'a different item came'),
  'wrong-size-colour': pair('颜色或尺码发错', 'the wrong size or colour came'),
  'missing-parts': pair('缺少配件', 'parts or accessories are missing'),
  'missing-items': pair('订单中的商品少发', 'items from the order are missing'),
  'brand-denies': pair('品牌方确认不是正品', 'the brand says it is not genuine'),
  'no-anti-fake': pair('防伪码查询不到或不符', 'the anti-fake code does not check out'),
  'poor-copy': pair('做工与正品明显不同', 'it is plainly a copy of the genuine item'),
};
/** When no detail was picked: the problem as the user chose it, in general words that are still true. */
const problemPhrases: Readonly<Record<string, Pair>> = {
  'defective-or-damaged': pair('商品存在质量问题', 'the item has a quality problem'),
  'not-as-described': pair('商品与页面描述不符', 'the item does not match the listing'),
  'counterfeit-goods': pair('商品不是正品', 'the item is not genuine'),
  'wrong-or-missing-items': pair('发错货或少发', 'the wrong item came, or items are missing'),
};
const evidencePhrases: Readonly<Record<string, Pair>> = {
  'order-page': pair('订单截图', 'the order screenshot'),
  listing: pair('商品页面截图', 'the listing screenshot'),
  chat: pair('聊天记录', 'the chat record'),
  photos: pair('问题照片或视频', 'photos or a video of the problem'),
  unboxing: pair('开箱视频', 'the unboxing video'),
  tracking: pair('物流记录', 'the tracking record'),
  'test-report': pair('检测报告', 'the test report'),
};

/** The law behind a message, as the sentence that quotes it (each backed by the claim table). */
export const basisSentences = {
  'quality-7-days': pair(
    '依据《消费者权益保护法》第二十四条，商品不符合质量要求的，我可以自收到商品之日起七日内退货，运输等必要费用由经营者承担。',
    'Under Article 24 of the Consumer Rights Protection Law, goods that do not meet quality requirements can be returned within 7 days of receipt, and the seller bears the transport and other necessary costs.',
  ),
  'quality-after-7-days': pair(
    '依据《消费者权益保护法》第二十四条，商品不符合质量要求的，七日后可以要求经营者履行更换、修理等义务，符合法定解除合同条件的可以退货，运输等必要费用由经营者承担。',
    'Under Article 24 of the Consumer Rights Protection Law, after 7 days I can ask for replacement or repair, or a return where the conditions for ending the contract are met, and the seller bears the transport and other necessary costs.',
  ),
  'no-reason': pair(
    '依据《消费者权益保护法》第二十五条，网购商品自收到之日起七日内可以无理由退货，退回商品的运费由我承担。',
    'Under Article 25 of the Consumer Rights Protection Law, goods bought online can be returned within 7 days of receipt without a reason; I pay the return postage.',
  ),
  delivery: pair(
    '依据《电子商务法》第二十条，经营者应当按照承诺或者约定的方式、时限交付商品，并承担商品运输中的风险和责任。',
    'Under Article 20 of the E-Commerce Law, the seller must deliver in the way and time promised or agreed, and bears the risks of transport.',
  ),
  'late-end': pair(
    '依据《民法典》第五百六十三条，经营者迟延履行主要债务，经催告后在合理期限内仍未履行的，我可以解除合同。',
    'Under Article 563 of the Civil Code, if the seller is late with its main duty and still does not perform within a reasonable time after this demand, I can end the contract.',
  ),
  'earnest-double': pair(
    '依据《民法典》第五百八十七条，收受定金的一方不履行债务致使不能实现合同目的的，应当双倍返还定金。',
    'Under Article 587 of the Civil Code, a party that took a deposit (定金) and fails so that the purpose of the contract is defeated must return double the deposit.',
  ),
  advance: pair(
    '该款项在页面上称为“订金”，没有约定定金性质，不适用定金罚则，应当退还。',
    'The listing called this payment 订金 (an advance payment) and did not agree it was a 定金, so the 定金 rule does not apply and it must be refunded.',
  ),
  'fraud-reserved': pair(
    '商品不是正品，我保留依据《消费者权益保护法》第五十五条要求增加赔偿的权利（价款的三倍，不足500元的为500元）。',
    'The item is not genuine; I reserve the right under Article 55 of the Consumer Rights Protection Law to claim extra compensation of 3 times the price (at least ¥500).',
  ),
  prepaid: pair(
    '依据《消费者权益保护法》第五十三条，经营者以预收款方式提供商品或者服务，未按照约定提供的，应当按照消费者的要求退回预付款。',
    'Under Article 53 of the Consumer Rights Protection Law, a business that took payment in advance and does not provide as agreed must refund the prepayment if the consumer asks.',
  ),
} as const;
export type Basis = keyof typeof basisSentences;

/** The parts a caller chooses; everything else is read from the facts. */
export interface MessageSpec {
  id: string;
  to: 'seller' | 'platform' | 'regulator';
  /** What happened, beyond the order line: chosen by the case. */
  happened: Pair[];
  ask: Pair;
  basis: Basis[];
  /** Extra sentences: an honest offer ("如需检测…") or an excuse's answer. */
  extra?: Pair[];
  next: Pair;
  /** Include "please reply by" (three days from today). */
  replyBy?: boolean;
}

const evidenceLine = (r: Reading): Pair | undefined => {
  const have = r.facts.evidence.filter((id) => evidencePhrases[id]);
  if (!have.length) return undefined;
  const names = have.map((id) => evidencePhrases[id]!);
  return pair(`我保存有${names.map((n) => n.zh).join('、')}。`, `I have kept ${names.map((n) => n.en).join(', ')}.`);
};

/** "The item has these problems: …", from the picked phrases, or the problem in general words. */
export function whatIsWrong(r: Reading): Pair {
  const picked = r.facts.symptoms.map((s) => symptomPhrases[s]).filter((p): p is Pair => !!p);
  if (picked.length)
    return pair(
      `商品存在以下问题：${picked.map((p) => p.zh).join('；')}。`,
      `The item has these problems: ${picked.map((p) => p.en).join('; ')}.`,
    );
  const general = problemPhrases[r.facts.problem] ?? pair('商品存在问题', 'there is a problem with the item');
  return pair(`${general.zh}。`, `${general.en[0]!.toUpperCase()}${general.en.slice(1)}.`);
}

export function amountOf(r: Reading): Pair | undefined {
  // Money in running Chinese is written "459元", not with ¥ (writing-zh.md).
  return r.facts.amount !== undefined ? pair(`${r.facts.amount}元`, formatYuan(r.facts.amount)) : undefined;
}

export function composeMessage(spec: MessageSpec, r: Reading, today: IsoDate): FilledMessage {
  const f = r.facts;
  const { zh: order, en: orderEn } = orderNumber(f.orderNo);
  const item = f.item ? pair(`“${f.item}”`, `“${f.item}”`) : pair('该商品', 'the item');
  const opening =
    spec.to === 'seller'
      ? pair(`您好，我是订单${order}的买家。`, `Hello, I am the buyer on order ${orderEn}.`)
      : pair(
          `您好，我是订单${order}的买家${f.shopName ? `，卖家为“${f.shopName}”` : ''}。`,
          `Hello, I am the buyer on order ${orderEn}${f.shopName ? `, bought from “${f.shopName}”` : ''}.`,
        );
  const paid = f.orderedOn
    ? pair(
        `我于${formatDate(f.orderedOn, 'zh-cn')}下单付款购买了${item.zh}${amountOf(r) ? `，支付${amountOf(r)!.zh}` : ''}。`,
        `On ${formatDate(f.orderedOn, 'en')} I ordered and paid for ${item.en}${amountOf(r) ? `, ${amountOf(r)!.en}` : ''}.`,
      )
    : f.receivedOn
      ? pair(
          `我于${formatDate(f.receivedOn, 'zh-cn')}签收了${item.zh}${amountOf(r) ? `，支付${amountOf(r)!.zh}` : ''}。`,
          `I signed for ${item.en} on ${formatDate(f.receivedOn, 'en')}${amountOf(r) ? ` (paid ${amountOf(r)!.en})` : ''}.`,
        )
      : undefined;
  const replyBy = spec.replyBy
    ? pair(
        `请在${formatDate(plusDays(today, 3), 'zh-cn')}前答复。`,
        `Please reply by ${formatDate(plusDays(today, 3), 'en')}.`,
      )
    : undefined;
  const sign = f.yourName ? pair(`${f.yourName}`, `${f.yourName}`) : undefined;
  const parts = [
    opening,
    paid,
    ...spec.happened,
    evidenceLine(r),
    ...spec.basis.map((b) => basisSentences[b]),
    pair(`我的要求是：${spec.ask.zh}。`, `What I ask: ${spec.ask.en}.`),
    ...(spec.extra ?? []),
    replyBy,
    spec.next,
    pair('谢谢。', 'Thank you.'),
    sign,
  ].filter((p): p is Pair => !!p);
  const zh = parts.map((p) => p.zh).join('');
  const en = parts.map((p) => p.en).join(' ');
  const marks = [...zh.matchAll(/【([^】]+)】/g)].map((m) => m[1]!);
  return { id: spec.id, zh, en, blanks: [...new Set(marks)] };
}
