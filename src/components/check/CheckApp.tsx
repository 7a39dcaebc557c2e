/**
 * The check island. It holds the screen state and wires user actions to the framework-free engine in
 * src/lib/check; everything it shows comes from there or from the strings it is given. It speaks one language: the
 * page's entry (CheckEn.tsx, CheckZhCn.tsx) hands it that language's texts, so a page never loads the other one.
 */
import {
  batch,
  createEffect,
  createMemo,
  createSignal,
  lazy,
  Match,
  on,
  onCleanup,
  onMount,
  Suspense,
  Switch,
} from 'solid-js';
import { forget, load, save, type SavedScreen } from '../../lib/check/browser/storage';
import { parseAnswer } from '../../lib/check/tree/answers';
import {
  answersOnPath,
  locate,
  longestRemaining,
  nextId,
  questionById,
  skipUnansweredOptional,
} from '../../lib/check/tree/evaluate';
import { decodeAnswers, encodeAnswers } from '../../lib/check/share/codec';
import { tree } from '../../lib/check/tree/tree';
import type { CheckTexts } from '../../lib/check/texts/words';
import type { AnswerValue } from '../../lib/check/tree/types';
import type { CheckKey } from '../../lib/i18n/check-strings';
import { makeT, todayInChina, type CheckProps } from './context';
import type { ExitViewProps } from './ExitView';
import type PlanScreenType from './PlanScreen';
import QuestionForm from './QuestionForm';

const Review = lazy(() => import('./Review'));

type Notice = 'corrupt' | 'resumed' | 'link-bad' | 'link-future' | 'link-dropped' | 'forgotten';
type PlanScreenProps = Omit<Parameters<typeof PlanScreenType>[0], 'words' | 'loadMeaning'>;

