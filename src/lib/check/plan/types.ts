import type { IsoDate } from '../tree/dates';
import type { ClaimId } from './claims';
import type { Outcome, Question, Text } from '../tree/types';

export interface PlanStep {
  /** Stable id, e.g. "platform-intervention": the key for ticks and for tests. */
  id: string;
  title: Text;
  what: Text;
  /** Why, in words backed by the claims below. */
  why: Text;
  /** The statements this step makes about the law (plan/claims.ts). */
  claims: readonly ClaimId[];
  /** The articles behind those claims (ids in content/laws/), derived from them. */
  laws: readonly string[];
  /** How, click by click, with the labels the apps show. */
  how: readonly Text[];
  /** Evidence ids to attach. */
  attach: readonly string[];
  takes: Text;
  moveOn: Text;
  guides: readonly string[];
  /** The message this step sends, composed for the case. */
  message?: FilledMessage;
}

export interface PlanDeadline {
  id: string;
  label: Text;
  date: IsoDate;
  /** law: set by law; platform: a platform's own rule (not law); regulator: the regulator's duty to you. */
  basis: 'law' | 'platform' | 'regulator';
  laws: readonly string[];
  note?: Text;
  passed: boolean;
  /** Days from today to the date: 0 is today, negative once passed. */
  daysLeft: number;
  /** When passed: what is still possible. */
  afterwards?: Text;
  /** For working-day counts: the years the official holiday calendar covers. */
  calendar?: { from: number; to: number; covered: boolean };
}

export interface EvidenceItem {
  id: string;
  label: Text;
  have: boolean;
}

export interface FilledMessage {
  /** What kind of message: "to-seller", "excuse-reply", "to-platform", "complaint-12315". */
  id: string;
  /** The Chinese text to send. */
  zh: string;
  /** Its English meaning. */
  en: string;
  /** Fill-in marks still in the text (【订单号】): the copy button warns while any remain. */
  blanks: readonly string[];
}

/** The one thing to do today, shown first: which step, and how many days its window has left (0 = today). */
export interface TodayAction {
  step: string;
  daysLeft?: number;
  /** The deadline that sets daysLeft. */
  deadline?: string;
}

/** Said plainly where the seller may be right: why, and what is still possible. */
export interface SellerMayBeRight {
  why: Text;
  still: Text;
}

export interface Plan {
  outcome: 'plan';
  steps: PlanStep[];
  deadlines: PlanDeadline[];
  evidence: EvidenceItem[];
  messages: FilledMessage[];
  /** Every guide behind the plan, the case's own guide first. */
  guides: string[];
  notes: Text[];
  today: TodayAction;
  sellerMayBeRight?: SellerMayBeRight;
}

export type CheckResult = Plan | { outcome: 'exit'; exit: Outcome } | { outcome: 'question'; question: Question };
