/**
 * The Chinese edition's bars: every guide written in Chinese, the same substance and citations as the English, plain
 * Chinese (../shared/style/writing-zh.md), links that stay in the Chinese edition, and messages with visible fill-ins.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGuides } from '../support/guides';
import { exits } from '../../src/lib/check/texts/zh-cn/exits';
import { questions } from '../../src/lib/check/texts/zh-cn/questions';
import { zhCn } from '../../src/lib/i18n/zh-cn';
import { measureZh, planProseZh, proseOfZh, zhMax, zhMaxLongShare } from '../support/readability-zh.mjs';

const english = readGuides('en');
const chinese = readGuides('zh-cn');
const bySlug = new Map(chinese.map((g) => [g.slug, g]));

describe('the Chinese edition', () => {
  it('has every English guide, and nothing the English does not have', () => {
    expect(chinese.map((g) => g.slug).sort()).toEqual(english.map((g) => g.slug).sort());
  });

  it('has an about and privacy page', () => {
    expect(existsSync('content/pages/zh-cn/about.mdx')).toBe(true);
  });
});

// The check's own words are prose a reader sees too (the plan's are measured over built plans, plan-stories.test.ts).
describe.each([
  ['the check’s questions', questions],
  ['the check’s exits', exits],
  ['the site’s interface words', zhCn],
] as const)('%s in Chinese', (_name, texts) => {
  it(`read plainly: at most ${zhMaxLongShare * 100}% long sentences and none over ${zhMax} characters`, () => {
    const m = measureZh(Object.values(texts).map(planProseZh).join('\n'));
    expect(m.sentences).toBeGreaterThan(10);
    expect(m.tooLong).toEqual([]);
    expect(m.longShare, m.long.join('\n')).toBeLessThanOrEqual(zhMaxLongShare);
  });
});

describe.each(english.map((en) => [en.slug, en] as const))('zh-cn/%s', (slug, en) => {
  const zh = bySlug.get(slug);
  if (!zh) return; // reported by the completeness test above
  const cited = [...zh.body.matchAll(/<Law id="([^"]+)"/g)].map((m) => m[1]!);

  it('keeps the English guide’s kind, order, related guides and laws', () => {
    for (const field of ['kind', 'order', 'related', 'laws'] as const) {
      expect(zh.data[field], field).toEqual(en.data[field]);
    }
  });

  // A message the check does not write is written in the guide: the Chinese an English reader sends is the Chinese
  // edition's own, so a fix to one cannot leave the other wrong.
  const written = /^### Message in Chinese$/m.test(en.body);
  if (written)
    it('sends the same Chinese message as the English page shows', () => {
      const han = /\p{Script=Han}/u;
      const quoted = (body: string) => body.split('\n').filter((line) => line.startsWith('>') && han.test(line));
      const enMessage = /^### Message in Chinese$([\s\S]*?)^#/m.exec(`${en.body}\n#`)![1]!;
      expect(quoted(enMessage)).toEqual(quoted(zh.body));
    });

  it('cites every law it lists, and lists every law it cites', () => {
    expect([...new Set(cited)].sort()).toEqual([...zh.data.laws].sort());
  });

  it(`reads plainly: at most ${zhMaxLongShare * 100}% long sentences and none over ${zhMax} characters`, () => {
    const m = measureZh(proseOfZh(`---\n---\n${zh.body}`));
    expect(m.tooLong).toEqual([]);
    expect(m.longShare, m.long.join('\n')).toBeLessThanOrEqual(zhMaxLongShare);
  });

  it('links only to Chinese pages of the site (or to other sites)', () => {
    const links = [...zh.body.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    for (const href of links) expect(href, href).toMatch(/^(\/zh-cn\/|https:\/\/)/);
  });

  it('gives the other names people use for the problem, in Chinese', () => {
    const aliases = zh.data.aliases as string[];
    expect(aliases.length).toBeGreaterThanOrEqual(3);
    for (const alias of aliases) expect(alias).toMatch(/[\u4e00-\u9fff]/);
  });

  it('writes messages in Chinese only, with fill-ins in 【】 and no raw placeholders or English meaning', () => {
    expect(zh.body).not.toMatch(/`\{[a-z_]+\}`|\{[a-z_]+\}/);
    expect(zh.body).not.toMatch(/What it says in English/i);
    const quoted = zh.body
      .split('\n')
      .filter((line) => line.startsWith('>'))
      .join('\n');
    // Latin letters inside a message are allowed only in names (12315 is digits; App, PDF and similar stay).
    expect(quoted.replace(/\b(?:App|APP|PDF|ID)\b/g, '')).not.toMatch(/[A-Za-z]{3,}/);
    // A sum is a mark followed by its unit, as in the check's messages, so a filled-in number reads "80元".
    expect(quoted).not.toMatch(/【[^】]*金额】(?!元)/);
  });

  it('sets no space between Chinese and digits, and uses full-width punctuation after Chinese', () => {
    const prose = zh.body.replace(/<Law[^>]*\/>/g, '').replace(/\]\([^)]*\)/g, ']');
    expect(prose).not.toMatch(/[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]/);
    expect(prose).not.toMatch(/[\u4e00-\u9fff][,;:?!](?!\d)/);
  });
});
