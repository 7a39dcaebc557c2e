/** The answers, read into the facts the plan is built from. One place decides what an answer means. */
import { daysBetween, plusDays, type IsoDate } from '../tree/dates';
import { goodsProblems, receivedProblems } from '../tree/questions';
import type { Answers } from '../tree/types';

export type Seller = 'business' | 'private' | 'unsure';
export type Stage =
  'nothing' | 'seller-refused' | 'seller-silent' | 'sent-back' | 'platform-against' | 'regulator-ended';

export interface Facts {
  problem: string;
  symptoms: readonly string[];
  platform: string;
  /** Platforms that are shops are businesses; the question is asked only where it is unclear. */
  seller: Seller;
  liveStream: boolean;
  /** Only for a lost parcel: the tracking says signed for, but the buyer never got it. */
  signedNotReceived: boolean;
  receivedOn?: IsoDate;
  orderedOn?: IsoDate;
  itemKind: string;
  presaleWho?: string;
  depositWord?: string;
  stage: Stage;
  sellerSaid: string;
  refusedOn?: IsoDate;
  returnedOn?: IsoDate;
  fraud: boolean;
  amount?: number;
  payment?: string;
  evidence: readonly string[];
  item: string;
  orderNo: string;
  shopName: string;
  yourName: string;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const date = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
const list = (v: unknown): readonly string[] => (Array.isArray(v) ? (v as string[]) : []);

export function factsOf(answers: Answers): Facts {
  const seller = answers['seller-type'];
  const stage = str(answers.tried);
  return {
    problem: str(answers.problem),
    symptoms: list(answers.symptoms),
    platform: str(answers.platform),
    seller: seller === 'private' || seller === 'unsure' ? seller : 'business',
    liveStream: answers['live-stream'] === true,
    signedNotReceived: answers['parcel-status'] === 'signed-not-received',
    receivedOn: date(answers['received-on']),
    orderedOn: date(answers['ordered-on']),
    itemKind: str(answers['item-kind']) || 'other',
    presaleWho: str(answers['presale-who']) || undefined,
    depositWord: str(answers['deposit-word']) || undefined,
    stage: (['seller-refused', 'seller-silent', 'sent-back', 'platform-against', 'regulator-ended'].includes(stage)
      ? stage
      : 'nothing') as Stage,
    sellerSaid: str(answers['seller-said']) || 'none',
    refusedOn: date(answers['refused-on']),
    returnedOn: date(answers['returned-on']),
    // A fake sold as genuine is a lie about the goods by its nature.
    fraud: answers.fraud === true || answers.problem === 'counterfeit-goods',
    amount: typeof answers.amount === 'number' ? answers.amount : undefined,
    payment: str(answers.payment) || undefined,
    evidence: list(answers.evidence),
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
  /** The seller's platform has its own intervention process we know of. */
  hasPlatform: boolean;
  /** The listed durable goods, where the seller bears the burden of proof for 6 months (CRPL Art. 23(3)). */
  durable: boolean;
  /** Food (including health food), where the Food Safety Law's 10× can apply. Never cosmetics or medicine. */
  food: boolean;
}

export function read(facts: Facts, today: IsoDate): Reading {
  const consumer = facts.seller !== 'private';
  const goodsFault = goodsProblems.includes(facts.problem);
  const excludedByLaw = facts.itemKind === 'fresh-food' || facts.itemKind === 'download';
  const sevenDaysLeft =
    // Only where the goods arrived does a clock run from receipt.
    facts.receivedOn && receivedProblems.includes(facts.problem)
      ? daysBetween(today, plusDays(facts.receivedOn, 7))
      : undefined;
  return {
    facts,
    consumer,
    goodsFault,
    excludedByLaw,
    sevenDaysLeft: sevenDaysLeft !== undefined && sevenDaysLeft >= 0 ? sevenDaysLeft : undefined,
    hasPlatform: !['wechat-group', 'other'].includes(facts.platform),
    durable: facts.itemKind === 'durable',
    food: facts.itemKind === 'fresh-food' || facts.itemKind === 'packaged-food',
  };
}
