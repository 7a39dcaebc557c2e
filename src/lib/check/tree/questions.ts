/**
 * The questions of the check, in the order a user meets them. Ids are permanent (they key every saved answer and
 * shared link). Option ids for "what went wrong" and "what the seller said" are the slugs of the matching guides,
 * so guides and plan share one vocabulary. An option with `if` is offered only when its condition holds, so one
 * question can serve several cases without asking what earlier answers already settle.
 *
 * Version 2 split what version 1 could not tell apart: whether a parcel was really received, a WeChat store from a
 * WeChat group, food from cosmetics (one "what kind of item" question), who backed out of a pre-sale and what the
 * listing called the deposit; and it added the stage "I already sent it back".
 *
 * Only structure lives here: the words of every question and option are in texts/<locale>/questions.ts under
 * `q.<question>.title` and `q.<question>.option.<option>`. The lists are `as const`, so the unions below
 * (ProblemId, ExcuseId, ...) come from them, and a table keyed by one of them misses a case only as a type error.
 */
import type { Condition, Option, Question, Rule } from './types';

const is = (q: string, value: string | boolean): Condition => ({ q, is: value });
const among = (q: string, values: readonly string[]): Condition => ({ q, in: values });
const only = <const T extends string>(ids: readonly T[]) => ids.map((id) => ({ id }));
/** A takeaway (外卖) has its own shops, its own problems and its own excuses. */
const notMeal: Condition = { not: is('problem', 'food-delivery') };
/** A trip or ticket (a tour, a flight, a show) is bought on travel and ticket apps, and answered by other law. */
const notTrip: Condition = { not: is('problem', 'tickets-and-travel') };
/** Goods bought in a shop: neither a takeaway nor a trip (the goods-return excuses: only where goods arrived). */
const shopGoods: Condition = { all: [notMeal, notTrip] };
/** A wrong or short delivery: the symptoms that say something wrong came, and those that say something is missing. */
export const wrongSymptoms = ['wrong-item', 'wrong-size-colour'] as const;
// Short weight is something missing too: part of what was ordered did not come (audit 10-a, M8).
export const missingSymptoms = ['missing-items', 'missing-parts', 'short-weight'] as const;
const hasSymptom = (id: string): Condition => ({ q: 'symptoms', has: id });
/** Faulty food the user says went bad or is past its date, or whose fault the user did not name (audit 11-a, M4). */
const badFood: Condition = {
  all: [
    {
      any: [
        hasSymptom('spoiled'),
        hasSymptom('expired'),
        {
          not: {
            any: ['broken-on-arrival', 'does-not-work', 'stopped-working', 'damaged-packaging', 'made-ill'].map(
              hasSymptom,
            ),
          },
        },
      ],
    },
    is('problem', 'defective-or-damaged'),
    among('item-kind', ['fresh-food', 'packaged-food']),
  ],
};

/** The takeaway problems about the food itself: where food-safety law can apply. */
export const unsafeMeal = ['spoiled', 'foreign-object', 'made-ill'] as const;

const caseOptionList = [
  'defective-or-damaged',
  'not-as-described',
  'counterfeit-goods',
  'wrong-or-missing-items',
  'lost-or-not-delivered',
  'late-delivery',
  'food-delivery',
  'tickets-and-travel',
  'seller-cancelled-order',
  'price-protection',
  'changed-my-mind',
  'pre-sale-deposits',
  'digital-goods-and-courses',
] as const;
export type ProblemId = (typeof caseOptionList)[number];

/** Problems about the goods themselves: the item arrived and something is wrong with it. */
export const goodsProblems = [
  'defective-or-damaged',
  'not-as-described',
  'counterfeit-goods',
  'wrong-or-missing-items',
] as const satisfies readonly ProblemId[];
export type GoodsProblemId = (typeof goodsProblems)[number];
/** Problems where the goods arrived (so the receipt date starts the clocks). */
export const receivedProblems: readonly ProblemId[] = [...goodsProblems, 'changed-my-mind'];
/**
 * Goods that arrived: the excuses about returning them (signed for, opened, used, too late, postage...) are offered
 * only here. Where nothing came, a pre-sale, a price, a cancelled order or a course, they cannot arise, and their
 * answers (which speak of the goods' quality and their return) would say what the user never said.
 */
const arrived: Condition = among('problem', receivedProblems);

/**
 * Seller excuses, and for whom each is offered (an excuse that cannot arise in a case is not offered there). The
 * ones most people meet come first; those marked `more` sit under "More answers", so the list stays short.
 */
