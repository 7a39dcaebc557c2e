/** The evidence checklist: what to keep for this case, ticked where the user said they have it. */
import { tx } from '../tree/text';
import type { Text } from '../tree/types';
import type { Reading } from './facts';
import type { EvidenceItem } from './types';

/** Labels for every evidence id a step may ask to attach, so no raw id ever reaches the screen. */
export const evidenceLabels: Readonly<Record<string, Text>> = {
  'order-page': tx('Screenshot of the order page (order number, date, price)', '订单页面截图（订单号、日期、价格）'),
  payment: tx('The payment record', '付款记录'),
  listing: tx('The listing as it was when you bought (save or screenshot it)', '购买时的商品页面（保存或截图）'),
  chat: tx('The whole chat with the seller, inside the platform', '在平台内与卖家的完整聊天记录'),
  unboxing: tx('An unboxing video, if you made one', '开箱视频（如有）'),
  tracking: tx('The courier tracking, including who signed and where', '物流记录，包括签收人和地点'),
  'test-report': tx('A test or inspection report', '检测或鉴定报告'),
  'stream-recording': tx('A screen recording or replay of the live stream', '直播录屏或回放'),
  'product-kept': tx('The product and its packaging, kept as they are', '保留商品和包装原样'),
  'medical-records': tx('Medical records and receipts, if anyone was harmed', '如有人受到伤害，保留病历和票据'),
  'deposit-terms': tx(
    'The pre-sale terms, showing whether the deposit was called 定金 or 订金',
    '预售规则，注明是“定金”还是“订金”',
  ),
  'return-receipt': tx('The courier receipt and tracking number of your return', '退货快递单和单号'),
  photos: tx(
    'Photos or a video of the problem, with the item and parcel label in view',
    '问题照片或视频，拍到商品和快递单',
  ),
};

export function evidenceChecklist(r: Reading): EvidenceItem[] {
  const facts = r.facts;
  const ids = ['order-page', 'payment', 'chat'];
  const add = (...more: string[]) => ids.push(...more.filter((id) => !ids.includes(id)));
  switch (facts.problem) {
    case 'lost-or-not-delivered':
    case 'late-delivery':
      add('listing', 'tracking');
      break;
    case 'pre-sale-deposits':
      add('listing', 'deposit-terms');
      break;
    case 'digital-goods-and-courses':
      add('listing');
      break;
    case 'changed-my-mind':
      add('return-receipt');
      break;
    default:
      // An unboxing video is useful, but only asked for where the goods themselves are the problem.
      add('listing', 'photos', 'unboxing');
  }
  if (facts.stage === 'sent-back') add('return-receipt');
  if (facts.problem === 'counterfeit-goods' || facts.sellerSaid === 'not-a-quality-issue') add('test-report');
  if (facts.liveStream) add('stream-recording');
  if (r.food) add('product-kept', 'medical-records');
  return ids.map((id) => ({ id, label: evidenceLabels[id]!, have: facts.evidence.includes(id) }));
}
