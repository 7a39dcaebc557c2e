/**
 * Share links: the answers travel in the URL fragment (never sent to a server), keyed by question id, with a
 * format version: #v=1&problem=defective-or-damaged&received-on=2026-11-20 ... Readable, sorted, and robust: a
 * decoder that meets an unknown key drops it, and one that meets a bad value drops that answer, never the link.
 */
import { parseAnswer, rawOf } from '../tree/answers';
import type { IsoDate } from '../tree/iso-date';
import { questionById } from '../tree/evaluate';
import type { Answers, Tree } from '../tree/types';
import { migrate, type Migration, migrations as defaultMigrations } from './migrations';

/** Longest fragment we try to read: a real link is well under 2 KB; anything far bigger is not ours. */
const maxFragment = 8000;

export function encodeAnswers(tree: Tree, answers: Answers, options: { includeDetails: boolean }): string {
  const params = new URLSearchParams();
  params.set('v', String(tree.version));
  for (const id of Object.keys(answers).sort()) {
    const question = questionById(tree, id);
    const value = answers[id];
    if (!question || value === undefined) continue;
    if (question.personal && !options.includeDetails) continue;
    params.set(id, rawOf(value));
  }
  return params.toString();
}

export type DecodeResult =
  | { ok: true; answers: Answers; dropped: string[]; version: number }
  | { ok: false; reason: 'empty' | 'not-ours' | 'unknown-version' | 'too-long' };

export function decodeAnswers(
  tree: Tree,
  fragment: string,
  context: { today: IsoDate },
  migrations: readonly Migration[] = defaultMigrations,
): DecodeResult {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!text) return { ok: false, reason: 'empty' };
  if (text.length > maxFragment) return { ok: false, reason: 'too-long' };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text);
  } catch {
    return { ok: false, reason: 'not-ours' };
  }
  const versionText = params.get('v');
  if (versionText === null || !/^\d{1,4}$/.test(versionText)) return { ok: false, reason: 'not-ours' };
  const version = Number(versionText);

  const raw: Record<string, string> = {};
  for (const [key, value] of params) if (key !== 'v') raw[key] = value;
  const read = readAnswers(tree, raw, version, context, migrations);
  if (!read) return { ok: false, reason: 'unknown-version' };
  return { ok: true, answers: read.answers, dropped: read.dropped, version };
}

/**
 * Raw answers written by any version (a link, or saved answers) in the current tree's terms: migrated, then each
 * parsed again as untrusted input. Returns the answers and the ids dropped (asked again); undefined for a version
 * from the future.
 */
export function readAnswers(
  tree: Tree,
  raw: Readonly<Record<string, string>>,
  version: number,
  context: { today: IsoDate },
  migrations: readonly Migration[] = defaultMigrations,
): { answers: Answers; dropped: string[] } | undefined {
  const migrated = migrate({ ...raw }, version, tree.version, migrations);
  if (!migrated) return undefined;
  const upgraded = migrated.answers;
  // Answers an older version could not tell apart are dropped by its migration and asked again.
  const dropped: string[] = [...migrated.dropped];
  // Dates are checked against each other, and options against earlier answers: read in tree order.
  const answers: Record<string, Answers[string]> = {};
  for (const question of [...tree.questions, ...tree.details]) {
    if (!(question.id in upgraded)) continue;
    const parsed = parseAnswer(question, upgraded[question.id], { today: context.today, answers });
    if (parsed.ok) answers[question.id] = parsed.value;
    else dropped.push(question.id);
  }
  for (const key of Object.keys(upgraded)) if (!questionById(tree, key)) dropped.push(key);
  return { answers, dropped };
}