const excuseOptions = [
  // A cancelled paid order (砍单): the two reasons sellers give, first where they are the only likely ones.
  { id: 'price-mistake', if: is('problem', 'seller-cancelled-order') },
  { id: 'out-of-stock', if: is('problem', 'seller-cancelled-order') },
  // A takeaway: "someone else cooked it" is the restaurant's own excuse (SPC Online Provisions Art. 19).
  { id: 'cooked-elsewhere', if: is('problem', 'food-delivery') },
  // A trip or ticket: "the refund rules say a fee is deducted" is the seller's usual answer.
  { id: 'fee-in-the-rules', if: { all: [is('problem', 'tickets-and-travel'), { not: is('trip-problem', 'add-on') }] } },
  // "Signed for" also meets a parcel shown as signed that never came (answered about delivery, not acceptance).
  { id: 'signed-for-no-refund', if: { any: [arrived, is('problem', 'lost-or-not-delivered')] } },
  // For a meal, "not a quality problem" (a matter of taste) is an answer only where the food itself is in question.
  { id: 'not-a-quality-issue', if: { any: [arrived, among('meal-problem', unsafeMeal)] } },
  { id: 'deadline-passed', if: arrived },
  { id: 'opened-so-no-return', if: arrived },
  // "Not refundable" also meets a meal that was wrong, spilled or unsafe (not a late one) and a course or download.
  {
    id: 'item-excluded-from-returns',
    if: {
      any: [
        arrived,
        is('problem', 'digital-goods-and-courses'),
        { all: [is('problem', 'food-delivery'), { not: is('meal-problem', 'late') }] },
      ],
    },
  },
  { id: 'sale-items-no-returns', more: true, if: arrived },
  { id: 'tags-off-or-used', more: true, if: arrived },
  { id: 'you-pay-return-shipping', if: arrived },
  // A trip's "only a voucher" is the same refusal of money as a shop's "only store credit".
  { id: 'store-credit-only', more: true, if: notMeal },
  { id: 'refund-after-inspection', more: true, if: arrived },
  // "Go to the manufacturer" answers a fault, not a change of mind.
  { id: 'contact-the-manufacturer', more: true, if: among('problem', goodsProblems) },
  // "Sold as is, no returns": a fault's answer (second-hand goods above all); it holds between private people unless
  // the seller knew, and is void from a business (audit 10-b, H1).
  { id: 'sold-as-is', more: true, if: among('problem', goodsProblems) },
  { id: 'final-interpretation-right', more: true },
  {
    id: 'ask-the-courier',
    if: among('problem', ['lost-or-not-delivered', 'late-delivery', 'defective-or-damaged', 'food-delivery']),
  },
  { id: 'deposit-not-refundable', if: is('problem', 'pre-sale-deposits') },
  { id: 'digital-no-refund', if: is('problem', 'digital-goods-and-courses') },
  { id: 'returned-damaged', if: is('tried', 'sent-back') },
  // Once the case has moved on from a seller that never answered: its silence, kept (audit 11-b, L1).
  { id: 'never-answered', if: among('tried', ['platform-against', 'regulator-ended']) },
  { id: 'shop-has-closed' },
  // Not in a chat group: there is no platform to decide.
  { id: 'platform-has-decided', more: true, if: { not: is('platform', 'wechat-group') } },
  { id: 'something-else' },
] as const satisfies readonly Option[];
export type ExcuseId = (typeof excuseOptions)[number]['id'];

export const caseOptionIds: readonly ProblemId[] = caseOptionList;
export const excuseOptionIds: readonly ExcuseId[] = excuseOptions.map((o) => o.id);
/** The excuses without an excuse card of their own (no guide link can preselect them). */
const excusesWithoutCard: readonly ExcuseId[] = [
  'price-mistake',
  'out-of-stock',
  'cooked-elsewhere',
  'fee-in-the-rules',
  'ask-the-courier',
  'deposit-not-refundable',
  'digital-no-refund',
  'returned-damaged',
  'sold-as-is',
  'never-answered',
  'something-else',
];
/** The excuses that have an excuse card of their own (a guide link can preselect them). */
export const excuseGuideIds: readonly ExcuseId[] = excuseOptionIds.filter((id) => !excusesWithoutCard.includes(id));

export const isGoodsProblem = (id: string): id is GoodsProblemId => (goodsProblems as readonly string[]).includes(id);

