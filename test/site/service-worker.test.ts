/** The built service worker knows exactly this build's hashed files, so it can prune older ones on activate. */
import { readdirSync, readFileSync } from 'node:fs';
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
});
