// Builds the Pagefind index from the finished HTML in dist/, as part of `astro build`.
// Uses Pagefind's Node API (as Starlight does) rather than a second CLI step, so one command builds a searchable site.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
// Imported up front: astro.config loads through Vite's module runner (it imports src/lib/i18n/locales.ts), which is
// closed by the time build:done runs, so a dynamic import there would fail.
import * as pagefind from 'pagefind';

/** @returns {import('astro').AstroIntegration} */
export function pagefindIndex() {
  return {
    name: 'refundpath:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        logger.info(`Pagefind indexed ${added.page_count} pages`);
        await pagefind.close();
      },
    },
  };
}
