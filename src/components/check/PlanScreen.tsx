/**
 * The plan screen, loaded on demand: the plan builder, its words and the holiday calendar are most of the check's
 * code, and nobody needs them until the last question is answered. The page's entry loads the words with it.
 */
import { createMemo } from 'solid-js';
import { buildPlan } from '../../lib/check/plan/build';
import PlanView, { type PlanViewProps } from './PlanView';

export default function PlanScreen(props: Omit<PlanViewProps, 'plan'> & { today: string }) {
  const plan = createMemo(() => buildPlan({ answers: props.answers, today: props.today, words: props.words }));
  return <PlanView {...props} plan={plan()} />;
}