/** After the seller's side: "did they lie on purpose" only where it can change the plan, then the money. */
const toFraudOrAmount: readonly Rule[] = [
  { if: { all: [is('problem', 'not-as-described'), { not: is('seller-type', 'private') }] }, to: 'fraud' },
  { to: 'amount' },
];
/** After where and from whom it was bought: the case's own facts and dates, by case. */
const toCaseDates: readonly Rule[] = [
  { if: is('problem', 'lost-or-not-delivered'), to: 'parcel-status' },
  { if: among('problem', receivedProblems), to: 'received-on' },
  { if: is('problem', 'price-protection'), to: 'price-promise' },
  { to: 'ordered-on' },
];
const notDigital: Condition = { not: is('problem', 'digital-goods-and-courses') };

export const questions = [
  {
    id: 'purpose',
    kind: 'single',
    options: only(['personal', 'business']),
    next: [{ if: is('purpose', 'business'), to: 'exit-business-purchase' }, { to: 'problem' }],
  },
  {
    id: 'problem',
    kind: 'single',
    options: only(caseOptionList),
    next: [{ if: among('problem', goodsProblems), to: 'symptoms' }, { to: 'platform' }],
  },
  {
    id: 'symptoms',
    kind: 'multi',
    optional: true,
    options: [
      { id: 'broken-on-arrival', if: is('problem', 'defective-or-damaged') },
      { id: 'does-not-work', if: is('problem', 'defective-or-damaged') },
      { id: 'stopped-working', if: is('problem', 'defective-or-damaged') },
      { id: 'damaged-packaging', if: is('problem', 'defective-or-damaged') },
      // Food that is unsafe, not only broken: what the message says, and what to keep (the plan reads them for food).
      // Two facts, each said alone in the message: gone bad, or sold past its date (which alone shows the seller
      // knew, SPC Food Safety Interpretation Art. 6(1); audit 10-a, M6).
      { id: 'spoiled', if: is('problem', 'defective-or-damaged') },
      { id: 'expired', if: is('problem', 'defective-or-damaged') },
      { id: 'made-ill', if: is('problem', 'defective-or-damaged') },
      { id: 'different-from-photos', if: is('problem', 'not-as-described') },
      { id: 'wrong-spec', if: is('problem', 'not-as-described') },
      { id: 'wrong-material', if: is('problem', 'not-as-described') },
      { id: 'wrong-size', if: is('problem', 'not-as-described') },
      { id: 'wrong-item', if: is('problem', 'wrong-or-missing-items') },
      { id: 'wrong-size-colour', if: is('problem', 'wrong-or-missing-items') },
      { id: 'missing-parts', if: is('problem', 'wrong-or-missing-items') },
      { id: 'missing-items', if: is('problem', 'wrong-or-missing-items') },
      { id: 'short-weight', if: is('problem', 'wrong-or-missing-items') },
      { id: 'brand-denies', if: is('problem', 'counterfeit-goods') },
      { id: 'no-anti-fake', if: is('problem', 'counterfeit-goods') },
      { id: 'poor-copy', if: is('problem', 'counterfeit-goods') },
    ],
    next: [{ to: 'platform' }],
  },
  {
    id: 'platform',
    kind: 'single',
    options: [
      ...(['taobao', 'tmall', 'jd', 'pinduoduo', 'douyin', 'kuaishou', 'wechat-store', 'wechat-group'] as const).map(
        (id) => ({ id, if: shopGoods }),
      ),
      // The two delivery apps, offered for a takeaway only (and the shopping apps not offered for one).
      { id: 'meituan', if: is('problem', 'food-delivery') },
      { id: 'eleme', if: is('problem', 'food-delivery') },
      // Next-day pickup apps (社区团购): shops on a platform, with a group leader (团长) who hands the goods over.
      { id: 'community-group', if: shopGoods },
      { id: 'xianyu', if: shopGoods },
      { id: 'cross-border', if: shopGoods },
      // Travel and ticket apps (Ctrip, Fliggy, Qunar, Damai, Maoyan …): one option, since we have read none's rules.
      { id: 'travel-app', if: is('problem', 'tickets-and-travel') },
      { id: 'overseas', if: notMeal },
      { id: 'other' },
    ],
    next: [
      { if: is('platform', 'overseas'), to: 'exit-outside-mainland' },
      // A restaurant is a business: no "who sold it" question, straight to what went wrong with the meal.
      { if: is('problem', 'food-delivery'), to: 'meal-problem' },
      { if: is('problem', 'tickets-and-travel'), to: 'trip-problem' },
      { if: among('platform', ['xianyu', 'wechat-group', 'other']), to: 'seller-type' },
      { if: among('platform', ['douyin', 'kuaishou', 'taobao']), to: 'live-stream' },
      ...toCaseDates,
    ],
  },
  {
    id: 'seller-type',
    kind: 'single',
    options: only(['business', 'private', 'unsure']),
    next: [...toCaseDates],
  },
  {
    id: 'live-stream',
    kind: 'yesno',
    next: [...toCaseDates],
  },
  {
    id: 'parcel-status',
    kind: 'single',
    // A locker or courier station the user never agreed to is its own answer: the courier may not use one without
    // consent (Express Market Measures 28), which the messages then say.
    options: only(['signed-not-received', 'locker-not-received', 'not-arrived']),
    next: [{ to: 'ordered-on' }],
  },
  {
    // A price that fell after paying: what the shop promised decides what can be asked for (a promise, not a right).
    id: 'price-promise',
    kind: 'single',
    options: only(['promised', 'not-promised', 'fake-original']),
    next: [{ to: 'ordered-on' }],
  },
  {
    // One answer, the most serious: it decides what to ask for and which law carries the case.
    id: 'meal-problem',
    kind: 'single',
    options: only(['wrong-or-missing', 'spilled', 'late', ...unsafeMeal]),
    next: [
      { if: among('meal-problem', ['wrong-or-missing', 'spilled', 'spoiled']), to: 'meal-detail' },
      { if: is('meal-problem', 'late'), to: 'late-promise' },
      { to: 'ordered-on' },
    ],
  },
  {
    // Which of the two things the problem covers: a message states one fact ("a dish did not come"), since "wrong or
    // missing" about one's own meal reads as an unfilled form, and each fact asks for something different.
    id: 'meal-detail',
    kind: 'single',
    options: [
      { id: 'wrong-dish', if: is('meal-problem', 'wrong-or-missing') },
      { id: 'missing-dish', if: is('meal-problem', 'wrong-or-missing') },
      { id: 'spilled', if: is('meal-problem', 'spilled') },
      { id: 'packaging-broken', if: is('meal-problem', 'spilled') },
      { id: 'gone-off', if: is('meal-problem', 'spoiled') },
      { id: 'smells-off', if: is('meal-problem', 'spoiled') },
    ],
    next: [{ to: 'ordered-on' }],
  },
  {
    // A late meal is worth what the order page promised for lateness (promises bind, Regs 12); with no promise, the
    // user asks for a sum of their own choosing, and the plan says the law may give little.
    id: 'late-promise',
    kind: 'yesno',
    next: [{ to: 'ordered-on' }],
  },
  {
    // A trip or ticket: who cancelled, or what was charged, decides the law (Tourism Law, Civil Code, SAMR rules).
    id: 'trip-problem',
    kind: 'single',
    options: only(['tour-too-few', 'tour-i-cancelled', 'provider-cancelled', 'hidden-fee', 'add-on']),
    next: [{ to: 'ordered-on' }],
  },
  {
    id: 'received-on',
    kind: 'date',
    next: [{ to: 'item-kind' }],
  },
  {
    id: 'ordered-on',
    kind: 'date',
    next: [
      { if: is('problem', 'pre-sale-deposits'), to: 'presale-who' },
      { if: is('problem', 'digital-goods-and-courses'), to: 'item-kind' },
      { to: 'tried' },
    ],
  },
  {
    id: 'item-kind',
    kind: 'single',
    options: [
      { id: 'durable', if: notDigital },
      // Not on the law's list, which ends in 等 ("and similar"): may count as durable goods; the plan says so, hedged.
      { id: 'appliance', if: notDigital },
      { id: 'electronics', if: notDigital },
      { id: 'fresh-food', if: notDigital },
      { id: 'packaged-food', if: notDigital },
      { id: 'cosmetics', if: notDigital },
      { id: 'medicine', if: notDigital },
      // Made to the buyer's order or measurements: no 7-day no-reason return by law (CRPL 25(1)(1)).
      { id: 'custom-made', if: notDigital },
      { id: 'download', if: is('problem', 'digital-goods-and-courses') },
      { id: 'service', if: is('problem', 'digital-goods-and-courses') },
      { id: 'other', if: notDigital },
    ],
    next: [
      { if: is('item-kind', 'service'), to: 'service-problem' },
      {
        if: { all: [is('problem', 'digital-goods-and-courses'), is('item-kind', 'download')] },
        to: 'download-problem',
      },
      { if: is('problem', 'wrong-or-missing-items'), to: 'wanted-remedy' },
      { if: badFood, to: 'how-much-bad' },
      { to: 'tried' },
    ],
  },
  {
    // Spoiled or expired food: all of it, or part? With part bad, the seller may refund only that part (CC 632), so
    // the message asks for that part's price; all of it goes back only when all of it is bad (audit 10-a, M7).
    id: 'how-much-bad',
    kind: 'single',
    options: [{ id: 'all' }, { id: 'part' }],
    next: [{ to: 'tried' }],
  },
  {
    // A course, membership or service: whether it was provided decides the law. A plan must not say it was not
    // provided unless the user said so (CRPL 53 only carries a service not provided as agreed). A business that moved
    // may still provide, at its new place: that is its own ground, a move that makes it clearly harder to use (SPC
    // Prepaid 13(1); audit AC, L1).
    id: 'service-problem',
    kind: 'single',
    options: only(['not-provided', 'moved-away', 'changed-mind', 'auto-renewed']),
    next: [{ to: 'tried' }],
  },
  {
    // A download has no no-reason return (CRPL 25), but must still work as described (CRPL 23): which one is asked.
    id: 'download-problem',
    kind: 'single',
    options: only(['not-as-described', 'changed-mind']),
    next: [{ to: 'tried' }],
  },
  {
    // A wrong or short delivery: what the buyer wants is theirs to say, never assumed. Someone missing one item of
    // three may want it sent, or its price back, rather than returning the two that came.
    id: 'wanted-remedy',
    kind: 'single',
    options: [
      { id: 'send-what-is-right' },
      // Only where something is missing (or the user did not say what went wrong).
      {
        id: 'refund-missing-part',
        if: { any: [...missingSymptoms.map(hasSymptom), { not: { any: wrongSymptoms.map(hasSymptom) } }] },
      },
      { id: 'return-all' },
    ],
    next: [{ to: 'tried' }],
  },
  {
    id: 'presale-who',
    kind: 'single',
    options: only(['seller-failed', 'i-cancelled', 'unsure']),
    next: [{ to: 'deposit-word' }],
  },
  {
    id: 'deposit-word',
    kind: 'single',
    options: only(['earnest', 'advance', 'unsure']),
    next: [{ to: 'tried' }],
  },
  {
    id: 'tried',
    kind: 'single',
    options: [
      { id: 'nothing' },
      { id: 'seller-refused' },
      { id: 'seller-silent' },
      // "Sent it back, the refund has not come": not for a buyer who asked for the right items or a part refund.
      {
        id: 'sent-back',
        if: {
          all: [
            among('problem', receivedProblems),
            { not: among('wanted-remedy', ['send-what-is-right', 'refund-missing-part']) },
          ],
        },
      },
      // A chat group has no platform to decide (audit 11-b, L6).
      { id: 'platform-against', if: { not: is('platform', 'wechat-group') } },
      { id: 'regulator-ended' },
      { id: 'in-court' },
    ],
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
    next: [{ if: is('tried', 'seller-refused'), to: 'seller-said' }, ...toFraudOrAmount],
  },
  {
    id: 'returned-on',
    kind: 'date',
    next: [{ to: 'seller-said' }],
  },
  {
    id: 'seller-said',
    kind: 'single',
    options: excuseOptions,
    next: [
      // A no-reason return's postage is the buyer's unless the seller promised otherwise (CRPL 25): whether it did
      // decides whether the seller is right, so it is asked, not guessed.
      {
        if: { all: [is('problem', 'changed-my-mind'), is('seller-said', 'you-pay-return-shipping')] },
        to: 'free-returns',
      },
      // "Tags off or used": whether the user used it beyond checking decides whether the goods are intact (Returns
      // Measures 8, 9), which only the user knows.
      {
        if: { all: [is('problem', 'changed-my-mind'), is('seller-said', 'tags-off-or-used')] },
        to: 'used-beyond-checking',
      },
      // "No 7-day returns for this item", of goods the law does not exclude, from a business: whether the buyer
      // confirmed it at checkout decides whether the seller may refuse (CRPL 25; Regs 19), which only the user knows.
      {
        if: {
          all: [
            is('problem', 'changed-my-mind'),
            is('seller-said', 'item-excluded-from-returns'),
            { not: among('item-kind', ['fresh-food', 'custom-made', 'medicine']) },
            { not: is('seller-type', 'private') },
          ],
        },
        to: 'exclusion-confirmed',
      },
      ...toFraudOrAmount,
    ],
  },
  {
    id: 'free-returns',
    kind: 'yesno',
    next: toFraudOrAmount,
  },
  {
    id: 'used-beyond-checking',
    kind: 'yesno',
    next: toFraudOrAmount,
  },
  {
    id: 'exclusion-confirmed',
    kind: 'single',
    options: only(['confirmed', 'not-confirmed', 'not-sure']),
    next: toFraudOrAmount,
  },
  {
    id: 'fraud',
    kind: 'yesno',
    next: [{ to: 'amount' }],
  },
  {
    id: 'amount',
    kind: 'amount',
    next: [{ if: among('platform', ['xianyu', 'wechat-group', 'other']), to: 'payment' }, { to: 'evidence' }],
  },
  {
    id: 'payment',
    kind: 'single',
    options: only(['in-app', 'off-platform', 'cash-on-delivery', 'other']),
    next: [{ to: 'evidence' }],
  },
  {
    id: 'evidence',
    kind: 'multi',
    optional: true,
    options: [
      { id: 'order-page' },
      { id: 'listing' },
      { id: 'chat' },
      { id: 'photos', if: among('problem', [...goodsProblems, 'food-delivery']) },
      { id: 'unboxing', if: among('problem', goodsProblems) },
      { id: 'tracking', if: { all: [notDigital, shopGoods] } },
      { id: 'test-report', if: among('problem', goodsProblems) },
    ],
    next: [{ to: 'plan' }],
  },
] as const satisfies readonly Question[];

