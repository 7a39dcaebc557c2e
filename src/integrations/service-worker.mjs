// Writes this build's /_astro/ file list into dist/sw.js. The worker then differs from the last deploy's byte for
// byte (so browsers install it), and on activate it prunes cached hashed files that no longer exist. Also writes in
// each edition's offline page, so the worker never lists the locales itself.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const placeholder = 'const BUILD_FILES = null;';
const offlinePlaceholder = 'const OFFLINE_PAGES = null;';

/**
 * @param {readonly [string, string][]} offlinePages [path prefix, offline page] per edition, e.g. ["/zh-cn/",
 *   "/zh-cn/offline/"]; the worker takes the first whose prefix matches, so the default edition's "/" comes last.
 * @returns {import('astro').AstroIntegration}
 */
export function serviceWorkerFiles(offlinePages) {
  return {
    name: 'refundpath:service-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const worker = path.join(outDir, 'sw.js');
        const source = readFileSync(worker, 'utf8');
        for (const line of [placeholder, offlinePlaceholder])
          if (!source.includes(line)) throw new Error(`sw.js has no "${line}" line to fill`);
        const files = readdirSync(path.join(outDir, '_astro'))
          .sort()
          .map((name) => `/_astro/${name}`);
        writeFileSync(
          worker,
          source
            .replace(placeholder, `const BUILD_FILES = ${JSON.stringify(files)};`)
            .replace(offlinePlaceholder, `const OFFLINE_PAGES = ${JSON.stringify(offlinePages)};`),
        );
        logger.info(`sw.js knows this build's ${files.length} /_astro/ files`);
      },
    },
  };
}
