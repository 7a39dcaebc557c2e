/**
 * Runs `run` when the browser has nothing else to do: for fetching code ahead of need, which must never lengthen
 * the task that draws a screen (a preload adds link elements and starts requests: 20 to 40 ms at 4x CPU slowdown).
 */
export function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run);
  else setTimeout(run, 1);
}
