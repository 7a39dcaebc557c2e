/** Links shared by every earlier version of the check must keep opening to the plan they opened to then. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { skipUnansweredOptional } from '../../src/lib/check/tree/evaluate';
import { runCheck } from '../../src/lib/check/plan/build';
import { decodeAnswers } from '../../src/lib/check/share/codec';
import { planWordsIn } from '../../src/lib/check/texts/all';
import { tree } from '../../src/lib/check/tree/tree';

interface Golden {
  story: string;
  today: string;
  fragment: string;
  /** Answers an older version could not tell apart: dropped by the migration, to be asked again. */
  dropped?: string[];
  /** The question the link reopens on, when it no longer reaches the plan by itself. */
  asks?: string;
  steps?: string[];
  deadlines?: Record<string, string>;
  messageContains?: string[];
  exit?: string;
}

const dir = new URL('../fixtures/share-links/', import.meta.url);
// The English page's plan: its messages carry both the Chinese text and its English meaning.
const words = planWordsIn('en');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe.each(files)('golden links in %s', (file) => {
  const { links } = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { links: Golden[] };

  it.each(links.map((l) => [l.story, l] as const))('%s', (_story, link) => {
    const decoded = decodeAnswers(tree, link.fragment, { today: link.today });
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect([...decoded.dropped].sort()).toEqual([...(link.dropped ?? [])].sort());
    // Optional details the link did not carry count as skipped, as they do for the person opening it.
    const answers = skipUnansweredOptional(tree, decoded.answers);
    const result = runCheck({ answers, today: link.today, words });
    if (link.asks) {
      // It opens, keeps every answer it still can, and asks again what it could not tell apart.
      expect(result).toMatchObject({ outcome: 'question', question: { id: link.asks } });
      return;
    }
    if (link.exit) {
      expect(result).toMatchObject({ outcome: 'exit', exit: { id: link.exit } });
      return;
    }
    expect(result.outcome).toBe('plan');
    if (result.outcome !== 'plan') return;
    expect(result.steps.map((s) => s.id).filter((id) => id !== 'save-evidence')).toEqual(link.steps);
    const dates = Object.fromEntries(result.deadlines.map((d) => [d.id, d.date]));
    for (const [id, date] of Object.entries(link.deadlines ?? {})) expect(dates[id], id).toBe(date);
    const text = result.messages.map((m) => m.zh + m.en).join();
    for (const fragment of link.messageContains ?? []) expect(text).toContain(fragment);
  });
});
