/**
 * Plain-language measure for a Chinese guide, as ../shared/style/writing-zh.md sets it: most sentences under 35
 * characters (at most one in five longer) and none over 60, over the prose a reader sees. Quoted messages (block
 * quotes), law names in 《》, citations, code and link targets are left out. Runs as a CLI for writers too:
 *   node test/support/readability-zh.mjs content/guides/zh-cn/*.mdx
 */
import { readFileSync } from 'node:fs';

/** Ceilings the tests enforce; see README "Plain language". */
export const zhLong = 35;
export const zhMax = 60;
export const zhMaxLongShare = 0.2;

/** A law's full name is as long as it is, and a bracketed gloss or English term is not read as the sentence. */
const namesAndGlossesOut = (text) => text.replace(/《[^》]*》/g, '《》').replace(/（[^）]*）|\([^)]*\)/g, '');

export function proseOfZh(mdx) {
  return namesAndGlossesOut(
    mdx
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .split('\n')
      .filter((line) => !/^\s*#/.test(line)) // headings are labels, not sentences
      .filter((line) => !/^\s*>/.test(line)) // messages to send are quoted as written, not measured
      .filter((line) => !/^\s*(import|export)\s/.test(line))
      .join('\n')
      .replace(/<Law[^>]*\/>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/`[^`]*`/g, '某')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'),
  ).replace(/[*_]/g, '');
}

/**
 * The check's plan prose as measured: what is quoted (a message's sentence to add, the seller's own words), a law's
 * full name and bracketed glosses are left out, as they are in a guide.
 */
export function planProseZh(text) {
  // A quoted whole sentence ends the sentence around it too.
  return namesAndGlossesOut(text.replace(/“([^”]*)”/g, (_, quoted) => (/[。！？]$/.test(quoted) ? '“”。' : '“”')));
}

/** Characters a reader reads: everything but spaces and punctuation. */
const length = (sentence) => sentence.replace(/[\s\p{P}\p{S}]/gu, '').length;

export function measureZh(text) {
  const sentences = text
    .split(/(?<=[。！？；])|\n+/)
    .map((s) => s.replace(/^\s*(?:[-*]|\d+\.)\s+/, '').trim())
    .filter((s) => /[\u4e00-\u9fff]/.test(s));
  const lengths = sentences.map(length);
  const long = sentences.filter((_, i) => lengths[i] > zhLong);
  const tooLong = sentences.filter((_, i) => lengths[i] > zhMax);
  return {
    sentences: sentences.length,
    characters: lengths.reduce((a, b) => a + b, 0),
    longShare: sentences.length ? long.length / sentences.length : 0,
    long,
    tooLong,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of process.argv.slice(2)) {
    const m = measureZh(proseOfZh(readFileSync(file, 'utf8')));
    const bad = m.longShare > zhMaxLongShare || m.tooLong.length > 0;
    console.log(
      `${file}: ${m.sentences} sentences, ${m.characters} characters, ${(m.longShare * 100).toFixed(0)}% over ${zhLong}` +
        (bad ? '  <-- too hard' : ''),
    );
    for (const s of m.tooLong) console.log(`  over ${zhMax}: ${s}`);
    if (m.longShare > zhMaxLongShare) for (const s of m.long) console.log(`  over ${zhLong}: ${s}`);
  }
}
