// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import solid from '@astrojs/solid-js';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind.mjs';

/**
 * The public address of the site. It feeds canonical URLs, Open Graph tags, the sitemap and robots.txt.
 * Change it here, or set SITE_URL when building, when the real domain is known.
 */
const site = process.env.SITE_URL || 'https://refundpath.example';

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  // Guides have no code blocks, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  i18n: {
    locales: ['en', 'zh-cn'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    solid(),
    sitemap({
      filter: (page) => !page.endsWith('/404/'),
      i18n: { defaultLocale: 'en', locales: { en: 'en', 'zh-cn': 'zh-CN' } },
    }),
    // Last, so that the index is built from the finished HTML.
    pagefindIndex(),
  ],
  server: { host: '127.0.0.1', port: 4321 },
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
