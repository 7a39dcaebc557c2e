/**
 * Every guide, law and template a plan can name, gathered by building plans for every problem, platform, excuse
 * and stage. The validator test checks each id against content/, so a plan can never link to nothing.
 */
import { questionById } from '../evaluate';
import { tree } from '../tree';
import type { Answers } from '../types';
import { buildPlan } from './build';

const optionsOf = (id: string) => {
  const question = questionById(tree, id);
  return question && 'options' in question ? question.options.map((o) => o.id) : [];
};

/** A spread of answer sets that, together, reach every step, deadline and note the builder can produce. */
export function representativeAnswers(): Answers[] {
  const sets: Answers[] = [];
  for (const problem of optionsOf('problem')) {
    for (const platform of optionsOf('platform')) {
      for (const tried of ['nothing', 'seller-refused', 'platform-against', 'regulator-ended']) {
        sets.push({
          problem,
          platform,
          tried,
          'seller-type': platform === 'xianyu' ? 'private' : 'business',
          received: true,
          'received-on': '2026-11-20',
          'ordered-on': '2026-11-15',
          'refused-on': '2026-11-22',
          food: problem === 'defective-or-damaged',
          fraud: platform === 'taobao',
          'live-stream': platform === 'douyin',
          payment: platform === 'other' ? 'off-platform' : 'in-app',
          amount: 100,
          'seller-said': 'none-yet',
          evidence: [],
        });
      }
    }
  }
  for (const excuse of optionsOf('seller-said'))
    sets.push({ problem: 'defective-or-damaged', platform: 'jd', tried: 'nothing', 'seller-said': excuse });
  return sets;
}

export function catalogueProblems(known: {
  guides: ReadonlySet<string>;
  laws: ReadonlySet<string>;
  templates: ReadonlySet<string>;
}): string[] {
  const problems = new Set<string>();
  for (const answers of representativeAnswers()) {
    const plan = buildPlan({ answers, today: '2026-11-26', templates: {} });
    for (const step of plan.steps) {
      for (const g of step.guides)
        if (!known.guides.has(g)) problems.add(`step "${step.id}" links unknown guide "${g}"`);
      for (const l of step.laws) if (!known.laws.has(l)) problems.add(`step "${step.id}" cites unknown law "${l}"`);
      if (step.template && !known.templates.has(step.template))
        problems.add(`step "${step.id}" uses unknown template "${step.template}"`);
      for (const [where, text] of [
        ['title', step.title],
        ['what', step.what],
        ['why', step.why],
        ['takes', step.takes],
        ['moveOn', step.moveOn],
      ] as const) {
        if (!text.en.trim()) problems.add(`step "${step.id}" has no English ${where}`);
      }
    }
    for (const d of plan.deadlines)
      for (const l of d.laws) if (!known.laws.has(l)) problems.add(`deadline "${d.id}" cites unknown law "${l}"`);
    for (const g of plan.guides) if (!known.guides.has(g)) problems.add(`plan links unknown guide "${g}"`);
  }
  return [...problems];
}
