/**
 * Draws a long screen in turns, one part per task, so the browser can paint the top and answer a tap in between.
 * The plan opened from a link used to be built, drawn and laid out in one task of about 300 ms on a throttled
 * phone: the page could not respond for that long. Part 0 (what the reader sees first) is drawn at once; part k
 * follows k tasks later. Once every part is out, everything is drawn, parts added later included.
 */
import { createSignal, onCleanup, onMount } from 'solid-js';

export interface Turns {
  /** Whether part `k` is on screen yet. */
  drawn: (k: number) => boolean;
  /** Whether every part is out (the screen says aria-busy until then). */
  done: () => boolean;
  /** Draws every part now (before printing, where the browser will not wait). */
  finish: () => void;
}

export function createTurns(parts: () => number, onDone: () => void): Turns {
  const [next, setNext] = createSignal(1);
  const [finished, setFinished] = createSignal(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const finish = () => {
    clearTimeout(timer);
    if (finished()) return;
    setFinished(true);
    onDone();
  };
  const turn = () => {
    if (next() >= parts()) return finish();
    setNext(next() + 1);
    timer = setTimeout(turn, 0);
  };
  onMount(() => (timer = setTimeout(turn, 0)));
  onCleanup(() => clearTimeout(timer));
  return { drawn: (k) => finished() || k < next(), done: finished, finish };
}
