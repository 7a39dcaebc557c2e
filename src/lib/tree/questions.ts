/**
 * The questions of the check, in the order a user meets them. Option ids for "what went wrong" and "what the seller
 * said" are the slugs of the matching guides, so guides and plan share one vocabulary.
 */
import { tx } from './text';
import type { Question } from './types';

const caseOptions = [
  ['defective-or-damaged', 'It arrived broken, or stopped working', '坏了或收到时已损坏'],
  ['not-as-described', 'It is not as described in the listing', '货不对板'],
  ['counterfeit-goods', 'It is a fake', '收到假货'],
  ['wrong-or-missing-items', 'Wrong item, or parts are missing', '发错货或少件'],
  ['lost-or-not-delivered', 'It never arrived, or was lost', '没收到或快递丢失'],
  ['late-delivery', 'It is very late, or was never shipped', '迟迟不发货或严重延误'],
  ['changed-my-mind', 'Nothing is wrong: I changed my mind', '没有问题，只是不想要了'],
  ['pre-sale-deposits', 'A pre-sale deposit I want back', '预售定金想退回'],
  ['digital-goods-and-courses', 'A download, course, membership or service', '虚拟商品、课程、会员或服务'],
] as const;

const excuseOptions = [
  ['none-yet', 'I have not asked the seller yet', '还没有联系卖家'],
  ['signed-for-no-refund', '“You signed for it, so no refund”', '“签收了就不退”'],
  ['not-a-quality-issue', '“It is not a quality problem”', '“不是质量问题”'],
  ['deadline-passed', '“It is past the deadline”', '“已经过了售后期”'],
  ['opened-so-no-return', '“You opened it, so no return”', '“拆封不退”'],
  ['item-excluded-from-returns', '“This item has no 7-day returns”', '“该商品不支持7天无理由”'],
  ['sale-items-no-returns', '“Sale items cannot be returned”', '“特价商品不退不换”'],
  ['tags-off-or-used', '“The tags are off, or you used it”', '“吊牌已剪/已使用”'],
  ['you-pay-return-shipping', '“You pay the return shipping”', '“运费你自己出”'],
  ['store-credit-only', '“Only store credit or coupons”', '“只能退优惠券或余额”'],
  ['refund-after-inspection', '“We refund after we check it”', '“验货后再退”'],
  ['contact-the-manufacturer', '“Go to the manufacturer”', '“去找厂家”'],
  ['final-interpretation-right', '“The shop has the final say”', '“最终解释权归本店”'],
  ['shop-has-closed', 'The shop has closed or does not answer', '店铺关闭或联系不上'],
  ['platform-has-decided', '“The platform has decided”', '“平台已经判了”'],
  ['something-else', 'Something else', '其他'],
] as const;

const options = (list: readonly (readonly [string, string, string])[]) =>
  list.map(([id, en, zh]) => ({ id, label: tx(en, zh) }));

const notDelivered = ['lost-or-not-delivered', 'late-delivery', 'pre-sale-deposits'];

