/**
 * A writer's mistake must stop the build with a message that names the file and the field. These tests copy the
 * project to a temporary folder, break one thing, and run Astro the way `npm run build` does.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, it, type ExpectStatic } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const copies: string[] = [];

/** A private copy of the project per test, so the tests can run at the same time. */
function copyProject(): string {
  const work = mkdtempSync(path.join(tmpdir(), 'refundpath-'));
  copies.push(work);
  for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public']) {
    cpSync(path.join(root, entry), path.join(work, entry), { recursive: true });
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
  return work;
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
      [path.join(root, 'node_modules/astro/bin/astro.mjs'), command],
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
  for (const work of copies) rmSync(work, { recursive: true, force: true });
});

describe.concurrent('content mistakes fail the build', { timeout: 120_000 }, () => {
  it('an over-long description names the file and the field', async ({ expect }) => {
    const dir = copyProject();
    edit(expect, dir, 'content/guides/en/go-to-court.mdx', (t) =>
      t.replace(/^description: .*$/m, `description: "${'x'.repeat(170)}"`),
    );
    const { status, output } = await astro(dir, 'sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/guides\/en\/go-to-court\.mdx/);
    expect(output).toMatch(/description: must be 160 characters or fewer/);
  });

  it('an unknown related slug names the file and the field', async ({ expect }) => {
    const dir = copyProject();
    edit(expect, dir, 'content/guides/en/deadline-passed.mdx', (t) =>
      t.replace(/^related: \[/m, 'related: [no-such-guide, '),
    );
    const { status, output } = await astro(dir, 'sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/guides\/en\/deadline-passed\.mdx/);
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
