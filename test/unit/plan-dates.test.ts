/** Each date in a plan names the step it is about (what to do by then), and that step is in the plan. */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/lib/check/plan/build';
import { representativeAnswers } from '../../src/lib/check/plan/catalogue';
import { planWordsIn } from '../../src/lib/check/texts/all';

const plans = representativeAnswers().map((answers) =>
  buildPlan({ answers, today: '2026-11-26', words: planWordsIn('en') }),
);

describe('dates and their steps', () => {
  it('names, for a date, only a step the plan has', () => {
    const dangling = plans.flatMap((plan) =>
      plan.deadlines.filter((d) => d.step && !plan.steps.some((s) => s.id === d.step)).map((d) => d.id),
    );
    expect(dangling).toEqual([]);
  });

  it('ties the platform window, the quality return and the court time limit to their steps', () => {
    const stepsOf = new Map<string, Set<string>>();
    for (const plan of plans)
      for (const d of plan.deadlines) if (d.step) stepsOf.set(d.id, (stepsOf.get(d.id) ?? new Set()).add(d.step));
    expect([...(stepsOf.get('jd-intervention') ?? [])]).toEqual(['platform-intervention']);
    expect([...(stepsOf.get('quality-return') ?? [])]).toEqual(['quality-return']);
    expect([...(stepsOf.get('limitation') ?? [])]).toEqual(['court']);
  });
});
