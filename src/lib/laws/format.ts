import type { Locale } from '../i18n/locales';

/** The article alone: "Art. 25", "Arts. 30–31" or "第25条"; nothing for a rule or case cited as a whole ("—"). */
export function articleName(article: string, locale: Locale): string {
  if (article === '—') return '';
  // In Chinese as Chinese cites: "第48条第1款第8项", and a list with the enumeration comma ("第16、23条").
  if (locale === 'zh-cn') {
    const parts = /^(\d+)\((\d+)\)(?:\((\d+)\))?$/.exec(article);
    if (parts) return `第${parts[1]}条第${parts[2]}款${parts[3] ? `第${parts[3]}项` : ''}`;
    return `第${article.replace(/,\s*/g, '、').replace(/–/g, '至')}条`;
  }
  return /[,–-]/.test(article) ? `Arts. ${article}` : `Art. ${article}`;
}

/**
 * The articles an entry's `article` names, one by one: "5, 14, 65–66" gives 5, 14, 65 and 66. A citation may name one
 * of them (`<Law id="taobao-dispute" art="65" />`), so a claim that rests on one article of an entry quoting several
 * points the reader to that article.
 */
export function articlesOf(article: string): string[] {
  return article.split(/,\s*/).flatMap((part) => {
    const range = /^(\d+)[–-](\d+)$/.exec(part.trim());
    if (!range) return [part.trim()];
    const [from, to] = [Number(range[1]), Number(range[2])];
    return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
  });
}

/**
 * How a citation reads: "Consumer Rights Protection Law, Art. 25" or "《消费者权益保护法》第25条". A court case is
 * named as the court names it, without title marks.
 */
export function citationLabel(
  law: { law: string; lawZh: string; article: string; kind?: string; numberedIn?: string },
  locale: Locale,
): string {
  const article = articleName(law.article, locale);
  if (locale === 'en')
    return article ? `${law.law}, ${article}${law.numberedIn ? ` (${law.numberedIn} text)` : ''}` : law.law;
  if (law.kind === 'case') return law.lawZh;
  return `《${law.lawZh}》${article && law.numberedIn ? `${law.numberedIn}年文本` : ''}${article}`;
}
