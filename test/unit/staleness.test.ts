import { describe, expect, it } from 'vitest';
import { stalePlatformRules } from '../../src/lib/laws/staleness';

const entry = (kind: string, version?: string) => ({
  id: `${kind}-${version ?? 'none'}`,
  data: { kind, law: 'A rule', lawZh: '规则', version: version ? new Date(version) : undefined },
});

describe('platform rules older than a year', () => {
  const today = new Date('2026-11-30');

  it('flags a platform rule read more than 12 months before the build, and only that', () => {
    const entries = [
      entry('platform', '2025-08-15'),
      entry('platform', '2026-06-15'),
      entry('platform'), // read recently, dated by `edition`
      entry('law', '2020-01-01'),
    ];
    expect(stalePlatformRules(entries, today).map((e) => e.id)).toEqual(['platform-2025-08-15']);
  });

  it('turns a rule stale on the day it passes 12 months', () => {
    expect(stalePlatformRules([entry('platform', '2025-11-30')], today)).toEqual([]);
    expect(stalePlatformRules([entry('platform', '2025-11-29')], today)).toHaveLength(1);
  });
});
