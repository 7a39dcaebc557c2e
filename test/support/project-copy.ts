/**
 * A private copy of the project in a temporary folder, for tests that run Astro itself (a broken build, `astro dev`)
 * while `npm test` builds the real project beside them.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');

// Astro and Vite keep caches in node_modules (.astro/data-store.json, .vite/): a copy whose node_modules were one
// symlink to the project's would share them, so a broken copy could write its content store where the real build
// reads it. Each package is linked instead, and the dot folders are left out, so every copy caches on its own.
function linkPackages(work: string): void {
  const modules = path.join(work, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(path.join(projectRoot, 'node_modules'))) {
    if (entry.startsWith('.')) continue;
    symlinkSync(path.join(projectRoot, 'node_modules', entry), path.join(modules, entry));
  }
}

/** Copies what Astro reads into a new temporary folder; returns the folder and a function that removes it. */
export function copyProject(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'refundpath-'));
  for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public']) {
    cpSync(path.join(projectRoot, entry), path.join(dir, entry), { recursive: true });
  }
  linkPackages(dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
