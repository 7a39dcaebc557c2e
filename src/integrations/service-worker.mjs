// Writes this build's /_astro/ file list into dist/sw.js. The worker then differs from the last deploy's byte for
// byte (so browsers install it), and on activate it prunes cached hashed files that no longer exist.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const placeholder = 'const BUILD_FILES = null;';

/** @returns {import('astro').AstroIntegration} */
export function serviceWorkerFiles() {
  return {
    name: 'refundpath:service-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const worker = path.join(outDir, 'sw.js');
        const source = readFileSync(worker, 'utf8');
        if (!source.includes(placeholder)) throw new Error(`sw.js has no "${placeholder}" line to fill`);
        const files = readdirSync(path.join(outDir, '_astro'))
          .sort()
          .map((name) => `/_astro/${name}`);
        writeFileSync(worker, source.replace(placeholder, `const BUILD_FILES = ${JSON.stringify(files)};`));
        logger.info(`sw.js knows this build's ${files.length} /_astro/ files`);
      },
    },
  };
}
