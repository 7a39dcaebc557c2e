/**
 * The plan screen, loaded on demand: the plan builder, its words and the holiday calendar are most of the check's
 * code, and nobody needs them until the last question is answered. The page's entry loads the words with it.
 */
import { createMemo, createSignal } from 'solid-js';
import { buildPlan } from '../../lib/check/plan/build';
import type { PlanWords } from '../../lib/check/texts/plan-words';
import PlanView, { type PlanViewProps } from './PlanView';

type Props = Omit<PlanViewProps, 'plan' | 'meanings' | 'onWantMeaning'> & {
  today: string;
  /** Words with the messages' English meaning, where `words` has none (the Chinese page): loaded on request. */
  loadMeaning?: () => Promise<PlanWords>;
};

export default function PlanScreen(props: Props) {
  const plan = createMemo(() => buildPlan({ answers: props.answers, today: props.today, words: props.words }));
  // The same plan built again with the English meaning, only once a reader asks for it; the plan on screen is not
  // rebuilt, so nothing the reader has opened closes.
  const [meaningWords, setMeaningWords] = createSignal<PlanWords>();
  const meanings = createMemo(() => {
    const words = meaningWords();
    if (!words) return undefined;
    const built = buildPlan({ answers: props.answers, today: props.today, words });
    return Object.fromEntries(built.steps.flatMap((s) => (s.message?.en ? [[s.id, s.message.en]] : [])));
  });
  const wantMeaning = () => {
    if (!meaningWords()) void props.loadMeaning?.().then(setMeaningWords);
  };
  return (
    <PlanView
      {...props}
      plan={plan()}
      meanings={props.loadMeaning ? meanings() : undefined}
      onWantMeaning={props.loadMeaning ? wantMeaning : undefined}
    />
  );
}
