/**
 * The QR encoder (uqr), fetched once the plan is on screen and the browser is idle, so that drawing a code later can
 * happen at once: the printed sheet is drawn in the browser's beforeprint event, which cannot wait for a download.
 */
import { createSignal } from 'solid-js';
import type * as UqrModule from 'uqr';
import { whenIdle } from './idle';

type Uqr = typeof UqrModule;

// A signal, so a sheet drawn before the encoder arrived gains its code when it does.
const [loaded, setLoaded] = createSignal<Uqr>();
let loading: Promise<Uqr> | undefined;

export function loadQr(): Promise<Uqr> {
  loading ??= import('uqr').then(
    (module) => setLoaded(() => module),
    (error: unknown) => {
      loading = undefined; // a failed download is tried again next time, not remembered
      throw error;
    },
  );
  return loading;
}

/** Fetches the encoder when the browser has nothing else to do (a plan's first paint comes first). */
export function preloadQr(): void {
  whenIdle(() => void loadQr().catch(() => undefined));
}

/** The code for `text` now, if the encoder has arrived; undefined until then (the sheet still prints the link). */
export const qrNow = (text: string) => loaded()?.encode(text, { border: 2 });
