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
  /** The answers in the next version's terms, and the ids whose old answers were dropped to be asked again. */
  migrate: (answers: RawAnswers) => { answers: RawAnswers; dropped: string[] };
}

/** Problems where, in version 1, "received" could mean only that the tracking said signed for. */
const v1Undelivered = new Set(['lost-or-not-delivered', 'late-delivery', 'pre-sale-deposits']);

/**
 * 1 -> 2. Version 1 asked questions that could not tell cases apart. Their answers are dropped and asked again,
 * never guessed: `received` (yes could mean "the tracking says signed" when nothing arrived) and, for parcels that
 * never came, the `received-on` date that went with it; `platform=wechat` (a WeChat Store has a platform, a WeChat
 * group has none); `food` (yes could be a cosmetic, which has no 10× claim); `problem-text` (free text that could be
 * English, which must not go into a Chinese message); `mainland` (now a platform answer: "a shop outside mainland
 * China"). The stage `tried` is asked before the excuse now, and "none-yet" is no longer an excuse: with nothing
 * tried it is implied, so it is dropped.
 */
const v1ToV2: Migration = {
  from: 1,
  migrate(answers) {
    const next: RawAnswers = { ...answers };
    const dropped: string[] = [];
    const drop = (key: string) => {
      if (key in next) dropped.push(key);
      delete next[key];
    };
    // Obsolete, not ambiguous: a version 1 plan always had mainland=yes, and "none-yet" is now implied.
    delete next.mainland;
    if (next['seller-said'] === 'none-yet') delete next['seller-said'];
    // "received=yes" for a parcel that never came may have meant only "the tracking says signed": ambiguous, with its
    // date. For goods that arrived, receipt is implied by the case now, so the answer is simply obsolete.
    if (next.received === 'yes' && v1Undelivered.has(next.problem ?? '')) {
      drop('received');
      drop('received-on');
    } else delete next.received;
    // Ambiguous: asked again.
    for (const key of ['food', 'problem-text']) drop(key);
    if (next.platform === 'wechat') drop('platform');
    return { answers: next, dropped };
  },
};

/**
 * 2 -> 3. Version 2 had one answer for food "spoiled, mouldy or past its date", which the message then asserted as
 * all three. Version 3 asks for each fact alone (audit 10-a, M6). Which one the user meant cannot be told, so the
 * whole answer to "what is wrong with it" is dropped and asked again, with the user's other choices.
 */
const v2ToV3: Migration = {
  from: 2,
  migrate(answers) {
    const next: RawAnswers = { ...answers };
    const symptoms = next.symptoms?.split(',') ?? [];
    if (!symptoms.includes('spoiled-or-expired')) return { answers: next, dropped: [] };
    delete next.symptoms;
    return { answers: next, dropped: ['symptoms'] };
  },
};

export const migrations: readonly Migration[] = [v1ToV2, v2ToV3];

/** Brings raw answers from `version` up to `current`; undefined when no path exists (a link from the future). */
export function migrate(
  answers: RawAnswers,
  version: number,
  current: number,
  steps: readonly Migration[] = migrations,
): { answers: RawAnswers; dropped: string[] } | undefined {
  let upgraded = answers;
  const dropped: string[] = [];
  for (let v = version; v < current; v++) {
    const step = steps.find((m) => m.from === v);
    if (!step) return undefined;
    const result = step.migrate(upgraded);
    upgraded = result.answers;
    dropped.push(...result.dropped);
  }
  return version <= current ? { answers: upgraded, dropped } : undefined;
}
