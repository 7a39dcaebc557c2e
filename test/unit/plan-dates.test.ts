/** Each date in a plan names the step it is about (what to do by then), and that step is in the plan. */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/lib/check/plan/build';
import { deadlinesToIcs } from '../../src/lib/check/browser/calendar-file';
import type { Plan } from '../../src/lib/check/plan/types';
import { representativeAnswers } from '../../src/lib/check/plan/catalogue';
import { planWordsIn } from '../../src/lib/check/texts/all';
import { skipUnansweredOptional } from '../../src/lib/check/tree/evaluate';
import { tree } from '../../src/lib/check/tree/tree';
import { stories } from '../fixtures/stories';

const plans = representativeAnswers().map((answers) =>
  buildPlan({ answers, today: '2026-11-26', words: planWordsIn('en') }),
);

/** A story's plan from the corpus, as its page builds it. */
function storyPlan(id: string, locale: 'en' | 'zh-cn' = 'en') {
  const story = stories.find((s) => s.id === id)!;
  return buildPlan({
    answers: skipUnansweredOptional(tree, story.answers),
    today: story.today,
    words: planWordsIn(locale),
  });
}

describe('dates and their steps', () => {
  it('names, for a date, only a step the plan has', () => {
    const dangling = plans.flatMap((plan) =>
      plan.deadlines.filter((d) => d.step && !plan.steps.some((s) => s.id === d.step)).map((d) => d.id),
    );
    expect(dangling).toEqual([]);
  });

  it('gives a platform’s window only in a plan that asks the platform to step in', () => {
    const stray = plans.filter(
      (plan) =>
        plan.deadlines.some((d) => d.id === 'jd-intervention' || d.id === 'wechat-intervention') &&
        !plan.steps.some((s) => s.id === 'platform-intervention'),
    );
    expect(plans.some((plan) => plan.deadlines.some((d) => d.id === 'jd-intervention'))).toBe(true);
    expect(stray).toEqual([]);
  });

  it('ties the platform window, the quality return and the court time limit to their steps', () => {
    const stepsOf = new Map<string, Set<string>>();
    for (const plan of plans)
      for (const d of plan.deadlines) if (d.step) stepsOf.set(d.id, (stepsOf.get(d.id) ?? new Set()).add(d.step));
    expect([...(stepsOf.get('jd-intervention') ?? [])]).toEqual(['platform-intervention']);
    // A closed shop's plan asks for the return in its first step, the request to the platform.
    expect([...(stepsOf.get('quality-return') ?? [])].sort()).toEqual(['platform-liability', 'quality-return']);
    expect([...(stepsOf.get('limitation') ?? [])]).toEqual(['court']);
  });

  it('gives a closed shop’s first step the quality return’s days left, and the way to ask for it', () => {
    const heater = buildPlan({
      answers: {
        purpose: 'personal',
        problem: 'defective-or-damaged',
        symptoms: ['does-not-work'],
        platform: 'pinduoduo',
        'received-on': '2026-11-22',
        'item-kind': 'other',
        tried: 'seller-refused',
        'seller-said': 'shop-has-closed',
        amount: 159,
      },
      today: '2026-11-25',
      words: planWordsIn('en'),
    });
    expect(heater.today).toEqual({ step: 'platform-liability', deadline: 'quality-return', daysLeft: 4 });
    const first = heater.steps.find((s) => s.id === 'platform-liability')!;
    expect(first.how.join(' ')).toContain('退货退款');
    // Later rungs name the platform too: it answers if it cannot name the seller (CRPL 44).
    for (const id of ['complain-12315', 'court']) {
      const later = heater.steps.find((s) => s.id === id)!;
      expect(later.how.join(' '), id).toContain('claim from the platform');
      expect(later.laws, id).toContain('crpl-44');
    }
  });

  it('tells every step before the platform’s, once the seller has refused, to apply by the platform’s date', () => {
    for (const locale of ['en', 'zh-cn'] as const) {
      const plan = storyPlan('wechat-store-dress-two-days-left', locale);
      const window = plan.deadlines.find((d) => d.id === 'wechat-intervention')!;
      const at = plan.steps.findIndex((s) => s.id === 'platform-intervention');
      const before = plan.steps.slice(0, at).filter((s) => s.id !== 'save-evidence');
      expect(before.length).toBeGreaterThan(0);
      const date = locale === 'en' ? '3 December 2026' : '2026年12月3日';
      expect(window.date).toBe('2026-12-03');
      for (const step of before) expect(step.moveOn, step.id).toContain(date);
    }
  });

  it('counts JD’s window for an order dispute without claiming to know its start', () => {
    const plan = storyPlan('jd-laptop-order-cancelled-price-error');
    const window = plan.deadlines.find((d) => d.id === 'jd-intervention')!;
    expect(window.note).toContain('not confirmed');
    expect(window.note).not.toContain('after-sales');
    const step = plan.steps.find((s) => s.id === 'platform-intervention')!;
    expect(step.how.join(' ')).toContain('not confirmed');
  });

  it('claims the seller must prove a durable item faultless only within the 6 months after receipt', () => {
    const story = stories.find((s) => s.id === 'jd-tv-lines-on-screen-durable')!;
    const planAt = (today: string) =>
      buildPlan({ answers: skipUnansweredOptional(tree, story.answers), today, words: planWordsIn('en') });
    const shifted = '由经营者承担有关瑕疵的举证责任';
    const reply = (today: string) => planAt(today).messages.find((m) => m.id === 'excuse-reply')!.zh;
    // Received 10 October: the 6 months run to 10 April 2027.
    expect(reply('2027-04-10')).toContain(shifted);
    expect(reply('2027-04-11')).not.toContain(shifted);
    // Later, the check cannot know when the fault was found: the plan offers a test, as for other goods.
    expect(
      planAt('2027-04-11')
        .messages.map((m) => m.zh)
        .join(''),
    ).toContain('检测');
  });

  it('gives a 7-day return the seller received late no "passed" window, and says the request is what counts', () => {
    const plan = storyPlan('taobao-returned-refund-after-inspection');
    expect(plan.deadlines.map((d) => d.id)).not.toContain('no-reason-return');
    const step = plan.steps.find((s) => s.id === 'refund-overdue')!;
    expect(step.how.join(' ')).toContain(
      'What counts is when you sent the return request, not when the parcel arrived',
    );
    expect(step.laws).toContain('returns-10');
  });
});

