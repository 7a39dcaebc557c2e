/**
 * The plan screen, loaded on demand: the plan builder, its words and the holiday calendar are most of the check's
 * code, and nobody needs them until the last question is answered. The page's entry loads the words with it.
 */
import { createMemo, createSignal, onCleanup, onMount, Show } from 'solid-js';
import { buildPlan } from '../../lib/check/plan/build';
import {
  caseHistory,
  dateAnswer,
  dateBounds,
  isDatable,
  movedOn,
  nextStages,
  planAnswers,
  type LaterStage,
} from '../../lib/check/plan/history';
import { formatDate } from '../../lib/i18n/dates';
import { parseAnswer } from '../../lib/check/tree/answers';
import { questionById } from '../../lib/check/tree/evaluate';
import { tree } from '../../lib/check/tree/tree';
import type { Answers } from '../../lib/check/tree/types';
import type { PlanWords } from '../../lib/check/texts/plan-words';
import PlanView, { type PlanViewProps } from './PlanView';

type Props = Omit<
  PlanViewProps,
  'plan' | 'planned' | 'meanings' | 'onWantMeaning' | 'history' | 'next' | 'onMoved' | 'onDated'
> & {
  today: string;
  /** Every answer, off the walk's path too (the dates of events recorded with "What happened since?"). */
  all: Answers;
  /** "What happened since?": the answers with the stage moved on, for the check to show. */
  onMoved: (next: Answers) => void;
  /** Words with the messages' English meaning, where `words` has none (the Chinese page): loaded on request. */
  loadMeaning?: () => Promise<PlanWords>;
};

export default function PlanScreen(props: Props) {
  // A return recorded before the case moved on stays in the plan (planAnswers).
  const planned = createMemo(() => planAnswers(props.answers, props.all));
  // Built in a task of its own, after the task that opens this screen (which also runs the plan's code for the first
  // time), and drawn in the next: on a slow phone (4x CPU slowdown) opening, building and drawing "Do this today"
  // together was one task of about 130 ms, during which the page could not answer a tap. The loading box holds the
  // plan's room meanwhile, so nothing moves. Once built, the plan follows the answers at once.
  const [building, setBuilding] = createSignal(false);
  const plan = createMemo(() =>
    building() ? buildPlan({ answers: planned(), today: props.today, words: props.words }) : undefined,
  );
  const [drawable, setDrawable] = createSignal(false);
  onMount(() => {
    let timer = setTimeout(() => {
      setBuilding(true);
      timer = setTimeout(() => setDrawable(true), 0);
    }, 0);
    onCleanup(() => clearTimeout(timer));
  });
  // The same plan built again with the English meaning, only once a reader asks for it; the plan on screen is not
  // rebuilt, so nothing the reader has opened closes.
  const [meaningWords, setMeaningWords] = createSignal<PlanWords>();
  const meanings = createMemo(() => {
    const words = meaningWords();
    if (!words) return undefined;
    const built = buildPlan({ answers: planned(), today: props.today, words });
    return Object.fromEntries(built.steps.flatMap((s) => (s.message?.en ? [[s.id, s.message.en]] : [])));
  });
  /**
   * "What happened since?": the stage moves on and the event's date is kept; an error for a date the check cannot
   * accept. Here, not in the check's first screen, since the case history and its dates are plan code.
   */
  const moved = (event: LaterStage, raw: string): string | undefined => {
    const key = event === 'seller-silent' ? undefined : dateAnswer[event];
    const question = key ? questionById(tree, key) : undefined;
    let date: string | undefined;
    if (question && raw.trim() !== '') {
      const parsed = parseAnswer(question, raw, { today: props.today, answers: props.all });
      if (!parsed.ok) return props.t(`error.${parsed.error}` as const);
      date = String(parsed.value);
      // Events come in the ladder's order: one dated before the last recorded one is a slip (audit AB, L3).
      const last = history()
        .map((e) => e.date)
        .filter((d): d is string => !!d)
        .sort()
        .at(-1);
      if (last && date < last) return props.t('error.before-last', { date: formatDate(last, props.site.locale) });
    }
    props.onMoved(movedOn(props.all, event, date));
    return undefined;
  };
  /**
   * A day for an event the history shows undated (the walk's own refusal, say): a real date, between the dated events
   * around it, kept as that event's answer, as "What happened since?" keeps it (audit AB, L3).
   */
  const dated = (index: number, raw: string): string | undefined => {
    const entry = history()[index];
    if (!entry || entry.date || !isDatable(entry.event)) return undefined;
    const key = dateAnswer[entry.event as keyof typeof dateAnswer];
    const question = questionById(tree, key);
    if (!question) return undefined;
    if (raw.trim() === '') return props.t('error.date-required');
    const parsed = parseAnswer(question, raw, { today: props.today, answers: props.all });
    if (!parsed.ok) return props.t(`error.${parsed.error}` as const);
    const date = String(parsed.value);
    const { after, before } = dateBounds(history(), index);
    if (after && date < after) return props.t('error.before-earlier', { date: formatDate(after, props.site.locale) });
    if (before && date > before) return props.t('error.after-later', { date: formatDate(before, props.site.locale) });
    props.onDetail(key, date);
    return undefined;
  };
  // Read by several parts of the plan: worked out once per change of the answers.
  const history = createMemo(() => caseHistory(props.answers, props.all));
  const next = createMemo(() => nextStages(props.answers));
  const wantMeaning = () => {
    if (!meaningWords()) void props.loadMeaning?.().then(setMeaningWords);
  };
  return (
    <Show when={drawable() && plan()} fallback={<p class="check-loading check-loading--plan" aria-hidden="true" />}>
      {(built) => (
        <PlanView
          {...props}
          plan={built()}
          planned={planned()}
          history={history()}
          next={next()}
          onMoved={moved}
          onDated={dated}
          meanings={props.loadMeaning ? meanings() : undefined}
          onWantMeaning={props.loadMeaning ? wantMeaning : undefined}
        />
      )}
    </Show>
  );
}
