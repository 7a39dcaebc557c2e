import { For } from 'solid-js';
import { exitWords, type Dictionary } from '../../lib/check/texts/words';
import type { Outcome } from '../../lib/check/tree/types';
import type { Locale } from '../../lib/i18n/locales';
import type { T } from './context';

export interface ExitViewProps {
  exit: Outcome;
  /** The exits' words in the page's language (texts/<locale>/exits.ts), loaded with this screen. */
  exits: Dictionary;
  locale: Locale;
  t: T;
  onStartOver: () => void;
  headingRef: (el: HTMLHeadingElement) => void;
}

/** An honest end: why the check cannot help, and where help is. */
export default function ExitView(props: ExitViewProps) {
  const texts = () => exitWords(props.locale, props.exits, props.exit.id);
  return (
    <section class="check-exit" aria-labelledby="check-exit-heading">
      <h2 id="check-exit-heading" ref={props.headingRef} tabindex="-1">
        {texts().title}
      </h2>
      <p>{texts().body}</p>
      <h3>{props.t('exit.help')}</h3>
      <ul>
        <For each={texts().help}>{(help) => <li>{help}</li>}</For>
      </ul>
      <button type="button" class="button" onClick={() => props.onStartOver()}>
        {props.t('startOver')}
      </button>
    </section>
  );
}
