/** Where a walk through the check ends: the plan, or an honest exit (its words are in texts/<locale>/exits.ts). */
import type { Outcome } from './types';

export const outcomes = [
  { id: 'plan', kind: 'plan' },
  { id: 'exit-outside-mainland', kind: 'exit' },
  { id: 'exit-business-purchase', kind: 'exit' },
  { id: 'exit-already-in-court', kind: 'exit' },
] as const satisfies readonly Outcome[];

export type ExitId = Extract<(typeof outcomes)[number], { kind: 'exit' }>['id'];
/** An exit's name in its text keys: `exit.<name>.title` for the outcome `exit-<name>`. */
export type ExitName = ExitId extends `exit-${infer Name}` ? Name : never;
export const exitName = (id: string): string => id.replace(/^exit-/, '');
