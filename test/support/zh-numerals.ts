/** Article numbers as Chinese statutes print them: 25 → 二十五, 148 → 一百四十八, so a test can find "第二十五条". */

const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const units: [number, string][] = [
  [1000, '千'],
  [100, '百'],
  [10, '十'],
];

/** 1 → 一, 10 → 十, 15 → 十五, 20 → 二十, 101 → 一百零一, 110 → 一百一十, 1005 → 一千零五 (1 to 9999). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`no article number ${n}`);
  let out = '';
  let rest = n;
  let gap = false; // a zero digit since the last printed one
  for (const [value, unit] of units) {
    const digit = Math.floor(rest / value);
    rest %= value;
    if (digit === 0) {
      gap = out !== '';
      continue;
    }
    if (gap) out += '零';
    gap = false;
    // 10–19 read 十, 十一 … 十九: no leading 一 when 十 is the first unit.
    if (!(value === 10 && digit === 1 && out === '')) out += digits[digit];
    out += unit;
  }
  if (rest > 0) out += (gap ? '零' : '') + digits[rest];
  return out;
}

/** The heading an article starts with: 25 → 第二十五条. */
export function articleHeading(n: number): string {
  return `第${chineseNumeral(n)}条`;
}

/**
 * The article numbers a registry `article` field cites, in order: "25" → [25], "48(1)(8)" → [48], "30–31" → [30, 31],
 * "16, 23" → [16, 23], "5, 65–66" → [5, 65, 66]. "—" (a rule or case cited as a whole) cites none.
 */
export function citedArticles(article: string): number[] {
  if (article.trim() === '—') return [];
  return article.split(',').flatMap((part) => {
    const range = /^\s*(\d+)(?:\([^)]*\))*\s*(?:[–-]\s*(\d+)(?:\([^)]*\))*)?\s*$/.exec(part);
    if (!range) throw new Error(`cannot read article "${article}"`);
    const from = Number(range[1]);
    const to = range[2] === undefined ? from : Number(range[2]);
    if (to < from) throw new Error(`backwards range in article "${article}"`);
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });
}
