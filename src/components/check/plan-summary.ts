/**
 * What screen and paper say alike: today's action with its governing date, a date as days left, and the link back
 * to the plan. (The case's one line is the plan's own `summary`.)
 */
import type { Plan, PlanDeadline } from '../../lib/check/plan/types';
import { encodeAnswers } from '../../lib/check/share/codec';
import { tree } from '../../lib/check/tree/tree';
import type { Answers } from '../../lib/check/tree/types';
import { formatDate } from '../../lib/i18n/dates';
import type { Locale } from '../../lib/i18n/locales';
import type { T } from './context';

/** "2 days left: until 28 November 2026", "Last day today: …" (今天截止). */
export function daysLeftText(
  { t, site }: { t: T; site: { locale: Locale } },
  d: Pick<PlanDeadline, 'date' | 'daysLeft'>,
): string {
  const date = formatDate(d.date, site.locale);
  if (d.daysLeft === 0) return t('plan.today.lastDay', { date });
  return d.daysLeft === 1 ? t('plan.today.oneDay', { date }) : t('plan.today.daysLeft', { days: d.daysLeft, date });
}

/** The plan's "do this today" step, the date that governs it, and another closing within a week, if any. */
export function todayOf(plan: Plan) {
  return {
    step: plan.steps.find((s) => s.id === plan.today.step),
    // The message to send today: the action's own, or the reply to the seller's refusal (see TodayAction).
    message: plan.steps.find((s) => s.id === (plan.today.messageFrom ?? plan.today.step))?.message,
    deadline: plan.deadlines.find((d) => d.id === plan.today.deadline),
    also: plan.deadlines.find((d) => d.id === plan.today.alsoDue),
  };
}

/** The link that reopens this plan: this page's address with the answers in the fragment, never in the query. */
export function planLink(answers: Answers, includeDetails: boolean): string {
  const url = new URL(location.href);
  url.search = '';
  url.hash = encodeAnswers(tree, answers, { includeDetails });
  return url.href;
}
