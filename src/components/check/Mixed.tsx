import { For } from 'solid-js';
import { chineseRuns } from '../../lib/i18n/chinese-runs';

/**
 * Plan text that may name the app's Chinese labels ("申请售后", "订单号"): on an English page each Chinese run is
 * marked lang="zh-CN", as the built pages are (src/integrations/mark-chinese.mjs), so a screen reader says it in
 * Chinese. A Chinese page's text is left as it is.
 */
export default function Mixed(props: { text: string; locale: string }) {
  return (
    <For each={props.locale === 'en' ? chineseRuns(props.text) : [{ text: props.text, zh: false }]}>
      {(part) => (part.zh ? <span lang="zh-CN">{part.text}</span> : part.text)}
    </For>
  );
}
