/**
 * The ready replies as built: each box on a guide page holds exactly the check's message for its story (one source
 * of message text), the Chinese on both editions and the English meaning on the English one, and no page shows a
 * raw {placeholder}.
 */
import { describe, expect, it } from 'vitest';
import { isReadyReplyId, readyReply } from '../../src/lib/check/plan/ready-replies';
import { planWordsIn } from '../../src/lib/check/texts/all';
import { allPages, localeOfUrl } from '../support/dist';

const pages = allPages();
const withReplies = pages.filter((p) => p.root.querySelector('.ready-reply'));

describe('ready replies on guide pages', () => {
  it('are on at least 20 pages in each language', () => {
    expect(withReplies.filter((p) => localeOfUrl(p.url) === 'en').length).toBeGreaterThanOrEqual(20);
    expect(withReplies.filter((p) => localeOfUrl(p.url) === 'zh-cn').length).toBeGreaterThanOrEqual(20);
  });

  it.each(withReplies.map((p) => [p.url, p] as const))('%s shows the check’s own words', (url, p) => {
    const locale = localeOfUrl(url);
    const words = planWordsIn(locale, { fillIn: true });
    for (const box of p.root.querySelectorAll('.ready-reply')) {
      const zh = box.querySelector('[lang="zh-CN"]')!;
      const id = zh.id.replace(/^reply-/, '').replace(/-zh$/, '');
      expect(isReadyReplyId(id), id).toBe(true);
      if (!isReadyReplyId(id)) continue;
      const message = readyReply(id, words);
      expect(zh.textContent.trim()).toBe(message.zh);
      // Every mark is highlighted, so a reader sees at once what to replace.
      expect(zh.querySelectorAll('mark.placeholder').map((m) => m.textContent)).toEqual(
        [...message.zh.matchAll(/【[^】]+】/g)].map((m) => m[0]),
      );
      const meaning = box.querySelector('.template__text--en');
      if (locale === 'en') expect(meaning?.textContent.trim()).toBe(message.en);
      else expect(meaning).toBeNull();
      expect(box.querySelector(`button[data-copy="${zh.id}"]`)).not.toBeNull();
    }
  });

  it('no page shows a raw {placeholder}', () => {
    // What a reader sees: the text of <main> without its scripts (the check's words travel as JSON and are filled in
    // the browser, where the island's own tests check them).
    const shown = (main: ReturnType<(typeof pages)[number]['root']['querySelector']>) => {
      if (!main) return '';
      const copy = main.clone() as typeof main;
      for (const script of copy.querySelectorAll('script, style, template')) script.remove();
      return copy.textContent;
    };
    const raw = pages.filter((p) => /\{[a-z_]+\}/.test(shown(p.root.querySelector('main')))).map((p) => p.url);
    expect(raw).toEqual([]);
  });
});
