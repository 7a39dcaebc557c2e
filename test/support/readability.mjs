/**
 * Plain-language measures for an English guide: Flesch-Kincaid grade and average sentence length, over the prose a
 * reader sees (headings, citations, code, links and Chinese text removed). Runs as a CLI for writers too:
 *   node test/support/readability.mjs content/guides/en/*.mdx
 */
import { readFileSync } from 'node:fs';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Ceilings the tests enforce; see README "Plain language". */
export const maxGrade = 9;
export const maxAverageSentence = 20;

export function proseOf(mdx) {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split('\n')
    .filter((line) => !/^\s*#/.test(line)) // headings are labels, not sentences
    .join('\n')
    .replace(/<Law[^>]*\/>/g, '')
    .replace(/`[^`]*`/g, 'it')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, 'the site')
    .replace(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+/g, ' ') // Chinese terms and messages
    .replace(/\(\s*\)/g, '')
    .replace(/^\s*(?:[-*]|\d+\.)\s+(.*)$/gm, (_, item) => (/[.!?:;]$/.test(item) ? item : `${item}.`)) // a list item reads as a sentence
    .replace(/^\s*>\s?/gm, '')
    .replace(/[*_]/g, '');
}

export function measure(text) {
  const sentences = text
    .split(/(?<=[.!?:;])\s+|\n{2,}/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z]/.test(s));
  const words = sentences.flatMap((s) => s.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)));
  const syllables = words.reduce((sum, word) => sum + syllable(word.replace(/[^A-Za-z'-]/g, '') || 'x'), 0);
  return {
    words: words.length,
    sentences: sentences.length,
    averageSentence: words.length / sentences.length,
    grade: fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables }),
    longest: sentences.reduce((a, b) => (b.split(/\s+/).length > a.split(/\s+/).length ? b : a), ''),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of process.argv.slice(2)) {
    const m = measure(proseOf(readFileSync(file, 'utf8')));
    const flag = m.grade > maxGrade || m.averageSentence >= maxAverageSentence ? '  <-- too hard' : '';
    console.log(
      `${file}: grade ${m.grade.toFixed(1)}, ${m.averageSentence.toFixed(1)} words/sentence, ${m.words} words${flag}`,
    );
  }
}
