/**
 * The questions of the check, in the order a user meets them. Ids are permanent (they key every saved answer and
 * shared link). Option ids for "what went wrong" and "what the seller said" are the slugs of the matching guides,
 * so guides and plan share one vocabulary. An option with `if` is offered only when its condition holds, so one
 * question can serve several cases without asking what earlier answers already settle.
 *
 * Version 2 split what version 1 could not tell apart: whether a parcel was really received, a WeChat store from a
 * WeChat group, food from cosmetics (one "what kind of item" question), who backed out of a pre-sale and what the
 * listing called the deposit; and it added the stage "I already sent it back".
 */
import { tx } from './text';
import type { Condition, Question } from './types';

const caseOptions = [
  ['defective-or-damaged', 'It arrived broken, or stopped working', '坏了或收到时已损坏'],
  ['not-as-described', 'It is not as described in the listing', '货不对板'],
  ['counterfeit-goods', 'It is a fake', '收到假货'],
  ['wrong-or-missing-items', 'Wrong item, or parts are missing', '发错货或少件'],
  ['lost-or-not-delivered', 'It never reached me, or was lost', '没收到或快递丢失'],
  ['late-delivery', 'It is very late, or was never shipped', '迟迟不发货或严重延误'],
  ['changed-my-mind', 'Nothing is wrong: I changed my mind', '没有问题，只是不想要了'],
  ['pre-sale-deposits', 'A pre-sale deposit', '预售定金或订金'],
  ['digital-goods-and-courses', 'A download, course, membership or service', '虚拟商品、课程、会员或服务'],
] as const;

export type ProblemId = (typeof caseOptions)[number][0];

/** Seller excuses, and for whom each is offered (an excuse that cannot arise in a case is not offered there). */
const excuseOptions: readonly (readonly [string, string, string, Condition?])[] = [
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
  [
    'ask-the-courier',
    '“Ask the courier, not us”',
    '“去找快递”',
    { q: 'problem', in: ['lost-or-not-delivered', 'late-delivery', 'defective-or-damaged'] },
  ],
  ['deposit-not-refundable', '“Deposits are not refundable”', '“定金不退”', { q: 'problem', is: 'pre-sale-deposits' }],
  [
    'digital-no-refund',
    '“Digital goods cannot be refunded”',
    '“虚拟商品不退”',
    { q: 'problem', is: 'digital-goods-and-courses' },
  ],
  ['returned-damaged', '“Your return arrived damaged”', '“退回的商品有损坏”', { q: 'tried', is: 'sent-back' }],
  ['shop-has-closed', 'The shop has closed or does not answer', '店铺关闭或联系不上'],
  ['platform-has-decided', '“The platform has decided”', '“平台已经判了”'],
  ['something-else', 'Something else', '其他'],
];

export const caseOptionIds: readonly string[] = caseOptions.map(([id]) => id);
export const excuseOptionIds: readonly string[] = excuseOptions.map(([id]) => id);
/** The excuses that have an excuse card of their own (a guide link can preselect them). */
export const excuseGuideIds: readonly string[] = excuseOptionIds.filter(
  (id) =>
    !['ask-the-courier', 'deposit-not-refundable', 'digital-no-refund', 'returned-damaged', 'something-else'].includes(
      id,
    ),
);

const options = (list: readonly (readonly [string, string, string, Condition?])[]) =>
  list.map(([id, en, zh, when]) => ({ id, label: tx(en, zh), ...(when ? { if: when } : {}) }));

/** Problems about the goods themselves: the item arrived and something is wrong with it. */
export const goodsProblems: readonly string[] = [
  'defective-or-damaged',
  'not-as-described',
  'counterfeit-goods',
  'wrong-or-missing-items',
];
/** Problems where the goods arrived (so the receipt date starts the clocks). */
export const receivedProblems: readonly string[] = [...goodsProblems, 'changed-my-mind'];
const is = (q: string, value: string | boolean): Condition => ({ q, is: value });
const among = (q: string, values: readonly string[]): Condition => ({ q, in: values });