/** The question ids of the walk, and for each choice question, the ids of its options. */
export type QuestionId = (typeof questions)[number]['id'];
type OptionsOf<Q> = Q extends { id: infer I extends string; options: readonly (infer O)[] }
  ? O extends { id: infer P extends string }
    ? { question: I; option: P }
    : never
  : never;
export type QuestionOption = OptionsOf<(typeof questions)[number]>;
/** The option ids of one question: OptionId<'platform'> is 'taobao' | 'tmall' | ... */
export type OptionId<Q extends QuestionId> = Extract<QuestionOption, { question: Q }>['option'];

/** The option ids of a choice question, read from the tree: what an answer to it may be. */
export function optionIdsOf<Q extends QuestionId>(id: Q): readonly OptionId<Q>[] {
  const question: Question | undefined = questions.find((q) => q.id === id);
  return question && 'options' in question ? (question.options.map((o) => o.id) as OptionId<Q>[]) : [];
}

export type PlatformId = OptionId<'platform'>;
export type ItemKindId = OptionId<'item-kind'>;
export type SymptomId = OptionId<'symptoms'>;
export type StageId = OptionId<'tried'>;
export type MealProblemId = OptionId<'meal-problem'>;
export type MealDetailId = OptionId<'meal-detail'>;
export type TripProblemId = OptionId<'trip-problem'>;
export type ServiceProblemId = OptionId<'service-problem'>;
export type DownloadProblemId = OptionId<'download-problem'>;

