// Moves each locale's 404 page from <locale>/404/index.html (where Astro writes a nested page) to <locale>/404.html,
// where static hosts that serve "the nearest 404.html up the path" (Cloudflare Pages, among others) look for it. The
// root 404.html stays where Astro puts it.
import { existsSync } from 'node:fs';
import { rename, rmdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** @param {readonly string[]} folders locale folders, e.g. ["zh-cn"] @returns {import('astro').AstroIntegration} */
export function notFoundPages(folders) {
  return {
    name: 'refundpath:not-found-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const folder of folders) {
          const nested = path.join(out, folder, '404', 'index.html');
          if (!existsSync(nested)) throw new Error(`No 404 page was built for /${folder}/`);
          await rename(nested, path.join(out, folder, '404.html'));
          await rmdir(path.join(out, folder, '404'));
        }
      },
    },
  };
}
