/**
 * Finding the Chinese words in English text, and marking them in a built page without touching anything else.
 */
import { describe, expect, it } from 'vitest';
import { chineseRuns, markChineseInHtml } from '../../src/lib/i18n/chinese-runs';

describe('Chinese runs in text', () => {
  it('splits text into its English and Chinese parts, which join back into the text', () => {
    const text = 'Apply for after-sales (申请售后), then 7天无理由退货 or “退一赔三”.';
    const parts = chineseRuns(text);
    expect(parts.filter((p) => p.zh).map((p) => p.text)).toEqual(['申请售后', '7天无理由退货', '退一赔三']);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('keeps Chinese punctuation and fill-in marks inside a run, but not punctuation alone', () => {
    expect(chineseRuns('Fill in 【订单号】。').filter((p) => p.zh)).toEqual([{ text: '【订单号】。', zh: true }]);
    expect(chineseRuns('Only marks: 【】').some((p) => p.zh)).toBe(false);
    expect(chineseRuns('No Chinese here, 2026.')).toEqual([{ text: 'No Chinese here, 2026.', zh: false }]);
  });
});

describe('marking a built page', () => {
  it('marks runs in English text, and leaves Chinese text, tags, attributes, scripts and titles as they were', () => {
    const html = [
      '<!DOCTYPE html><html lang="en"><head><title>三包 guide</title>',
      '<script>const a = "<p>申请</p>";</script><meta name="description" content="三包"></head>',
      '<body><p data-x="a > b 退款">Ask for 退款 now<br>or 换货</p>',
      '<div lang="zh-CN"><p>您好，我的订单</p></div><svg><title>二维码</title></svg>',
      '<textarea>退货</textarea><!-- 注释 --></body></html>',
    ].join('');
    expect(markChineseInHtml(html)).toBe(
      html
        .replace('Ask for 退款 now', 'Ask for <span lang="zh-CN">退款</span> now')
        .replace('or 换货', 'or <span lang="zh-CN">换货</span>'),
    );
  });

  it('marks English content inside a Chinese page (a guide shown in English), and nothing else there', () => {
    const html =
      '<html lang="zh-CN"><body><p>申请售后</p><article lang="en"><p>Tap 申请售后.</p></article></body></html>';
    expect(markChineseInHtml(html)).toBe(html.replace('Tap 申请售后.', 'Tap <span lang="zh-CN">申请售后</span>.'));
  });

  it('is idempotent: a page marked once is not marked again', () => {
    const once = markChineseInHtml('<html lang="en"><body><p>Say 签收</p></body></html>');
    expect(markChineseInHtml(once)).toBe(once);
  });
});
