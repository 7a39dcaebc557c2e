/**
 * Chinese words inside English text ("apply for after-sales (申请售后)"), found so each can be marked
 * lang="zh-CN": a screen reader reading an English page with an English voice otherwise skips them, spells them
 * out or says them with English sounds, and these are the very labels an expat must find in the app (WCAG 3.1.2).
 */

/** Han characters and the CJK and full-width punctuation that sits between them. */
const han = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const cjkPunctuation = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65';
/**
 * A run: Han characters, with the punctuation and digits between them ("7天无理由退货", "退一赔三", "【订单号】"),
 * starting with a Han character, its digits ("7天") or an opening mark, and ending with a Han character or a mark.
 */
const run = new RegExp(
  `[0-9]*[${han}${cjkPunctuation}](?:[${han}${cjkPunctuation}0-9]*[${han}${cjkPunctuation}])?`,
  'g',
);

const hanChar = new RegExp(`[${han}]`);

/** Whether text holds a Han character at all (most text on an English page does not: it needs no splitting). */
export const hasChinese = (text: string): boolean => hanChar.test(text);

export interface TextPart {
  text: string;
  /** Chinese: to be marked lang="zh-CN". */
  zh: boolean;
}

/** Splits text into its English and Chinese parts, in order; the parts joined give the text back. */
export function chineseRuns(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(run)) {
    // A run of punctuation alone ("。" after English) is not Chinese words.
    if (!hasChinese(match[0])) continue;
    if (match.index > at) parts.push({ text: text.slice(at, match.index), zh: false });
    parts.push({ text: match[0], zh: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), zh: false });
  return parts;
}

/** Elements whose content is not text to mark: scripts and styles, text-only elements, and SVG. */
const skipped = new Set(['script', 'style', 'textarea', 'title', 'option', 'svg', 'template']);
const voids = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** A comment, a doctype, or a tag with its attributes (a quoted value may hold ">"). */
const token = /<!--[\s\S]*?-->|<![^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const langOf = (attributes: string) => /\slang\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1];

/**
 * Marks the Chinese runs in a built page's text with <span lang="zh-CN">, wherever the text's own language (from the
 * nearest `lang`) is not Chinese. Tags, attributes, comments, scripts and styles are left byte for byte as they were.
 */
export function markChineseInHtml(html: string): string {
  const open: { tag: string; lang: string }[] = [];
  // For finding a skipped element's end tag, whatever its case.
  const lower = html.toLowerCase();
  const langHere = () => open.at(-1)?.lang ?? '';
  let out = '';
  let at = 0;
  const text = (chunk: string) =>
    langHere().toLowerCase().startsWith('zh') || !langHere()
      ? chunk
      : chineseRuns(chunk)
          .map((p) => (p.zh ? `<span lang="zh-CN">${p.text}</span>` : p.text))
          .join('');
  const tokens = new RegExp(token.source, 'g');
  for (let match = tokens.exec(html); match; match = tokens.exec(html)) {
    out += text(html.slice(at, match.index)) + match[0];
    at = match.index + match[0].length;
    const [, closing, rawName, attributes = ''] = match;
    if (!rawName) continue;
    const tag = rawName.toLowerCase();
    if (closing) {
      const index = open.map((e) => e.tag).lastIndexOf(tag);
      if (index !== -1) open.length = index;
      continue;
    }
    if (voids.has(tag) || attributes.trimEnd().endsWith('/')) continue;
    if (skipped.has(tag)) {
      // Copied as it is, up to its end tag, and the search for tags goes on from there.
      const end = lower.indexOf(`</${tag}`, at);
      const stop = end === -1 ? html.length : end;
      out += html.slice(at, stop);
      at = stop;
      tokens.lastIndex = stop;
      continue;
    }
    open.push({ tag, lang: langOf(attributes) ?? langHere() });
  }
  return out + text(html.slice(at));
}
