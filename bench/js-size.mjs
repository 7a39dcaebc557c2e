/**
 * Prints the JavaScript each page of the built site loads: what runs on page load (followed through static
 * imports), and what is fetched later on demand (dynamic imports). Raw and gzip bytes. Run after `npm run build`.
 *   node bench/js-size.mjs            -> a table
 *   node bench/js-size.mjs --json     -> the same as JSON
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pageScripts } from '../test/support/module-graph.ts';

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

function measure(page) {
  const { initial, onDemand, inline } = pageScripts(dist, read(`${page}index.html`).toString('utf8'));
  const sum = (files) =>
    files.reduce((acc, p) => ({ raw: acc.raw + read(p).length, gzip: acc.gzip + gz(read(p)) }), { raw: 0, gzip: 0 });
  const inlineBytes = Buffer.from(inline);
  const first = sum(initial);
  return {
    page,
    initial: {
      raw: first.raw + inlineBytes.length,
      gzip: first.gzip + (inline ? gz(inlineBytes) : 0),
      files: initial.length,
    },
    onDemand: { ...sum(onDemand), files: onDemand.length },
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
