/** The built service worker knows exactly this build's hashed files, so it can prune older ones on activate. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/dist';

describe('the service worker as built', () => {
  it("lists this build's /_astro/ files, and only them", () => {
    const source = readFileSync(new URL('sw.js', distDir), 'utf8');
    const listed = /const BUILD_FILES = (\[.*\]);/.exec(source);
    expect(listed, 'sw.js was not filled in at build').not.toBeNull();
    const files = readdirSync(new URL('_astro/', distDir)).map((name) => `/_astro/${name}`);
    expect((JSON.parse(listed![1]!) as string[]).sort()).toEqual(files.sort());
  });

  it('knows each edition’s offline page, built, and matches the default edition’s prefix last', () => {
    const source = readFileSync(new URL('sw.js', distDir), 'utf8');
    const listed = /const OFFLINE_PAGES = (\[.*\]);/.exec(source);
    expect(listed, 'sw.js was not filled in at build').not.toBeNull();
    const pages = JSON.parse(listed![1]!) as [string, string][];
    expect(pages).toEqual([
      ['/zh-cn/', '/zh-cn/offline/'],
      ['/', '/offline/'],
    ]);
    for (const [, page] of pages) expect(existsSync(new URL(`.${page}index.html`, distDir)), page).toBe(true);
  });
});
