import { batch, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import Mixed from './Mixed';
import { saveForOffline } from '../../lib/check/browser/offline';
import { deadlinesToIcs } from '../../lib/check/browser/calendar-file';
import { formatDate } from '../../lib/i18n/dates';
import { maxTextLength } from '../../lib/check/tree/answers';
import type { HistoryEntry, LaterStage } from '../../lib/check/plan/history';
import type { Plan, PlanDeadline, PlanStep } from '../../lib/check/plan/types';
import type { PlanWords } from '../../lib/check/texts/plan-words';
import type { Answers } from '../../lib/check/tree/types';
import type { CheckProps, T } from './context';
import CopyButton from './CopyButton';
import { daysLeftText, todayOf } from './plan-summary';
import CaseMoved from './CaseMoved';
import PrintSheet from './PrintSheet';
import { createTurns } from './in-turns';
import { preloadQr } from './qr';
import SharePanel from './SharePanel';

export interface PlanViewProps {
  plan: Plan;
  /** Today in China: the printed sheet's date. */
  today: string;
  answers: Answers;
  /**
   * The answers the plan is built from (the walk's, with dates kept off its path: a refusal dated under "So far"):
   * what the share link and the printed link carry, so they reopen this plan (audit AH, M5).
   */
  planned: Answers;
  site: Pick<CheckProps, 'guides' | 'laws' | 'locale'>;
  /** The plan's words in the page's language: the plan itself is already in them; these name the evidence. */
  words: PlanWords;
  t: T;
  ticks: readonly string[];
  onTick: (id: string, ticked: boolean) => void;
  /** Back to the review of the answers, each with its Change button; details, ticks and history are kept. */
  onEditAnswers: () => void;
  onStartOver: () => void;
  onForget: () => void;
  /** A detail for the messages (item, order number, shop, name), typed on this screen. */
  onDetail: (id: string, value: string) => void;
  headingRef: (el: HTMLHeadingElement) => void;
  /** On the Chinese page: each step's message in English, once asked for (undefined until then). */
  meanings?: Record<string, string>;
  /** On the Chinese page: asks for the English meanings (a reader opened 显示英文). */
  onWantMeaning?: () => void;
  /** The case so far, with dates, and the events that can happen next ("What happened since?"). */
  history: readonly HistoryEntry[];
  next: readonly LaterStage[];
  /** Records the next event; returns an error for a date the check cannot accept. */
  onMoved: (event: LaterStage, date: string) => string | undefined;
  /** Dates an event the history shows undated; returns an error for a date the check cannot accept. */
  onDated: (index: number, date: string) => string | undefined;
}

const detailIds = ['item', 'order-no', 'shop-name', 'your-name'] as const;
/** WeChat's in-app browser names itself in its user agent (MicroMessenger). */
const inWeChat = () => typeof navigator !== 'undefined' && /MicroMessenger/i.test(navigator.userAgent);

export default function PlanView(props: PlanViewProps) {
  const count = () => props.plan.steps.length;
  const [icsState, setIcsState] = createSignal<'done' | 'failed'>();
  const [confirmingForget, setConfirmingForget] = createSignal(false);
  let forgetButton: HTMLButtonElement | undefined;
  const keepAnswers = () => (setConfirmingForget(false), forgetButton?.focus());
  // A detail too long to keep, by field, with the text as typed: it stays in its box with its error while another
  // detail is typed (one shared error cleared itself, and the box went back to the old value: audit AB, L1).
  const [tooLong, setTooLong] = createSignal<Readonly<Record<string, string>>>({});
  // A detail reaches the messages while it is typed, a moment after the last key (it reached them only when the field
  // was left, so the message above still showed 【订单号】: audit AB, L2). Meanwhile the box shows the text as typed:
  // the kept answer is trimmed, and showing it would drop a space typed between two words.
  const [typing, setTyping] = createSignal<Readonly<Record<string, string>>>({});
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  onCleanup(() => timers.forEach(clearTimeout));
  /** Keeps a detail for the messages, or holds it back with its error where it is too long to use. */
  const keep = (id: string, value: string) => {
    const { [id]: _, ...others } = tooLong();
    if (value.trim().length > maxTextLength) return setTooLong({ ...others, [id]: value });
    setTooLong(others);
    props.onDetail(id, value);
  };
  const typed = (id: string, value: string) => {
    setTyping({ ...typing(), [id]: value });
    clearTimeout(timers.get(id));
    timers.set(
      id,
      setTimeout(() => keep(id, value), 300),
    );
  };
  /** The field was left: kept at once, and the box shows the kept answer again. */
  const commitDetail = (id: string, value: string) => {
    clearTimeout(timers.get(id));
    const { [id]: _, ...stillTyping } = typing();
    batch(() => (setTyping(stillTyping), keep(id, value)));
  };
  // The page hidden (a switch to WeChat to paste, a reload, the tab closed) within the 300 ms: what was typed is kept
  // now, not lost with the timer (audit AH, L1).
  onMount(() => {
    const flush = () => Object.entries(typing()).forEach(([id, value]) => commitDetail(id, value));
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', flush);
    onCleanup(() => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', flush);
    });
  });
  // Which steps the user opened or closed, by id: the plan is built again when a detail is typed, and its steps
  // then came back with the first one open and the rest shut.
  const [opened, setOpened] = createSignal<Readonly<Record<string, boolean>>>({});
  let section!: HTMLElement;
  // Drawn in turns: the heading and "Do this today" at once; then the details, the dates (about 90 ms at 4x CPU
  // slowdown when they shared a turn with the details), each step, the evidence, and the tools, each in a task of
  // its own. Once all is out, the plan and the guides it links to are saved so both can be read offline later.
  const stepPart = (index: number) => 3 + index;
  const turns = createTurns(
    () => stepPart(props.plan.steps.length) + 2,
    () => saveForOffline([...section.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')].map((a) => a.pathname)),
  );
  const drawn = turns.drawn;

  // Paper gets the one-page sheet; the full steps and their messages follow only when asked for. The sheet is drawn
  // when the page first goes to paper (beforeprint, which browsers fire for their own Print command too).
  const [printMessages, setPrintMessages] = createSignal(false);
  const [onPaper, setOnPaper] = createSignal(false);
  onMount(preloadQr);
  const openForPaper = () => {
    turns.finish();
    setOnPaper(true);
    // Closed steps would print as one line each: open them all when they go on paper. Only the steps: a Chinese
    // reader's 显示英文 stays as they left it, or every message printed its English too (audit AB, L7).
    if (printMessages())
      section.querySelectorAll<HTMLDetailsElement>('.check-steps details.check-step').forEach((d) => (d.open = true));
  };
  onMount(() => {
    window.addEventListener('beforeprint', openForPaper);
    onCleanup(() => window.removeEventListener('beforeprint', openForPaper));
  });
  // The browser fires beforeprint for this button and for its own Print command alike.
  const print = () => window.print();
  const download = async () => {
    try {
      // Each date says what to do by then: the step it is about, and the date's own note.
      const descriptions = new Map(
        props.plan.deadlines.map((d) => {
          const step = props.plan.steps.find((s) => s.id === d.step);
          const next = step ? props.t('plan.icsNext', { title: step.title, what: step.what }) : undefined;
          return [d.id, [next, d.note].filter(Boolean).join('\n\n') || undefined] as const;
        }),
      );
      const ics = await deadlinesToIcs(
        props.plan.deadlines,
        (d) => d.label,
        (d) => descriptions.get(d.id),
      );
      const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
      const a = Object.assign(document.createElement('a'), { href: url, download: 'refundpath-dates.ics' });
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setIcsState('done');
    } catch {
      setIcsState('failed');
    }
  };

  return (
    <section
      ref={section}
      class="check-plan"
      classList={{ 'check-plan--print-messages': printMessages() }}
      aria-labelledby="check-plan-heading"
      aria-busy={turns.done() ? 'false' : 'true'}
    >
      <h2 id="check-plan-heading" ref={props.headingRef} tabindex="-1">
        {count() === 1 ? props.t('plan.headingOne') : props.t('plan.heading', { count: count() })}
      </h2>
      <TodayPanel {...props} />
      <Show when={props.plan.sellerMayBeRight}>
        {(right) => (
          <div class="notice check-may-be-right">
            <h3>{props.t('plan.mayBeRight')}</h3>
            <p>{right().why}</p>
            <p>
              <strong>{props.t('plan.stillPossible')}</strong>
              {right().still}
            </p>
          </div>
        )}
      </Show>
      <Show when={drawn(1)}>
        <details class="check-details">
          <summary>{props.t('plan.details')}</summary>
          <p class="check-hint">{props.t('plan.detailsHint')}</p>
          <For each={detailIds}>
            {(id) => (
              <p>
                <label for={`detail-${id}`}>{props.t(`plan.detail.${id}`)}</label>
                <Show when={tooLong()[id] !== undefined}>
                  <span class="check-error" role="alert" id={`detail-${id}-error`}>
                    {props.t('error.too-long', { max: maxTextLength })}
                  </span>
                </Show>
                {/* Room to paste a little more than allowed, so an over-long detail gets a message, not a silent cut. */}
                <input
                  id={`detail-${id}`}
                  type="text"
                  autocomplete="off"
                  maxlength={maxTextLength + 50}
                  aria-invalid={tooLong()[id] !== undefined ? 'true' : undefined}
                  aria-describedby={tooLong()[id] !== undefined ? `detail-${id}-error` : undefined}
                  value={
                    typing()[id] ?? tooLong()[id] ?? (typeof props.answers[id] === 'string' ? props.answers[id] : '')
                  }
                  // Pinyin being composed is not yet the text: it reaches the messages (and storage) once chosen.
                  onInput={(e) => !e.isComposing && typed(id, e.currentTarget.value)}
                  onCompositionEnd={(e) => typed(id, e.currentTarget.value)}
                  onChange={(e) => commitDetail(id, e.currentTarget.value)}
                />
              </p>
            )}
          </For>
        </details>
      </Show>

      <Show when={drawn(2)}>
        {/* Every date, with its law: folded, since the nearest one is already at the top. Open for print. */}
        <Show when={props.plan.deadlines.length > 0}>
          <details class="check-all-dates">
            <summary>{props.t('plan.allDates', { count: props.plan.deadlines.length })}</summary>
            <ul class="check-deadlines">
              <For each={props.plan.deadlines}>{(d) => <Deadline deadline={d} {...props} />}</For>
            </ul>
          </details>
        </Show>
      </Show>

      <ol class="check-steps">
        <For each={props.plan.steps}>
          {(step, index) => (
            <Show when={drawn(stepPart(index()))}>
              <li>
                <StepItem
                  step={step}
                  n={index() + 1}
                  // The step "Do this today" is about is where the user is: open, and marked as such, as on paper
                  // (audit AB, M1). A plan without one opens its first step.
                  current={step.id === props.plan.today.step}
                  open={
                    opened()[step.id] ?? (props.plan.today.step ? step.id === props.plan.today.step : index() === 0)
                  }
                  onToggle={(open) => setOpened({ ...opened(), [step.id]: open })}
                  {...props}
                />
              </li>
            </Show>
          )}
        </For>
      </ol>

      <Show when={drawn(stepPart(props.plan.steps.length))}>
        <CaseMoved
          history={props.history}
          next={props.next}
          locale={props.site.locale}
          today={props.today}
          t={props.t}
          onMoved={props.onMoved}
          onDated={props.onDated}
        />

        <h3 id="check-evidence-heading">{props.t('plan.evidence')}</h3>
        <p>{props.t('plan.evidenceIntro')}</p>
        <ul class="check-evidence" aria-labelledby="check-evidence-heading">
          <For each={props.plan.evidence}>
            {(item) => (
              <li>
                <label class="check-option">
                  <input
                    type="checkbox"
                    checked={props.ticks.includes(item.id) || (item.have && !props.ticks.includes(`-${item.id}`))}
                    onChange={(e) => props.onTick(item.id, e.currentTarget.checked)}
                  />
                  <span>{item.label}</span>
                </label>
              </li>
            )}
          </For>
        </ul>

        <Show when={props.plan.notes.length > 0}>
          <h3>{props.t('plan.notes')}</h3>
          <ul>
            <For each={props.plan.notes}>{(note) => <li>{note}</li>}</For>
          </ul>
        </Show>

        <p class="check-disclaimer">{props.t('plan.disclaimer')}</p>
      </Show>

      <Show when={drawn(stepPart(props.plan.steps.length) + 1)}>
        {/* WeChat's own browser ignores window.print() on iOS and blocks most downloads (audit AB, seen only through its
            user agent): said before the buttons, with the way out it offers. */}
        <Show when={inWeChat()}>
          <p class="check-hint">{props.t('plan.inWeChat')}</p>
        </Show>
        <div class="check-actions check-plan__tools">
          <button type="button" class="button" onClick={print}>
            {props.t('plan.print')}
          </button>
          <label class="check-option">
            <input
              type="checkbox"
              checked={printMessages()}
              onChange={(e) => setPrintMessages(e.currentTarget.checked)}
            />
            <span>{props.t('plan.printMessages')}</span>
          </label>
          <Show when={props.plan.deadlines.some((d) => !d.passed)}>
            <button type="button" class="button" onClick={download}>
              {props.t('plan.ics')}
            </button>
          </Show>
        </div>
        {/* Said either way: a download gives no sign of its own on a phone (audit AB, L8). */}
        <p role="status" class={icsState() === 'failed' ? 'check-error' : 'check-hint'}>
          {icsState() === 'failed' ? props.t('plan.icsFailed') : icsState() === 'done' ? props.t('plan.icsDone') : ''}
        </p>

        <SharePanel answers={props.planned} t={props.t} />

        <div class="check-actions check-plan__tools">
          {/* One answer wrong (a typo in the sum) is put right here, without losing the rest (audit AB, H1). */}
          <button type="button" class="button" onClick={() => props.onEditAnswers()}>
            {props.t('editAnswers')}
          </button>
          <button type="button" class="button" onClick={() => props.onStartOver()}>
            {props.t('startOver')}
          </button>
          <button
            type="button"
            class="button button--quiet"
            ref={forgetButton}
            aria-expanded={confirmingForget() ? 'true' : 'false'}
            onClick={() => setConfirmingForget(true)}
          >
            {props.t('forget')}
          </button>
        </div>
        {/* Forget keeps no copy to undo after a reload (it promises to leave nothing), so it asks first (audit AB, M6). */}
        <Show when={confirmingForget()}>
          {/* Escape keeps them too, as a dialog's would (audit AH, L4). */}
          <div
            class="check-confirm"
            role="group"
            aria-labelledby="check-forget-question"
            onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), keepAnswers())}
          >
            <p id="check-forget-question">{props.t('forget.confirm')}</p>
            <div class="check-actions">
              {/* Keeping them first, and focused: the safe answer is the one Enter gives. */}
              <button type="button" class="button" ref={(el) => queueMicrotask(() => el.focus())} onClick={keepAnswers}>
                {props.t('forget.no')}
              </button>
              {/* Not filled: the destructive answer is not the one drawn as the way on. */}
              <button type="button" class="button" onClick={() => props.onForget()}>
                {props.t('forget.yes')}
              </button>
            </div>
          </div>
        </Show>
      </Show>
      {/* Last in the page, shown only on paper (where it is all that prints unless the steps are asked for). */}
      <Show when={onPaper()}>
        <PrintSheet {...props} />
      </Show>
    </section>
  );
}

