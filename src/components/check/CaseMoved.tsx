import { createSignal, For, Show } from 'solid-js';
import { formatDate } from '../../lib/i18n/dates';
import type { Locale } from '../../lib/i18n/locales';
import { isDatable, type HistoryEntry, type LaterStage } from '../../lib/check/plan/history';
import type { T } from './context';

/**
 * "What happened since?": the case so far, with dates, and a short form to record the next event (the seller
 * refused, the platform decided, 12315 mediation ended …), which moves the plan on without starting over. The
 * history and the choices come from lib/check/plan/history.ts; CheckApp applies the event.
 */
export default function CaseMoved(props: {
  history: readonly HistoryEntry[];
  next: readonly LaterStage[];
  locale: Locale;
  today: string;
  t: T;
  /** Records the event; returns an error message for a date the check cannot accept, or undefined. */
  onMoved: (event: LaterStage, date: string) => string | undefined;
  /** Dates the history's undated entry at that index; returns an error message, or undefined once saved. */
  onDated: (index: number, date: string) => string | undefined;
}) {
  const [error, setError] = createSignal<string>();
  const [chosen, setChosen] = createSignal<LaterStage>();
  // An event recorded without its day (the walk's own refusal is one) can be dated later (audit AB, L3).
  const undated = () =>
    props.history.flatMap((entry, index) =>
      !entry.date && isDatable(entry.event) ? [{ index, event: entry.event }] : [],
    );
  const [dating, setDating] = createSignal<number>();
  const [dateError, setDateError] = createSignal<string>();
  const [dated, setDated] = createSignal(false);
  let savedLine: HTMLParagraphElement | undefined;
  const saveDate = (e: SubmitEvent) => {
    e.preventDefault();
    const index = dating();
    if (index === undefined) return;
    const raw = ((e.currentTarget as HTMLFormElement).elements.namedItem('history-date') as HTMLInputElement).value;
    const problem = props.onDated(index, raw);
    // Cleared first, so the same error given twice is put back and read out again (audit AH, L3).
    setDateError(undefined);
    if (problem !== undefined) return void queueMicrotask(() => setDateError(problem));
    setDating(undefined);
    setDated(true);
    // The form is gone: focus goes to the line saying the date was kept (read once, as it is focused; a live region
    // as well read it twice), not to the page's top.
    queueMicrotask(() => savedLine?.focus());
  };
  const addButtons: HTMLButtonElement[] = [];
  /** Closed without saving (Cancel or Escape): focus goes back to the button that opened it. */
  const cancelDating = (index: number) => {
    setDating(undefined);
    setDateError(undefined);
    queueMicrotask(() => addButtons[index]?.focus());
  };
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const event = chosen();
    if (!event) return setError(props.t('moved.choose'));
    const date = (form.elements.namedItem('moved-date') as HTMLInputElement | null)?.value ?? '';
    const problem = props.onMoved(event, date);
    setError(problem);
    // Recorded: the choices are now those above the new stage, so none is chosen yet.
    if (problem === undefined) setChosen(undefined);
  };
  return (
    <details class="check-moved">
      <summary>{props.t('moved.heading')}</summary>
      <Show when={props.history.length > 0}>
        <h4 id="check-history-heading">{props.t('moved.history')}</h4>
        <ol class="check-history" aria-labelledby="check-history-heading">
          <For each={props.history}>
            {(entry) => (
              <li>
                {entry.date ? (
                  <time datetime={entry.date}>{formatDate(entry.date, props.locale)}</time>
                ) : (
                  <span class="check-muted">{props.t('moved.undated')}</span>
                )}
                {' · '}
                {props.t(`moved.event.${entry.event}`)}
              </li>
            )}
          </For>
        </ol>
        <For each={undated()}>
          {({ index, event }) => (
            <Show
              when={dating() === index}
              fallback={
                <button
                  type="button"
                  class="button button--quiet"
                  ref={(el) => (addButtons[index] = el)}
                  onClick={() => (setDating(index), setDateError(undefined), setDated(false))}
                >
                  {props.t(`moved.addDate.${event}`)}
                </button>
              }
            >
              <form
                class="check-moved__form"
                onSubmit={saveDate}
                onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), cancelDating(index))}
                novalidate
              >
                <label for="history-date">{props.t(`moved.dateOf.${event}`)}</label>
                <input
                  id="history-date"
                  name="history-date"
                  type="date"
                  max={props.today}
                  ref={(el) => queueMicrotask(() => el.focus())}
                  aria-describedby={dateError() ? 'history-date-error' : undefined}
                  aria-invalid={dateError() ? 'true' : undefined}
                />
                <Show when={dateError()}>
                  <p class="check-error" role="alert" id="history-date-error">
                    {dateError()}
                  </p>
                </Show>
                <button type="submit" class="button">
                  {props.t('moved.saveDate')}
                </button>
                <button type="button" class="button button--quiet" onClick={() => cancelDating(index)}>
                  {props.t('moved.cancelDate')}
                </button>
              </form>
            </Show>
          )}
        </For>
        <p class="check-hint" tabindex="-1" ref={savedLine}>
          {dated() ? props.t('moved.dated') : ''}
        </p>
      </Show>
      <Show when={props.next.length > 0} fallback={<p>{props.t('moved.none')}</p>}>
        <form class="check-moved__form" onSubmit={submit} novalidate>
          <fieldset aria-describedby={error() ? 'moved-error' : undefined}>
            <legend>{props.t('moved.question')}</legend>
            <For each={props.next}>
              {(event) => (
                <label class="check-option">
                  <input
                    type="radio"
                    name="moved-event"
                    value={event}
                    checked={chosen() === event}
                    onChange={() => (setChosen(event), setError(undefined))}
                  />
                  <span>{props.t(`moved.event.${event}`)}</span>
                </label>
              )}
            </For>
          </fieldset>
          <Show when={chosen() && chosen() !== 'seller-silent'}>
            <label for="moved-date">{props.t('moved.date')}</label>
            <p class="check-hint" id="moved-date-hint">
              {props.t('moved.dateHint')}
            </p>
            <input
              id="moved-date"
              name="moved-date"
              type="date"
              max={props.today}
              // With an event chosen, an error is about the date: read it with the field, not only with the choices.
              aria-describedby={error() ? 'moved-date-hint moved-error' : 'moved-date-hint'}
              aria-invalid={error() ? 'true' : undefined}
            />
          </Show>
          <Show when={error()}>
            <p class="check-error" role="alert" id="moved-error">
              {error()}
            </p>
          </Show>
          <button type="submit" class="button button--primary">
            {props.t('moved.update')}
          </button>
        </form>
      </Show>
    </details>
  );
}
