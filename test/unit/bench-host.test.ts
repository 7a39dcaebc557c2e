/**
 * The benchmark's host applies the site's _headers file as Netlify and Cloudflare Pages do: a wrong reading would
 * measure the site with headers no real host sends (or without the cache rules every real host applies).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:http2';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeaders, startHost } from '../../bench/host.mjs';
import { freePort } from '../../bench/shared.mjs';

describe("the bench host's _headers reader", () => {
  it('reads each path pattern with its indented headers, skipping comments and blank lines', () => {
    const rules = parseHeaders(
      [
        '# a comment',
        '/*',
        '  X-Frame-Options: DENY',
        '  Content-Security-Policy: a; b: c',
        '',
        '/_astro/*',
        '  Cache-Control: immutable',
      ].join('\n'),
    );
    expect(rules).toEqual([
      { pattern: '/*', headers: { 'x-frame-options': 'DENY', 'content-security-policy': 'a; b: c' } },
      { pattern: '/_astro/*', headers: { 'cache-control': 'immutable' } },
    ]);
  });

  it("reads the site's own file: its policy for every page and the long cache for hashed files", () => {
    const rules = parseHeaders(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));
    const all = rules.find((r) => r.pattern === '/*');
    expect(all?.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(all?.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(rules.find((r) => r.pattern === '/_astro/*')?.headers['cache-control']).toContain('immutable');
  });
});

describe('the bench host', () => {
  // The benchmark's control page lives in a folder with no 404 page; the browser still asks for /favicon.ico.
  it('answers a missing file with 404 in a folder without a 404 page, and keeps serving', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-host-'));
    writeFileSync(path.join(dir, 'index.html'), '<p>One line.</p>');
    const host = await startHost(dir, await freePort());
    const session = connect(host.base, { rejectUnauthorized: false });
    const get = (pathname: string) =>
      new Promise<[number, string]>((resolve, reject) => {
        const req = session.request({ ':path': pathname });
        let status = 0;
        let text = '';
        req.setEncoding('utf8');
        req.on('response', (headers) => (status = Number(headers[':status'])));
        req.on('data', (chunk: string) => (text += chunk));
        req.on('end', () => resolve([status, text]));
        req.on('error', reject);
      });
    try {
      expect(await get('/favicon.ico')).toEqual([404, '']);
      expect(await get('/')).toEqual([200, '<p>One line.</p>']);
    } finally {
      session.close();
      await host.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
