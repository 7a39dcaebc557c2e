/** Serves dist/ with Astro's own preview server on 127.0.0.1 for the end-to-end tests, on a port the OS picks. */
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function serveDist(project: TestProject) {
  findChromium(); // fail before starting anything when there is no browser
  const server = await preview({
    root: new URL('../../', import.meta.url).pathname,
    logLevel: 'error',
    // Port 0: the operating system picks a free one, so two runs on one machine never collide.
    server: { host: '127.0.0.1', port: 0 },
  });
  project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
  return () => server.stop();
}
