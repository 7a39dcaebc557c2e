/** The case as it moves on: its history with dates, what can happen next, and recording it. */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/lib/check/plan/build';
import {
  caseHistory,
  dateBounds,
  datableLater,
  movedOn,
  nextStages,
  planAnswers,
} from '../../src/lib/check/plan/history';
import { planWordsIn } from '../../src/lib/check/texts/all';
import { answersOnPath, locate } from '../../src/lib/check/tree/evaluate';
import { tree } from '../../src/lib/check/tree/tree';
import type { Answers } from '../../src/lib/check/tree/types';

/** A faulty kettle from Taobao, signed for on 10 November, the seller not asked yet. */
const kettle: Answers = {
  purpose: 'personal',
  problem: 'defective-or-damaged',
  symptoms: [],
  platform: 'taobao',
  'live-stream': false,
  'received-on': '2026-11-10',
  'item-kind': 'other',
  tried: 'nothing',
  amount: 299,
  evidence: ['chat'],
};
const words = planWordsIn('en');
const stepsOf = (answers: Answers) =>
  buildPlan({ answers: answersOnPath(tree, answers), today: '2026-11-30', words }).steps.map((s) => s.id);

describe('the case history', () => {
  it('starts with the order and its arrival', () => {
    expect(caseHistory(kettle)).toEqual([{ event: 'received', date: '2026-11-10' }]);
  });

  it('keeps every recorded event with its date, oldest first, after the next one replaced the stage', () => {
    const refused = movedOn(kettle, 'seller-refused', '2026-11-12');
    const decided = movedOn({ ...refused, 'seller-said': 'not-a-quality-issue' }, 'platform-against', '2026-11-20');
    expect(caseHistory(answersOnPath(tree, decided), decided)).toEqual([
      { event: 'received', date: '2026-11-10' },
      { event: 'seller-refused', date: '2026-11-12' },
      { event: 'platform-against', date: '2026-11-20' },
    ]);
  });

  it("keeps the ladder's order when an earlier event has no date: the refusal before the platform's decision", () => {
    const refused = movedOn(kettle, 'seller-refused');
    const decided = movedOn({ ...refused, 'seller-said': 'not-a-quality-issue' }, 'platform-against', '2026-11-20');
    expect(caseHistory(answersOnPath(tree, decided), decided)).toEqual([
      { event: 'received', date: '2026-11-10' },
      { event: 'seller-refused' },
      { event: 'platform-against', date: '2026-11-20' },
    ]);
  });

  it('keeps a silent seller silent once the case moves on: never shown as having refused (audit 11-b, L1)', () => {
    const silent = movedOn(kettle, 'seller-silent');
    for (const stage of ['platform-against', 'regulator-ended'] as const) {
      const later = movedOn(silent, stage, '2026-11-20');
      expect(later['seller-said'], stage).toBe('never-answered');
      const events = caseHistory(answersOnPath(tree, later), later).map((e) => e.event);
      expect(events, stage).toEqual(['received', 'seller-silent', stage]);
      // The walk does not ask again what the seller said: the silence answers it.
      expect(locate(tree, later).question?.id, stage).not.toBe('seller-said');
    }
    // A seller that refused keeps its words, and a silent seller's answer is never written over one the user gave.
    const refused = movedOn(
      { ...movedOn(kettle, 'seller-refused'), 'seller-said': 'opened-so-no-return' },
      'platform-against',
    );
    expect(refused['seller-said']).toBe('opened-so-no-return');
    expect(caseHistory(answersOnPath(tree, refused), refused).map((e) => e.event)).toContain('seller-refused');
  });

  it('dates a silent seller by the day the walk asked, never as a refusal, and no platform window from it (audit 16, M2)', () => {
    // JD asks the day the seller "refused, or stopped answering": for a silent seller it is the silence's day.
    const { 'live-stream': _live, ...rest } = kettle;
    const onJd: Answers = { ...rest, platform: 'jd' };
    const silent = { ...movedOn(onJd, 'seller-silent'), 'refused-on': '2026-11-12' };
    expect(caseHistory(answersOnPath(tree, silent), silent)).toEqual([
      { event: 'received', date: '2026-11-10' },
      { event: 'seller-silent', date: '2026-11-12' },
    ]);
    // Moving on to the platform's decision: still silent, not a refusal on that day.
    const decided = movedOn(silent, 'platform-against', '2026-11-20');
    expect(caseHistory(answersOnPath(tree, decided), decided).map((e) => e.event)).toEqual([
      'received',
      'seller-silent',
      'platform-against',
    ]);
    // A refusal recorded later with no date does not take the silence's day, so JD's 15 days are not dated from it.
    const refused = { ...movedOn(silent, 'seller-refused'), 'seller-said': 'not-a-quality-issue' };
    expect((refused as Answers)['refused-on']).toBeUndefined();
    const plan = buildPlan({ answers: refused, today: '2026-11-30', words });
    expect(plan.deadlines.map((d) => d.id)).not.toContain('jd-intervention');
    // With its own date, the refusal is dated from it.
    const dated = { ...movedOn(silent, 'seller-refused', '2026-11-25'), 'seller-said': 'not-a-quality-issue' };
    expect(caseHistory(answersOnPath(tree, dated), dated)).toContainEqual({
      event: 'seller-refused',
      date: '2026-11-25',
    });
  });

  it('dates the in-time request by a refusal within the 7 days, at the later stages too (audit 16, M3)', () => {
    // A faulty item from JD received on 10 November, refused on 14 November (day 4), the platform against on 20th.
    const { 'live-stream': _live, ...rest } = kettle;
    const refused = {
      ...movedOn({ ...rest, platform: 'jd' }, 'seller-refused', '2026-11-14'),
      'seller-said': 'something-else',
    };
    const decided = movedOn(refused, 'platform-against', '2026-11-20');
    const onPath = answersOnPath(tree, decided);
    // Off the walk's path once the platform has decided, the refusal's day is carried into the plan.
    expect(onPath['refused-on']).toBeUndefined();
    const plan = buildPlan({ answers: planAnswers(onPath, decided), today: '2026-11-30', words: planWordsIn('zh-cn') });
    // "Do this today" asks whether that request was for a return; until answered, the step quotes the sentence.
    expect(plan.today.askReturn?.text).toBe(
      '卖家在2026年11月14日拒绝了你当时的要求，那天还在收货后7天内。你那时要求的是退货吗？',
    );
    expect(plan.steps.find((s) => s.id === 'complain-12315')?.how.join('')).toContain(
      '另外，我在2026年11月14日或更早（收货后七日内）已向卖家提出退货要求，卖家于2026年11月14日拒绝，聊天记录附后。我请求按该要求退货退款。',
    );
    // Answered "a return": the complaint itself says so, dated by the refusal, and asks for that return.
    // (A detail, like the names: kept on the path with the walk's answers.)
    const answered = { ...decided, 'asked-return': true };
    const yes = buildPlan({
      answers: planAnswers(answersOnPath(tree, answered), answered),
      today: '2026-11-30',
      words: planWordsIn('zh-cn'),
    });
    const complaint = yes.steps.find((s) => s.id === 'complain-12315')?.message?.zh ?? '';
    expect(complaint).toContain('我最晚在2026年11月14日（收货后七日内）已向卖家提出退货要求，聊天记录附后。');
    expect(complaint).toContain('我的要求是：退货并全额退款');
    // A silent seller's day dates no refusal, so no request in time.
    const silent = movedOn(
      { ...movedOn({ ...rest, platform: 'jd' }, 'seller-silent'), 'refused-on': '2026-11-14' },
      'platform-against',
      '2026-11-20',
    );
    expect(planAnswers(answersOnPath(tree, silent), silent)['refused-on']).toBeUndefined();
  });

  it('asks again what the seller said once the goods are back: the refusal before the return is not the refund’s (audit 16, L5)', () => {
    // A lamp no longer wanted, refused on 29 November as "opened, so no return", then sent back after all.
    const lamp: Answers = { ...kettle, problem: 'changed-my-mind', 'received-on': '2026-11-26' };
    delete (lamp as Record<string, unknown>).symptoms;
    const refused = { ...movedOn(lamp, 'seller-refused', '2026-11-29'), 'seller-said': 'opened-so-no-return' };
    const back = movedOn(refused, 'sent-back', '2026-12-01');
    expect(back['seller-said']).toBeUndefined();
    expect(locate(tree, back).question?.id).toBe('seller-said');
    // Told what the seller says now, the messages give that, and the earlier refusal stays in the history, dated.
    const told = { ...back, 'seller-said': 'refund-after-inspection' };
    const plan = buildPlan({ answers: answersOnPath(tree, told), today: '2026-12-03', words: planWordsIn('zh-cn') });
    const sent = plan.steps.flatMap((s) => (s.message ? [s.message.zh] : [])).join('\n');
    expect(sent).not.toContain('拆封不退');
    expect(plan.steps.map((s) => s.id)).toContain('refund-overdue');
    expect(caseHistory(answersOnPath(tree, told), told)).toEqual([
      { event: 'received', date: '2026-11-26' },
      { event: 'seller-refused', date: '2026-11-29' },
      { event: 'sent-back', date: '2026-12-01' },
    ]);
  });

  it('shows the current stage even without a date, after the dated events', () => {
    const silent = movedOn(kettle, 'seller-silent');
    expect(caseHistory(silent)).toEqual([{ event: 'received', date: '2026-11-10' }, { event: 'seller-silent' }]);
  });
});