/** After the seller's side: "did they lie on purpose" only where it can change the plan, then the money. */
const toFraudOrAmount = [
  { if: { all: [is('problem', 'not-as-described'), { not: is('seller-type', 'private') }] }, to: 'fraud' },
  { to: 'amount' },
];

export const questions: readonly Question[] = [
  {
    id: 'purpose',
    kind: 'single',
    title: tx('Who was it for?', '这是买给谁用的？'),
    options: [
      { id: 'personal', label: tx('Me, my family or a friend', '自己、家人或朋友') },
      { id: 'business', label: tx('A company or a business I run', '公司或自己经营的生意') },
    ],
    next: [{ if: is('purpose', 'business'), to: 'exit-business-purchase' }, { to: 'problem' }],
  },
  {
    id: 'problem',
    kind: 'single',
    title: tx('What went wrong?', '出了什么问题？'),
    options: options(caseOptions),
    next: [{ if: among('problem', goodsProblems), to: 'symptoms' }, { to: 'platform' }],
  },
  {
    id: 'symptoms',
    kind: 'multi',
    optional: true,
    title: tx('What is wrong with it? Tick what fits.', '具体是什么问题？可多选。'),
    hint: tx('These go into your messages in Chinese. You can skip this.', '会用中文写进你的消息里。可以跳过。'),
    options: options([
      ['broken-on-arrival', 'It was broken when it arrived', '到货时已破损', is('problem', 'defective-or-damaged')],
      ['does-not-work', 'It does not work', '无法正常使用', is('problem', 'defective-or-damaged')],
      ['stopped-working', 'It stopped working soon after', '使用不久就出现故障', is('problem', 'defective-or-damaged')],
      ['damaged-packaging', 'The packaging was damaged', '外包装破损', is('problem', 'defective-or-damaged')],
      [
        'different-from-photos',
        'It looks different from the photos',
        '与商品页面图片不符',
        is('problem', 'not-as-described'),
      ],
      [
        'wrong-spec',
        'The model or specifications differ',
        '型号、规格或参数与描述不符',
        is('problem', 'not-as-described'),
      ],
      ['wrong-material', 'The material differs', '材质与描述不符', is('problem', 'not-as-described')],
      ['wrong-size', 'The size or capacity differs', '尺寸或容量与描述不符', is('problem', 'not-as-described')],
      ['wrong-item', 'A different item came', '发来的是别的商品', is('problem', 'wrong-or-missing-items')],
      ['wrong-size-colour', 'Wrong size or colour', '颜色或尺码发错', is('problem', 'wrong-or-missing-items')],
      ['missing-parts', 'Parts or accessories are missing', '缺少配件', is('problem', 'wrong-or-missing-items')],
      [
        'missing-items',
        'Items from the order are missing',
        '订单中的商品少发',
        is('problem', 'wrong-or-missing-items'),
      ],
      ['brand-denies', 'The brand says it is not theirs', '品牌方确认不是正品', is('problem', 'counterfeit-goods')],
      [
        'no-anti-fake',
        'The anti-fake code does not check out',
        '防伪码查询不到或不符',
        is('problem', 'counterfeit-goods'),
      ],
      ['poor-copy', 'It is plainly a copy of the real one', '做工与正品明显不同', is('problem', 'counterfeit-goods')],
    ]),
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
      ['wechat-store', 'A WeChat Store (微信小店)', '微信小店'],
      ['wechat-group', 'A seller in a WeChat group or chat', '微信群或私聊里的卖家'],
      ['xianyu', 'Xianyu (second-hand)', '闲鱼（二手）'],
      [
        'cross-border',
        'A cross-border shop on a mainland app (Tmall Global, JD International …)',
        '国内App上的跨境店铺（天猫国际、京东国际等）',
      ],
      ['overseas', 'A shop or website outside mainland China', '中国大陆以外的店铺或网站'],
      ['other', 'Somewhere else', '其他地方'],
    ]),
    next: [
      { if: is('platform', 'overseas'), to: 'exit-outside-mainland' },
      { if: among('platform', ['xianyu', 'wechat-group', 'other']), to: 'seller-type' },
      { if: among('platform', ['douyin', 'kuaishou', 'taobao']), to: 'live-stream' },
      { if: is('problem', 'lost-or-not-delivered'), to: 'parcel-status' },
      { if: among('problem', receivedProblems), to: 'received-on' },
      { to: 'ordered-on' },
    ],
  },
  {
    id: 'seller-type',
    kind: 'single',
    title: tx('Is the seller a business or a private person?', '卖家是商家还是个人？'),
    hint: tx(
      'Someone selling their own used things is a private person. A court may treat a “private” seller as a business, looking at how often they sell, what, where from and how much.',
      '出售自己闲置物品的是个人。法院会综合卖家出售商品的性质、来源、数量、价格、频率等情况，判断所谓“个人”卖家是否在经营。',
    ),
    options: [
      { id: 'business', label: tx('A business or shop', '商家或店铺') },
      { id: 'private', label: tx('A private person selling their own things', '出售自己物品的个人') },
      { id: 'unsure', label: tx('I am not sure', '不确定') },
    ],
    next: [
      { if: is('problem', 'lost-or-not-delivered'), to: 'parcel-status' },
      { if: among('problem', receivedProblems), to: 'received-on' },
      { to: 'ordered-on' },
    ],
  },
  {
    id: 'live-stream',
    kind: 'yesno',
    title: tx('Did you buy it during a live stream?', '你是在直播间买的吗？'),
    next: [
      { if: is('problem', 'lost-or-not-delivered'), to: 'parcel-status' },
      { if: among('problem', receivedProblems), to: 'received-on' },
      { to: 'ordered-on' },
    ],
  },
  {
    id: 'parcel-status',
    kind: 'single',
    title: tx('What does the tracking say?', '物流信息显示什么？'),
    options: [
      {
        id: 'signed-not-received',
        label: tx('It says signed for or delivered, but I never got it', '显示已签收或已送达，但我没有收到'),
      },
      { id: 'not-arrived', label: tx('It is still on the way, stuck or lost', '还在路上、停滞不动或丢失') },
    ],
    next: [{ to: 'ordered-on' }],
  },
  {
    id: 'received-on',
    kind: 'date',
    title: tx('On what date did you sign for it?', '你是哪一天签收的？'),
    hint: tx(
      'The order page or the tracking shows it. The 7-day periods count from this day.',
      '订单页或物流信息里可以看到。7天的期限从这一天起算。',
    ),
    next: [{ to: 'item-kind' }],
  },
  {
    id: 'ordered-on',
    kind: 'date',
    title: tx('On what date did you order and pay?', '你是哪一天下单付款的？'),
    next: [
      { if: is('problem', 'pre-sale-deposits'), to: 'presale-who' },
      { if: is('problem', 'digital-goods-and-courses'), to: 'item-kind' },
      { to: 'tried' },
    ],
  },
  {
    id: 'item-kind',
    kind: 'single',
    title: tx('What kind of item is it?', '是什么类型的商品？'),
    hint: tx(
      'Some rules depend on it: fresh food and downloads have no 7-day no-reason return, and only food has the 10-times compensation.',
      '有些规定取决于商品类型：生鲜和下载类商品不适用7天无理由退货，十倍赔偿只适用于食品。',
    ),
    options: options([
      [
        'durable',
        'A car, computer, TV, fridge, air conditioner or washing machine',
        '汽车、电脑、电视、冰箱、空调或洗衣机',
        { not: is('problem', 'digital-goods-and-courses') },
      ],
      [
        'electronics',
        'A phone, earphones or other small electronics',
        '手机、耳机或其他小型电子产品',
        { not: is('problem', 'digital-goods-and-courses') },
      ],
      ['fresh-food', 'Fresh or perishable food', '生鲜或易腐食品', { not: is('problem', 'digital-goods-and-courses') }],
      [
        'packaged-food',
        'Packaged food or health food (保健食品)',
        '预包装食品或保健食品',
        { not: is('problem', 'digital-goods-and-courses') },
      ],
      ['cosmetics', 'Cosmetics or skin care', '化妆品或护肤品', { not: is('problem', 'digital-goods-and-courses') }],
      ['medicine', 'Medicine', '药品', { not: is('problem', 'digital-goods-and-courses') }],
      [
        'download',
        'A download: software, an e-book, music or video',
        '下载类商品：软件、电子书、音乐或视频',
        is('problem', 'digital-goods-and-courses'),
      ],
      ['service', 'A course, membership or service', '课程、会员或服务', is('problem', 'digital-goods-and-courses')],
      ['other', 'Something else', '其他商品', { not: is('problem', 'digital-goods-and-courses') }],
    ]),
    next: [{ to: 'tried' }],
  },
  {
    id: 'presale-who',
    kind: 'single',
    title: tx('Who did not go through with the pre-sale?', '预售没有完成，是哪一方的原因？'),
    options: [
      {
        id: 'seller-failed',
        label: tx('The seller: it cancelled, did not ship or changed the terms', '卖家：取消订单、不发货或改变条件'),
      },
      {
        id: 'i-cancelled',
        label: tx('I did: I changed my mind or did not pay the balance', '我：我不想要了或没有付尾款'),
      },
      { id: 'unsure', label: tx('It is not clear', '说不清') },
    ],
    next: [{ to: 'deposit-word' }],
  },
  {
    id: 'deposit-word',
    kind: 'single',
    title: tx('What did the listing call the deposit?', '商品页面把这笔钱叫做什么？'),
    hint: tx(
      'The two words sound the same but differ in law: 定金 can be lost or doubled; 订金 is an advance payment.',
      '两个词读音相同，法律后果不同：定金可能不退或双倍返还；订金是预付款。',
    ),
    options: [
      { id: 'earnest', label: tx('定金', '定金') },
      { id: 'advance', label: tx('订金', '订金') },
      { id: 'unsure', label: tx('I am not sure', '不确定') },
    ],
    next: [{ to: 'tried' }],
  },
  {
    id: 'tried',
    kind: 'single',
    title: tx('Where is your case now?', '现在进行到哪一步了？'),
    options: options([
      ['nothing', 'I have not asked the seller yet', '还没有联系卖家'],
      ['seller-refused', 'I asked the seller, who refused', '找过卖家，被拒绝'],
      ['seller-silent', 'I asked the seller, who did not answer', '找过卖家，没有回复'],
      ['sent-back', 'I sent it back and have no refund', '已经退货，还没收到退款', among('problem', receivedProblems)],
      ['platform-against', 'The platform decided against me', '平台处理结果对我不利'],
      ['regulator-ended', '12315 mediation ended without a deal', '12315调解未成功'],
      ['in-court', 'I have already started a court case', '已经起诉'],
    ]),
    next: [
      { if: is('tried', 'in-court'), to: 'exit-already-in-court' },
      { if: is('tried', 'sent-back'), to: 'returned-on' },
      {
        if: { all: [among('tried', ['seller-refused', 'seller-silent']), among('platform', ['jd', 'wechat-store'])] },
        to: 'refused-on',
      },
      { if: among('tried', ['seller-refused', 'platform-against', 'regulator-ended']), to: 'seller-said' },
      ...toFraudOrAmount,
    ],
  },
  {
    id: 'refused-on',
    kind: 'date',
    title: tx('On what date did the seller refuse, or stop answering?', '卖家是哪一天拒绝或不再回复的？'),
    hint: tx('The platform’s time to step in counts from this date.', '平台介入的期限从这一天起算。'),
    next: [{ if: is('tried', 'seller-refused'), to: 'seller-said' }, ...toFraudOrAmount],
  },
  {
    id: 'returned-on',
    kind: 'date',
    title: tx('On what date did the seller receive your return?', '卖家是哪一天收到你退回的商品的？'),
    hint: tx(
      'The tracking of your return shows it. The refund is due within 7 days.',
      '退货的物流信息里可以看到。卖家应在7日内退款。',
    ),
    next: [{ to: 'seller-said' }],
  },
  {
    id: 'seller-said',
    kind: 'single',
    title: tx('What did the seller say?', '卖家怎么说？'),
    options: options(excuseOptions),
    next: toFraudOrAmount,
  },
  {
    id: 'fraud',
    kind: 'yesno',
    title: tx('Do you think the seller lied to you on purpose?', '你认为卖家是故意欺骗你吗？'),
    hint: tx(
      'For example, a listing the seller knew was false. Answer no if you are not sure: the plan still covers you.',
      '例如卖家明知商品描述是假的。不确定就选“否”，计划同样适用。',
    ),
    next: [{ to: 'amount' }],
  },
  {
    id: 'amount',
    kind: 'amount',
    title: tx('How much did you pay, in yuan?', '你付了多少钱（元）？'),
    next: [{ if: among('platform', ['xianyu', 'wechat-group', 'other']), to: 'payment' }, { to: 'evidence' }],
  },
  {
    id: 'payment',
    kind: 'single',
    title: tx('How did you pay?', '你是怎么付款的？'),
    options: options([
      ['in-app', 'Through the app’s own checkout', '在平台内下单付款'],
      ['off-platform', 'A transfer or QR code the seller gave me', '按卖家给的转账方式或收款码付款'],
      ['cash-on-delivery', 'Cash on delivery', '货到付款'],
      ['other', 'Another way', '其他方式'],
    ]),
    next: [{ to: 'evidence' }],
  },
  {
    id: 'evidence',
    kind: 'multi',
    optional: true,
    title: tx('Which of these do you already have?', '你已经有哪些证据？'),
    hint: tx('Tick all that apply. The plan lists what is missing.', '可多选。计划会列出还缺什么。'),
    options: options([
      ['order-page', 'A screenshot of the order page', '订单页面截图'],
      ['listing', 'A saved copy of the listing', '商品页面的保存或截图'],
      ['chat', 'The chat with the seller', '与卖家的聊天记录'],
      ['photos', 'Photos or a video of the problem', '问题的照片或视频', among('problem', goodsProblems)],
      ['unboxing', 'An unboxing video', '开箱视频', among('problem', goodsProblems)],
      ['tracking', 'The courier tracking', '物流信息', { not: is('problem', 'digital-goods-and-courses') }],
      ['test-report', 'A test or inspection report', '检测报告', among('problem', goodsProblems)],
    ]),
    next: [{ to: 'plan' }],
  },
];

/**
 * Details for the messages, asked on the plan screen rather than in the walk: nothing in the plan depends on them,
 * and a message without them shows a visible fill-in mark instead.
 */
export const details: readonly Question[] = [
  {
    id: 'item',
    kind: 'text',
    optional: true,
    title: tx('What did you buy? A few words, ideally in Chinese or a brand name.', '你买的是什么？几个字就行。'),
    next: [],
  },
  {
    id: 'order-no',
    kind: 'text',
    optional: true,
    personal: true,
    title: tx('Order number', '订单号'),
    next: [],
  },
  {
    id: 'shop-name',
    kind: 'text',
    optional: true,
    title: tx('Shop name', '店铺名称'),
    next: [],
  },
  {
    id: 'your-name',
    kind: 'text',
    optional: true,
    personal: true,
    title: tx('Name to sign the messages with', '消息落款的名字'),
    next: [],
  },
];
