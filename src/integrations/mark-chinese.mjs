// Marks the Chinese words inside other languages' text with lang="zh-CN" in every built page (see
// src/lib/i18n/chinese-runs.ts): English guides, cards and lists name the app's buttons in Chinese ("申请售后"), and a
// screen reader with an English voice skips or garbles them. One pass over the finished HTML covers the guides'
// Markdown, their titles, descriptions and "also called" names, and the UI's own strings alike.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { markChineseInHtml } from '../lib/i18n/chinese-runs';

/** @returns {import('astro').AstroIntegration} */
export function markChinese() {
  return {
    name: 'refundpath:mark-chinese',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        const pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html'));
        for (const page of pages) {
          const file = path.join(out, page);
          const html = await readFile(file, 'utf8');
          const marked = markChineseInHtml(html);
          if (marked !== html) await writeFile(file, marked);
        }
      },
    },
  };
}
