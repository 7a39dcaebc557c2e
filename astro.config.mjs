// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import solid from '@astrojs/solid-js';
import sitemap from '@astrojs/sitemap';
import { markChinese } from './src/integrations/mark-chinese.mjs';
import { notFoundPages } from './src/integrations/not-found-pages.mjs';
import { pagefindIndex } from './src/integrations/pagefind.mjs';
import { serviceWorkerFiles } from './src/integrations/service-worker.mjs';
// Locales are declared once, in src/lib/i18n/locales.ts; Astro's i18n block and the sitemap derive from it.
import { defaultLocale, htmlLang, locales } from './src/lib/i18n/locales';
import { pageUrl } from './src/lib/routes';

// The public address, the contact and the filing number are set in one place: src/lib/site.ts.
import { siteUrl as site } from './src/lib/site';

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  // Guides have no code blocks, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    solid(),
    sitemap({
      // Neither the not-found pages nor the offline page are for search engines (both are noindex).
      filter: (page) => !/\/(404|offline)\/?$/.test(new URL(page).pathname),
      i18n: { defaultLocale, locales: htmlLang },
    }),
    notFoundPages(locales.filter((locale) => locale !== defaultLocale)),
    // Before the service worker's file list and the search index, so both see the finished pages.
    markChinese(),
    serviceWorkerFiles(
      // Each edition's offline page, the default edition (prefix "/") last.
      [...locales]
        .sort((a, b) => Number(a === defaultLocale) - Number(b === defaultLocale))
        .map((locale) => [pageUrl({ type: 'home' }, locale), pageUrl({ type: 'offline' }, locale)]),
    ),
    // Last, so that the index is built from the finished HTML.
    pagefindIndex(),
  ],
  server: { host: '127.0.0.1', port: 4321 },
  vite: {
    resolve: {
      // Solid's browser renderer, without the props store a client:only island never uses (see the file).
      alias: [
        {
          find: /^@astrojs\/solid-js\/client\.js$/,
          replacement: fileURLToPath(new URL('./src/lib/solid/client-only-renderer.ts', import.meta.url)),
        },
      ],
    },
  },
  // A Content-Security-Policy <meta> on every page, with hashes for Astro's own inline scripts and styles: no
  // 'unsafe-inline' for scripts. Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
