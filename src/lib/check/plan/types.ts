import type { IsoDate } from '../tree/dates';
import type { ClaimId } from './claims';
import type { EvidenceId } from './evidence';
import type { Outcome, Question } from '../tree/types';

/**
 * A plan, in the words of one page: prose in the page's language, messages in Chinese with their English meaning on
 * the English page. The ids (steps, deadlines, evidence) are the same in every language.
 */
export interface PlanStep {
  /** Stable id, e.g. "platform-intervention": the key for ticks and for tests. */
  id: string;
  title: string;
  what: string;
  /** Why, in words backed by the claims below. */
  why: string;
  /** The statements this step makes about the law (plan/claims.ts; what each says: plan/claim-sources.ts). */
  claims: readonly ClaimId[];
  /** The articles behind those claims (ids in content/laws/), derived from them. */
  laws: readonly string[];
  /** How, click by click, with the labels the apps show. */
  how: readonly string[];
  /** Evidence ids to attach (the checklist's labels name them). */
  attach: readonly EvidenceId[];
  takes: string;
  moveOn: string;
  guides: readonly string[];
  /** The message this step sends, composed for the case. */
  message?: FilledMessage;
}

export interface PlanDeadline {
  id: string;
  label: string;
  date: IsoDate;
  /**
   * law: set by law; platform: a platform's own rule (not law); regulator: the regulator's duty to you; yours: a date
   * the user's own message sets (the day it asks the seller to answer by), which rests on no law and cites none.
   */
  basis: 'law' | 'platform' | 'regulator' | 'yours';
  /** What the date rests on, from the claim table (claims.ts); `laws` are the articles those claims cite. */
  claims: readonly string[];
  laws: readonly string[];
  note?: string;
  passed: boolean;
  /** Days from today to the date: 0 is today, negative once passed. */
  daysLeft: number;
  /** When passed: what is still possible. */
  afterwards?: string;
  /** The plan's step this date is about (what to do by then), where the plan has one. */
  step?: string;
  /** For working-day counts: the years the official holiday calendar covers. */
  calendar?: { from: number; to: number; covered: boolean };
  /**
   * A date that holds only if its step were taken today (12315's reply to a complaint filed today) while the plan
   * puts that step later: listed with its condition, but left out of the calendar file, where on its own day it
   * would read as a real deadline (audit AB, M5).
   */
  hypothetical?: true;
}

export interface EvidenceItem {
  id: EvidenceId;
  label: string;
  have: boolean;
}

export interface FilledMessage {
  /**
   * What kind of message: "to-seller", "excuse-reply", "to-platform", "complaint-12315", or "platform-seller-details"
   * (a closed shop: the platform is asked for the seller's details).
   */
  id: string;
  /** The Chinese text to send. */
  zh: string;
  /** Its English meaning, on the English page only. */
  en?: string;
  /** Fill-in marks still in the text (【订单号】): the copy button warns while any remain. */
  blanks: readonly string[];
  /**
   * The day the message asks for an answer by, where it names one (a message sent now: 3 days from the plan's day, or
   * the day before a platform window that closes sooner).
   */
  replyBy?: IsoDate;
}

/** The one thing to do today, shown first: which step, and how many days its window has left (0 = today). */
export interface TodayAction {
  step: string;
  /**
   * The step whose message the panel shows, when not the action's own: a seller who already refused with an excuse
   * gets the reply, which restates the demand and answers the refusal (sending the demand, then the reply, said the
   * same thing twice).
   */
  messageFrom?: string;
  daysLeft?: number;
  /** The deadline that sets daysLeft. */
  deadline?: string;
  /** A platform's own window closing within a week (not the governing date), shown beside it. */
  alsoDue?: string;
  /**
   * What comes after today's message, where the plan's order needs saying: after a refusal, why the reply comes
   * before the next rung, and when to go on (the reply's date, or a platform's window that closes first).
   */
  then?: string;
  /** What to check before sending (the reply fits where the seller may be right, a sentence to add, food kept). */
  beforeSending?: string[];
  /**
   * A sentence for the message that holds only if something the check did not ask happened (Chinese, with its
   * meaning), and which: a demand to ship by a date was sent and the date has passed ('demand-passed', in place of
   * the ask).
   */
  addSentence?: { zh: string; en?: string; when: 'demand-passed' };
  /**
   * A faulty item past its 7 days, the seller asked: whether the first request, within the 7 days, was for a return.
   * Answered here (the `asked-return` answer), it decides what every message asks for.
   */
  askReturn?: InTimeQuestion;
}

/** That question: its words, a line on what the answer changes, and the answer given, if any. */
export interface InTimeQuestion {
  text: string;
  hint: string;
  answer?: boolean;
}

/** Said plainly where the seller may be right: why, and what is still possible. */
export interface SellerMayBeRight {
  why: string;
  still: string;
  /**
   * 'food': only what the user may have to show about the food (spoiled on arrival, the cause of an illness), not
   * that the seller's refusal may hold: an excuse the law rejects is still answered as such, and still reportable.
   */
  about?: 'food';
}

export interface Plan {
  outcome: 'plan';
  steps: PlanStep[];
  deadlines: PlanDeadline[];
  evidence: EvidenceItem[];
  /** The case in one line, only as the user told it: platform · item · amount · what the seller said. */
  summary: string[];
  /** The name, for this case, of every piece of evidence a step asks to attach (the checklist carries its own). */
  evidenceNames: Partial<Record<EvidenceId, string>>;
  messages: FilledMessage[];
  /** Every guide behind the plan, the case's own guide first. */
  guides: string[];
  notes: string[];
  today: TodayAction;
  sellerMayBeRight?: SellerMayBeRight;
}

export type CheckResult = Plan | { outcome: 'exit'; exit: Outcome } | { outcome: 'question'; question: Question };
