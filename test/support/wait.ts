import { vi } from 'vitest';

/**
 * Waits until `check` is true, or fails with `what`. Helpers shared by concurrent tests use this rather than the
 * global `expect.poll`: the global `expect` belongs to whichever test ran last, and inside `describe.concurrent` it
 * can have none ("expect.poll() must be called inside a test"). Ten seconds covers a lazy chunk on a loaded machine.
 */
export async function waitUntil(check: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  await vi.waitFor(
    async () => {
      if (!(await check())) throw new Error(`waited ${timeout} ms for ${what}`);
    },
    { timeout, interval: 50 },
  );
}
