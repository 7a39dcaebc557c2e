/** Real dates for the user's case, computed from their dates and today. */
import { daysBetween, plusDays, plusMonths, plusYears, type IsoDate } from '../tree/dates';
import { compareIsoDates } from '../tree/iso-date';
import { calendarYears, plusWorkingDays } from '../tree/working-days';
import type { PlanWords } from '../texts/plan-words';
import { lawsOf, type ClaimId } from './claims';
import { afterSales, type Reading } from './facts';
import { decidersOf, returnAskedInTime } from './asked-in-time';
import { platformWindowOf } from './platform-window';
import type { PlanDeadline } from './types';

/** A deadline cites claims from the claim table, like a step; its laws follow from them. */
type Draft = Omit<PlanDeadline, 'passed' | 'daysLeft' | 'laws'> & { claims: ClaimId[] };

/**
 * Real dates for this case. Consumer-law dates (the 7-day returns, the durable-goods burden, the regulator's reply)
 * are given only where consumer law applies; a private seller's case gets the Civil Code's dates alone.
 */
export function deadlinesFor(
  r: Reading,
  today: IsoDate,
  words: PlanWords,
  // A platform's window and the regulator's reply are dates only for a plan that takes those steps.
  {
    includes12315,
    includesIntervention,
    includesCourt,
    includesPunitive,
    refundMayBeRefused = false,
    refundConditional = false,
  }: {
    includes12315: boolean;
    includesIntervention: boolean;
    includesCourt: boolean;
    includesPunitive: boolean;
    /** The seller may lawfully have refused the return it now holds: no refund date is claimed (audit O, M4). */
    refundMayBeRefused?: boolean;
    /** The refund is owed only if the seller's reason does not hold (audit S, L2). */
    refundConditional?: boolean;
  },
): PlanDeadline[] {
  const facts = r.facts;
  const drafts: Draft[] = [];
  const business = r.consumer;
  const { receivedOn, orderedOn } = facts;

  // Not once the item is back with the seller: the return was made, and a "passed" window would say otherwise.
  if (
    receivedOn &&
    business &&
    // A box alone whose plan asks for this return (boxRoute) has its date too, beside the quality one.
    (facts.problem === 'changed-my-mind' || r.boxRoute === 'no-reason') &&
    !r.excludedByLaw &&
    !facts.goodsBack
  ) {
    drafts.push({
      id: 'no-reason-return',
      label: words.say('deadline.no-reason-return.label'),
      date: plusDays(receivedOn, 7),
      basis: 'law',
      claims: ['no-reason-return'],
      note: words.say('deadline.no-reason-return.note'),
      afterwards: words.say('deadline.no-reason-return.afterwards'),
    });
  }
  // A prepaid course or membership the user no longer wants: the principal back if asked within 7 days of paying.
  if (orderedOn && business && facts.serviceProblem === 'changed-mind') {
    drafts.push({
      id: 'cooling-off',
      label: words.say('deadline.cooling-off.label'),
      date: plusDays(orderedOn, 7),
      basis: 'law',
      claims: ['prepaid-cooling-off'],
      note: words.say('deadline.cooling-off.note'),
      afterwards: words.say('deadline.cooling-off.afterwards'),
    });
  }
  // Not once the item went back within the window: that date has done its work, and "passed" would mislead.
  if (receivedOn && business && r.goodsFault && !r.returnedInTime) {
    drafts.push({
      id: 'quality-return',
      label: words.say('deadline.quality-return.label'),
      date: plusDays(receivedOn, 7),
      basis: 'law',
      claims: ['quality-return-7-days'],
      // What is still owed after the 7 days, as the case's message asks for it: food is replaced or returned, never
      // repaired; a misdescribed or wrong item is put right as such.
      // Asked for within it (the user said so): that request is what the messages rest on, past the date, if it still
      // counts, which is for whoever decides; what is owed if it does not follows (audit G, M2).
      afterwards: words.sentences(
        ...(returnAskedInTime(r)
          ? [words.say('deadline.quality-return.afterwards.asked-in-time', { deciders: decidersOf(r, words) })]
          : []),
        words.say(
          r.putRight
            ? `deadline.quality-return.afterwards.${r.putRight}`
            : // Sent back after the date: the return is made, and what it gives follows (audit O, M3).
              facts.goodsBack
              ? // Named for what went wrong: a fake, food, a box alone (audit P, M1). Part of the food bad: that
                // part's price, on the part rule, as the refund step says (CC 632; audit T, M1).
                r.badPart
                ? 'deadline.quality-return.afterwards.returned.consumable.part'
                : r.laterRemedy && r.laterRemedy !== 'repair'
                  ? `deadline.quality-return.afterwards.returned.${r.laterRemedy}`
                  : 'deadline.quality-return.afterwards.returned'
              : r.laterRemedy && r.laterRemedy !== 'repair'
                ? `deadline.quality-return.afterwards.${r.laterRemedy}`
                : 'deadline.quality-return.afterwards',
        ),
      ),
    });
  }
  // Only the listed durable goods (CRPL Art. 23(3)); phones and earphones are not claimed as durable.
  if (receivedOn && business && r.durableDefect) {
    drafts.push({
      id: 'burden-of-proof',
      label: words.say('deadline.burden-of-proof.label'),
      date: plusMonths(receivedOn, 6),
      basis: 'law',
      claims: ['durable-burden'],
      note: words.say('deadline.burden-of-proof.note'),
      afterwards: words.say('deadline.burden-of-proof.afterwards'),
    });
  }
  // An appliance the list does not name, which ends in 等: the same date, said as "if it counts" (pages audit, M10).
  if (receivedOn && business && r.applianceDefect) {
    drafts.push({
      id: 'burden-of-proof-if-durable',
      label: words.say('deadline.burden-of-proof-if-durable.label'),
      date: plusMonths(receivedOn, 6),
      basis: 'law',
      claims: ['durable-burden-open-list'],
      note: words.say('deadline.burden-of-proof-if-durable.note'),
      afterwards: words.say('deadline.burden-of-proof.afterwards'),
    });
  }
  if (receivedOn && r.goodsFault) {
    drafts.push({
      id: 'defect-notice',
      label: words.say('deadline.defect-notice.label'),
      date: plusYears(receivedOn, 2),
      basis: 'law',
      claims: ['defect-notice-2-years'],
      note: words.say('deadline.defect-notice.note'),
      afterwards: words.say('deadline.defect-notice.afterwards'),
    });
  }
  const start = receivedOn ?? orderedOn;
  if (start) {
    drafts.push({
      id: 'limitation',
      // A plan that sends no one to court (the law may be on the seller's side) does not say there is a claim to bring.
      label: words.say(includesCourt ? 'deadline.limitation.label' : 'deadline.limitation.label.if-claim'),
      date: plusYears(start, 3),
      basis: 'law',
      claims: ['limitation-3-years'],
      note: receivedOn ? words.say('deadline.limitation.note.received') : words.say('deadline.limitation.note.ordered'),
      afterwards: words.say('deadline.limitation.afterwards'),
    });
    // Someone was unwell after eating it: a claim for that harm, where it comes from a defect in the goods, has 2 years,
    // not 3, from when the harm was known (Product Quality Law Art. 45). The check does not ask that day, so it counts
    // from receipt or the order, which cannot be later.
    if (r.madeIll)
      drafts.push({
        id: 'harm-limitation',
        label: words.say('deadline.harm-limitation.label'),
        date: plusYears(start, 2),
        basis: 'law',
        claims: ['defect-harm-2-years'],
        // The 10× is named among the claims only where the plan claims it: never against a private seller, whom the
        // food law's 10× does not bind (FSL 148 names producers and operators; audit F, M1).
        note: words.say(
          `deadline.harm-limitation.note.${receivedOn ? 'received' : 'ordered'}${includesPunitive ? '' : '.no-ten-times'}`,
        ),
        afterwards: words.say('deadline.harm-limitation.afterwards'),
      });
  }
  // The platform's own window, counted from a refusal (platform-window.ts), where the plan asks the platform.
  const window = includesIntervention ? platformWindowOf(r) : undefined;
  if (window?.id === 'jd-intervention') {
    drafts.push({
      id: 'jd-intervention',
      label: words.say('deadline.jd-intervention.label'),
      date: window.date,
      basis: 'platform',
      claims: ['jd-window'],
      note: words.say(afterSales(r) ? 'deadline.jd-intervention.note' : 'deadline.jd-intervention.note.order'),
      afterwards: words.say('deadline.jd-intervention.afterwards'),
    });
  }
  // JD's appeal (申诉) against its decision: 7 natural days after the dispute closes (audit 11-b, M3). Counted from the
  // day the user recorded JD's decision; the note says to count from the ticket's closing if that came later. Dated
  // where the plan's next step says it (12315's, or a private seller's court).
  if (r.jdAppealBy && (business ? includes12315 : includesCourt)) {
    drafts.push({
      id: 'jd-appeal',
      label: words.say('deadline.jd-appeal.label'),
      date: r.jdAppealBy,
      basis: 'platform',
      claims: ['jd-appeal'],
      note: words.say('deadline.jd-appeal.note'),
      afterwards: words.say('deadline.jd-appeal.afterwards'),
    });
  }
  // The Returns Measures' 7 days are a 7-day return's; a faulty item's refund has no date the check can know.
  if (facts.returnedOn && business && !r.returnForFault && !refundMayBeRefused) {
    drafts.push({
      id: 'refund-due',
      label: words.say('deadline.refund-due.label'),
      date: plusDays(facts.returnedOn, 7),
      basis: 'law',
      claims: ['refund-within-7-days'],
      note: words.say('deadline.refund-due.note'),
      // The refund is due for goods returned intact (Returns Measures 13): where the seller says they were not, late
      // only if they were, and no report urged while that is the question.
      // Once mediation has ended, a report is made on its own, not beside a complaint (audit O, L1).
      afterwards: words.say(
        facts.sellerSaid === 'returned-damaged'
          ? 'deadline.refund-due.afterwards.disputed'
          : refundConditional
            ? 'deadline.refund-due.afterwards.conditional'
            : facts.stage === 'regulator-ended'
              ? 'deadline.refund-due.afterwards.ended'
              : 'deadline.refund-due.afterwards',
      ),
    });
  }
  if (window?.id === 'wechat-intervention') {
    drafts.push({
      id: 'wechat-intervention',
      label: words.say('deadline.wechat-intervention.label'),
      date: window.date,
      basis: 'platform',
      claims: ['wechat-store-window'],
      note: words.say('deadline.wechat-intervention.note'),
      afterwards: words.say('deadline.wechat-intervention.afterwards'),
    });
  }
  if (includes12315 && business) {
    const reply = plusWorkingDays(today, 7);
    drafts.push({
      id: 'regulator-reply',
      // The date it counts from is named: in a calendar, on its own day, "complain today" would read as an order.
      label: words.say('deadline.regulator-reply.label', { filed: { date: today } }),
      date: reply.date,
      basis: 'regulator',
      claims: ['complaint-handled-7-working-days'],
      note: reply.covered
        ? words.say('deadline.regulator-reply.note.covered')
        : words.say('deadline.regulator-reply.note.uncovered'),
      calendar: { ...calendarYears, covered: reply.covered },
    });
  }

  return drafts
    .map((d) => ({
      ...d,
      laws: lawsOf(d.claims),
      passed: daysBetween(today, d.date) < 0,
      daysLeft: daysBetween(today, d.date),
    }))
    .sort((a, b) => compareIsoDates(a.date, b.date));
}
