/**
 * The plan is right for every story: the corpus in test/fixtures/stories.ts (what a legally right plan must and must
 * not do, written from the law), then properties over many answer sets, and named contradiction rules, each its own
 * test, that no plan may break.
 */
import { describe, expect, it } from 'vitest';
import { locate, optionsFor, questionById, skipUnansweredOptional } from '../../src/lib/check/tree/evaluate';
import { representativeAnswers } from '../../src/lib/check/plan/catalogue';
import { claims } from '../../src/lib/check/plan/claims';
import { buildPlan, runCheck } from '../../src/lib/check/plan/build';
import type { Plan } from '../../src/lib/check/plan/types';
import { goodsProblems } from '../../src/lib/check/tree/questions';
import { tree } from '../../src/lib/check/tree/tree';
import { stories } from '../fixtures/stories';

const messagesOf = (plan: Plan) => plan.messages.map((m) => m.zh).join('\n');
const lawsOf = (plan: Plan) =>
  new Set([...plan.steps.flatMap((s) => s.laws), ...plan.deadlines.flatMap((d) => d.laws)]);
const allText = (plan: Plan) =>
  JSON.stringify([plan.steps, plan.deadlines, plan.notes, plan.sellerMayBeRight, plan.messages]);

describe.each(stories.map((s) => [s.id, s] as const))('%s', (_id, story) => {
  // Optional questions the story leaves out are skipped, as the user would.
  const answers = skipUnansweredOptional(tree, story.answers);
  const result = runCheck({ answers, today: story.today });

  if (story.must.firstAction.startsWith('exit-')) {
    it('ends honestly at its exit', () => {
      expect(result).toMatchObject({ outcome: 'exit', exit: { id: story.must.firstAction } });
    });
    return;
  }

  it('is a complete walk that ends in the plan, within the question budget', () => {
    const position = locate(tree, answers);
    expect(position.question?.id, 'a question the story leaves unanswered').toBeUndefined();
    expect(position.outcome?.id).toBe('plan');
    expect(position.path.length).toBeLessThanOrEqual(13);
  });

  const plan = result.outcome === 'plan' ? result : buildPlan({ answers, today: story.today });
  const ids = plan.steps.map((s) => s.id);

  it(`starts with ${story.must.firstAction}`, () => {
    expect(ids.find((id) => id !== 'save-evidence')).toBe(story.must.firstAction);
    expect(plan.today.step).toBe(story.must.firstAction);
  });
  if (story.must.steps)
    it('has its steps in order', () => {
      expect(ids.filter((id) => story.must.steps!.includes(id))).toEqual(story.must.steps);
    });
  if (story.mustNot?.steps)
    it('leaves out the steps that would be wrong for it', () => {
      for (const id of story.mustNot!.steps!) expect(ids, id).not.toContain(id);
    });
  if (story.must.laws || story.mustNot?.laws)
    it('cites the law its case rests on, and not the law it does not', () => {
      const laws = lawsOf(plan);
      for (const id of story.must.laws ?? []) expect([...laws], id).toContain(id);
      for (const id of story.mustNot?.laws ?? []) expect([...laws], id).not.toContain(id);
    });
  if (story.must.deadlines)
    it('gives the real dates', () => {
      for (const { id, date } of story.must.deadlines!)
        expect(plan.deadlines.find((d) => d.id === id)?.date, id).toBe(date);
    });
  if (story.must.messageSays || story.mustNot?.messageSays)
    it('says in its messages only what is right for it', () => {
      const text = messagesOf(plan);
      for (const words of story.must.messageSays ?? []) expect(text, words).toContain(words);
      for (const words of story.mustNot?.messageSays ?? []) expect(text, words).not.toContain(words);
    });
  if (story.must.sellerMayBeRight !== undefined)
    it(
      story.must.sellerMayBeRight ? 'says where the seller may be right' : 'does not say the seller may be right',
      () => {
        expect(plan.sellerMayBeRight !== undefined).toBe(story.must.sellerMayBeRight);
      },
    );
});

/** Many answer sets across every problem, platform, stage and seller type. */
const plans = representativeAnswers()
  .filter((answers) => !locate(tree, answers).outcome || locate(tree, answers).outcome?.kind === 'plan')
  .map((answers) => ({ answers, plan: buildPlan({ answers, today: '2026-11-26' }) }));