describe('dating an event afterwards (audit AB, L3)', () => {
  it('lets a refusal given in the walk, or a decision recorded undated, be dated later; never a silence', () => {
    expect(datableLater).toEqual(['seller-refused', 'platform-against', 'regulator-ended']);
    expect(datableLater).not.toContain('seller-silent');
  });

  it('bounds the date by the dated events around it, in the ladder’s order', () => {
    const refused = movedOn(kettle, 'seller-refused');
    const decided = movedOn({ ...refused, 'seller-said': 'not-a-quality-issue' }, 'platform-against', '2026-11-20');
    const history = caseHistory(answersOnPath(tree, decided), decided);
    expect(history[1]).toEqual({ event: 'seller-refused' });
    expect(dateBounds(history, 1)).toEqual({ after: '2026-11-10', before: '2026-11-20' });
    // The current stage, undated, with nothing after it.
    const walked = { ...kettle, tried: 'seller-refused', 'seller-said': 'not-a-quality-issue' };
    expect(dateBounds(caseHistory(walked), 1)).toEqual({ after: '2026-11-10' });
    // Once dated, the refusal is in the history with its day, and the plan's answers carry it at the later stages.
    const withDate = { ...decided, 'refused-on': '2026-11-14' };
    expect(caseHistory(answersOnPath(tree, withDate), withDate)[1]).toEqual({
      event: 'seller-refused',
      date: '2026-11-14',
    });
    expect(planAnswers(answersOnPath(tree, withDate), withDate)['refused-on']).toBe('2026-11-14');
  });

  it('uses the date of a refusal the walk did not ask it for, at the refusal itself (audit AG, L1)', () => {
    // On Taobao the walk does not ask the refusal's day; dated afterwards within the 7 days, the plan asks whether
    // that request was a return, as it does where the walk asked.
    const walked = { ...kettle, tried: 'seller-refused', 'seller-said': 'not-a-quality-issue' };
    const withDate = { ...walked, 'refused-on': '2026-11-14' };
    expect(answersOnPath(tree, withDate)['refused-on']).toBeUndefined();
    const planned = planAnswers(answersOnPath(tree, withDate), withDate);
    expect(planned['refused-on']).toBe('2026-11-14');
    const plan = buildPlan({ answers: planned, today: '2026-11-30', words });
    expect(plan.today.askReturn?.text).toContain('The seller refused your request on 14 November 2026');
  });
});

