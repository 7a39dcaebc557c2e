import { createSignal } from 'solid-js';
import type { T } from './context';

/** Copies text and says so in a status line next to the button. */
export default function CopyButton(props: { text: () => string; label: string; done: string; t: T }) {
  const [status, setStatus] = createSignal('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text());
      setStatus(props.done);
    } catch {
      setStatus(props.t('copyFailed'));
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
