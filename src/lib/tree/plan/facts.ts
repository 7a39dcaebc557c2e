/** The answers, read into the facts the plan is built from. One place decides what an answer means. */
import type { IsoDate } from '../dates';
import type { Answers } from '../types';

export interface Facts {
  problem: string;
  platform: string;
  /** Platforms other than Xianyu, WeChat and "other" are shops; the question is only asked where it is unclear. */
  seller: 'business' | 'private' | 'unsure';
  liveStream: boolean;
  received: boolean;
  receivedOn?: IsoDate;
  orderedOn?: IsoDate;
  food: boolean;
  sellerSaid: string;
  tried: string;
  refusedOn?: IsoDate;
  fraud: boolean;
  amount?: number;
  payment?: string;
  evidence: readonly string[];
  item: string;
  problemText: string;
  orderNo: string;
  shopName: string;
  yourName: string;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const date = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

export function factsOf(answers: Answers): Facts {
  const seller = answers['seller-type'];
  return {
    problem: str(answers.problem),
    platform: str(answers.platform),
    seller: seller === 'private' || seller === 'unsure' ? seller : 'business',
    liveStream: answers['live-stream'] === true,
    received: answers.received === true,
    receivedOn: date(answers['received-on']),
    orderedOn: date(answers['ordered-on']),
    food: answers.food === true,
    sellerSaid: str(answers['seller-said']) || 'none-yet',
    tried: str(answers.tried) || 'nothing',
    refusedOn: date(answers['refused-on']),
    fraud: answers.fraud === true || answers.problem === 'counterfeit-goods',
    amount: typeof answers.amount === 'number' ? answers.amount : undefined,
    payment: str(answers.payment) || undefined,
    evidence: Array.isArray(answers.evidence) ? answers.evidence : [],
    item: str(answers.item),
    problemText: str(answers['problem-text']),
    orderNo: str(answers['order-no']),
    shopName: str(answers['shop-name']),
    yourName: str(answers['your-name']),
  };
}

/** Problems where nothing was delivered, so no 7-day return clock or quality clock runs from receipt. */
export const undelivered = new Set(['lost-or-not-delivered', 'late-delivery', 'pre-sale-deposits']);
/** Problems about the goods themselves. */
export const qualityProblems = new Set([
  'defective-or-damaged',
  'not-as-described',
  'counterfeit-goods',
  'wrong-or-missing-items',
]);
