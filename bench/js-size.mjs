/**
 * Prints the JavaScript each page of the built site loads: what runs on page load (followed through static
 * imports), and what is fetched later on demand (dynamic imports). Raw and gzip bytes. Run after `npm run build`.
 *   node bench/js-size.mjs            -> a table
 *   node bench/js-size.mjs --json     -> the same as JSON
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const pages = [
  '/',
  '/problems/defective-or-damaged/',
  '/excuses/signed-for-no-refund/',
  '/steps/platform-intervention/',
  '/search/',
  '/check/',
  '/zh-cn/check/',
];
/** The check's pages and their budget on load: each ships the check in its own language only. */
const budgeted = ['/check/', '/zh-cn/check/'];
const budget = 25 * 1024;

const read = (path) => readFileSync(new URL(path.replace(/^\//, ''), dist));
const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Static and dynamic imports of one chunk, as paths from the site root. */
function importsOf(path) {
  const text = read(path).toString('utf8');
  const base = new URL(path, 'https://x/');
  const resolve = (spec) => new URL(spec, base).pathname;
  const statics = [
    ...text.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},\s*]+from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g),
  ].map((m) => resolve(m[1]));
  const dynamics = [...text.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => resolve(m[1]));
  return { statics, dynamics };
}

function measure(page) {
  const html = read(`${page}index.html`).toString('utf8');
  const entries = [
    ...[...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/(?:component-url|renderer-url)="([^"]+\.js)"/g)].map((m) => m[1]),
  ];
  const inline = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join('');
  const initial = new Set();
  const lazy = new Set();
  const walk = (path, into) => {
    if (initial.has(path) || into.has(path) || !existsSync(new URL(path.slice(1), dist))) return;
    into.add(path);
    const { statics, dynamics } = importsOf(path);
    statics.forEach((p) => walk(p, into));
    dynamics.forEach((p) => walk(p, lazy));
  };
  entries.forEach((p) => walk(p, initial));
  for (const p of initial) lazy.delete(p);
  const sum = (set) =>
    [...set].reduce((acc, p) => ({ raw: acc.raw + read(p).length, gzip: acc.gzip + gz(read(p)) }), { raw: 0, gzip: 0 });
  const inlineBytes = Buffer.from(inline);
  const first = sum(initial);
  return {
    page,
    initial: {
      raw: first.raw + inlineBytes.length,
      gzip: first.gzip + (inline ? gz(inlineBytes) : 0),
      files: initial.size,
    },
    onDemand: { ...sum(lazy), files: lazy.size },
  };
}

const rows = pages.map(measure);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log('JavaScript per page (gzip level 9)');
  console.log(
    `${'page'.padEnd(36)} ${'on load (gzip)'.padStart(15)} ${'on load (raw)'.padStart(14)} ${'on demand (gzip)'.padStart(17)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.page.padEnd(36)} ${kb(r.initial.gzip).padStart(15)} ${kb(r.initial.raw).padStart(14)} ${kb(r.onDemand.gzip).padStart(17)}`,
    );
  }
  console.log('');
  for (const page of budgeted) {
    const row = rows.find((r) => r.page === page);
    console.log(
      `${page} budget 25 KB gzip on load: ${kb(row.initial.gzip)} (${row.initial.gzip <= budget ? 'within' : 'OVER'})`,
    );
  }
}
