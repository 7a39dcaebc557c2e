/** ", Art. 25" or ", Arts. 30–31"; nothing for a rule cited as a whole ("—"). */
export function articleLabel(article: string): string {
  if (article === '—') return '';
  return /[,–-]/.test(article) ? `, Arts. ${article}` : `, Art. ${article}`;
}
