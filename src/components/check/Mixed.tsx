import { chineseRuns, hasChinese } from '../../lib/i18n/chinese-runs';

/**
 * Plan text that may name the app's Chinese labels ("申请售后", "订单号"): on a page in another language each Chinese run is
 * marked lang="zh-CN", as the built pages are (src/integrations/mark-chinese.mjs), so a screen reader says it in
 * Chinese. A Chinese page's text, and text with no Chinese in it (most of it), is drawn as it is, with no extra work.
 */
export default function Mixed(props: { text: string; locale: string }) {
  return (
    <>
      {props.locale.startsWith('zh') || !hasChinese(props.text)
        ? props.text
        : chineseRuns(props.text).map((part) => (part.zh ? <span lang="zh-CN">{part.text}</span> : part.text))}
    </>
  );
}