/**
 * "Do this today": the case in one line, the one next action with its message and a copy button, and the window
 * that governs it as days left ("2 days left", 今天截止), so a date that closes soon never looks like one years away.
 */
function TodayPanel(props: PlanViewProps) {
  const action = () => todayOf(props.plan).step;
  const deadline = () => todayOf(props.plan).deadline;
  const message = () => todayOf(props.plan).message;
  // The step whose message the panel shows (the reply to the seller's excuse, where there is one): its English meaning
  // is that step's.
  const messageStep = () => props.plan.today.messageFrom ?? props.plan.today.step;
  // The link goes to the action's own step (its window and its "how"), and opens it: a closed <details> showed its
  // heading alone, with focus left behind (audit AB, M2).
  const seeStep = (event: MouseEvent) => {
    const target = document.getElementById(`check-step-${props.plan.today.step}`);
    if (!(target instanceof HTMLDetailsElement)) return;
    event.preventDefault();
    target.open = true;
    target.querySelector('summary')?.focus();
  };
  const summary = () => props.plan.summary;
  const left = (d: PlanDeadline) => daysLeftText(props, d);
  return (
    <Show when={action()}>
      {(step) => (
        <section class="check-today" aria-labelledby="check-today-heading">
          <h3 id="check-today-heading">{props.t('plan.today.heading')}</h3>
          <Show when={summary().length > 0}>
            <p class="check-today__case">{summary().join(' · ')}</p>
          </Show>
          <Show when={deadline()}>{(d) => <p class="check-today__left">{left(d())}</p>}</Show>
          <p>
            <strong>{props.t('plan.today.action', { title: step().title })}</strong>
            <Mixed text={step().what} locale={props.site.locale} />
          </p>
          {/* What to check before sending: said here, where people act, not only in the step further down. */}
          <For each={props.plan.today.beforeSending ?? []}>
            {(line) => (
              <p class="check-today__check">
                <Mixed text={line} locale={props.site.locale} />
              </p>
            )}
          </For>
          {/* Whether the first request, within the 7 days, was for a return: the answer rewrites every message, so it is
              asked here, before the message it changes, and stays shown with the answer so it can be changed. */}
          <Show when={props.plan.today.askReturn}>
            {(ask) => (
              <fieldset class="check-today__ask" aria-describedby="ask-return-hint">
                <legend>
                  <Mixed text={ask().text} locale={props.site.locale} />
                </legend>
                <p class="check-hint" id="ask-return-hint">
                  <Mixed text={ask().hint} locale={props.site.locale} />
                </p>
                <For each={[true, false]}>
                  {(yes) => (
                    <label class="check-option">
                      <input
                        type="radio"
                        name="asked-return"
                        checked={ask().answer === yes}
                        onChange={() => props.onDetail('asked-return', yes ? 'yes' : 'no')}
                      />
                      <span>{props.t(yes ? 'plan.askReturn.yes' : 'plan.askReturn.no')}</span>
                    </label>
                  )}
                </For>
              </fieldset>
            )}
          </Show>
          <Show when={message()}>
            {(m) => (
              <>
                <div class="template__text" lang="zh-CN">
                  {m().zh}
                </div>
                <CopyButton
                  text={() => m().zh}
                  label={props.t('copy')}
                  done={m().blanks.length > 0 ? props.t('plan.copiedBlanks') : props.t('copied')}
                  t={props.t}
                />
                {/* What it says, as under the step: a reader checks a message before sending it (audit AB, M3). */}
                <Meaning message={m()} stepId={messageStep()} {...props} />
              </>
            )}
          </Show>
          {/* The sentence that holds only if something the check did not ask happened (a ship-by date passed): after
              the message it goes into, with a button that says when it applies, so it is never taken for the message
              itself. */}
          <Show when={props.plan.today.addSentence}>
            {(add) => (
              <div class="check-today__check">
                <div class="template__text" lang="zh-CN">
                  {add().zh}
                </div>
                <CopyButton
                  text={() => add().zh}
                  label={props.t(`plan.copySentence.${add().when}`)}
                  done={props.t('plan.copiedBlanks')}
                  t={props.t}
                />
                <Show when={add().en}>
                  {(meaning) => (
                    <p class="check-hint" lang="en">
                      {props.t('plan.messageMeaning')} {meaning()}
                    </p>
                  )}
                </Show>
              </div>
            )}
          </Show>
          {/* After a refusal: why the reply comes before the next rung, and the day to go on by. */}
          <Show when={props.plan.today.then}>
            {(then) => (
              <p class="check-today__then">
                <Mixed text={then()} locale={props.site.locale} />
              </p>
            )}
          </Show>
          {/* A platform's own window closing within the week, with its note: whose rule it is, and how sure its day is. */}
          <Show when={todayOf(props.plan).also}>
            {(d) => (
              <p class="check-today__also">
                <Mixed
                  text={props.words.sentences(
                    // "Another" only beside the action's own countdown: alone, it would point to a date not shown.
                    props.t(deadline() ? 'plan.today.also' : 'plan.today.near', { label: d().label, left: left(d()) }),
                    ...(d().note ? [d().note!] : []),
                  )}
                  locale={props.site.locale}
                />
              </p>
            )}
          </Show>
          <p>
            <a href={`#check-step-${step().id}`} onClick={seeStep}>
              {props.t('plan.today.seeStep')}
            </a>
          </p>
        </section>
      )}
    </Show>
  );
}

