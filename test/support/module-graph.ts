/**
 * The JavaScript a built page loads: what runs on page load (its scripts and islands, followed through static
 * imports) and what is fetched later on demand (dynamic imports). Shared by the size benchmark (bench/js-size.mjs)
 * and the built-site checks, so both read the same graph.
 */
import { existsSync, readFileSync } from 'node:fs';

/** Static and dynamic imports of one built chunk, as paths from the site root. */
export function importsOf(dist: URL, path: string): { statics: string[]; dynamics: string[] } {
  const text = readFileSync(new URL(path.slice(1), dist), 'utf8');
  const resolve = (spec: string) => new URL(spec, new URL(path, 'https://x/')).pathname;
  const statics = [
    ...text.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},\s*]+from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g),
  ].map((m) => resolve(m[1]!));
  const dynamics = [...text.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => resolve(m[1]!));
  return { statics, dynamics };
}

/** A page's files (paths like "/_astro/CheckEn.abc.js") on load and on demand, and its inline scripts' code. */
export function pageScripts(dist: URL, html: string): { initial: string[]; onDemand: string[]; inline: string } {
  const entries = [
    ...[...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/(?:component-url|renderer-url)="([^"]+\.js)"/g)].map((m) => m[1]!),
  ];
  // Inline scripts that run; data blocks (JSON-LD, the check's words in application/json) are HTML, not code.
  const inline = [...html.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join('');
  const initial = new Set<string>();
  const lazy = new Set<string>();
  const walk = (path: string, into: Set<string>) => {
    if (initial.has(path) || into.has(path) || !existsSync(new URL(path.slice(1), dist))) return;
    into.add(path);
    const { statics, dynamics } = importsOf(dist, path);
    statics.forEach((p) => walk(p, into));
    dynamics.forEach((p) => walk(p, lazy));
  };
  entries.forEach((p) => walk(p, initial));
  return { initial: [...initial], onDemand: [...lazy].filter((p) => !initial.has(p)), inline };
}
