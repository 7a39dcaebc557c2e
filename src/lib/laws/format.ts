/** ", Art. 25" or ", Arts. 30–31"; nothing for a rule cited as a whole ("—"). */
export function articleLabel(article: string): string {
  if (article === '—') return '';
  return /[,–-]/.test(article) ? `, Arts. ${article}` : `, Art. ${article}`;
}

/** How a citation reads: "Consumer Rights Protection Law, Art. 25" or "消费者权益保护法第25条". */
export function citationLabel(law: { law: string; lawZh: string; article: string }, locale: 'en' | 'zh-cn'): string {
  if (locale === 'en') return `${law.law}${articleLabel(law.article)}`;
  return law.article === '—' ? `《${law.lawZh}》` : `《${law.lawZh}》第${law.article}条`;
}
