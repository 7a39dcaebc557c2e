/**
 * Guide kinds and the URL folder each one lives in. The folders are part of every shared link and search result,
 * so they never change once published: add a kind, never rename one.
 */
export const guideKinds = ['case', 'excuse', 'step', 'evidence', 'prevention', 'reference', 'platform'] as const;
export type GuideKind = (typeof guideKinds)[number];

export const kindSection: Record<GuideKind, string> = {
  case: 'problems',
  excuse: 'excuses',
  step: 'steps',
  evidence: 'evidence',
  prevention: 'prevention',
  reference: 'reference',
  platform: 'platforms',
};