function Deadline(props: { deadline: PlanDeadline } & PlanViewProps) {
  const d = () => props.deadline;
  return (
    <li classList={{ 'check-deadline': true, 'check-deadline--passed': d().passed }}>
      <strong>
        <time datetime={d().date}>{formatDate(d().date, props.site.locale)}</time>
      </strong>{' '}
      <span>{d().label}</span>
      <Show when={d().passed}>
        {' '}
        <span class="check-badge">{props.t('plan.passed')}</span>
      </Show>
      <span class="check-deadline__basis"> · {props.t(`plan.basis.${d().basis}`)}</span>
      <Laws ids={d().laws} site={props.site} t={props.t} />
      <Show when={d().note}>{(note) => <p class="check-hint">{note()}</p>}</Show>
      <Show when={d().passed && d().afterwards}>
        {(after) => (
          <p>
            <strong>{props.t('plan.stillPossible')}</strong>
            {after()}
          </p>
        )}
      </Show>
      <Show when={d().calendar}>
        {(cal) => <p class="check-hint">{props.t('plan.calendar', { from: cal().from, to: cal().to })}</p>}
      </Show>
      <Show when={d().hypothetical}>
        <p class="check-hint">{props.t('plan.hypothetical')}</p>
      </Show>
    </li>
  );
}