/** The step right after the one given, in the plan's order. */
const stepAfter = (plan: Plan, id: string) => plan.steps[plan.steps.findIndex((s) => s.id === id) + 1];

describe('today’s message and what follows it (audit AB, M1 and M5)', () => {
  it('dates the day today’s message asks the seller to answer by, as the user’s own date, with what to do then', () => {
    let dated = 0;
    for (const plan of plans) {
      const sending = plan.steps.find((s) => s.id === (plan.today.messageFrom ?? plan.today.step));
      const replyBy = plan.deadlines.find((d) => d.id === 'reply-by');
      if (!sending?.message?.replyBy) {
        expect(replyBy, sending?.id).toBeUndefined();
        continue;
      }
      dated++;
      // Three days from the plan's day, as the message itself says.
      expect(sending.message.replyBy).toBe('2026-11-29');
      expect(sending.message.zh).toContain('请在2026年11月29日前答复');
      const next = stepAfter(plan, sending.id);
      expect(replyBy).toMatchObject({ date: '2026-11-29', basis: 'yours', claims: [], laws: [], passed: false });
      expect(replyBy!.step).toBe(next?.id);
      if (next) expect(replyBy!.note).toContain(`“${next.title}”`);
    }
    expect(dated).toBeGreaterThan(200);
  });

  it('after a refusal, says why the reply comes first, and moves past the demand’s “if the seller refuses”', () => {
    let refused = 0;
    for (const plan of plans) {
      const platform = plan.steps.find((s) => s.id === 'platform-intervention');
      if (!plan.today.messageFrom) {
        expect(plan.today.then).toBeUndefined();
        continue;
      }
      refused++;
      const reply = plan.steps.find((s) => s.id === plan.today.messageFrom)!;
      const action = plan.steps.find((s) => s.id === plan.today.step)!;
      expect(plan.today.then).toContain('The seller has said no once already.');
      const next = stepAfter(plan, reply.id);
      if (next) expect(plan.today.then).toContain(`go to “${next.title}”`);
      // Where the reply is the action itself (no demand before it), its own "move on" already fits.
      if (action !== reply) {
        expect(action.moveOn).toContain(
          `The seller has already said no once: go on with the reply in “${reply.title}”`,
        );
        expect(action.moveOn).not.toContain('If the seller refuses');
      }
      // Taobao's "apply as soon as the seller says no" would mean today, before the date the reply gives.
      expect(platform?.how.join(' ') ?? '').not.toContain('as soon as the seller says no');
    }
    expect(refused).toBeGreaterThan(100);
    // Before any refusal, Taobao's line stays as it was.
    const unasked = plans.find(
      (plan) =>
        !plan.today.messageFrom &&
        plan.steps.find((s) => s.id === 'platform-intervention')?.how.some((l) => l.includes('Taobao’s dispute rule')),
    );
    expect(unasked?.steps.find((s) => s.id === 'platform-intervention')!.how.join(' ')).toContain(
      'apply as soon as the seller says no',
    );
  });

  it('says to go on by a platform’s window where it closes before the reply’s date, in both languages', () => {
    // The WeChat Store window closes on 3 December; a reply sent on 1 December gives the seller until the 4th.
    const story = stories.find((s) => s.id === 'wechat-store-dress-two-days-left')!;
    const on = (today: string, locale: 'en' | 'zh-cn') =>
      buildPlan({ answers: skipUnansweredOptional(tree, story.answers), today, words: planWordsIn(locale) });
    expect(on('2026-12-01', 'en').today.then).toContain(
      'go to “Ask the platform to step in” by 3 December 2026 at the latest, when the window to ask the WeChat Store platform to step in closes (a platform rule, not law), even though your reply gives the seller until 4 December 2026.',
    );
    expect(on('2026-12-01', 'zh-cn').today.then).toContain('最晚在2026年12月3日进入“申请平台介入”');
    // Sent on 28 November, the reply's date (1 December) comes first: go on from it.
    expect(on('2026-11-28', 'en').today.then).toContain(
      'or has not put it right by 1 December 2026, go to “Ask the platform to step in”.',
    );
  });

  it('keeps 12315’s reply date out of the calendar unless the complaint is today’s step', async () => {
    let marked = 0;
    let kept = 0;
    for (const plan of plans) {
      const reply = plan.deadlines.find((d) => d.id === 'regulator-reply');
      if (!reply) continue;
      const todays = plan.today.step === 'complain-12315';
      expect(reply.hypothetical, plan.today.step).toBe(todays ? undefined : true);
      if (todays) kept++;
      else marked++;
      const ics = await deadlinesToIcs(plan.deadlines, (d) => d.id);
      expect(ics.includes('SUMMARY:regulator-reply'), plan.today.step).toBe(todays);
    }
    expect(marked).toBeGreaterThan(50);
    expect(kept).toBeGreaterThan(5);
    expect(plans.flatMap((plan) => plan.deadlines).filter((d) => d.hypothetical && d.id !== 'regulator-reply')).toEqual(
      [],
    );
  });
});
