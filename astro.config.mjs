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
});
