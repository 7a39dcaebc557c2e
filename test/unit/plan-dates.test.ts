/** Each date in a plan names the step it is about (what to do by then), and that step is in the plan. */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/lib/check/plan/build';
import { deadlinesToIcs } from '../../src/lib/check/browser/calendar-file';
import type { Plan } from '../../src/lib/check/plan/types';
import { representativeAnswers } from '../../src/lib/check/plan/catalogue';
import { planWordsIn } from '../../src/lib/check/texts/all';
import { skipUnansweredOptional } from '../../src/lib/check/tree/evaluate';
import { tree } from '../../src/lib/check/tree/tree';
import { plusDays } from '../../src/lib/check/tree/dates';
import { formatDate } from '../../src/lib/i18n/dates';
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

  it('lists each further-reading guide once under a step (audit AK, in passing)', () => {
    const twice = plans.flatMap((plan) =>
      plan.steps
        .filter((s) => new Set(s.guides).size !== s.guides.length)
        .map((s) => `${s.id}: ${s.guides.join(', ')}`),
    );
    expect(twice).toEqual([]);
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
    let capped = 0;
    representativeAnswers().forEach((answers, i) => {
      const plan = plans[i]!;
      const sending = plan.steps.find((s) => s.id === (plan.today.messageFrom ?? plan.today.step));
      const replyBy = plan.deadlines.find((d) => d.id === 'reply-by');
      if (!sending?.message?.replyBy) {
        expect(replyBy, sending?.id).toBeUndefined();
        return;
      }
      dated++;
      // Three days from the plan's day, as the message itself says; or, where a platform's window to step in closes
      // by then, the day before it closes (not before tomorrow), so the user need not act before the date they gave
      // (audit AI, M2).
      const window = plan.deadlines.find((d) => d.id === 'jd-intervention' || d.id === 'wechat-intervention');
      const date =
        answers.tried === 'seller-refused' && window && window.date > '2026-11-26' && window.date <= '2026-11-29'
          ? [plusDays(window.date, -1), '2026-11-27'].sort().at(-1)!
          : '2026-11-29';
      if (date !== '2026-11-29') capped++;
      expect(sending.message.replyBy).toBe(date);
      expect(sending.message.zh).toContain(`请在${formatDate(date, 'zh-cn')}前答复`);
      // After the court's final demand, what follows its date is the claim itself, in the same step (audit AG, M1).
      const next = sending.id === 'court' ? sending : stepAfter(plan, sending.id);
      expect(replyBy).toMatchObject({ date, basis: 'yours', claims: [], laws: [], passed: false });
      expect(replyBy!.step).toBe(next?.id);
      if (next) expect(replyBy!.note).toContain(`“${next.title}”`);
    });
    expect(dated).toBeGreaterThan(200);
    expect(capped).toBeGreaterThan(0);
  });

  it('after a refusal, says why today’s message comes first, and moves past the demand’s “if the seller refuses”', () => {
    let replied = 0;
    let demanded = 0;
    representativeAnswers().forEach((answers, i) => {
      const plan = plans[i]!;
      const platform = plan.steps.find((s) => s.id === 'platform-intervention');
      const sending = plan.steps.find((s) => s.id === (plan.today.messageFrom ?? plan.today.step));
      if (answers.tried !== 'seller-refused' || !sending?.message?.replyBy) {
        expect(plan.today.then).toBeUndefined();
        return;
      }
      const action = plan.steps.find((s) => s.id === plan.today.step)!;
      const next = stepAfter(plan, sending.id);
      if (next) expect(plan.today.then).toContain(`go to “${next.title}”`);
      if (plan.today.messageFrom) {
        replied++;
        expect(plan.today.then).toContain('Your request has been refused once already. This reply answers the refusal');
        // Where the reply is the action itself (no demand before it), its own "move on" already fits.
        if (action !== sending)
          expect(action.moveOn).toContain(
            `Your request has been refused once already: instead of this step’s message, send the reply in “${sending.title}”`,
          );
      } else {
        // No reply to the excuse: the action's own demand is today's message, sent after a refusal (audit AG, M4).
        demanded++;
        // A favour asked where the seller may be right is not a demand with the law behind it (audit AI, M4).
        expect(plan.today.then).toContain(
          sending.id === 'still-possible'
            ? 'Your request has been refused once already. This message asks once more, politely and in writing'
            : 'Your request has been refused once already. This message puts it in writing',
        );
        if (next)
          expect(action.moveOn).toContain(
            // A JD order dispute: apply now, as its step says (audit AJ, M4).
            plan.steps.some((s) => s.how.some((l) => l.includes('so apply now')))
              ? `They have already said no once: ask JD to step in now, as “${next.title}” says`
              : `They have already said no once. If they say no again, or have not answered by the date in your message, go to “${next.title}”.`,
          );
      }
      expect(action.moveOn).not.toContain('If the seller refuses');
      expect(action.moveOn).not.toContain('If the restaurant refuses');
      // Taobao's "apply as soon as the seller says no" would mean today, before the date the message gives.
      expect(platform?.how.join(' ') ?? '').not.toContain('as soon as the seller says no');
    });
    expect(replied).toBeGreaterThan(100);
    expect(demanded).toBeGreaterThan(10);
    // Before any refusal, Taobao's line stays as it was.
    const unasked = plans.find(
      (plan) =>
        !plan.today.then &&
        plan.steps.find((s) => s.id === 'platform-intervention')?.how.some((l) => l.includes('Taobao’s dispute rule')),
    );
    expect(unasked?.steps.find((s) => s.id === 'platform-intervention')!.how.join(' ')).toContain(
      'apply as soon as the seller says no',
    );
  });

  it('gives the seller a day before a platform’s window closes, and says what to do when it closes tomorrow, today or has closed, in both languages', () => {
    // The WeChat Store window closes on 3 December, 7 days after the refusal on 26 November.
    const story = stories.find((s) => s.id === 'wechat-store-dress-two-days-left')!;
    const on = (today: string, locale: 'en' | 'zh-cn' = 'en') =>
      buildPlan({ answers: skipUnansweredOptional(tree, story.answers), today, words: planWordsIn(locale) });
    const replyBy = (today: string, locale: 'en' | 'zh-cn' = 'en') =>
      on(today, locale).deadlines.find((d) => d.id === 'reply-by')!;
    const sent = (today: string) => on(today).messages.find((m) => m.id === 'excuse-reply')!;
    const reply = (today: string) => on(today).steps.find((s) => s.id === 'answer-excuse')!;
    // Sent on 28 November, the usual 3 days (1 December) come first: go on from them.
    expect(sent('2026-11-28').replyBy).toBe('2026-12-01');
    expect(on('2026-11-28').today.then).toContain(
      'If the answer is no again, or there is no answer by the date in your message (1 December 2026 if you send it today), go to “Ask the platform to step in”.',
    );
    expect(replyBy('2026-11-28').note).toContain(
      'If there is no answer by then, or the answer is no, go to “Ask the platform to step in”. Like today’s message, this date is counted from today. If you sent the message on an earlier day, go by the date written in it.',
    );
    expect(reply('2026-11-28').takes).toBe('Give the seller about 3 days to answer.');
    // Sent on 30 November or 1 December, the message asks for an answer by 2 December, the day before the window
    // closes: the user never has to act before the date they gave (audit AI, M2; audits AG and AH, H1), and the
    // step says why the seller has fewer days than usual (audit AJ, M2).
    for (const today of ['2026-11-30', '2026-12-01']) {
      expect(sent(today).replyBy).toBe('2026-12-02');
      expect(sent(today).zh).toContain('请在2026年12月2日前答复。如未处理，我将申请平台介入');
      expect(on(today).today.then).toContain('(2 December 2026 if you send it today)');
      expect(replyBy(today).date).toBe('2026-12-02');
      expect(reply(today).takes).toBe(
        'Give the seller until the date in your message: fewer days than usual, because the window to ask the WeChat Store platform to step in closes on 3 December 2026.',
      );
    }
    // Sent on 2 December or 3 December, the window closes tomorrow or today: the usual 3 days, and the message says
    // the platform is asked alongside, as the line tells the user to do (audit AJ, M1 and L3).
    for (const today of ['2026-12-02', '2026-12-03']) {
      expect(sent(today).replyBy).toBe(plusDays(today, 3));
      expect(sent(today).zh).toContain(
        '为免错过平台介入的申请期限，我会同时申请平台介入；如仍未处理，还将向12315投诉。',
      );
      expect(on(today).today.then).not.toContain('If the answer is no again');
      expect(replyBy(today).note).toContain('Do not wait for this day');
    }
    expect(on('2026-12-02').today.then).toContain(
      'The window to ask the WeChat Store platform to step in closes tomorrow, 3 December 2026 (WeChat Store’s developer documents: a platform rule, not law): after sending this message, go to “Ask the platform to step in” today, or tomorrow at the latest',
    );
    expect(on('2026-12-03').today.then).toContain(
      'The window to ask the WeChat Store platform to step in closes today (WeChat Store’s developer documents: a platform rule, not law): after sending this message, go to “Ask the platform to step in” today as well',
    );
    expect(replyBy('2026-12-03', 'zh-cn').note).toContain('微信小店平台介入的期限今天截止');
    // The reply's own step says so too, not to wait for its date (audit AL, M1).
    for (const today of ['2026-12-02', '2026-12-03'])
      expect(reply(today).moveOn).toContain(
        'They have already said no once: ask the WeChat Store platform to step in now, as “Ask the platform to step in” says',
      );
    // Sent after the window closed: the platform may no longer take the case, said in the line and in the date's
    // note, which is read alone on paper and in the calendar (audit AG, L6; audit AI, M1); no "alongside".
    const closed = 'The window to ask the WeChat Store platform to step in may have closed on 3 December 2026';
    expect(on('2026-12-05').today.then).toContain(closed);
    expect(replyBy('2026-12-05').note).toContain(closed);
    expect(sent('2026-12-05').zh).not.toContain('同时申请平台介入');
  });

  it('never dates the reply to send the user to a platform whose window has closed by then', () => {
    // Every plan with a platform window, built on each of the 15 days after the refusal, in both languages.
    const withWindow = representativeAnswers().filter(
      (answers) => answers.tried === 'seller-refused' && ['jd', 'wechat-store'].includes(answers.platform as string),
    );
    let checked = 0;
    let now = 0;
    for (const answers of withWindow)
      for (let day = 0; day <= 15; day++)
        for (const locale of ['en', 'zh-cn'] as const) {
          const plan = buildPlan({ answers, today: plusDays('2026-11-26', day), words: planWordsIn(locale) });
          const replyBy = plan.deadlines.find((d) => d.id === 'reply-by');
          const window = plan.deadlines.find((d) => d.id === 'jd-intervention' || d.id === 'wechat-intervention');
          if (!replyBy || !window || window.passed || replyBy.step !== 'platform-intervention') continue;
          if (window.date > replyBy.date) continue;
          checked++;
          const plain = planWordsIn(locale).say('deadline.reply-by.note', {
            title: plan.steps.find((s) => s.id === 'platform-intervention')!.title,
          });
          expect(replyBy.note).not.toContain(plain);
          // A JD order dispute, whose days we have not confirmed the start of: now, as its step says (audit AI, H1).
          if (plan.steps.some((s) => s.how.some((l) => l.includes('so apply now') || l.includes('请现在就申请')))) {
            now++;
            expect(replyBy.note).toContain(locale === 'en' ? 'Do not wait for this day: go to' : '不要等到这天');
            continue;
          }
          // JD's rule named with the version seen (audit AG, L5).
          if (window.id === 'jd-intervention')
            expect(replyBy.note).toContain(locale === 'en' ? 'version in force 4 July 2025' : '2025年7月4日施行版');
          // The message's date is set before a window that closes later than tomorrow (audit AI, M2).
          expect(window.daysLeft <= 1, plan.today.step).toBe(true);
          expect(replyBy.note).toContain(locale === 'en' ? 'Do not wait for this day' : '不要等到这天');
          // And the message says the platform is asked alongside (audit AJ, M1).
          expect(plan.messages.some((m) => m.zh.includes('我会同时申请平台介入'))).toBe(true);
        }
    expect(checked).toBeGreaterThan(20);
    expect(now).toBeGreaterThan(0);
  });

  it('after a refusal on JD over an order, says to apply now, as the JD step does (audit AI, H1)', () => {
    const plan = storyPlan('jd-out-of-stock-wait-no-refund');
    expect(plan.today.then).toContain(
      'We have not confirmed when JD’s days to step in start for this kind of dispute, and they may already be running: after sending this message, go to “Ask the platform to step in” today as well',
    );
    expect(plan.deadlines.find((d) => d.id === 'reply-by')!.note).toContain(
      'Do not wait for this day: go to “Ask the platform to step in” now, as that step says',
    );
  });

  it('after a refusal on JD over an order, says to apply now once the days counted to be safe have passed too (audit AL, M2)', () => {
    const story = stories.find((s) => s.id === 'jd-out-of-stock-wait-no-refund')!;
    const plan = buildPlan({
      answers: skipUnansweredOptional(tree, story.answers),
      today: '2026-12-04',
      words: planWordsIn('en'),
    });
    expect(plan.today.then).toContain('go to “Ask the platform to step in” today as well');
    expect(plan.today.then).toContain('may have closed on 3 December 2026');
    expect(plan.messages.find((m) => m.replyBy)!.zh).toContain('我会同时申请平台介入');
  });

  it('after a refusal on Taobao, says its rule sets a limit without the number, to be checked today (audit AI, H2)', () => {
    const plan = storyPlan('taobao-fake-handbag-shop-refused');
    expect(plan.today.then).toContain(
      'Taobao’s rule sets a time limit for starting a claim but gives no number: check it in the app today',
    );
    expect(plan.steps.find((s) => s.id === 'platform-intervention')!.how.join(' ')).toContain(
      'or sooner if the limit the app shows ends on or before that date. If the time limit for starting a claim has passed, the rule (Art. 5) lifts it',
    );
    expect(storyPlan('taobao-fake-handbag-shop-refused', 'zh-cn').today.then).toContain(
      '淘宝规则有发起维权的时限，但没有写明天数。',
    );
  });

  it('after a platform whose rule we have not seen, says to check its time limit before waiting for the reply', () => {
    const plan = storyPlan('eleme-rice-smelled-sour-taste-excuse');
    expect(plan.today.then).toContain(
      'We have not found how long the platform gives you to ask it to step in: check the time limit in the app today',
    );
    expect(plan.deadlines.find((d) => d.id === 'reply-by')!.note).toContain(
      'go sooner if the time limit the app shows for asking the platform ends on or before this day',
    );
  });

  it('dates the final demand’s answer as the day to file the claim, and a vanished seller’s as no reason to wait', () => {
    const court = storyPlan('tmall-gold-plated-regulator-mediation-ended').deadlines.find((d) => d.id === 'reply-by')!;
    expect(court.step).toBe('court');
    expect(court.note).toContain(
      'If the seller has not done what your final demand asks by then, file your claim with the court (“Send a final demand, then sue”).',
    );
    const vanished = storyPlan('wechat-group-seller-took-money-and-vanished', 'zh-cn').deadlines.find(
      (d) => d.id === 'reply-by',
    )!;
    expect(vanished.step).toBe('report-fraud');
    expect(vanished.note).toContain('不要等到这天，发现后马上进入');
  });

  it('points each date to a step whose “what” reads on its own, as the calendar event shows it (audit AH, L8)', () => {
    const zh = representativeAnswers().map((answers) =>
      buildPlan({ answers, today: '2026-11-26', words: planWordsIn('zh-cn') }),
    );
    const leaning = [...plans, ...zh].flatMap((plan) =>
      plan.deadlines
        .map((d) => plan.steps.find((s) => s.id === d.step)?.what ?? '')
        .filter((what) => /同上|上述|the same facts|as above/.test(what)),
    );
    expect(leaning).toEqual([]);
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
