/** Filling the message templates with the user's details, in Chinese and in English. */
import { fillTemplate } from '../../templates/placeholders';
import { plusDays, type IsoDate } from '../dates';
import { formatDate } from '../../i18n/dates';
import { formatYuan } from '../format';
import { tx } from '../text';
import type { Text } from '../types';
import type { Facts } from './facts';
import type { FilledMessage, TemplateTexts } from './types';

/** A default description of the problem, used when the user did not write their own. */
const problemPhrase: Record<string, Text> = {
  'defective-or-damaged': tx('the item arrived damaged or does not work', '商品到货损坏或无法正常使用'),
  'not-as-described': tx('the item does not match the listing', '商品与页面描述不符'),
  'counterfeit-goods': tx('the item is not genuine', '商品不是正品'),
  'wrong-or-missing-items': tx('I received the wrong item, or parts are missing', '发错货或少件'),
  'lost-or-not-delivered': tx('the parcel has not reached me', '包裹没有送到我手上'),
  'late-delivery': tx('the item has not been delivered by the promised date', '商品超过承诺时间仍未送达'),
  'changed-my-mind': tx('I am returning it under the 7-day no-reason rule', '我申请7天无理由退货'),
  'pre-sale-deposits': tx('the pre-sale order was not completed as agreed', '预售订单未按约定履行'),
  'digital-goods-and-courses': tx(
    'the service or digital product was not provided as described',
    '服务或虚拟商品未按描述提供',
  ),
};

/** What to ask for, by problem: the remedy the law gives. */
const requestPhrase: Record<string, Text> = {
  'defective-or-damaged': tx('a return and a full refund', '退货退款'),
  'not-as-described': tx('a return and a full refund', '退货退款'),
  'counterfeit-goods': tx('a full refund and compensation of three times the price', '退货退款并赔偿价款的三倍'),
  'wrong-or-missing-items': tx('the right item, or a return and a full refund', '补发正确商品或退货退款'),
  'lost-or-not-delivered': tx('delivery of the item, or a full refund', '重新发货或全额退款'),
  'late-delivery': tx('delivery at once, or a full refund', '立即发货或全额退款'),
  'changed-my-mind': tx(
    'a return address, and a refund within 7 days of receiving the item',
    '提供退货地址，并在收到退货后7日内退款',
  ),
  'pre-sale-deposits': tx('the return of my deposit', '退还定金'),
  'digital-goods-and-courses': tx('a refund of the unused amount', '退还未使用部分的费用'),
};

/** What to ask for: the remedy for this problem, or a return and refund where none is listed. */
export const requestFor = (problem: string): Text =>
  requestPhrase[problem] ?? tx('a return and a full refund', '退货退款');

export function fillMessages(
  templateIds: readonly string[],
  templates: Readonly<Record<string, TemplateTexts>>,
  facts: Facts,
  platformName: Text,
  today: IsoDate,
): FilledMessage[] {
  const valuesIn = (locale: 'en' | 'zh-cn') => {
    const pick = (text: Text | undefined) => (text ? (text[locale] ?? text.en) : undefined);
    return {
      your_name: facts.yourName,
      order_no: facts.orderNo,
      shop_name: facts.shopName,
      item: facts.item,
      platform: pick(platformName),
      amount: facts.amount !== undefined ? formatYuan(facts.amount) : undefined,
      paid_on: facts.orderedOn ? formatDate(facts.orderedOn, locale) : undefined,
      received_on: facts.receivedOn ? formatDate(facts.receivedOn, locale) : undefined,
      // The user's own words stay in their language in both versions; the default phrase is translated.
      problem: facts.problemText || pick(problemPhrase[facts.problem]),
      request: pick(requestFor(facts.problem)),
      reply_by: formatDate(plusDays(today, 3), locale),
    };
  };
  const zh = valuesIn('zh-cn');
  const en = valuesIn('en');
  return templateIds.flatMap((id) => {
    const template = templates[id];
    return template ? [{ template: id, zh: fillTemplate(template.zh, zh), en: fillTemplate(template.en, en) }] : [];
  });
}
