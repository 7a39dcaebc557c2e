/** Under `astro dev` there is no search index: the search page must say so instead of failing silently. */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { astroBin, copyProject } from '../support/project-copy';

/** Resolves with the address `astro dev` prints once it listens ("Local http://127.0.0.1:40123/"). */
function addressOf(server: ReturnType<typeof spawn>, deadline: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`astro dev printed no address in time:\n${output}`)), deadline);
    server.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[0]);
      }
    });
    server.on('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${output}`)));
  });
}

describe('search under astro dev', { timeout: 120_000 }, () => {
  it('marks the search page as a dev build, with the "needs a build" message ready to show', async () => {
    // On a copy: `npm test` builds the project itself at the same time, and both would write its .astro folder.
    const project = copyProject();
    // Port 0: the operating system picks a free port, so two runs on one machine never collide.
    const server = spawn(process.execPath, [astroBin, 'dev', '--host', '127.0.0.1', '--port', '0'], {
      cwd: project.dir,
      stdio: ['ignore', 'pipe', 'ignore'],
      // The test runner's own variables (NODE_ENV=test, VITEST...) would put Astro in the wrong mode.
      env: Object.fromEntries(
        Object.entries({ ...process.env, NO_COLOR: '1', NODE_ENV: 'development' }).filter(
          ([key]) => !key.startsWith('VITEST'),
        ),
      ),
    });
    const exited = new Promise((resolve) => server.on('exit', resolve));
    try {
      const base = await addressOf(server, 90_000);
      const response = await fetch(`${base}search/`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toMatch(/<search-page[^>]*data-dev="true"/);
      expect(html).toContain('Search needs a production build');
    } finally {
      server.kill();
      await exited; // the server may still be writing its caches into the copy
      project.remove();
    }
  });
});
