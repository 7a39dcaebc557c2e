import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';

// Four projects, run at different moments by `npm test`:
//   unit  - pure TypeScript and content rules, before the build;
//   components - the check island's Solid components in jsdom, queried by role and label;
//   dist  - static checks over the built HTML in dist/;
//   e2e   - real Chromium against dist/ served on 127.0.0.1.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/build/**/*.test.ts'], environment: 'node' } },
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
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/require-dist.ts', 'test/support/serve-dist.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A loaded 2-core CI machine can take a few seconds to fetch and run a lazy chunk.
          expect: { poll: { timeout: 10_000 } },
          // One browser per file; two files at a time suits a 2-core machine.
          maxWorkers: 2,
        },
      },
    ],
  },
});
