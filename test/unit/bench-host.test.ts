/**
 * The benchmark's host applies the site's _headers file as Netlify and Cloudflare Pages do: a wrong reading would
 * measure the site with headers no real host sends (or without the cache rules every real host applies).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeaders } from '../../bench/host.mjs';

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
