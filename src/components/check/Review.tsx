import { For } from 'solid-js';
import { rawOf } from '../../lib/check/tree/answers';
import { formatDate } from '../../lib/i18n/dates';
import type { QuestionWords } from '../../lib/check/texts/words';
import { formatYuan } from '../../lib/check/tree/format';
import type { AnswerValue, Question } from '../../lib/check/tree/types';
import type { T } from './context';

interface Props {
  path: readonly Question[];
  answers: Readonly<Record<string, AnswerValue>>;
  words: QuestionWords;
  t: T;
  locale: 'en' | 'zh-cn';
  onChange: (id: string) => void;
  onConfirm: () => void;
  headingRef: (el: HTMLHeadingElement) => void;
}

/** Every answer on the current path, with a way to change each before the plan. */
export default function Review(props: Props) {
  const shown = (question: Question): string => {
    const value = props.answers[question.id]!;
    if (typeof value === 'boolean') return props.t(value ? 'yes' : 'no');
    if (question.kind === 'date') return formatDate(String(value), props.locale);
    if (question.kind === 'amount') return formatYuan(Number(value));
    if ('options' in question) {
      const ids = Array.isArray(value) ? value : [rawOf(value)];
      const labels = ids
        .map((id) => question.options.find((o) => o.id === id))
        .map((o) => (o ? props.words.option(question, o) : ''));
      // Chinese lists take 、, English ones a comma (audit AB, L4).
      return labels.filter(Boolean).join(props.t('review.separator')) || props.t('review.skipped');
    }
    return String(value) || props.t('review.skipped');
  };
  return (
    <section class="check-review" aria-labelledby="check-review-heading">
      <h2 id="check-review-heading" ref={props.headingRef} tabindex="-1">
        {props.t('review.heading')}
      </h2>
      <p>{props.t('review.intro')}</p>
      <dl class="check-answers">
        <For each={props.path}>
          {(question) => (
            <div class="check-answer">
              <dt>{props.words.title(question)}</dt>
              <dd>
                <span class="check-answer__value">{shown(question)}</span>
                <button
                  type="button"
                  class="button button--quiet"
                  aria-label={props.t('review.changeLabel', { question: props.words.title(question) })}
                  onClick={() => props.onChange(question.id)}
                >
                  {props.t('review.change')}
                </button>
              </dd>
            </div>
          )}
        </For>
      </dl>
      <button type="button" class="button button--primary" onClick={() => props.onConfirm()}>
        {props.t('review.seePlan')}
      </button>
    </section>
  );
}
