/**
 * The benchmark's host: serves dist/ the way the static hosts in the README's deploy section do, so Lighthouse
 * measures the site as readers get it. Those hosts speak HTTP/2 over TLS, compress with Brotli (gzip for clients
 * without it) and apply dist/_headers. `astro preview` speaks HTTP/1.1 without TLS, and Lighthouse's simulated phone
 * network then opens up to six connections, each starting slow, where a real host uses one: on the check's plan,
 * which needs about 90 KB gzip of code from one origin, that alone moved LCP from about 1.5 s to about 2.0 s.
 *
 * TLS needs a certificate: a self-signed one for 127.0.0.1 is made with the openssl command (Debian's
 * ca-certificates package, which npm needs, depends on it), and the browser is told to accept it
 * (`--ignore-certificate-errors`, in `hostBrowserArgs`). No dependency: node:http2 and node:zlib do the rest.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** What the browser needs to trust the host's self-signed certificate. */
export const hostBrowserArgs = ['--ignore-certificate-errors'];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};
// Pagefind's index files are already compressed: hosts send them as they are.
const compressible = /^(text\/|application\/(json|manifest\+json|xml|javascript)|image\/svg)/;

/**
 * The rules of a _headers file (Netlify's format, which Cloudflare Pages reads too): a path pattern on its own line,
 * then indented "Name: value" lines. A pattern ending in * matches everything under it; every matching rule applies.
 * @param {string} text
 * @returns {{ pattern: string, headers: Record<string, string> }[]}
 */
export function parseHeaders(text) {
  /** @type {{ pattern: string, headers: Record<string, string> }[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length > 0) {
      const at = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

const matches = (pattern, pathname) =>
  pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;

function certificate() {
  const dir = mkdtempSync(path.join(tmpdir(), 'refundpath-bench-tls-'));
  const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  const args = ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1'];
  args.push('-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert);
  const made = spawnSync('openssl', args, { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`openssl could not make the bench's certificate:\n${made.stderr}`);
  const pair = { key: readFileSync(key), cert: readFileSync(cert) };
  rmSync(dir, { recursive: true, force: true });
  return pair;
}

/** Serves `root` (a built dist/) on https://127.0.0.1:port over HTTP/2. Returns the base URL and a stop function. */
export async function startHost(root, port) {
  const headersFile = path.join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const cache = new Map();
  const server = createSecureServer({ ...certificate(), allowHTTP1: true }, (req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'https://host').pathname);
    } catch {
      res.writeHead(400);
      return res.end();
    }
    let file = path.join(root, path.normalize(pathname));
    if (!file.startsWith(root)) file = root;
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    if (!found) file = path.join(root, '404.html');
    // A folder without a 404 page (the benchmark's one-line control page) answers a bare 404.
    if (!found && !existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    const type = types[path.extname(file)] ?? 'application/octet-stream';
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = !compressible.test(type)
      ? null
      : accepts.includes('br')
        ? 'br'
        : accepts.includes('gzip')
          ? 'gzip'
          : null;
    const key = `${file}|${encoding}`;
    if (!cache.has(key)) {
      const raw = readFileSync(file);
      const body =
        encoding === 'br'
          ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
          : encoding === 'gzip'
            ? gzipSync(raw, { level: 9 })
            : raw;
      cache.set(key, body);
    }
    const body = cache.get(key);
    const headers = {
      'content-type': type,
      'content-length': body.length,
      'cache-control': 'public, max-age=0, must-revalidate',
    };
    if (encoding) Object.assign(headers, { 'content-encoding': encoding, vary: 'accept-encoding' });
    for (const rule of rules) if (matches(rule.pattern, pathname)) Object.assign(headers, rule.headers);
    res.writeHead(found ? 200 : 404, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  // Browsers keep HTTP/2 sessions open: closed with the host, so stopping it does not wait for them.
  const sessions = new Set();
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    base: `https://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        server.close(resolve);
        for (const session of sessions) session.destroy();
      }),
  };
}
