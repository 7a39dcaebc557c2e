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
  ErrorBoundary,
  lazy,
  Match,
  on,
  onCleanup,
  onMount,
  Show,
  Suspense,
  Switch,
} from 'solid-js';
import {
  dropUndo,
  forget,
  forgetEverything,
  forgetSignalKey,
  keepUndo,
  load,
  loadUndo,
  save,
  signalForget,
  storageKey,
  undoMinutes,
  type SavedScreen,
} from '../../lib/check/browser/storage';
import { parseAnswer } from '../../lib/check/tree/answers';
import {
  answersOnPath,
  locate,
  mostQuestionsLeft,
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
import { whenIdle } from './idle';
import { inNextTask } from './next-task';
import type PlanScreenType from './PlanScreen';
import QuestionForm from './QuestionForm';

const Review = lazy(() => import('./Review'));

type Notice =
  | 'from-link'
  | 'started-over'
  | 'corrupt'
  | 'resumed'
  | 'link-bad'
  | 'link-future'
  | 'link-dropped'
  | 'forgotten'
  | 'changed-elsewhere'
  | 'cleared-elsewhere'
  | 'plan-updated'
  | 'plan-asking';
/** Answers that came with the address, and how to show them. */
interface Opened {
  answers: Record<string, AnswerValue>;
  /** Open straight on the plan (a clean share link). */
  confirm: boolean;
  /** A language switch made while an event's questions were asked: the plan comes back once they are answered. */
  asking?: boolean;
  notice?: Notice;
}
type PlanScreenProps = Omit<Parameters<typeof PlanScreenType>[0], 'words' | 'loadMeaning'>;

export default function CheckApp(props: CheckProps & { texts: CheckTexts }) {
  // The island's props come from the page once and never change, so reading them once is right.
  /* eslint-disable solid/reactivity */
  const t = makeT(props.strings);
  const texts = props.texts;
  const today = props.today ?? todayInChina();
  /* eslint-enable solid/reactivity */
  // The end screens load on demand, each with its words: most of the check's code and text is the plan, which
  // nobody needs until the last answer. The plan screen starts in a task of its own: its code is usually fetched
  // with the page (scripts/check-early.ts), so the import resolves at once, and the plan would otherwise be built in
  // the task that opened the first screen.
  const PlanScreen = lazy(() =>
    Promise.all([import('./PlanScreen'), texts.plan()])
      .then(inNextTask)
      .then(([screen, words]) => ({
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
  // Start over's copy lives in this tab's session storage: it survives a reload, as the Undo needs, and goes when
  // the tab closes, even if the check page is never opened again to see that its 30 minutes have passed (audit AH, H2).
  const undoStorage = (() => {
    try {
      return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
    } catch {
      return undefined;
    }
  })();

  const [answers, setAnswers] = createSignal<Record<string, AnswerValue>>({});
  const [ticks, setTicks] = createSignal<string[]>([]);
  /** A question the user went back to, or chose to change: shown instead of the next unanswered one. */
  const [viewing, setViewing] = createSignal<string>();
  const [returnToReview, setReturnToReview] = createSignal(false);
  /** After "What happened since?" raised a question (what the seller said): once answered, back to the plan. */
  const [returnToPlan, setReturnToPlan] = createSignal(false);
  const [confirmed, setConfirmed] = createSignal(false);
  const [notice, setNotice] = createSignal<Notice>();
  const [ready, setReady] = createSignal(false);
  let heading: HTMLHeadingElement | undefined;
  let focusPending = false;
  // Each screen names the tab and its history entry ("Who was it for? – Check your case | RefundPath"), so Back's
  // list and a screen reader returning to the tab say where the user is. The page's own title is kept on the root
  // element the first time, so a check started again on the same page never builds on a title it already changed.
  const root = document.documentElement.dataset;
  if (!root.pageTitle && document.title) root.pageTitle = document.title;
  const headingRef = (el: HTMLHeadingElement) => {
    heading = el;
    queueMicrotask(() => {
      const name = el.textContent?.trim();
      if (name && root.pageTitle) document.title = `${name} – ${root.pageTitle}`;
    });
    // A screen that loaded on demand arrives after the change: focus its heading as soon as it exists.
    if (focusPending) {
      focusPending = false;
      queueMicrotask(() => el.focus());
    }
  };

  /** Answers that arrived with the address (a share link or a guide's preset) and wait for the user's say-so. */
  const [pending, setPending] = createSignal<{ from: 'link' | 'preset'; opened: Opened }>();

  // The first screen is chosen and drawn in a task of its own, after the island has started: the two together were
  // one task of about 240 ms at 4x CPU slowdown, during which the page could not answer a tap.
  onMount(() => {
    const timer = setTimeout(openFirstScreen, 0);
    onCleanup(() => clearTimeout(timer));
  });

  /** Reads the saved check, a share link or a guide's preset, and shows the screen they lead to. */
  function openFirstScreen() {
    const stored = load(storage, tree, today);
    const saved = stored.status === 'ok' && Object.keys(stored.answers).length > 0 ? stored : undefined;
    const start: Record<string, AnswerValue> = saved ? { ...saved.answers } : {};
    if (saved) setTicks([...saved.ticks]);
    // A plan reopens as the plan (after a reload, or on the other language's page): the saved screen says so.
    if (saved?.screen === 'plan') setConfirmed(true);
    // Reopened while an event's questions were asked: they still lead back to the plan, and the line says so.
    if (saved?.screen === 'asking') setReturnToPlan(true);
    if (stored.status === 'corrupt') setNotice('corrupt');
    else if (saved?.screen === 'asking') setNotice('plan-asking');
    // Someone's link, reopened before the user changed anything, is still someone's plan (with the way to one's own).
    else if (saved) setNotice(saved.fromLink ? 'from-link' : 'resumed');
    // Started over, then reloaded before answering anew: the Undo is offered again, for a while (audit AB, M6).
    // A copy an earlier version kept in local storage, where nothing removed it until this page opened: gone now.
    dropUndo(storage);
    const kept = stored.status === 'empty' ? loadUndo(undoStorage, tree, today, Date.now()) : undefined;
    if (kept) {
      setUndo({ answers: kept.answers, ticks: [...kept.ticks], confirmed: kept.screen === 'plan' });
      setNotice('started-over');
      endUndoAt(kept.at);
    }

    const link = openLink(location.hash);
    // Arriving from a guide answers what the guide is about.
    const params = new URLSearchParams(location.search);
    const preset: Record<string, AnswerValue> = {
      ...tree.preselect.case[params.get('case') ?? ''],
      ...tree.preselect.excuse[params.get('excuse') ?? ''],
    };
    // Applied once: the address becomes plain, so a reload or Back shows the user's own answers since, never the
    // link or the preset again, and a link with personal details does not stay in the address or its history entry.
    if (location.hash.includes('=') || params.has('case') || params.has('excuse'))
      history.replaceState(history.state, '', location.pathname);

    const fromPreset: Opened | undefined = Object.keys(preset).length
      ? { answers: { ...(saved ? {} : start), ...preset }, confirm: false }
      : undefined;
    // A link left with no usable answer is only its notice: there is nothing to open or to ask about.
    const fromLink = link && 'answers' in link && Object.keys(link.answers).length ? link : undefined;
    if (link && !fromLink) setNotice(link.notice ?? 'link-bad');
    const arrived = fromLink ?? fromPreset;
    const conflicts =
      !!saved &&
      (fromLink
        ? encodeAnswers(tree, fromLink.answers, { includeDetails: true }) !==
          encodeAnswers(tree, saved.answers, { includeDetails: true })
        : Object.entries(preset).some(([id, value]) => saved.answers[id] !== undefined && saved.answers[id] !== value));
    batch(() => {
      setAnswers(start);
      // Someone's link, or a guide's preset, never silently replaces the check this browser keeps: ask first.
      if (arrived && conflicts) setPending({ from: fromLink ? 'link' : 'preset', opened: arrived });
      else if (fromLink) applyOpened(fromLink);
      else if (fromPreset) setAnswers({ ...start, ...preset });
      setReady(true);
    });
  }

  /** Shows answers that came with a link (or a preset the user chose), from the start of the screens they imply. */
  function applyOpened(opened: Opened) {
    batch(() => {
      setAnswers(opened.answers);
      setTicks([]);
      setConfirmed(opened.confirm);
      setViewing(undefined);
      setReturnToReview(false);
      setReturnToPlan(!!opened.asking);
      if (opened.asking) setNotice('plan-asking');
      else if (opened.notice !== undefined || notice() === 'resumed') setNotice(opened.notice);
    });
  }

  /**
   * Reads a share link: its answers (with whether they open straight on the plan), a notice when it could not be
   * used, or undefined when the fragment is not a share link.
   */
  function openLink(fragment: string): Opened | { notice: Notice } | undefined {
    // "#main" (the skip link) and other plain anchors are not share links.
    if (!fragment.includes('=')) return undefined;
    const params = new URLSearchParams(fragment.replace(/^#/, ''));
    // A language switch made without storage carries the user's own state in the fragment (switchLinksCarry): like
    // any link it is applied once and cleared from the address, so it is never taken for someone else's link.
    const switched = params.get('switch') === '1';
    const switchedScreen = params.get('screen');
    params.delete('switch');
    params.delete('screen');
    const decoded = decodeAnswers(tree, params.toString(), { today });
    if (!decoded.ok) return { notice: decoded.reason === 'unknown-version' ? 'link-future' : 'link-bad' };
    return {
      answers: { ...skipUnansweredOptional(tree, decoded.answers) },
      // A clean link opens straight on the plan; one that lost answers goes through the questions to fix them. A
      // language switch opens the screen that was open.
      confirm: !decoded.dropped.length && (!switched || switchedScreen === 'plan'),
      ...(switched && switchedScreen === 'asking' && !decoded.dropped.length ? { asking: true } : {}),
      // Someone else's link says so (a language switch carries the user's own answers, and says nothing).
      ...(decoded.dropped.length
        ? { notice: 'link-dropped' as const }
        : switched
          ? {}
          : { notice: 'from-link' as const }),
    };
  }

  // A link pasted into a tab that already shows the check changes only the fragment: read it too, then make the
  // address plain. Over answers of the user's own it asks first, as on load.
  onMount(() => {
    const onHashChange = () => {
      const link = openLink(location.hash);
      if (!link) return;
      history.replaceState(history.state, '', location.pathname);
      setPending(undefined);
      if (!('answers' in link) || !Object.keys(link.answers).length) return setNotice(link.notice ?? 'link-bad');
      // The fragment may have been changed by another window (one that opened this page, on a host without COOP):
      // answers of the user's own are never replaced without asking.
      const own = answers();
      const same =
        encodeAnswers(tree, link.answers, { includeDetails: true }) ===
        encodeAnswers(tree, own, { includeDetails: true });
      if (Object.keys(own).length && !same) setPending({ from: 'link', opened: link });
      else applyOpened(link);
    };
    window.addEventListener('hashchange', onHashChange);
    onCleanup(() => window.removeEventListener('hashchange', onHashChange));
  });

  // Another tab or window of this site changed the saved answers (answered on, or forgot them): this page follows,
  // says so, and does not write its own copy back over them.
  let fromOtherTab = false;
  onMount(() => {
    const onStorage = (event: StorageEvent) => {
      // Forget in another tab: this tab's Start over copy goes too, so nothing of the check is left (audit AK, M1).
      if (event.key === forgetSignalKey) {
        if (event.newValue !== null) expireUndo();
        return;
      }
      if (event.key !== storageKey && event.key !== null) return; // null: the site's storage was cleared
      const stored = load(storage, tree, today);
      fromOtherTab = true;
      batch(() => {
        setViewing(undefined);
        setReturnToReview(false);
        setReturnToPlan(false);
        if (stored.status === 'ok') {
          setAnswers({ ...stored.answers });
          setTicks([...stored.ticks]);
          setConfirmed(stored.screen === 'plan');
          setNotice('changed-elsewhere');
        } else {
          setAnswers({});
          setTicks([]);
          setConfirmed(false);
          // Cleared there: any Undo is that tab's, so this one does not say the answers are gone for good.
          setNotice(stored.status === 'empty' ? 'cleared-elsewhere' : 'corrupt');
        }
      });
    };
    window.addEventListener('storage', onStorage);
    onCleanup(() => window.removeEventListener('storage', onStorage));
  });

  const position = createMemo(() => locate(tree, answers()));
  const shownQuestion = createMemo(() => {
    const id = viewing();
    return id ? questionById(tree, id) : position().question;
  });
  const screen = createMemo(() => {
    if (!ready()) return 'loading';
    if (pending()) return 'choice';
    if (shownQuestion()) return `question:${shownQuestion()!.id}`;
    if (position().outcome?.kind === 'exit') return 'exit';
    return confirmed() ? 'plan' : 'review';
  });
  // The page's intro ("Answer a few plain questions…") is for someone starting: once they have answered, it only
  // pushes every screen down (about 150 px on a phone). It goes when a tap moves the check on with answers given,
  // and comes back when they are cleared. Not on load, where removing it would move the page under the reader (a
  // shift right after a tap is expected, and not counted), with one exception: a page that will open on a plan was
  // marked while it was parsed, and never drew it (CheckPage.astro). The first screen settles that guess: the intro
  // stays away on the plan, and comes back if the check opened elsewhere after all.
  createEffect(
    on(screen, (now, before) => {
      if (now === 'loading') return;
      const intro = document.querySelector<HTMLElement>('[data-check-intro]');
      if (before === undefined || before === 'loading') {
        const page = document.documentElement;
        if (page.dataset.checkOpens !== 'plan') return;
        if (intro) intro.hidden = now === 'plan';
        delete page.dataset.checkOpens;
        return;
      }
      if (intro) intro.hidden = Object.keys(answers()).length > 0;
    }),
  );

  const savedScreen = (): SavedScreen | undefined => {
    const now = screen();
    if (now === 'plan' || now === 'review') return now;
    if (!now.startsWith('question:')) return undefined;
    return returnToPlan() ? 'asking' : 'question';
  };

  // Nothing left to keep (start over, forget) means nothing stays in storage. Where storage is blocked, the
  // language links carry the state instead (the other page cannot read it from storage).
  createEffect(
    on(
      [answers, ticks, screen, returnToPlan],
      ([a, tk]) => {
        if (!ready()) return;
        if (fromOtherTab) return void (fromOtherTab = false);
        if (Object.keys(a).length === 0 && tk.length === 0) return forget(storage);
        const fromLink = notice() === 'from-link';
        if (!save(storage, tree, { answers: a, ticks: tk, screen: savedScreen(), fromLink })) switchLinksCarry(a);
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
  // come after the first answer, and its screen is small, so it is fetched from the first question on. Each when the
  // browser is idle, after the question is drawn.
  createEffect(
    on(screen, (now) => {
      if (!now.startsWith('question:')) return;
      const soon = Object.keys(answers()).length > 2;
      whenIdle(() => {
        void ExitView.preload();
        if (soon) {
          void Review.preload();
          void PlanScreen.preload();
        }
      });
    }),
  );

  // Each screen is a step in the browser's history, so Back and Forward move between questions instead of leaving the
  // check. An entry holds only which screen it was (never an answer); the page's address does not change.
  createEffect(
    on(screen, (now) => {
      if (now === 'loading' || now === 'choice') return;
      const current = (history.state as { check?: string } | null)?.check;
      if (current === now) return; // arrived here by Back or Forward
      const state = { ...(history.state as object | null), check: now };
      if (current === undefined) history.replaceState(state, '');
      else history.pushState(state, '');
    }),
  );
  onMount(() => {
    // Back and Forward open a screen at its heading (focused below), not where the page was once scrolled: the
    // browser's restoring of the old position came after the focus and left the heading above the screen.
    history.scrollRestoration = 'manual';
    const onPopState = (event: PopStateEvent) => {
      const to = (event.state as { check?: string } | null)?.check;
      if (!to || pending()) return;
      batch(() => {
        setReturnToReview(false);
        setReturnToPlan(false);
        const id = to.startsWith('question:') ? to.slice('question:'.length) : undefined;
        setViewing(id && position().path.some((q) => q.id === id) ? id : undefined);
        setConfirmed(to === 'plan');
      });
    };
    window.addEventListener('popstate', onPopState);
    onCleanup(() => window.removeEventListener('popstate', onPopState));
  });

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
  /** Only the answers the walk uses: what the plan, its history and its links are built from. */
  const onPath = createMemo(() => answersOnPath(tree, answers()));
  const progress = () => {
    const q = shownQuestion()!;
    const index = pathIds().indexOf(q.id);
    const current = (index === -1 ? pathIds().length : index) + 1;
    return { current, total: Math.max(current, current - 1 + mostQuestionsLeft(tree, q.id, answers())) };
  };

  const submit = (raw: unknown) => {
    const question = shownQuestion()!;
    const parsed = parseAnswer(question, raw, { today, answers: answers() });
    if (!parsed.ok) return parsed.error;
    const next = { ...answers(), [question.id]: parsed.value };
    const revisiting = viewing() !== undefined;
    batch(() => {
      setAnswers(next);
      // While the questions a recorded event raised are asked, the line saying why stays (audit AB, M1).
      if (!(returnToPlan() && notice() === 'plan-asking')) setNotice(undefined);
      endUndo();
      setConfirmed(false);
      const after = nextId(question, next);
      // After going back, stepping forward shows the answers already given, prefilled, instead of jumping ahead.
      // On the first pass, answers set by a guide link are skipped.
      const following = questionById(tree, after);
      const done = !locate(tree, next).question;
      if (returnToPlan() && done) {
        setConfirmed(true);
        setReturnToPlan(false);
        // The plan comes back changed, as it does when the event raised no question: said the same way.
        setNotice('plan-updated');
      }
      if (returnToReview() && done) {
        setViewing(undefined);
        setReturnToReview(false);
      } else setViewing(revisiting && following && next[after] !== undefined ? after : undefined);
    });
    return undefined;
  };

  /**
   * "What happened since?" (worked out on the plan screen, whose code holds the case history): the answers with the
   * stage moved on. Questions the new stage raises (what the seller said, a date the platform needs) are asked next,
   * then the plan comes back; otherwise it updates in place.
   */
  /**
   * The plan as it was before an event that raised a question, and that question: Back from it returns to the plan,
   * the event not recorded, rather than into the walk's earlier questions (audit AK, in passing). Held in the page
   * only: after a reload, Back goes through the walk.
   */
  let beforeEvent: { answers: Record<string, AnswerValue>; question: string } | undefined;
  const moveOn = (next: Record<string, AnswerValue>) => {
    const asked = locate(tree, next).question;
    const asks = asked !== undefined;
    beforeEvent = asked ? { answers: answers(), question: asked.id } : undefined;
    batch(() => {
      setAnswers(next);
      endUndo();
      setViewing(undefined);
      setReturnToReview(false);
      setReturnToPlan(asks);
      setConfirmed(!asks);
      // The plan changes above the form, on the same screen: say so, and take the user to its top. Where the event
      // raises a question first, say why it is asked, so the plan's disappearing is not read as a fault.
      setNotice(asks ? 'plan-asking' : 'plan-updated');
    });
    if (!asks) queueMicrotask(() => heading?.focus());
  };

  /** A detail for the messages, typed on the plan screen: parsed like any answer, kept only when valid. */
  const setDetail = (id: string, raw: string) => {
    const question = questionById(tree, id);
    if (!question) return;
    const parsed = parseAnswer(question, raw, { today, answers: answers() });
    if (parsed.ok) setAnswers({ ...answers(), [id]: parsed.value });
  };

  const back = () => {
    const before = beforeEvent;
    if (before && returnToPlan() && shownQuestion()?.id === before.question) {
      beforeEvent = undefined;
      batch(() => {
        setAnswers(before.answers);
        setViewing(undefined);
        setReturnToPlan(false);
        setConfirmed(true);
        setNotice(undefined);
      });
      return;
    }
    const ids = pathIds();
    const current = shownQuestion()?.id;
    const index = current ? ids.indexOf(current) : ids.length;
    setViewing(ids[(index === -1 ? ids.length : index) - 1]);
  };

  /** What Start over or Forget cleared, until the user answers anew: one tap brings it back. */
  const [undo, setUndo] = createSignal<{ answers: Record<string, AnswerValue>; ticks: string[]; confirmed: boolean }>();

  const clearAll = () =>
    batch(() => {
      setAnswers({});
      setTicks([]);
      setViewing(undefined);
      setConfirmed(false);
      setReturnToReview(false);
      setReturnToPlan(false);
      setNotice(undefined);
      history.replaceState(null, '', location.pathname);
    });

  const keepForUndo = () => {
    if (Object.keys(answers()).length) setUndo({ answers: answers(), ticks: ticks(), confirmed: confirmed() });
  };
  /** Answering anew, or undoing, ends the chance to undo: Start over's kept copy goes with it. */
  function endUndo() {
    setUndo(undefined);
    dropUndo(undoStorage);
  }
  // Start over's Undo is offered for 30 minutes from the start over, also while the page stays open (audit AK, L1);
  // Forget's lasts while the page is open, so a Forget after it stops this timer.
  let undoTimer: ReturnType<typeof setTimeout> | undefined;
  function endUndoAt(at: number) {
    clearTimeout(undoTimer);
    undoTimer = setTimeout(expireUndo, Math.max(0, at + undoMinutes * 60_000 - Date.now()));
  }
  /** The Undo ends without the user: the line that pointed to it goes with it. */
  function expireUndo() {
    endUndo();
    if (notice() === 'started-over') setNotice(undefined);
  }
  onCleanup(() => clearTimeout(undoTimer));

  const startOver = () => {
    keepForUndo();
    // Kept in storage too, so the Undo is offered again after a reload (audit AB, M6).
    if (Object.keys(answers()).length) {
      const at = Date.now();
      keepUndo(undoStorage, tree, { answers: answers(), ticks: ticks(), screen: savedScreen() }, at);
      endUndoAt(at);
    }
    clearAll();
    setNotice('started-over');
  };

  /** After the user confirmed it (PlanView asks): nothing of the check stays in storage, Start over's copy included. */
  const forgetAll = () => {
    keepForUndo();
    clearTimeout(undoTimer);
    forgetEverything(storage, undoStorage);
    signalForget(storage);
    clearAll();
    setNotice('forgotten');
  };

  const undoClear = () => {
    const kept = undo();
    if (!kept) return;
    batch(() => {
      setAnswers(kept.answers);
      setTicks(kept.ticks);
      setConfirmed(kept.confirmed);
      endUndo();
      setNotice(undefined);
    });
  };

  const tick = (id: string, ticked: boolean) =>
    setTicks((list) => {
      const rest = list.filter((x) => x !== id && x !== `-${id}`);
      return ticked ? [...rest, id] : [...rest, `-${id}`];
    });

  /**
   * After a screen's code failed to load (a dropped connection, or a new deploy removed the old file), a reload is the
   * retry: a new page asks for the files afresh. Saved answers survive it; where storage is blocked they live only in
   * this page, so the reload carries them, details included, in this tab's own address (applied once, then cleared).
   */
  const reloadKeepingAnswers = () => {
    if (!save(storage, tree, { answers: answers(), ticks: ticks(), screen: savedScreen() })) {
      const fragment = encodeAnswers(tree, answers(), { includeDetails: true });
      history.replaceState(null, '', `${location.pathname}${location.search}#${fragment}`);
    }
    location.reload();
  };

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
      'started-over': 'startedOver',
      'from-link': 'link.opened',
      'changed-elsewhere': 'storage.changedElsewhere',
      'cleared-elsewhere': 'storage.clearedElsewhere',
      'plan-updated': 'moved.updated',
      'plan-asking': 'moved.asking',
    };
    return t(keys[n]);
  };

  return (
    <div class="check-app">
      <p class="check-notice" role="status" classList={{ 'check-notice--empty': !notice() }}>
        {noticeText()}
      </p>
      <Show when={notice() === 'from-link'}>
        <button type="button" class="button button--quiet check-undo" onClick={startOver}>
          {t('link.startOwn')}
        </button>
      </Show>
      <Show when={undo() && (notice() === 'started-over' || notice() === 'forgotten')}>
        <button type="button" class="button button--quiet check-undo" onClick={undoClear}>
          {t('undo')}
        </button>
      </Show>
      <ErrorBoundary
        fallback={
          <div class="check-failed" role="alert">
            <p>{t('load.failed')}</p>
            <button type="button" class="button button--primary" onClick={reloadKeepingAnswers}>
              {t('load.reload')}
            </button>
          </div>
        }
      >
        <Switch>
          <Match when={screen() === 'loading'}>
            <p class="check-loading" aria-hidden="true" />
          </Match>
          <Match when={pending()} keyed>
            {(choice) => (
              <section class="check-choice" aria-labelledby="check-choice-heading">
                <h2 id="check-choice-heading" tabindex="-1" ref={headingRef}>
                  {t(choice.from === 'link' ? 'choice.link.heading' : 'choice.preset.heading')}
                </h2>
                <p>{t(choice.from === 'link' ? 'choice.link.body' : 'choice.preset.body')}</p>
                <div class="check-actions">
                  <button
                    type="button"
                    class="button button--primary"
                    onClick={() => batch(() => (setPending(undefined), applyOpened(choice.opened)))}
                  >
                    {t(choice.from === 'link' ? 'choice.link.open' : 'choice.preset.new')}
                  </button>
                  <button type="button" class="button" onClick={() => setPending(undefined)}>
                    {t(choice.from === 'link' ? 'choice.link.keep' : 'choice.preset.keep')}
                  </button>
                </div>
              </section>
            )}
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
            <Suspense fallback={<p class="check-loading check-loading--plan" aria-hidden="true" />}>
              <PlanScreen
                answers={onPath()}
                today={today}
                all={answers()}
                onMoved={moveOn}
                onDetail={setDetail}
                site={props}
                t={t}
                ticks={ticks()}
                onTick={tick}
                onEditAnswers={() => setConfirmed(false)}
                onStartOver={startOver}
                onForget={forgetAll}
                headingRef={headingRef}
              />
            </Suspense>
          </Match>
        </Switch>
      </ErrorBoundary>
    </div>
  );
}
