/** The plan draws in turns: part 0 at once, one more part per task, then everything (and parts added later). */
import { createRoot, createSignal } from 'solid-js';
import { expect, it, vi } from 'vitest';
import { createTurns } from '../../src/components/check/in-turns';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

it('draws part 0 at once and one more part per task, then says it is done once', async () => {
  const onDone = vi.fn();
  const [parts, setParts] = createSignal(3);
  const turns = createRoot(() => createTurns(parts, onDone));
  expect([0, 1, 2].map(turns.drawn)).toEqual([true, false, false]);
  await nextTask();
  expect([0, 1, 2].map(turns.drawn)).toEqual([true, true, false]);
  expect(turns.done()).toBe(false);
  await nextTask();
  expect([0, 1, 2].map(turns.drawn)).toEqual([true, true, true]);
  await nextTask();
  expect(turns.done()).toBe(true);
  expect(onDone).toHaveBeenCalledTimes(1);
  // A part that arrives later (a plan that grew a step) is drawn at once.
  setParts(5);
  expect(turns.drawn(4)).toBe(true);
  await nextTask();
  expect(onDone).toHaveBeenCalledTimes(1);
});

it('draws everything at once when asked (printing), and stops its turns', async () => {
  const onDone = vi.fn();
  const turns = createRoot(() => createTurns(() => 6, onDone));
  expect(turns.drawn(5)).toBe(false);
  turns.finish();
  expect(turns.drawn(5)).toBe(true);
  expect(turns.done()).toBe(true);
  await nextTask();
  await nextTask();
  expect(onDone).toHaveBeenCalledTimes(1);
});
