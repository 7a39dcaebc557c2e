/** Under `astro dev` there is no search index: the search page must say so instead of failing silently. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const port = 4397;

async function waitFor(url: string, deadline: number): Promise<string> {
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return await response.text();
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer in time`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describe('search under astro dev', { timeout: 120_000 }, () => {
  it('marks the search page as a dev build, with the "needs a build" message ready to show', async () => {
    const astro = path.join(process.cwd(), 'node_modules/astro/bin/astro.mjs');
    const server = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      stdio: 'ignore',
      // The test runner's own variables (NODE_ENV=test, VITEST...) would put Astro in the wrong mode.
      env: Object.fromEntries(
        Object.entries({ ...process.env, NO_COLOR: '1', NODE_ENV: 'development' }).filter(
          ([key]) => !key.startsWith('VITEST'),
        ),
      ),
    });
    try {
      const html = await waitFor(`http://127.0.0.1:${port}/search/`, Date.now() + 90_000);
      expect(html).toMatch(/<search-page[^>]*data-dev="true"/);
      expect(html).toContain('Search needs a production build');
    } finally {
      server.kill();
    }
  });
});
