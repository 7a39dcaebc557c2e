// Lint: type-aware TypeScript rules everywhere, Solid's rules for the island, Astro's for pages and components.
// `npm run lint` runs with --max-warnings 0, so a warning fails `npm test` like an error.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import solid from 'eslint-plugin-solid/configs/typescript';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'bench/results.json', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Event handlers may be async: each one catches its own errors (tested), so no promise is left unhandled.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  { files: ['src/components/check/**/*.tsx', 'test/components/**/*.tsx'], ...solid },
  {
    // Each page of the check ships its own language only: the words reach the island through its page's entry
    // (CheckEn.tsx, CheckZhCn.tsx), and texts/all.ts (both languages, for tests) never reaches the browser. The
    // logic may import the text files' key types, which compile away.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/components/check/CheckEn.tsx', 'src/components/check/CheckZhCn.tsx', 'src/lib/check/texts/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)texts/(all|en|zh-cn)(/|$)',
              allowTypeImports: true,
              message: 'Only a page entry (CheckEn, CheckZhCn) loads a language; texts/all.ts is for tests.',
            },
          ],
        },
      ],
    },
  },
  {
    // The check's code runs on the reader's phone. Intl's formatters and collators load locale data on the main
    // thread the first time they are built (Intl.DateTimeFormat, Intl.ListFormat and localeCompare each cost 60 to
    // 240 ms at 4x CPU slowdown when the plan opened), so the check writes its few patterns out and tests them
    // against Intl instead (dates.ts, plan-words.ts, iso-date.ts).
    files: ['src/lib/check/**/*.ts', 'src/lib/i18n/**/*.ts', 'src/components/check/**/*.tsx'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['localeCompare', 'toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'].map((property) => ({
          property,
          message: 'Loads locale data on the main thread in the browser: write the pattern out (see dates.ts).',
        })),
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Intl', message: 'Loads locale data on the main thread in the browser: write the pattern out.' },
      ],
    },
  },
  {
    // Helpers run inside describe.concurrent tests, where the global `expect` may belong to another test (CI once
    // failed on "expect.poll() must be called inside a test"). They wait with ./wait.ts and throw plain errors.
    files: ['test/support/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vitest', importNames: ['expect'], message: 'Use waitUntil (./wait.ts) or throw an Error.' }],
        },
      ],
    },
  },
  {
    // Solid fills `let el!: HTMLElement` through `ref={el}` when it compiles JSX; ESLint cannot see that assignment.
    files: ['**/*.tsx'],
    rules: { 'no-unassigned-vars': 'off' },
  },
  ...astro.configs.recommended,
  {
    // Astro files and plain scripts are not in the TypeScript project: lint them without type information.
    files: ['**/*.astro', '**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
