/** What the benchmark scripts share: a free port to serve on, and the plan link they open. */
import { createServer } from 'node:net';

export { planLink } from '../test/support/plan-link.ts';

/** A port the OS says is free now (listen on 0, read it, close), so two runs on one machine never collide. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