/** The laws behind a line, in the page language's brackets (full-width in Chinese, with no space before them). */
function Laws(props: { ids: readonly string[]; site: PlanViewProps['site']; t: PlanViewProps['t'] }) {
  return (
    <Show when={props.ids.length > 0}>
      <span class="law-cite">
        {props.t('plan.cite.open')}
        <For each={props.ids}>
          {(id, i) => (
            <>
              {i() > 0 ? props.t('plan.cite.separator') : ''}
              <a href={props.site.laws[id]?.url ?? '/laws/'}>{props.site.laws[id]?.label ?? id}</a>
            </>
          )}
        </For>
        {props.t('plan.cite.close')}
      </span>
    </Show>
  );
}

function StepItem(
  props: {
    step: PlanStep;
    n: number;
    current: boolean;
    open: boolean;
    onToggle: (open: boolean) => void;
  } & PlanViewProps,
) {
  const s = () => props.step;
  const message = () => s().message;
  return (
    <details
      class="check-step"
      id={`check-step-${props.step.id}`}
      aria-current={props.current ? 'step' : undefined}
      open={props.open}
      onToggle={(e) => props.onToggle(e.currentTarget.open)}
    >
      {/* A heading in the summary (which HTML allows): heading navigation jumps step to step, open or closed. */}
      <summary>
        <h3 class="check-step__title">
          <span class="check-step__n">{props.t('plan.stepLabel', { n: props.n })}</span>{' '}
          <Mixed text={s().title} locale={props.site.locale} />
          <Show when={props.current}>
            <span class="check-step__here"> ← {props.t('print.youAreHere')}</span>
          </Show>
        </h3>
      </summary>
      <p>
        <Mixed text={s().what} locale={props.site.locale} />
      </p>
      <h4>{props.t('plan.why')}</h4>
      <p>
        <Mixed text={s().why} locale={props.site.locale} />
        <Laws ids={s().laws} site={props.site} t={props.t} />
      </p>
      <h4>{props.t('plan.how')}</h4>
      <ol>
        <For each={s().how}>
          {(line) => (
            <li>
              <Mixed text={line} locale={props.site.locale} />
            </li>
          )}
        </For>
      </ol>
      <Show when={s().attach.length > 0}>
        <h4>{props.t('plan.attach')}</h4>
        <ul>
          <For each={s().attach}>{(id) => <li>{props.plan.evidenceNames[id]}</li>}</For>
        </ul>
      </Show>
      <Show when={message()}>
        {(m) => (
          <>
            <h4>{props.t('plan.message')}</h4>
            <div class="template__text" lang="zh-CN">
              {m().zh}
            </div>
            <Show when={m().blanks.length > 0}>
              <p class="check-hint">
                <Mixed text={props.t('plan.blanks', { blanks: m().blanks.join('、') })} locale={props.site.locale} />
              </p>
            </Show>
            <CopyButton
              text={() => m().zh}
              label={props.t('copy')}
              done={m().blanks.length > 0 ? props.t('plan.copiedBlanks') : props.t('copied')}
              t={props.t}
            />
            <Meaning message={m()} stepId={s().id} {...props} />
          </>
        )}
      </Show>
      <h4>{props.t('plan.takes')}</h4>
      <p>
        <Mixed text={s().takes} locale={props.site.locale} />
      </p>
      <h4>{props.t('plan.moveOn')}</h4>
      <p>
        <Mixed text={s().moveOn} locale={props.site.locale} />
      </p>
      <Show when={s().guides.some((g) => props.site.guides[g])}>
        <h4>{props.t('plan.guides')}</h4>
        <ul>
          <For each={s().guides.filter((g) => props.site.guides[g])}>
            {(g) => (
              <li>
                <a href={props.site.guides[g]!.url}>{props.site.guides[g]!.title}</a>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </details>
  );
}

/** A message's English meaning: shown on the English page; on the Chinese page behind 显示英文, loaded when opened. */
function Meaning(props: { message: NonNullable<PlanStep['message']>; stepId: string } & PlanViewProps) {
  return (
    <>
      <Show when={props.onWantMeaning}>
        {(want) => (
          <details class="template__meaning" onToggle={(e) => e.currentTarget.open && want()()}>
            <summary>{props.t('plan.showMeaning')}</summary>
            <Show when={props.meanings?.[props.stepId]} fallback={<p class="check-loading" aria-hidden="true" />}>
              {(meaning) => (
                <div class="template__text template__text--en" lang="en">
                  {meaning()}
                </div>
              )}
            </Show>
          </details>
        )}
      </Show>
      <Show when={props.message.en}>
        {(meaning) => (
          <>
            <p class="check-hint">{props.t('plan.messageMeaning')}</p>
            <div class="template__text template__text--en" lang="en">
              {meaning()}
            </div>
          </>
        )}
      </Show>
    </>
  );
}