describe('what can happen next', () => {
  it('offers only the stages above the current one', () => {
    expect(nextStages(kettle)).toEqual([
      'seller-refused',
      'seller-silent',
      'sent-back',
      'platform-against',
      'regulator-ended',
    ]);
    expect(nextStages({ ...kettle, tried: 'platform-against' })).toEqual(['regulator-ended']);
    expect(nextStages({ ...kettle, tried: 'regulator-ended' })).toEqual([]);
  });

  it('offers a return only for goods that arrived', () => {
    expect(nextStages({ ...kettle, problem: 'late-delivery' })).not.toContain('sent-back');
  });

  it('offers only the rungs the plan has: no platform decision without a platform, no 12315 for a private seller', () => {
    const group = { ...kettle, platform: 'wechat-group', 'seller-type': 'business' };
    expect(nextStages(group)).not.toContain('platform-against');
    expect(nextStages(group)).toContain('regulator-ended');
    const person = { ...kettle, platform: 'xianyu', 'seller-type': 'private' };
    expect(nextStages(person)).toContain('platform-against');
    expect(nextStages(person)).not.toContain('regulator-ended');
    // And the plan agrees: no platform step in the group's plan, no 12315 step in the private seller's.
    expect(stepsOf({ ...group, payment: 'in-app' })).not.toContain('platform-intervention');
    expect(stepsOf({ ...person, payment: 'in-app' })).not.toContain('complain-12315');
  });
});

describe('moving the plan on', () => {
  it('asks what the seller said once the seller refused, and keeps every other answer', () => {
    const refused = movedOn(kettle, 'seller-refused', '2026-11-12');
    expect(locate(tree, refused).question?.id).toBe('seller-said');
    expect(refused).toMatchObject({ ...kettle, tried: 'seller-refused', 'refused-on': '2026-11-12' });
  });

  it('moves the plan up the ladder: after the platform decided, the plan no longer asks it to step in', () => {
    const before = stepsOf({ ...kettle, tried: 'seller-refused', 'seller-said': 'not-a-quality-issue' });
    const after = movedOn(
      { ...kettle, tried: 'seller-refused', 'seller-said': 'not-a-quality-issue' },
      'platform-against',
      '2026-11-20',
    );
    expect(locate(tree, after).outcome?.id).toBe('plan');
    expect(before).toContain('platform-intervention');
    expect(stepsOf(after)).not.toContain('platform-intervention');
    expect(stepsOf(after)).toContain('complain-12315');
  });

  it('after 12315 mediation ended, the plan goes to court', () => {
    const ended = movedOn({ ...kettle, tried: 'platform-against', 'seller-said': 'something-else' }, 'regulator-ended');
    const steps = stepsOf(ended);
    expect(steps).not.toContain('complain-12315');
    expect(steps).toContain('court');
  });
});
