/** The quality bars of the knowledge base: plain language, real length, citations, and placeholders that exist. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readGuides } from '../support/guides';
import { maxAverageSentence, maxGrade, measure, proseOf } from '../support/readability.mjs';

const guides = readGuides('en');
const templatesDir = new URL('../../content/templates/', import.meta.url);
/** The placeholder registry: each placeholder's marks (the Chinese one is how a letter shows it) and its example. */
const registry = parse(readFileSync(new URL('_placeholders.yaml', templatesDir), 'utf8')) as Record<
  string,
  { zh: string; example: string }
>;
const placeholders = Object.keys(registry);
/** A letter template, parsed. */
const readTemplate = (file: string) =>
  parse(readFileSync(new URL(file, templatesDir), 'utf8')) as { zh: string; en: string; purposeZh: string };
const templateFiles = readdirSync(templatesDir).filter((f) => f.endsWith('.yaml') && !f.startsWith('_'));
const lawIds = readdirSync(new URL('../../content/laws/', import.meta.url))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -5));

const minimumWords: Record<string, number> = { case: 500, step: 500, excuse: 250 };

describe.each(guides.map((g) => [g.file, g] as const))('%s', (_file, guide) => {
  const text = proseOf(readFileSync(new URL(`../../${guide.file}`, import.meta.url), 'utf8'));
  const m = measure(text);

  it(`reads at Flesch-Kincaid grade ${maxGrade} or below, with sentences under ${maxAverageSentence} words on average`, () => {
    expect(m.grade, `longest sentence: ${m.longest}`).toBeLessThanOrEqual(maxGrade);
    expect(m.averageSentence).toBeLessThan(maxAverageSentence);
  });

  it('is long enough to be of real use', () => {
    expect(m.words).toBeGreaterThanOrEqual(minimumWords[guide.data.kind] ?? 300);
  });

  it('uses only documented placeholders in its messages', () => {
    const used = [...guide.body.matchAll(/`\{([a-z_]+)\}`/g)].map((x) => x[1]);
    for (const name of used) expect(placeholders, `{${name}}`).toContain(name);
  });
});

describe('excuse cards', () => {
  const excuses = guides.filter((g) => g.data.kind === 'excuse');
  it('there are at least 12', () => expect(excuses.length).toBeGreaterThanOrEqual(12));

  it.each(excuses.map((g) => [g.slug, g] as const))('%s has every part of an excuse card', (_slug, guide) => {
    const headings = [...guide.body.matchAll(/^#{2,3} (.+)$/gm)].map((x) => x[1]!);
    for (const part of [/what the seller says/i, /short answer/i, /reply/i, /evidence/i, /still refuse/i]) {
      expect(
        headings.some((h) => part.test(h)),
        String(part),
      ).toBe(true);
    }
    // A message to send, in Chinese with its English meaning: the check's own (a ready reply shows both), or, where
    // the check writes none for this excuse, one written in the guide under its two headings.
    const ready = /<ReadyReply id="[^"]+" \/>/.test(guide.body);
    const own = [/message in chinese/i, /in english/i].every((part) => headings.some((h) => part.test(h)));
    expect(ready || own, 'a ready reply, or a message in Chinese with its English meaning').toBe(true);
    // The excuse as sellers write it, in Chinese.
    expect(guide.body).toMatch(/[\u4e00-\u9fff]{3,}/);
  });
});

describe('coverage of the knowledge base', () => {
  const count = (kind: string) => guides.filter((g) => g.data.kind === kind).length;
  it('has at least 10 case types, 7 escalation steps, an evidence guide and a prevention guide', () => {
    expect(count('case')).toBeGreaterThanOrEqual(10);
    expect(count('step')).toBeGreaterThanOrEqual(7);
    expect(count('evidence')).toBeGreaterThanOrEqual(1);
    expect(count('prevention')).toBeGreaterThanOrEqual(1);
  });

  it('every law in the registry is cited by some guide', () => {
    const cited = new Set(guides.flatMap((g) => g.data.laws));
    expect(lawIds.filter((id) => !cited.has(id))).toEqual([]);
  });
});

describe('message templates', () => {
  // The ladder's messages to the seller, the platform and 12315 are the check's own (ready replies, composed per
  // case: test/unit/ready-replies.test.ts); a template is kept only for what the check does not write.
  it('keeps the demand letter, which the check does not write', () => {
    expect(templateFiles).toEqual(['demand-letter.yaml']);
  });

  it.each(templateFiles)('%s uses only documented placeholders, the same in Chinese and English', (file) => {
    const template = readTemplate(file);
    const names = (text: string) => [...new Set([...text.matchAll(/\{([a-z_]+)\}/g)].map((x) => x[1]!))].sort();
    for (const name of names(template.zh)) expect(placeholders, `{${name}}`).toContain(name);
    expect(names(template.en)).toEqual(names(template.zh));
  });

  it.each(templateFiles)('%s names, in its purpose, only Chinese words its letter has', (file) => {
    const template = readTemplate(file);
    // The letter as the page shows it: each placeholder as its 【mark】.
    const shown = template.zh.replace(/\{([a-z_]+)\}/g, (_, name: string) => `【${registry[name]!.zh}】`);
    // What the purpose tells the reader to delete or change: the quoted words with a mark in them.
    const named = [...template.purposeZh.matchAll(/把“([^”]*【[^”]*)”/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    for (const words of named) expect(shown, words).toContain(words);
  });

  it.each(templateFiles)(
    '%s writes the sum as {amount}元, as every message does, with a bare number as its example (audit Y, L5)',
    (file) => {
      expect(readTemplate(file).zh).not.toMatch(/\{amount\}(?!元)/);
      // The letter adds 元 after the sum, so an example with its own currency sign would read "¥299元".
      expect(registry.amount!.example).toMatch(/^\d+(?:\.\d+)?$/);
    },
  );
});
