/**
 * Resolves with `value` in a task of its own (a zero-delay timer), not in the task that asked. For work that must
 * not run on in one task with what came before it: a promise for code that has already loaded resolves at once, so
 * without this the screen it draws joins the task that asked for it, and on a slow phone the page cannot answer a tap
 * until both are done.
 */
export function inNextTask<T>(value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), 0));
}
