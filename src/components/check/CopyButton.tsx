import { createEffect, createSignal, on } from 'solid-js';
import type { T } from './context';

/** Copies text and says so in a status line next to the button. */
export default function CopyButton(props: { text: () => string; label: string; done: string; t: T }) {
  const [status, setStatus] = createSignal('');
  // Said about the text that was copied: when the text changes (a detail typed in), the old word no longer holds.
  createEffect(
    on(
      () => props.text(),
      () => setStatus(''),
      { defer: true },
    ),
  );
  const say = (text: string) => {
    // Emptied first and filled in the next task, so a second copy is announced again (the same text twice in a row
    // changes nothing in the page, and a screen reader then says nothing).
    setStatus('');
    setTimeout(() => setStatus(text), 50);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text());
      say(props.done);
    } catch {
      say(props.t('copyFailed'));
    }
  };
  return (
    <span class="copy">
      <button type="button" class="button" onClick={copy}>
        {props.label}
      </button>{' '}
      <span role="status" class="copy-status">
        {status()}
      </span>
    </span>
  );
}