export default function CheckApp(props: CheckProps & { texts: CheckTexts }) {
  // The island's props come from the page once and never change, so reading them once is right.
  /* eslint-disable solid/reactivity */
  const t = makeT(props.strings);
  const texts = props.texts;
  const today = props.today ?? todayInChina();
  /* eslint-enable solid/reactivity */
  // The end screens load on demand, each with its words: most of the check's code and text is the plan, which
  // nobody needs until the last answer.
  const PlanScreen = lazy(() =>
    Promise.all([import('./PlanScreen'), texts.plan()]).then(([screen, words]) => ({
      default: (p: PlanScreenProps) => <screen.default {...p} words={words} loadMeaning={texts.planWithMeaning} />,
    })),
  );
  const ExitView = lazy(() =>
    Promise.all([import('./ExitView'), texts.exits()]).then(([view, exits]) => ({
      default: (p: Omit<ExitViewProps, 'exits'>) => <view.default {...p} exits={exits} />,
    })),
  );
  // Reading localStorage itself throws where the browser blocks storage (site data off): treat that as none.
  const storage = (() => {
    try {
      return typeof localStorage === 'undefined' ? undefined : localStorage;
    } catch {
      return undefined;
    }
  })();

  const [answers, setAnswers] = createSignal<Record<string, AnswerValue>>({});
  const [ticks, setTicks] = createSignal<string[]>([]);
  /** A question the user went back to, or chose to change: shown instead of the next unanswered one. */
  const [viewing, setViewing] = createSignal<string>();
  const [returnToReview, setReturnToReview] = createSignal(false);
  const [confirmed, setConfirmed] = createSignal(false);
  const [notice, setNotice] = createSignal<Notice>();
  const [ready, setReady] = createSignal(false);
  let heading: HTMLHeadingElement | undefined;
  let focusPending = false;
  const headingRef = (el: HTMLHeadingElement) => {
    heading = el;
    // A screen that loaded on demand arrives after the change: focus its heading as soon as it exists.
    if (focusPending) {
      focusPending = false;
      queueMicrotask(() => el.focus());
    }
  };

  onMount(() => {
    const stored = load(storage, tree, today);
    let start: Record<string, AnswerValue> = stored.status === 'ok' ? { ...stored.answers } : {};
    if (stored.status === 'ok') setTicks([...stored.ticks]);
    // A plan reopens as the plan (after a reload, or on the other language's page): the saved screen says so.
    if (stored.status === 'ok' && stored.screen === 'plan') setConfirmed(true);
    if (stored.status === 'corrupt') setNotice('corrupt');
    else if (stored.status === 'ok' && Object.keys(start).length > 0) setNotice('resumed');

    const fromLink = openLink(location.hash);
    if (fromLink) {
      start = fromLink;
      setTicks([]);
    }
    // Arriving from a guide answers what the guide is about.
    const params = new URLSearchParams(location.search);
    const preset = {
      ...tree.preselect.case[params.get('case') ?? ''],
      ...tree.preselect.excuse[params.get('excuse') ?? ''],
    };
    if (Object.keys(preset).length) start = { ...start, ...preset };
    batch(() => {
      setAnswers(start);
      setReady(true);
    });
  });

  /** Applies a share link's answers; returns them, or undefined when the fragment is not a share link. */
  function openLink(fragment: string): Record<string, AnswerValue> | undefined {
    // "#main" (the skip link) and other plain anchors are not share links.
    if (!fragment.includes('=')) return undefined;
    const params = new URLSearchParams(fragment.replace(/^#/, ''));
    // A language switch made without storage carries the user's own state in the fragment (switchLinksCarry): it is
    // applied once and cleared from the address, so it is never taken for someone else's link or kept in history.
    const switched = params.get('switch') === '1';
    const switchedScreen = params.get('screen');
    params.delete('switch');
    params.delete('screen');
    if (switched) history.replaceState(null, '', location.pathname + location.search);
    const decoded = decodeAnswers(tree, params.toString(), { today });
    if (!decoded.ok) {
      setNotice(decoded.reason === 'unknown-version' ? 'link-future' : 'link-bad');
      return undefined;
    }
    setNotice(decoded.dropped.length ? 'link-dropped' : undefined);
    // A clean link opens straight on the plan; one that lost answers goes through the questions to fix them. A
    // language switch opens the screen that was open.
    setConfirmed(!decoded.dropped.length && (!switched || switchedScreen === 'plan'));
    setViewing(undefined);
    return { ...skipUnansweredOptional(tree, decoded.answers) };
  }

  // A link pasted into a tab that already shows the check changes only the fragment: apply it too.
  onMount(() => {
    const onHashChange = () => {
      const fromLink = openLink(location.hash);
      if (fromLink) batch(() => (setAnswers(fromLink), setTicks([])));
    };
    window.addEventListener('hashchange', onHashChange);
    onCleanup(() => window.removeEventListener('hashchange', onHashChange));
  });

  const position = createMemo(() => locate(tree, answers()));
  const shownQuestion = createMemo(() => {
    const id = viewing();
    return id ? questionById(tree, id) : position().question;
  });
  const screen = createMemo(() => {
    if (!ready()) return 'loading';
    if (shownQuestion()) return `question:${shownQuestion()!.id}`;
    if (position().outcome?.kind === 'exit') return 'exit';
    return confirmed() ? 'plan' : 'review';
  });
  const savedScreen = (): SavedScreen | undefined => {
    const now = screen();
    if (now === 'plan' || now === 'review') return now;
    return now.startsWith('question:') ? 'question' : undefined;
  };

  // Nothing left to keep (start over, forget) means nothing stays in storage. Where storage is blocked, the
  // language links carry the state instead (the other page cannot read it from storage).
  createEffect(
    on(
      [answers, ticks, screen],
      ([a, tk]) => {
        if (!ready()) return;
        if (Object.keys(a).length === 0 && tk.length === 0) return forget(storage);
        if (!save(storage, tree, { answers: a, ticks: tk, screen: savedScreen() })) switchLinksCarry(a);
      },
      // Not deferred: the first run comes after onMount has set the starting answers (a link, a guide's preset),
      // so a plan opened from a link is saved at once and survives a reload or a language switch.
    ),
  );

  /** Points the page's language links at the same state on the other page, for when storage cannot carry it. */
  function switchLinksCarry(a: Record<string, AnswerValue>) {
    const fragment = `${encodeAnswers(tree, a, { includeDetails: false })}&switch=1&screen=${savedScreen() ?? ''}`;
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.language-picker a[hreflang]')) {
      link.href = `${link.href.split('#')[0]}#${fragment}`;
    }
  }

  // Fetch the end screens' code while the user is still answering, so it is there when they finish. An exit can
  // come after the first answer, and its screen is small, so it is fetched at once.
  createEffect(
    on(screen, (now) => {
      if (!now.startsWith('question:')) return;
      void ExitView.preload();
      if (Object.keys(answers()).length > 2) {
        void Review.preload();
        void PlanScreen.preload();
      }
    }),
  );

  // Each new screen moves focus to its heading, so keyboard and screen-reader users start at the top of it.
  createEffect(
    on(screen, (now, before) => {
      if (before === undefined || before === 'loading' || now === 'loading') return;
      queueMicrotask(() => {
        if (heading?.isConnected) heading.focus();
        else focusPending = true;
      });
    }),
  );

  const pathIds = () => position().path.map((q) => q.id);
  const progress = () => {
    const q = shownQuestion()!;
    const index = pathIds().indexOf(q.id);
    const current = (index === -1 ? pathIds().length : index) + 1;
    return { current, total: Math.max(current, current - 1 + longestRemaining(tree, q.id)) };
  };

  const submit = (raw: unknown) => {
    const question = shownQuestion()!;
    const parsed = parseAnswer(question, raw, { today, answers: answers() });
    if (!parsed.ok) return parsed.error;
    const next = { ...answers(), [question.id]: parsed.value };
    const revisiting = viewing() !== undefined;
    batch(() => {
      setAnswers(next);
      setNotice(undefined);
      setConfirmed(false);
      const after = nextId(question, next);
      // After going back, stepping forward shows the answers already given, prefilled, instead of jumping ahead.
      // On the first pass, answers set by a guide link are skipped.
      const following = questionById(tree, after);
      if (returnToReview() && !locate(tree, next).question) {
        setViewing(undefined);
        setReturnToReview(false);
      } else setViewing(revisiting && following && next[after] !== undefined ? after : undefined);
    });
    return undefined;
  };

  /** A detail for the messages, typed on the plan screen: parsed like any answer, kept only when valid. */
  const setDetail = (id: string, raw: string) => {
    const question = questionById(tree, id);
    if (!question) return;
    const parsed = parseAnswer(question, raw, { today, answers: answers() });
    if (parsed.ok) setAnswers({ ...answers(), [id]: parsed.value });
  };

  const back = () => {
    const ids = pathIds();
    const current = shownQuestion()?.id;
    const index = current ? ids.indexOf(current) : ids.length;
    setViewing(ids[(index === -1 ? ids.length : index) - 1]);
  };

  const startOver = () =>
    batch(() => {
      setAnswers({});
      setTicks([]);
      setViewing(undefined);
      setConfirmed(false);
      setReturnToReview(false);
      setNotice(undefined);
      history.replaceState(null, '', location.pathname);
    });

  const forgetAll = () => {
    startOver();
    setNotice('forgotten');
  };

  const tick = (id: string, ticked: boolean) =>
    setTicks((list) => {
      const rest = list.filter((x) => x !== id && x !== `-${id}`);
      return ticked ? [...rest, id] : [...rest, `-${id}`];
    });

  const noticeText = () => {
    const n = notice();
    if (!n) return '';
    const keys: Record<Notice, CheckKey> = {
      corrupt: 'storage.corrupt',
      resumed: 'storage.resumed',
      'link-bad': 'link.bad',
      'link-future': 'link.future',
      'link-dropped': 'link.dropped',
      forgotten: 'forgotten',
    };
    return t(keys[n]);
  };

  return (
    <div class="check-app">
      <p class="check-notice" role="status" classList={{ 'check-notice--empty': !notice() }}>
        {noticeText()}
      </p>
      <Switch>
        <Match when={screen() === 'loading'}>
          <p class="check-loading" aria-hidden="true" />
        </Match>
        <Match when={shownQuestion()} keyed>
          {(question) => (
            <QuestionForm
              question={question}
              value={answers()[question.id]}
              answers={answers()}
              words={texts.questions}
              t={t}
              progress={progress()}
              canGoBack={pathIds().length > 0 && pathIds()[0] !== question.id}
              onBack={back}
              onSubmit={submit}
              headingRef={headingRef}
            />
          )}
        </Match>
        <Match when={screen() === 'exit'}>
          <Suspense fallback={<p class="check-loading" aria-hidden="true" />}>
            <ExitView
              exit={position().outcome!}
              locale={texts.locale}
              t={t}
              onStartOver={startOver}
              headingRef={headingRef}
            />
          </Suspense>
        </Match>
        <Match when={screen() === 'review'}>
          <Suspense fallback={<p class="check-loading" aria-hidden="true" />}>
            <Review
              path={position().path}
              answers={answers()}
              words={texts.questions}
              t={t}
              locale={props.locale}
              onChange={(id) => batch(() => (setViewing(id), setReturnToReview(true)))}
              onConfirm={() => setConfirmed(true)}
              headingRef={headingRef}
            />
          </Suspense>
        </Match>
        <Match when={screen() === 'plan'}>
          <Suspense fallback={<p class="check-loading" aria-hidden="true" />}>
            <PlanScreen
              answers={answersOnPath(tree, answers())}
              today={today}
              onDetail={setDetail}
              site={props}
              t={t}
              ticks={ticks()}
              onTick={tick}
              onStartOver={startOver}
              onForget={forgetAll}
              headingRef={headingRef}
            />
          </Suspense>
        </Match>
      </Switch>
    </div>
  );
}