export const questions: readonly Question[] = [
  {
    id: 'mainland',
    kind: 'yesno',
    title: tx('Did you buy from a seller in mainland China?', '你是从中国大陆的卖家那里买的吗？'),
    hint: tx(
      'Online shops on Taobao, JD, Pinduoduo, Douyin and similar apps count.',
      '淘宝、京东、拼多多、抖音等平台上的店铺都算。',
    ),
    next: [{ if: { q: 'mainland', is: false }, to: 'exit-outside-mainland' }, { to: 'purpose' }],
  },
  {
    id: 'purpose',
    kind: 'single',
    title: tx('Who was it for?', '这是买给谁用的？'),
    options: [
      { id: 'personal', label: tx('Me, my family or a friend', '自己、家人或朋友') },
      { id: 'business', label: tx('A company or a business I run', '公司或自己经营的生意') },
    ],
    next: [{ if: { q: 'purpose', is: 'business' }, to: 'exit-business-purchase' }, { to: 'problem' }],
  },
  {
    id: 'problem',
    kind: 'single',
    title: tx('What went wrong?', '出了什么问题？'),
    options: options(caseOptions),
    next: [{ to: 'platform' }],
  },
  {
    id: 'platform',
    kind: 'single',
    title: tx('Where did you buy it?', '你在哪里买的？'),
    options: options([
      ['taobao', 'Taobao', '淘宝'],
      ['tmall', 'Tmall', '天猫'],
      ['jd', 'JD', '京东'],
      ['pinduoduo', 'Pinduoduo', '拼多多'],
      ['douyin', 'Douyin', '抖音'],
      ['kuaishou', 'Kuaishou', '快手'],
      ['wechat', 'A WeChat store or group', '微信小店或微信群'],
      ['xianyu', 'Xianyu (second-hand)', '闲鱼（二手）'],
      ['cross-border', 'A cross-border or overseas shop', '跨境或海外店铺'],
      ['other', 'Somewhere else', '其他地方'],
    ]),
    next: [
      { if: { q: 'platform', in: ['douyin', 'kuaishou', 'taobao', 'other'] }, to: 'live-stream' },
      { if: { q: 'platform', in: ['xianyu', 'wechat', 'other'] }, to: 'seller-type' },
      { to: 'received' },
    ],
  },
  {
    id: 'live-stream',
    kind: 'yesno',
    title: tx('Did you buy it during a live stream?', '你是在直播间买的吗？'),
    next: [{ if: { q: 'platform', is: 'other' }, to: 'seller-type' }, { to: 'received' }],
  },
  {
    id: 'seller-type',
    kind: 'single',
    title: tx('Is the seller a business or a private person?', '卖家是商家还是个人？'),
    hint: tx(
      'Someone who sells the same new items again and again is a business, even on a second-hand app.',
      '经常出售同类新商品的人，即使在二手平台上，也算商家。',
    ),
    options: [
      { id: 'business', label: tx('A business or shop', '商家或店铺') },
      { id: 'private', label: tx('A private person selling their own things', '出售自己物品的个人') },
      { id: 'unsure', label: tx('I am not sure', '不确定') },
    ],
    next: [{ to: 'received' }],
  },
  {
    id: 'received',
    kind: 'yesno',
    title: tx('Did you receive it, or sign for it?', '你收到或签收了吗？'),
    hint: tx(
      'Answer yes if the tracking says it was signed for, even if you did not get it.',
      '如果物流显示已签收，即使你没拿到，也请选“是”。',
    ),
    next: [{ if: { q: 'received', is: true }, to: 'received-on' }, { to: 'ordered-on' }],
  },
  {
    id: 'received-on',
    kind: 'date',
    title: tx('On what date was it signed for?', '签收日期是哪一天？'),
    hint: tx(
      'The order page or the tracking shows it. The 7-day return starts the day after.',
      '订单页或物流信息里可以看到。7天无理由退货从次日起算。',
    ),
    next: [{ if: { q: 'problem', in: notDelivered }, to: 'ordered-on' }, { to: 'food' }],
  },
  {
    id: 'ordered-on',
    kind: 'date',
    title: tx('On what date did you order and pay?', '你是哪一天下单付款的？'),
    next: [{ to: 'food' }],
  },
  {
    id: 'food',
    kind: 'yesno',
    title: tx('Is it food, a health product or a cosmetic?', '是食品、保健品或化妆品吗？'),
    next: [{ to: 'seller-said' }],
  },
  {
    id: 'seller-said',
    kind: 'single',
    title: tx('What did the seller say?', '卖家怎么说？'),
    options: options(excuseOptions),
    next: [{ to: 'tried' }],
  },
  {
    id: 'tried',
    kind: 'single',
    title: tx('What have you tried so far, and how did it end?', '你已经做了什么？结果如何？'),
    options: options([
      ['nothing', 'Nothing yet', '还没有'],
      ['seller-refused', 'I asked the seller, who refused', '找过卖家，被拒绝'],
      ['seller-silent', 'I asked the seller, who did not answer', '找过卖家，没有回复'],
      ['platform-against', 'The platform decided against me', '平台判我败诉'],
      ['regulator-ended', '12315 mediation ended without a deal', '12315调解未成功'],
      ['in-court', 'I have already started a court case', '已经起诉'],
    ]),
    next: [
      { if: { q: 'tried', is: 'in-court' }, to: 'exit-already-in-court' },
      {
        if: {
          all: [
            { q: 'tried', in: ['seller-refused', 'seller-silent'] },
            { q: 'platform', in: ['jd', 'wechat'] },
          ],
        },
        to: 'refused-on',
      },
      { if: { q: 'problem', is: 'counterfeit-goods' }, to: 'amount' },
      { to: 'fraud' },
    ],
  },
  {
    id: 'refused-on',
    kind: 'date',
    title: tx('On what date did the seller refuse, or stop answering?', '卖家是哪一天拒绝或不再回复的？'),
    hint: tx('The platform’s time to step in counts from this date.', '平台介入的期限从这一天起算。'),
    next: [{ if: { q: 'problem', is: 'counterfeit-goods' }, to: 'amount' }, { to: 'fraud' }],
  },
  {
    id: 'fraud',
    kind: 'yesno',
    title: tx('Do you think the seller lied to you on purpose?', '你认为卖家是故意欺骗你吗？'),
    hint: tx(
      'For example, a fake sold as genuine, or a listing the seller knew was false.',
      '例如把假货当正品卖，或明知描述是假的。',
    ),
    next: [{ to: 'amount' }],
  },
  {
    id: 'amount',
    kind: 'amount',
    title: tx('How much did you pay, in yuan?', '你付了多少钱（元）？'),
    next: [{ to: 'payment' }],
  },
  {
    id: 'payment',
    kind: 'single',
    title: tx('How did you pay?', '你是怎么付款的？'),
    options: options([
      ['in-app', 'Through the app (Alipay, WeChat Pay or a card)', '在平台内付款（支付宝、微信支付或银行卡）'],
      ['off-platform', 'A direct transfer the seller asked for', '按卖家要求直接转账'],
      ['cash-on-delivery', 'Cash on delivery', '货到付款'],
      ['other', 'Another way', '其他方式'],
    ]),
    next: [{ to: 'evidence' }],
  },
  {
    id: 'evidence',
    kind: 'multi',
    title: tx('Which of these do you already have?', '你已经有哪些证据？'),
    hint: tx('Tick all that apply. The plan lists what is missing.', '可多选。计划会列出还缺什么。'),
    options: options([
      ['order-page', 'A screenshot of the order page', '订单页面截图'],
      ['listing', 'A saved copy of the listing', '商品页面的保存或截图'],
      ['chat', 'The chat with the seller', '与卖家的聊天记录'],
      ['photos', 'Photos of the problem', '问题的照片'],
      ['unboxing', 'An unboxing video', '开箱视频'],
      ['tracking', 'The courier tracking', '物流信息'],
      ['test-report', 'A test or inspection report', '检测报告'],
    ]),
    next: [{ to: 'item' }],
  },
  {
    id: 'item',
    kind: 'text',
    optional: true,
    title: tx('What did you buy? A few words are enough.', '你买的是什么？几个字就行。'),
    hint: tx('This goes into your messages. You can skip it.', '会填进你的消息里。可以跳过。'),
    next: [{ to: 'problem-text' }],
  },
  {
    id: 'problem-text',
    kind: 'text',
    optional: true,
    personal: true,
    title: tx('In one sentence, what is wrong?', '用一句话说明问题。'),
    hint: tx('For example: “the screen has a crack across it”. You can skip it.', '例如：“屏幕有一道裂痕”。可以跳过。'),
    next: [{ to: 'order-no' }],
  },
  {
    id: 'order-no',
    kind: 'text',
    optional: true,
    personal: true,
    title: tx('What is the order number?', '订单号是多少？'),
    next: [{ to: 'shop-name' }],
  },
  {
    id: 'shop-name',
    kind: 'text',
    optional: true,
    title: tx('What is the shop called?', '店铺叫什么名字？'),
    next: [{ to: 'your-name' }],
  },
  {
    id: 'your-name',
    kind: 'text',
    optional: true,
    personal: true,
    title: tx('What name should the messages be signed with?', '消息落款用什么名字？'),
    hint: tx('It stays in this browser. You can skip it.', '只保存在本浏览器中。可以跳过。'),
    next: [{ to: 'plan' }],
  },
];

export const caseOptionIds = caseOptions.map(([id]) => id);
export const excuseOptionIds = excuseOptions.map(([id]) => id);
