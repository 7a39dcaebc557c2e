import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { maxTextLength, rawOf, type AnswerError } from '../../lib/check/tree/answers';
import type { QuestionWords } from '../../lib/check/texts/words';
import { optionsFor } from '../../lib/check/tree/evaluate';
import { hintCase } from '../../lib/check/tree/hints';
import type { AnswerValue, Answers, Option as TreeOption, Question } from '../../lib/check/tree/types';
import type { T } from './context';

interface Props {
  question: Question;
  value: AnswerValue | undefined;
  /** The answers so far: some options are offered only for some cases. */
  answers: Answers;
  words: QuestionWords;
  t: T;
  progress: { current: number; total: number };
  canGoBack: boolean;
  onBack: () => void;
  /** Returns an error when the answer is not accepted. */
  onSubmit: (raw: unknown) => AnswerError | undefined;
  headingRef: (el: HTMLHeadingElement) => void;
}

/** One question per screen: the heading takes focus, errors are tied to the input and announced. */
export default function QuestionForm(props: Props) {
  const q = () => props.question;
  // The hint for the reader's case where the question has one (a return's only for those who sent it back).
  const hint = () => props.words.hint(q(), hintCase(q().id, props.answers));
  const id = (suffix: string) => `q-${q().id}-${suffix}`;
  const initial = () => (props.value === undefined ? undefined : rawOf(props.value));
  const [error, setError] = createSignal<AnswerError>();
  let form!: HTMLFormElement;

  const submit = (event: Event) => {
    event.preventDefault();
    const data = new FormData(form);
    const single = data.get('answer');
    // The form has no file inputs, so every entry is a string; anything else reads as no answer.
    const problem = props.onSubmit(
      q().kind === 'multi' ? data.getAll('answer').map(String) : typeof single === 'string' ? single : '',
    );
    setError(problem);
    if (problem) form.querySelector<HTMLElement>('input, select, textarea')?.focus();
  };
  const skip = () => setError(props.onSubmit(''));
  // A date's typing order differs by browser language, so its hint is read with the field.
  const describedBy = () =>
    [hint() ? id('hint') : '', q().kind === 'date' ? id('date-hint') : '', error() ? id('error') : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const errorText = (problem: AnswerError) =>
    problem === 'too-long' ? props.t('error.too-long', { max: maxTextLength }) : props.t(`error.${problem}`);

  const options = () => optionsFor(q(), props.answers);
  const more = () => options().filter((o) => o.more);
  const OptionInput = (p: { option: TreeOption }) => (
    <label class="check-option">
      <input
        type={q().kind === 'multi' ? 'checkbox' : 'radio'}
        name="answer"
        value={p.option.id}
        checked={q().kind === 'multi' ? (initial() ?? '').split(',').includes(p.option.id) : initial() === p.option.id}
      />
      <span>{props.words.option(q(), p.option)}</span>
    </label>
  );

  return (
    <form ref={form} class="check-question" onSubmit={submit} novalidate>
      {/* Back sits top-left, where people look for it (as on GOV.UK), before the question. */}
      <Show when={props.canGoBack}>
        <button type="button" class="check-back" onClick={() => props.onBack()}>
          {props.t('back')}
        </button>
      </Show>
      <p class="check-progress">
        <span>{props.t('progress', { current: props.progress.current, total: props.progress.total })}</span>
        <progress max={props.progress.total} value={props.progress.current} aria-hidden="true" />
      </p>
      <Switch>
        <Match when={q().kind === 'single' || q().kind === 'multi' || q().kind === 'yesno'}>
          <fieldset aria-describedby={describedBy()} aria-invalid={error() ? 'true' : undefined}>
            <legend>
              <h2 ref={props.headingRef} tabindex="-1" id={id('title')}>
                {props.words.title(q())}
              </h2>
            </legend>
            <Hint id={id('hint')} text={hint()} />
            <ErrorMessage id={id('error')} text={error() ? errorText(error()!) : undefined} />
            <div class="check-options">
              <Show
                when={q().kind !== 'yesno'}
                fallback={
                  <For
                    each={
                      [
                        ['yes', props.t('yes')],
                        ['no', props.t('no')],
                      ] as const
                    }
                  >
                    {([value, label]) => (
                      <label class="check-option">
                        <input type="radio" name="answer" value={value} checked={initial() === value} />
                        <span>{label}</span>
                      </label>
                    )}
                  </For>
                }
              >
                <For each={options().filter((o) => !o.more)}>{(option) => <OptionInput option={option} />}</For>
                {/* Less common answers fold under "More answers"; open already when one of them is the answer. */}
                <Show when={more().length > 0}>
                  <details class="check-more" open={more().some((o) => o.id === initial())}>
                    <summary>{props.t('moreOptions', { count: more().length })}</summary>
                    <For each={more()}>{(option) => <OptionInput option={option} />}</For>
                  </details>
                </Show>
              </Show>
            </div>
          </fieldset>
        </Match>
        <Match when={true}>
          <h2 ref={props.headingRef} tabindex="-1" id={id('title')}>
            <label for={id('input')}>{props.words.title(q())}</label>
          </h2>
          <Hint id={id('hint')} text={hint()} />
          <Show when={q().kind === 'date'}>
            <p class="check-hint" id={id('date-hint')}>
              {props.t('dateHint')}
            </p>
          </Show>
          <ErrorMessage id={id('error')} text={error() ? errorText(error()!) : undefined} />
          <input
            id={id('input')}
            name="answer"
            type={q().kind === 'date' ? 'date' : 'text'}
            inputmode={q().kind === 'amount' ? 'decimal' : undefined}
            // Room to paste a little more than allowed, so an over-long answer gets a message rather than a silent cut.
            maxlength={q().kind === 'text' ? maxTextLength + 50 : undefined}
            autocomplete="off"
            value={initial() ?? ''}
            aria-describedby={describedBy()}
            aria-invalid={error() ? 'true' : undefined}
          />
        </Match>
      </Switch>
      <div class="check-actions">
        <button type="submit" class="button button--primary">
          {props.t('continue')}
        </button>
        <Show when={q().optional}>
          <button type="button" class="button" onClick={skip}>
            {props.t('skip')}
          </button>
        </Show>
      </div>
    </form>
  );
}

function Hint(props: { id: string; text: string | undefined }) {
  return (
    <Show when={props.text}>
      <p id={props.id} class="check-hint">
        {props.text}
      </p>
    </Show>
  );
}

function ErrorMessage(props: { id: string; text: string | undefined }) {
  // Always in the page, so screen readers announce the text when it appears.
  return (
    <p id={props.id} class="check-error" role="alert">
      {props.text ?? ''}
    </p>
  );
}