/**
 * Details for the messages, asked on the plan screen rather than in the walk: nothing in the plan depends on them,
 * and a message without them shows a visible fill-in mark instead. Their labels are the plan screen's own
 * (`checkui.plan.detail.<id>` in the UI dictionary), since that is the only place they are asked.
 */
export const details: readonly Question[] = [
  { id: 'item', kind: 'text', optional: true, next: [] },
  { id: 'order-no', kind: 'text', optional: true, personal: true, next: [] },
  { id: 'shop-name', kind: 'text', optional: true, next: [] },
  { id: 'your-name', kind: 'text', optional: true, personal: true, next: [] },
  // When the case moved on ("What happened since?" on the plan screen): the day the platform decided, and the day
  // the regulator ended its mediation. The stage itself is the walk's answer to "tried".
  { id: 'decided-on', kind: 'date', optional: true, next: [] },
  { id: 'mediation-ended-on', kind: 'date', optional: true, next: [] },
  // Whether the request the seller first answered, within the 7 days after receipt, was for a return: asked in "Do
  // this today" only where a faulty item's 7 days have run since (asked-in-time.ts, asksInTime), since it decides whether the
  // messages ask for that return or for a replacement or repair (audit 16, M3). Never asked in the walk: a refusal
  // answers whatever was asked, and the walk cannot tell when the 7 days have run.
  { id: 'asked-return', kind: 'yesno', optional: true, next: [] },
];
