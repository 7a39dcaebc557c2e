/**
 * A writer's mistake must stop the build with a message that names the file and the field. These tests copy the
 * project to a temporary folder, break one thing, and run Astro the way `npm run build` does.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, it, type ExpectStatic } from 'vitest';
import { astroBin, copyProject as copy } from '../support/project-copy';

const copies: (() => void)[] = [];

/** A private copy of the project per test, so the tests can run at the same time. */
function copyProject(): string {
  const { dir, remove } = copy();
  copies.push(remove);
  return dir;
}

function edit(expect: ExpectStatic, dir: string, file: string, change: (text: string) => string) {
  const full = path.join(dir, file);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  expect(after, 'the edit changed nothing').not.toBe(before);
  writeFileSync(full, after);
}

/** Runs Astro in a child process (asynchronously, so the three tests' runs overlap). */
function astro(dir: string, command: 'sync' | 'build'): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [astroBin, command],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, timeout: 120_000 },
      (error, stdout, stderr) =>
        resolve({
          status: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          output: `${stdout}\n${stderr}`,
        }),
    );
  });
}

afterAll(() => {
  for (const remove of copies) remove();
});

describe.concurrent('content mistakes fail the build', { timeout: 120_000 }, () => {
  // Two mistakes in one guide, one Astro run: the schema reports every field that is wrong, each with the file.
  it('an over-long description and an unknown related slug: each named with the file and the field', async ({
    expect,
  }) => {
    const dir = copyProject();
    edit(expect, dir, 'content/guides/en/go-to-court.mdx', (t) =>
      t
        .replace(/^description: .*$/m, `description: "${'x'.repeat(170)}"`)
        .replace(/^related: \[/m, 'related: [no-such-guide, '),
    );
    const { status, output } = await astro(dir, 'sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/guides\/en\/go-to-court\.mdx/);
    expect(output).toMatch(/description: must be 160 characters or fewer/);
    expect(output).toMatch(/related\.0: unknown guide slug "no-such-guide"/);
  });

  it('a citation of an unknown law stops the build', async ({ expect }) => {
    const dir = copyProject();
    edit(expect, dir, 'content/guides/en/go-to-court.mdx', (t) =>
      t.replace('<Law id="cc-188" />', '<Law id="cc-9999" />'),
    );
    const { status, output } = await astro(dir, 'build');
    expect(status).not.toBe(0);
    expect(output).toMatch(/Unknown law id "cc-9999"/);
  });
});
