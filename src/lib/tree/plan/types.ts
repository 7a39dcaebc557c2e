import type { IsoDate } from '../dates';
import type { Outcome, Question, Text } from '../types';

export interface PlanStep {
  /** Stable id, e.g. "platform-intervention": the key for ticks and for tests. */
  id: string;
  title: Text;
  what: Text;
  /** The law behind the step (ids in content/laws/) and why it matters. */
  why: Text;
  laws: readonly string[];
  /** How, click by click, with the labels the apps show. */
  how: readonly Text[];
  /** Evidence ids to attach. */
  attach: readonly string[];
  takes: Text;
  moveOn: Text;
  guides: readonly string[];
  template?: string;
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
  template: string;
  zh: string;
  en: string;
}

export interface Plan {
  outcome: 'plan';
  steps: PlanStep[];
  deadlines: PlanDeadline[];
  evidence: EvidenceItem[];
  messages: FilledMessage[];
  /** Every guide behind the plan, most relevant first. */
  guides: string[];
  notes: Text[];
}

export type CheckResult = Plan | { outcome: 'exit'; exit: Outcome } | { outcome: 'question'; question: Question };

export interface TemplateTexts {
  zh: string;
  en: string;
}
