import { defineConfig } from 'vitest/config';

// Three projects, run at different moments by `npm test`:
//   unit  - pure TypeScript and content rules, before the build;
//   dist  - static checks over the built HTML in dist/;
//   e2e   - real Chromium against dist/ served on 127.0.0.1.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/build/**/*.test.ts'], environment: 'node' } },
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
          // One browser per file; two files at a time suits a 2-core machine.
          maxWorkers: 2,
        },
      },
    ],
  },
});
