/** The answers, read into the facts the plan is built from. One place decides what an answer means. */
import { daysBetween, plusDays, plusMonths, type IsoDate } from '../tree/dates';
import {
  isGoodsProblem,
  missingSymptoms,
  optionIdsOf,
  wrongSymptoms,
  receivedProblems,
  type ExcuseId,
  type ItemKindId,
  type MealDetailId,
  type MealProblemId,
  type TripProblemId,
  type ServiceProblemId,
  type DownloadProblemId,
  type OptionId,
  type PlatformId,
  type ProblemId,
  type StageId,
  type SymptomId,
  unsafeMeal,
} from '../tree/questions';
import type { Answers } from '../tree/types';

export type Seller = OptionId<'seller-type'>;
/** Where the case stands. "in-court" ends the walk at an exit, so a plan never meets it. */
export type Stage = Exclude<StageId, 'in-court'>;

export interface Facts {
  problem: ProblemId;
  symptoms: readonly SymptomId[];
  /** A wrong or short delivery: what the buyer wants (the right items sent, what is missing refunded, or all back). */
  wantedRemedy?: OptionId<'wanted-remedy'>;
  /** Spoiled or expired food: all of it, or only part. */
  howMuchBad?: OptionId<'how-much-bad'>;
  platform: PlatformId;
  /** Platforms that are shops are businesses; the question is asked only where it is unclear. */
  seller: Seller;
  liveStream: boolean;
  /** Only for a lost parcel: the tracking says signed for, but the buyer never got it. */
  signedNotReceived: boolean;
  /** The tracking says it was left in a parcel locker or courier station the user never agreed to. */
  lockerNotAgreed: boolean;
  receivedOn?: IsoDate;
  orderedOn?: IsoDate;
  itemKind: ItemKindId;
  presaleWho?: OptionId<'presale-who'>;
  /** A takeaway: what went wrong with the meal (the most serious problem). */
  mealProblem?: MealProblemId;
  /** Which one fact the meal's problem was: a wrong dish or a missing one, spilled or a broken bag, gone off or smelling off. */
  mealDetail?: MealDetailId;
  /** A late meal: whether the order page promised compensation for lateness. */
  latePromise?: boolean;
  /** A trip or ticket: who cancelled, or what was charged. */
  tripProblem?: TripProblemId;
  /**
   * A course, membership or service: not provided as agreed, a change of mind, or a renewal charged unasked (set only
   * for that case and kind of item).
   */
  serviceProblem?: ServiceProblemId;
  /** A download: it does not work as described, or the user no longer wants it (set only for a download). */
  downloadProblem?: DownloadProblemId;
  /** A price that fell: whether the shop promised price protection, or its "original price" looks fake. */
  pricePromise?: OptionId<'price-promise'>;
  depositWord?: OptionId<'deposit-word'>;
  stage: Stage;
  /**
   * The goods are back with the seller: the stage is "sent back", or a later one (the platform decided, mediation
   * ended) with the day the seller received them recorded ("What happened since?"). Every rung then asks for the
   * refund, not for a return (audit 11-b, H1).
   */
  goodsBack: boolean;
  /** What the seller said; "none" while the seller has not been asked. */
  sellerSaid: ExcuseId | 'none';
  refusedOn?: IsoDate;
  returnedOn?: IsoDate;
  /**
   * What the user said, on the plan screen, of their first request within the 7 days after receipt: that it was for
   * a return (true), or for something else (false). Read only where asked-in-time.ts asks it (asksInTime).
   */
  askedReturn?: boolean;
  /** The day the platform decided, where "What happened since?" recorded it (JD's appeal window counts from it). */
  decidedOn?: IsoDate;
  fraud: boolean;
  /** Told "you pay the return postage" for a no-reason return: whether the listing promised free returns. */
  freeReturns?: boolean;
  /** Told "tags off or used" for a no-reason return: whether the user used it beyond checking it, or cut its tags. */
  usedBeyondChecking?: boolean;
  /** Told "no 7-day returns for this item": whether the user confirmed that at checkout (Regs 19). */
  exclusionConfirmed?: OptionId<'exclusion-confirmed'>;
  amount: number;
  payment?: OptionId<'payment'>;
  evidence: readonly OptionId<'evidence'>[];
  item: string;
  orderNo: string;
  shopName: string;
  yourName: string;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const date = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
/** The answer when it is one of the question's options (answers were parsed against them), else undefined. */
const option = <Q extends Parameters<typeof optionIdsOf>[0]>(question: Q, answers: Answers) =>
  optionIdsOf(question).find((id) => id === answers[question]);
const options = <Q extends Parameters<typeof optionIdsOf>[0]>(question: Q, answers: Answers) => {
  const given = answers[question];
  const known: readonly string[] = optionIdsOf(question);
  if (!Array.isArray(given)) return [];
  return (given as readonly unknown[]).filter((id): id is OptionId<Q> => typeof id === 'string' && known.includes(id));
};
const required = <T>(value: T | undefined, question: string): T => {
  // The walk reaches the plan only through these questions, so a plan without them is a caller's bug.
  if (value === undefined) throw new Error(`A plan needs an answer to "${question}"`);
  return value;
};

export function factsOf(answers: Answers): Facts {
  const stage = option('tried', answers);
  // What happened with a course or a download is read only where the walk asks it, so the plan never has to check
  // the case and the kind of item again before reading it.
  const digital = answers.problem === 'digital-goods-and-courses';
  return {
    problem: required(option('problem', answers), 'problem'),
    symptoms: options('symptoms', answers),
    wantedRemedy: option('wanted-remedy', answers),
    howMuchBad: option('how-much-bad', answers),
    platform: required(option('platform', answers), 'platform'),
    seller: option('seller-type', answers) ?? 'business',
    liveStream: answers['live-stream'] === true,
    signedNotReceived:
      answers['parcel-status'] === 'signed-not-received' || answers['parcel-status'] === 'locker-not-received',
    lockerNotAgreed: answers['parcel-status'] === 'locker-not-received',
    receivedOn: date(answers['received-on']),
    orderedOn: date(answers['ordered-on']),
    itemKind: option('item-kind', answers) ?? 'other',
    presaleWho: option('presale-who', answers),
    mealProblem: option('meal-problem', answers),
    mealDetail: option('meal-detail', answers),
    ...(typeof answers['late-promise'] === 'boolean' ? { latePromise: answers['late-promise'] } : {}),
    tripProblem: option('trip-problem', answers),
    serviceProblem: digital && answers['item-kind'] === 'service' ? option('service-problem', answers) : undefined,
    downloadProblem: digital && answers['item-kind'] === 'download' ? option('download-problem', answers) : undefined,
    pricePromise: option('price-promise', answers),
    depositWord: option('deposit-word', answers),
    stage: stage === undefined || stage === 'in-court' ? 'nothing' : stage,
    goodsBack:
      stage === 'sent-back' ||
      ((stage === 'platform-against' || stage === 'regulator-ended') &&
        date(answers['returned-on']) !== undefined &&
        receivedProblems.includes(answers.problem as ProblemId) &&
        // Goods kept while the order is put right never went back (the walk offers no return for them).
        answers['wanted-remedy'] !== 'send-what-is-right' &&
        answers['wanted-remedy'] !== 'refund-missing-part'),
    sellerSaid: option('seller-said', answers) ?? 'none',
    refusedOn: date(answers['refused-on']),
    returnedOn: date(answers['returned-on']),
    ...(typeof answers['asked-return'] === 'boolean' ? { askedReturn: answers['asked-return'] } : {}),
    decidedOn: stage === 'platform-against' ? date(answers['decided-on']) : undefined,
    // A fake sold as genuine is a lie about the goods by its nature.
    fraud: answers.fraud === true || answers.problem === 'counterfeit-goods',
    ...(typeof answers['free-returns'] === 'boolean' ? { freeReturns: answers['free-returns'] } : {}),
    exclusionConfirmed: option('exclusion-confirmed', answers),
    ...(typeof answers['used-beyond-checking'] === 'boolean'
      ? { usedBeyondChecking: answers['used-beyond-checking'] }
      : {}),
    amount: required(typeof answers.amount === 'number' ? answers.amount : undefined, 'amount'),
    payment: option('payment', answers),
    evidence: options('evidence', answers),
    item: str(answers.item),
    orderNo: str(answers['order-no']),
    shopName: str(answers['shop-name']),
    yourName: str(answers['your-name']),
  };
}

/** What the facts settle, read once so every part of the plan agrees. */
export interface Reading {
  facts: Facts;
  /** Consumer law applies: the seller is (or is treated as) a business. */
  consumer: boolean;
  /** The goods arrived and are faulty, misdescribed, fake, or wrong. */
  goodsFault: boolean;
  /** Goods that the 7-day no-reason return excludes by law (CRPL Art. 25(1)). */
  excludedByLaw: boolean;
  /** Days left in the 7 days after receipt (0 = today is the last day); undefined when no such clock runs. */
  sevenDaysLeft?: number;
  /** The last day to appeal JD's decision: 7 natural days from the day the user recorded it (JD's rule, Art. 9(4)). */
  jdAppealBy?: IsoDate;
  /** Those 7 days have run (audit 12, L8). */
  jdAppealPassed: boolean;
  /**
   * The item is back with the seller, which received it within the 7 days after receipt: the return was made in
   * time (CRPL Art. 24), however long ago that was.
   */
  returnedInTime: boolean;
  /**
   * Something is missing and no unboxing video shows it: signing for a delivery that lists the quantity is presumed
   * to confirm it (CC 623), which the buyer's evidence has to overturn.
   */
  missingUnfilmed: boolean;
  /**
   * The platform whose own dispute process the plan can send the user to; none for a WeChat group or "somewhere
   * else" (a shop abroad exits before any plan).
   */
  app?: AppPlatform;
  /**
   * A defect (faulty or misdescribed, not a wrong or missing item) in one of the listed durable goods, where the seller
   * bears the burden of proof for 6 months after receipt (CRPL Art. 23(3)).
   */
  durableDefect: boolean;
  /** The same defect in a large appliance the law does not name, which may count as durable goods (see below). */
  applianceDefect: boolean;
  /**
   * A durable defect from a business still within those 6 months: a defect found now is the seller's to disprove.
   * After them the check cannot know when the defect was found, so no message claims the burden is the seller's.
   */
  sellerProves: boolean;
  /**
   * A defect in a large appliance the law does not name, from a business, within the 6 months: the law's list ends in
   * 等 ("and similar"), so it may be durable goods, which is for whoever decides. The plan says so and offers the
   * sentence to claim it; no message claims it in the user's name (pages audit, M10).
   */
  sellerMayProve: boolean;
  /**
   * Food (including health food, and a takeaway meal that was spoiled, had something in it or made the user ill),
   * where the Food Safety Law's 10× can apply. Never cosmetics or medicine, and not a meal that was only late.
   */
  food: boolean;
  /** A takeaway whose food itself is in question (spoiled, a foreign object, illness): food-safety law can apply. */
  unsafeMeal: boolean;
  /** Food bought as goods that the user says was spoiled or mouldy, past its date, or made someone unwell. */
  unsafeFood: boolean;
  /**
   * Food bought as goods whose own condition is in question, where the Food Safety Law's 10× may apply: faulty or
   * misdescribed food, unless the only faults the user named cannot make it unsafe (a crushed box). It is kept, not
   * all sent back: it is the evidence (audit 10, a-M5 and a-M6).
   */
  keepFood: boolean;
  /** Food, bought as goods or a takeaway, whose own condition is in question: where the food 10× is offered. */
  foodInQuestion: boolean;
  /** Someone was unwell after eating it (food bought as goods, or a takeaway). */
  madeIll: boolean;
  /**
   * Food bought as goods, only part of it spoiled or past its date: the buyer can end the sale for that part (CC 632),
   * so the messages ask for that part's price, not the whole order back (audit 10-a, M7).
   */
  badPart: boolean;
  /** Faulty food the user says went bad or is past its date (the answers "spoiled or mouldy", "past its expiry date"). */
  foodGoneBad: boolean;
  /**
   * Where only part of the food may be bad, the seller may refund only that part (CC 632): said where the seller may
   * be right and cited, unless the user said all of it is bad.
   */
  partRule: boolean;
  /**
   * A fault that showed with use, not on arrival (not food): the item stopped working, or nothing the user named was
   * there on arrival and the 7 days after receipt have passed. Neither the parcel label nor an unboxing video can show
   * it, so the checklist asks for what shows the fault (audit 10-a, L3).
   */
  laterFault: boolean;
  /** A faulty item whose only fault the user named is its box: the item inside may be fine. */
  boxOnly: boolean;
  /**
   * Goods the plan can send back without a reason (CRPL 25): not fresh food, downloads or made-to-order goods, which
   * the law excludes, nor medicine, whose place in it the law dossier does not settle.
   */
  noReasonGoods: boolean;
  /**
   * A change of mind from a business, the seller already asked, the 7 days after receipt over and the goods not yet
   * back: the return stands only if it was first asked for within them (Returns Measures 10), which the check does not
   * ask, so the messages say it with the day as a fill-in and the plan says the seller may be right (audit 11-b, H2).
   */
  noReasonLate: boolean;
  /**
   * The day the seller refused, where the user dated it within the 7 days after receipt: the refusal answered a
   * request made within them, so that day dates it (audit 16, M3; audit 17, L3). Never a silent seller's day, which
   * dates no refusal (audit 17, H1).
   */
  refusedInTime?: IsoDate;
  /**
   * Only the box named, within the 7 days, from a business (or sent back within them): how the goods can go back if
   * the item inside is fine. 'no-reason': the 7-day return without a reason (CRPL 25), which is what the plan asks
   * for, since a box alone may not be a quality problem. 'none': fresh food and made-to-order goods, which have no
   * such return (CRPL 25), and medicine, whose place in it the law dossier does not settle: the plan asks for intact
   * packaging or a lower price (CC 582), as after the 7 days.
   */
  boxRoute?: 'no-reason' | 'none';
  /**
   * The goods go back, or went back, for a fault (CRPL 24), with its costs and its refund rule: every goods problem
   * but a box alone on the no-reason route, whose return and refund are the no-reason return's (Returns Measures 13).
   */
  returnForFault: boolean;
  /**
   * For goods at fault, what is owed once the 7-day return has passed (and what a private seller is asked for), as
   * the message asks for it and the step, the date and the caveats name it (CRPL 24, CC 582, 563): a repair or a
   * replacement; a consumable (food, cosmetics, medicine) replaced, never repaired; intact packaging or a lower price
   * for a box; an item that matches its description or a lower price; the right item, and a return if it is still
   * not sent (CC 563(3)); what is missing, or a refund for it (CC 582); either, where both or neither were named; a
   * fake returned, since it defeats the purchase.
   */
  laterRemedy?:
    | 'repair'
    | 'consumable'
    | 'packaging'
    | 'not-as-described'
    | 'wrong-item'
    | 'missing-items'
    | 'wrong-or-missing-items'
    | 'counterfeit-goods';
  /**
   * A prepaid course, membership or service the user no longer wants, still within 7 days of paying: the principal
   * comes back if asked (SPC Prepaid Consumption Interpretation Art. 14).
   */
  coolingOff: boolean;
  /**
   * Bought from someone in a chat group (a WeChat group): no platform, so no order page, no platform chat and no
   * order number, only the seller's posts, the chat and the transfer. ("Somewhere else" is often a shop's own app or
   * mini program, which has all three.)
   */
  groupChat: boolean;
  /**
   * From a private seller, what only consumer law gives, so the seller may say no: a return of something simply no
   * longer wanted, a price difference nobody promised, a check on "original prices".
   */
  privateNoRight: boolean;
  /** Goods sold under a one-time hygiene seal (cosmetics, packaged food, medicine): a broken seal may end the return. */
  sealed: boolean;
  /**
   * A pre-sale payment, read from what the page called it and who ended the sale (CC 587; SPC Contract
   * Interpretation Art. 67): 'double' a 定金 the seller failed on; 'refund' an 订金, an advance payment; 'lost' a 定金
   * the user walked away from; 'at-least-refund' a seller that failed while the word is unsure (the money back at
   * least, double if it was a 定金); 'unclear' the rest, where the seller may keep a 定金. Only for a pre-sale.
   */
  presale?: 'double' | 'refund' | 'lost' | 'at-least-refund' | 'unclear';
  /**
   * A wrong or short delivery the buyer wants put right rather than returned: the right or missing items sent, or the
   * price of what is missing refunded (CC 577, 582). Absent where they want everything back.
   */
  putRight?: Exclude<OptionId<'wanted-remedy'>, 'return-all'>;
}

/**
 * What a box alone with no return to fall back on (boxRoute 'none') is: fresh food and made-to-order goods have none
 * by law (CRPL 25); medicine's the dossier does not settle. Names the texts that say so.
 */
export const noReturnKind = (r: Reading): 'medicine' | 'fresh-food' | 'custom-made' =>
  r.facts.itemKind === 'medicine' ? 'medicine' : r.facts.itemKind === 'custom-made' ? 'custom-made' : 'fresh-food';

/**
 * A seller on a second-hand platform whom the plan holds to consumer law (a business, or one the user is unsure of):
 * it may say it sold privately, and the court weighs what, how many and how often it sells (SPC Online 7).
 */
export const secondHandBusiness = (r: Reading): boolean =>
  r.facts.platform === 'xianyu' && r.facts.seller !== 'private';

/** Platforms whose own dispute process a plan can send the user to. */
export type AppPlatform = Exclude<PlatformId, 'wechat-group' | 'other' | 'overseas'>;
export const isApp = (p: PlatformId): p is AppPlatform => p !== 'wechat-group' && p !== 'other' && p !== 'overseas';

/** What makes food itself unsafe, as the user tells it: gone bad, past its date, or someone made ill. */
const unsafeFoodSymptoms = ['spoiled', 'expired', 'made-ill'] as const satisfies SymptomId[];

/** Faults seen when the parcel was opened: the label and an unboxing video can show these. */
const onArrivalSymptoms = ['broken-on-arrival', 'does-not-work', 'damaged-packaging'] as const satisfies SymptomId[];

export function read(facts: Facts, today: IsoDate): Reading {
  const consumer = facts.seller !== 'private';
  const goodsFault = isGoodsProblem(facts.problem);
  const defect = facts.problem === 'defective-or-damaged' || facts.problem === 'not-as-described';
  const durableDefect = facts.itemKind === 'durable' && defect;
  const applianceDefect = facts.itemKind === 'appliance' && defect;
  const withinSixMonths = facts.receivedOn !== undefined && daysBetween(today, plusMonths(facts.receivedOn, 6)) >= 0;
  const excludedByLaw =
    facts.itemKind === 'fresh-food' || facts.itemKind === 'download' || facts.itemKind === 'custom-made';
  const unsafe =
    facts.problem === 'food-delivery' && (unsafeMeal as readonly string[]).includes(facts.mealProblem ?? '');
  const food = facts.itemKind === 'fresh-food' || facts.itemKind === 'packaged-food' || unsafe;
  const consumable = food || facts.itemKind === 'cosmetics' || facts.itemKind === 'medicine';
  const boxOnly =
    facts.problem === 'defective-or-damaged' &&
    facts.symptoms.length === 1 &&
    facts.symptoms[0] === 'damaged-packaging';
  const returnedInTime =
    facts.goodsBack &&
    facts.returnedOn !== undefined &&
    facts.receivedOn !== undefined &&
    daysBetween(facts.returnedOn, plusDays(facts.receivedOn, 7)) >= 0;
  const sevenDaysLeft =
    // Only where the goods arrived does a clock run from receipt.
    facts.receivedOn && receivedProblems.includes(facts.problem)
      ? daysBetween(today, plusDays(facts.receivedOn, 7))
      : undefined;
  // A box alone from a business, within the 7 days (or sent back within them): what the plan asks for if the item
  // inside is fine (see boxRoute).
  const boxWithin = facts.goodsBack ? returnedInTime : sevenDaysLeft !== undefined && sevenDaysLeft >= 0;
  const noReasonGoods = !excludedByLaw && facts.itemKind !== 'medicine';
  // Sent back although no return was open: the plan cannot tell on what footing, so it reads no route.
  const boxRoute: Reading['boxRoute'] =
    !boxOnly || !consumer || !boxWithin
      ? undefined
      : noReasonGoods
        ? 'no-reason'
        : !facts.goodsBack
          ? 'none'
          : undefined;
  const foodGoneBad =
    food && facts.problem === 'defective-or-damaged' && facts.symptoms.some((s) => s === 'spoiled' || s === 'expired');
  const keepFood =
    food &&
    goodsFault &&
    facts.problem !== 'wrong-or-missing-items' &&
    !(
      facts.problem === 'defective-or-damaged' &&
      facts.symptoms.length > 0 &&
      !facts.symptoms.some((s) => (unsafeFoodSymptoms as readonly string[]).includes(s))
    );
  const refusedInTime =
    facts.refusedOn &&
    facts.receivedOn &&
    facts.stage !== 'seller-silent' &&
    facts.sellerSaid !== 'never-answered' &&
    daysBetween(facts.refusedOn, plusDays(facts.receivedOn, 7)) >= 0
      ? facts.refusedOn
      : undefined;
  const jdAppealBy = facts.platform === 'jd' && facts.decidedOn ? plusDays(facts.decidedOn, 7) : undefined;
  const jdAppealPassed = jdAppealBy !== undefined && daysBetween(today, jdAppealBy) < 0;
  return {
    ...(jdAppealBy ? { jdAppealBy } : {}),
    jdAppealPassed,
    ...(refusedInTime ? { refusedInTime } : {}),
    facts,
    consumer,
    goodsFault,
    excludedByLaw,
    sevenDaysLeft: sevenDaysLeft !== undefined && sevenDaysLeft >= 0 ? sevenDaysLeft : undefined,
    returnedInTime,
    missingUnfilmed:
      facts.problem === 'wrong-or-missing-items' &&
      facts.symptoms.some((s) => (missingSymptoms as readonly string[]).includes(s)) &&
      !(facts.evidence as readonly string[]).includes('unboxing'),
    ...(isApp(facts.platform) ? { app: facts.platform } : {}),
    durableDefect,
    applianceDefect,
    // The burden is a 经营者's (CRPL 23(3)): between private people the buyer proves the fault (audit 13, M1).
    sellerProves: consumer && durableDefect && withinSixMonths,
    sellerMayProve: consumer && applianceDefect && withinSixMonths,
    food,
    unsafeMeal: unsafe,
    unsafeFood: food && facts.symptoms.some((s) => (unsafeFoodSymptoms as readonly string[]).includes(s)),
    keepFood,
    foodInQuestion: food && (unsafe || keepFood),
    madeIll: (food && facts.symptoms.includes('made-ill')) || facts.mealProblem === 'made-ill',
    noReasonLate:
      facts.problem === 'changed-my-mind' &&
      consumer &&
      !excludedByLaw &&
      !facts.goodsBack &&
      facts.receivedOn !== undefined &&
      sevenDaysLeft !== undefined &&
      sevenDaysLeft < 0 &&
      facts.stage !== 'nothing',
    badPart: food && facts.howMuchBad === 'part' && (facts.symptoms.length === 0 || foodGoneBad),
    foodGoneBad,
    partRule:
      (foodGoneBad && facts.howMuchBad !== 'all') ||
      (food && facts.howMuchBad === 'part' && facts.symptoms.length === 0),
    laterFault:
      facts.problem === 'defective-or-damaged' &&
      !food &&
      (facts.symptoms.includes('stopped-working') ||
        (!facts.symptoms.some((s) => (onArrivalSymptoms as readonly string[]).includes(s)) &&
          sevenDaysLeft !== undefined &&
          sevenDaysLeft < 0)),
    boxOnly,
    noReasonGoods,
    ...(boxRoute ? { boxRoute } : {}),
    returnForFault: goodsFault && boxRoute !== 'no-reason',
    ...(isGoodsProblem(facts.problem)
      ? {
          laterRemedy:
            facts.problem === 'defective-or-damaged'
              ? boxOnly
                ? 'packaging'
                : consumable
                  ? 'consumable'
                  : 'repair'
              : facts.problem === 'wrong-or-missing-items'
                ? whatCame(facts.symptoms)
                : facts.problem,
        }
      : {}),
    coolingOff:
      facts.serviceProblem === 'changed-mind' &&
      facts.orderedOn !== undefined &&
      daysBetween(today, plusDays(facts.orderedOn, 7)) >= 0,
    groupChat: facts.platform === 'wechat-group',
    privateNoRight:
      !consumer &&
      (noLongerWanted(facts) || (facts.problem === 'price-protection' && facts.pricePromise !== 'promised')),
    sealed: ['cosmetics', 'packaged-food', 'medicine'].includes(facts.itemKind),
    ...(facts.problem === 'pre-sale-deposits' ? { presale: presaleOf(facts) } : {}),
    ...(facts.problem === 'wrong-or-missing-items' && facts.wantedRemedy && facts.wantedRemedy !== 'return-all'
      ? { putRight: facts.wantedRemedy }
      : {}),
  };
}

/**
 * A dispute about goods that came (a fault, a return): on JD an after-sales request, with its own window to ask JD
 * to step in. Delivery, cancellation and pre-sale disputes are order disputes, with another.
 */
export const afterSales = (r: Reading): boolean => receivedProblems.includes(r.facts.problem);

/** A dispute about an order that did not come as agreed: not shipped, late, lost, cancelled, or a pre-sale. */
export const orderDispute = (r: Reading): boolean =>
  (['seller-cancelled-order', 'late-delivery', 'lost-or-not-delivered', 'pre-sale-deposits'] as const).some(
    (p) => p === r.facts.problem,
  );

/** What came that was not ordered: the wrong item, something missing, or (both named, or neither) either. */
export function whatCame(symptoms: readonly SymptomId[]): 'wrong-item' | 'missing-items' | 'wrong-or-missing-items' {
  const among = (group: readonly string[]) => symptoms.some((s) => group.includes(s));
  const wrong = among(wrongSymptoms);
  const missing = among(missingSymptoms);
  if (wrong && !missing) return 'wrong-item';
  if (missing && !wrong) return 'missing-items';
  return 'wrong-or-missing-items';
}

/**
 * The seller's error in a wrong or short delivery, named as exactly as the user told it: a wrong colour or size alone,
 * another item, items left out, or both kinds (audit 10-b, L9).
 */
export function sellersError(
  symptoms: readonly SymptomId[],
): 'wrong-size-colour' | 'wrong-item' | 'missing-items' | 'wrong-or-missing-items' | 'short-weight' {
  const came = whatCame(symptoms);
  // Named alone only where it is all the user named (a missing item and short weight together are "items missing").
  const only = (id: SymptomId) => symptoms.length > 0 && symptoms.every((s) => s === id);
  if (only('short-weight')) return 'short-weight';
  return came === 'wrong-item' && only('wrong-size-colour') ? 'wrong-size-colour' : came;
}

/** Simply no longer wanted: goods, a course or membership, or a download, with nothing wrong with it. */
export const noLongerWanted = (f: Facts): boolean =>
  f.problem === 'changed-my-mind' || f.serviceProblem === 'changed-mind' || f.downloadProblem === 'changed-mind';

function presaleOf({ depositWord, presaleWho }: Facts): NonNullable<Reading['presale']> {
  if (depositWord === 'advance') return 'refund';
  if (presaleWho === 'seller-failed') return depositWord === 'earnest' ? 'double' : 'at-least-refund';
  return depositWord === 'earnest' && presaleWho === 'i-cancelled' ? 'lost' : 'unclear';
}

/**
 * A fake the platform did not refund, with no test report and no word from the brand: the seller may have shown papers
 * for where it came from, which on Taobao sends the payment to the seller (dispute rules Art. 66), and a missing tag
 * alone may not persuade 12315 or a court either (audit 11-b, M4).
 */
export const fakeDecided = (r: Reading): boolean =>
  r.facts.problem === 'counterfeit-goods' &&
  r.consumer &&
  (r.facts.stage === 'platform-against' || r.facts.stage === 'regulator-ended') &&
  !r.facts.evidence.includes('test-report') &&
  !r.facts.symptoms.includes('brand-denies');
