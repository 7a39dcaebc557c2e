import { For } from 'solid-js';
import { exitTexts } from '../../lib/check/tree/exit-texts';
import type { Outcome, Text } from '../../lib/check/tree/types';
import type { T } from './context';

interface Props {
  exit: Outcome;
  text: (t: Text) => string;
  t: T;
  onStartOver: () => void;
  headingRef: (el: HTMLHeadingElement) => void;
}

/** An honest end: why the check cannot help, and where help is. */
export default function ExitView(props: Props) {
  const texts = () => exitTexts[props.exit.id]!;
  return (
    <section class="check-exit" aria-labelledby="check-exit-heading">
      <h2 id="check-exit-heading" ref={props.headingRef} tabindex="-1">
        {props.text(texts().title)}
      </h2>
      <p>{props.text(texts().body)}</p>
      <h3>{props.t('exit.help')}</h3>
      <ul>
        <For each={texts().help}>{(help) => <li>{props.text(help)}</li>}</For>
      </ul>
      <button type="button" class="button" onClick={() => props.onStartOver()}>
        {props.t('startOver')}
      </button>
    </section>
  );
}
