import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';

// Five projects, run at two moments by `npm test`:
//   beside the build (test:unit):
//     unit       - pure TypeScript and content rules;
//     build      - Astro itself run on a broken copy of the project, and `astro dev`: slow child processes;
//     components - the check island's Solid components in jsdom, queried by role and label;
//   after the build (test:site):
//     dist       - static checks over the built HTML in dist/;
//     e2e        - real Chromium against dist/ served on 127.0.0.1.
export default defineConfig({
  test: {
    // Vitest's default on a 2-core machine is ONE worker (cores - 1), which runs every file in turn while the
    // other core waits on Astro child processes. Two workers keep both cores busy.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // These files are pure (no globals, no mocks, no module state they change), so they can share one module
          // graph per worker: zod, yaml and the tree are imported once, not once per file. That was half the time.
          isolate: false,
        },
      },
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        plugins: [solid()],
        resolve: { conditions: ['development', 'browser'] },
        test: { name: 'components', include: ['test/components/**/*.test.tsx'], environment: 'jsdom' },
      },
      {
        test: {
          name: 'dist',
          include: ['test/site/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/require-dist.ts'],
          isolate: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/require-dist.ts', 'test/support/serve-dist.ts'],
          // Files share a worker's modules (playwright-core, the test helpers) instead of importing them per file,
          // and the worker's browser (test/support/use-browser.ts); each test still opens its own browser context,
          // and a file's contexts are closed when it ends, so no browser state crosses files.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A loaded 2-core CI machine can take a few seconds to fetch and run a lazy chunk.
          expect: { poll: { timeout: 10_000 } },
          // Files whose tests each open their own browser context run them side by side (describe.concurrent):
          // most of a browser test's time is waiting, which overlapping hides. Three at a time keeps a loaded
          // 2-core machine well inside the timeouts.
          maxConcurrency: 3,
        },
      },
    ],
  },
});
