import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/lib/tree/answers';
import { locate } from '../../src/lib/tree/evaluate';
import { buildPlan, runCheck } from '../../src/lib/tree/plan/build';
import { tree } from '../../src/lib/tree/tree';
import type { Answers } from '../../src/lib/tree/types';
import { scenarios } from '../fixtures/scenarios';
import { templates } from '../support/tree-inputs';

/** The optional text questions, answered as skipped where the story gives nothing. */
const complete = (answers: Answers): Answers => ({
  item: '',
  'problem-text': '',
  'order-no': '',
  'shop-name': '',
  'your-name': '',
  ...answers,
});

describe.each(scenarios)('$story', (scenario) => {
  const answers = complete(scenario.answers);
  const plan = buildPlan({ answers, today: scenario.today, templates });
  const stepIds = plan.steps.map((s) => s.id);

  it('is a complete, valid walk through the tree that ends in the plan', () => {
    const position = locate(tree, answers);
    expect(position.question?.id).toBeUndefined();
    expect(position.outcome?.id).toBe('plan');
    for (const question of position.path) {
      const raw = answers[question.id]!;
      const parsed = parseAnswer(question, typeof raw === 'number' ? String(raw) : raw, {
        today: scenario.today,
        answers,
      });
      expect(parsed.ok, question.id).toBe(true);
      // Multiple choices come back in the tree's option order; the choice itself must be unchanged.
      const value = parsed.ok ? parsed.value : undefined;
      // (typeof 'object' narrows to the readonly array; Array.isArray would widen it to any[].)
      expect(typeof raw === 'object' ? [...(value as string[])].sort() : value, question.id).toEqual(
        typeof raw === 'object' ? [...raw].sort() : raw,
      );
    }
    expect(runCheck({ answers, today: scenario.today, templates })).toEqual(plan);
  });

  it('orders its steps as a lawyer would', () => {
    expect(stepIds[0]).toBe(scenario.steps[0]);
    expect(stepIds.filter((id) => scenario.steps.includes(id))).toEqual(scenario.steps);
    for (const id of scenario.mustNotHaveSteps ?? []) expect(stepIds).not.toContain(id);
  });

  it('cites the law behind the steps', () => {
    const laws = new Set([...plan.steps.flatMap((s) => s.laws), ...plan.deadlines.flatMap((d) => d.laws)]);
    for (const law of scenario.laws) expect([...laws]).toContain(law);
  });

  it('gives real deadline dates, saying which have passed', () => {
    const byId = Object.fromEntries(plan.deadlines.map((d) => [d.id, d]));
    for (const [id, date] of Object.entries(scenario.deadlines ?? {})) expect(byId[id]?.date, id).toBe(date);
    for (const id of scenario.passed ?? []) {
      expect(byId[id]?.passed, id).toBe(true);
      expect(byId[id]?.afterwards?.en, `${id} says what remains`).toBeTruthy();
    }
    for (const id of scenario.notPassed ?? []) expect(byId[id]?.passed, id).toBe(false);
    for (const id of scenario.noDeadlines ?? []) expect(byId[id], id).toBeUndefined();
  });

  it('fills the messages and lists evidence and guides', () => {
    const text = plan.messages.map((m) => `${m.zh}\n${m.en}`).join('\n');
    for (const fragment of scenario.messageContains ?? []) expect(text).toContain(fragment);
    expect(plan.messages.length).toBe(plan.steps.filter((s) => s.template).length);
    expect(plan.evidence.length).toBeGreaterThanOrEqual(3);
    expect(plan.guides.length).toBeGreaterThan(0);
    for (const pattern of scenario.notesMatch ?? []) expect(plan.notes.map((n) => n.en).join('\n')).toMatch(pattern);
  });
});

describe('plans in general', () => {
  it('has at least 12 realistic scenarios', () => expect(scenarios.length).toBeGreaterThanOrEqual(12));

  it('is deterministic: the same answers and date give the same plan', () => {
    const s = scenarios[0]!;
    const one = buildPlan({ answers: complete(s.answers), today: s.today, templates });
    const two = buildPlan({ answers: complete(s.answers), today: s.today, templates });
    expect(two).toEqual(one);
  });

  it('never promises a 7-day no-reason return from a private seller', () => {
    for (const s of scenarios.filter((x) => x.answers['seller-type'] === 'private')) {
      const plan = buildPlan({ answers: complete(s.answers), today: s.today, templates });
      expect(plan.steps.map((x) => x.id)).not.toContain('no-reason-return');
      expect(plan.deadlines.map((x) => x.id)).not.toContain('no-reason-return');
    }
  });

  it('sends an honest exit for a business purchase and for a seller outside mainland China', () => {
    const exit = (answers: Answers) => runCheck({ answers, today: '2026-11-26', templates });
    expect(exit({ mainland: false })).toMatchObject({ outcome: 'exit', exit: { id: 'exit-outside-mainland' } });
    expect(exit({ mainland: true, purpose: 'business' })).toMatchObject({
      outcome: 'exit',
      exit: { id: 'exit-business-purchase' },
    });
  });

  it('counts the regulator’s 7 working days over the National Day holiday on the official calendar', () => {
    const s = scenarios[0]!;
    const plan = buildPlan({ answers: complete(s.answers), today: '2026-09-28', templates });
    const reply = plan.deadlines.find((d) => d.id === 'regulator-reply')!;
    // 28 Sep 2026 + 7 working days, skipping the 1-7 October holiday, with the 10 October make-up working day.
    expect(reply.date).toBe('2026-10-13');
    expect(reply.calendar).toMatchObject({ covered: true });
    expect(reply.calendar!.from).toBeLessThanOrEqual(2026);
  });
});
