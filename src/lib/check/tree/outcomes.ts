/** Where a walk through the check ends: the plan, or an honest exit (its texts are in exit-texts.ts). */
import type { Outcome } from './types';

export const outcomes: readonly Outcome[] = [
  { id: 'plan', kind: 'plan' },
  { id: 'exit-outside-mainland', kind: 'exit' },
  { id: 'exit-business-purchase', kind: 'exit' },
  { id: 'exit-already-in-court', kind: 'exit' },
];
