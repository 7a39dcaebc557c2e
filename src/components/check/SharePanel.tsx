import { createMemo, createResource, createSignal, Show } from 'solid-js';
import type { Answers } from '../../lib/check/tree/types';
import type { T } from './context';
import CopyButton from './CopyButton';
import { planLink } from './plan-summary';
import QrCode from './QrCode';
import { loadQr } from './qr';

/**
 * The share link: answers in the fragment (never sent to a server). Personal details stay out unless the user
 * ticks the box. The QR code is drawn from the link's bit matrix, never from markup.
 */
export default function SharePanel(props: { answers: Answers; t: T }) {
  const [includeDetails, setIncludeDetails] = createSignal(false);
  const [showQr, setShowQr] = createSignal(false);
  const link = createMemo(() => planLink(props.answers, includeDetails()));
  const [qr] = createResource(
    () => (showQr() ? link() : undefined),
    async (text) => (await loadQr()).encode(text, { border: 2 }),
  );
  const share = async () => {
    try {
      await navigator.share({ url: link() });
    } catch {
      // cancelled, or not allowed: the copy button is right there
    }
  };
  return (
    <section class="check-share" aria-labelledby="check-share-heading">
      <h3 id="check-share-heading">{props.t('share.heading')}</h3>
      <p>{props.t('share.intro')}</p>
      <label class="check-option">
        <input
          type="checkbox"
          checked={includeDetails()}
          onChange={(e) => setIncludeDetails(e.currentTarget.checked)}
        />
        <span>{props.t('share.includeDetails')}</span>
      </label>
      <label for="check-share-link">{props.t('share.linkLabel')}</label>
      <input
        id="check-share-link"
        class="check-share__link"
        type="text"
        readonly
        value={link()}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div class="check-actions">
        <CopyButton text={link} label={props.t('share.copy')} done={props.t('share.copied')} t={props.t} />
        <Show when={typeof navigator !== 'undefined' && 'share' in navigator}>
          <button type="button" class="button" onClick={share}>
            {props.t('share.share')}
          </button>
        </Show>
        <Show when={!showQr()}>
          <button type="button" class="button" onClick={() => setShowQr(true)}>
            {props.t('share.qrShow')}
          </button>
        </Show>
      </div>
      <Show when={qr()}>{(code) => <QrCode code={code()} label={props.t('share.qr')} focus />}</Show>
    </section>
  );
}
