/**
 * The claim table is the contract between the plan and the law: every claim names words of each article it cites,
 * and those words must be in that article's quoted text, so no claim can cite an article that does not say it.
 */
import { describe, expect, it } from 'vitest';
import { readRegistry } from '../support/laws';
import { claimSources } from '../../src/lib/check/plan/claim-sources';
import { claims, lawsOf, type ClaimId } from '../../src/lib/check/plan/claims';
import type { Law } from '../../src/lib/laws/schema';

const registry = new Map(readRegistry().map(({ id, data }) => [id, data]));
const law = (id: string): Law | undefined => registry.get(id);

const rows = Object.entries(claimSources).flatMap(([claim, { laws }]) =>
  Object.entries<string>(laws).map(([id, words]) => [claim, id, words] as const),
);

describe('the claim table', () => {
  it('has claims, each citing at least one article', () => {
    expect(rows.length).toBeGreaterThan(40);
    for (const laws of Object.values(claims)) expect(laws.length).toBeGreaterThan(0);
  });

  it('gives every claim its sentence and, for each article it cites and no other, the words that carry it', () => {
    expect(Object.keys(claimSources).sort()).toEqual(Object.keys(claims).sort());
    for (const [claim, laws] of Object.entries(claims)) {
      const source = claimSources[claim as ClaimId];
      expect(source.says.length, claim).toBeGreaterThan(20);
      expect(Object.keys(source.laws), claim).toEqual([...laws]);
    }
  });

  it.each(rows)('%s: %s says “%s”', (_claim, id, words) => {
    const entry = law(id);
    expect(entry, `content/laws/${id}.yaml`).toBeDefined();
    // Where the official text is quoted, the words must be in it; an entry without a quote is matched on its
    // registry phrase, and the registry marks it as unchecked (or as a platform rule read from its own page).
    if (entry!.text) expect(entry!.text).toContain(words);
    else {
      expect(entry!.textUnchecked !== undefined || entry!.kind === 'platform').toBe(true);
      expect(entry!.phrase).toBe(words);
    }
  });

  it('lists the laws behind several claims once each, in the order met', () => {
    const ids: ClaimId[] = ['quality-return-7-days', 'quality-costs-on-seller', 'no-reason-postage'];
    expect(lawsOf(ids)).toEqual(['crpl-24', 'crpl-25', 'returns-18']);
  });
});