describe('every plan', () => {
  it('was built for a broad set of cases', () => expect(plans.length).toBeGreaterThan(500));

  it('has no raw {placeholder} in any text', () => {
    for (const { plan } of plans) expect(allText(plan)).not.toMatch(/\{[a-z_]+\}/);
  });

  it('has no Latin-letter words in a Chinese message, except names the user gave', () => {
    for (const { plan } of plans) for (const m of plan.messages) expect(m.zh, m.zh).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('cites only claims in the table, and laws only through them', () => {
    for (const { plan } of plans)
      for (const s of plan.steps) {
        for (const c of s.claims) expect(claims).toHaveProperty(c);
        expect([...s.laws].sort()).toEqual([...new Set(s.claims.flatMap((c) => Object.keys(claims[c].laws)))].sort());
      }
  });

  it('never shows a raw evidence id: every id it asks to attach has a label', async () => {
    const { evidenceLabels } = await import('../../src/lib/check/plan/evidence');
    for (const { plan } of plans)
      for (const s of plan.steps) for (const id of s.attach) expect(evidenceLabels).toHaveProperty(id);
  });

  it('offers only options that fit the case (no option ever appears where its condition fails)', () => {
    for (const { answers } of plans)
      for (const q of locate(tree, answers).path)
        if ('options' in q && typeof answers[q.id] === 'string')
          expect(
            optionsFor(q, answers).map((o) => o.id),
            q.id,
          ).toContain(answers[q.id]);
  });
});

describe('contradiction rules', () => {
  const postageOnBuyer = '退回商品的运费由我承担';
  const postageOnSeller = '运输等必要费用由经营者承担';

  it('never both tells the user to pay the return postage and says the seller pays it', () => {
    for (const { plan } of plans) {
      const text = messagesOf(plan);
      expect(text.includes(postageOnBuyer) && text.includes(postageOnSeller), text).toBe(false);
    }
  });

  it('never offers a no-reason return as the first action when the facts include a fault', () => {
    for (const { answers, plan } of plans)
      if (goodsProblems.includes(answers.problem as string)) expect(plan.today.step).not.toBe('no-reason-return');
  });

  it('never gives a private-seller case a consumer-law deadline', () => {
    const consumerDeadlines = [
      'quality-return',
      'no-reason-return',
      'burden-of-proof',
      'regulator-reply',
      'refund-due',
    ];
    for (const { answers, plan } of plans)
      if (
        answers['seller-type'] === 'private' &&
        ['xianyu', 'wechat-group', 'other'].includes(answers.platform as string)
      )
        for (const d of plan.deadlines) expect(consumerDeadlines, d.id).not.toContain(d.id);
  });

  it('never tells the user to report a refusal it calls lawful', () => {
    for (const { plan } of plans)
      if (plan.sellerMayBeRight) expect(plan.steps.map((s) => s.id)).not.toContain('report');
  });

  it('never promises the food 10× for anything but food', () => {
    for (const { answers, plan } of plans)
      if (!['fresh-food', 'packaged-food'].includes(answers['item-kind'] as string))
        expect([...lawsOf(plan)]).not.toContain('fsl-148');
  });

  it('never makes a lost-parcel message admit the buyer signed', () => {
    for (const { answers, plan } of plans)
      if (answers.problem === 'lost-or-not-delivered')
        expect(messagesOf(plan)).not.toMatch(/签收了|我已签收|于.{0,12}签收/);
  });

  it('never claims durable-goods status for anything but the listed durable goods', () => {
    for (const { answers, plan } of plans)
      if (answers['item-kind'] !== 'durable') {
        expect(plan.deadlines.map((d) => d.id)).not.toContain('burden-of-proof');
        expect(messagesOf(plan)).not.toContain('耐用商品');
      }
  });
});

describe('the question budget', () => {
  // A typical path: a shop on one of the big platforms. Xianyu, WeChat groups and "somewhere else" add two questions
  // (is it a business, how did you pay), which can make 13.
  const walk = (s: (typeof stories)[number]) => locate(tree, skipUnansweredOptional(tree, s.answers)).path;
  const planned = stories.filter((s) => !s.must.firstAction.startsWith('exit-'));
  it('asks at most 12 questions on a typical path, and at most 13 on any path the corpus takes', () => {
    const typical = planned.filter((s) => !['xianyu', 'wechat-group', 'other'].includes(s.answers.platform as string));
    expect(typical.length).toBeGreaterThan(30);
    expect(Math.max(...typical.map((s) => walk(s).length))).toBeLessThanOrEqual(12);
    expect(Math.max(...planned.map((s) => walk(s).length))).toBeLessThanOrEqual(13);
  });

  it('every question it asks exists', () => {
    for (const s of stories) for (const id of Object.keys(s.answers)) expect(questionById(tree, id), id).toBeDefined();
  });
});
