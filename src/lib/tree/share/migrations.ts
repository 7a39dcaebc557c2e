/**
 * Upgrading answers from links made by older versions of the tree. One function per version step, chained, as
 * typebot.io does: a link from version N passes through every step from N to the current version.
 *
 * To change the tree in a way that breaks old answers (renaming an option, splitting a question): raise
 * `tree.version`, add a migration from the previous version here, and add golden links for the new version in
 * test/fixtures/share-links/.
 */
export type RawAnswers = Record<string, string>;

export interface Migration {
  from: number;
  migrate(answers: RawAnswers): RawAnswers;
}

/** Version 1 is the first published format, so nothing migrates yet. */
export const migrations: readonly Migration[] = [];

/** Brings raw answers from `version` up to `current`; undefined when no path exists (a link from the future). */
export function migrate(
  answers: RawAnswers,
  version: number,
  current: number,
  steps: readonly Migration[] = migrations,
): RawAnswers | undefined {
  let upgraded = answers;
  for (let v = version; v < current; v++) {
    const step = steps.find((m) => m.from === v);
    if (!step) return undefined;
    upgraded = step.migrate(upgraded);
  }
  return version <= current ? upgraded : undefined;
}
