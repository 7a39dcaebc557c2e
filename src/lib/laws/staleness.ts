/**
 * Platform rules change often, and we record the date of the version we read. A guide that leans on a version read
 * more than a year before the build says so prominently ("check the current rule"): computed at build time, so a
 * rebuild without a re-read keeps the warning honest.
 */
import { subMonths } from 'date-fns';

export const platformRuleMaxAgeMonths = 12;

interface Entry {
  data: { kind: string; law: string; lawZh: string; version?: Date };
}

/** The platform-rule entries among `entries` whose version is older than the limit on `today`. */
export function stalePlatformRules<E extends Entry>(entries: readonly E[], today: Date): E[] {
  const limit = subMonths(today, platformRuleMaxAgeMonths);
  return entries.filter((e) => e.data.kind === 'platform' && e.data.version !== undefined && e.data.version < limit);
}
