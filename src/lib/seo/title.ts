/** Page titles that fit: search engines cut at about 70 characters, and html-validate's long-title rule agrees. */
export const maxTitleLength = 70;

/**
 * The first candidate that fits, else the last one cut at a word boundary with an ellipsis. Candidates go from the
 * most helpful ("Civil Code: the text we cite") to the shortest ("Civil Code").
 */
export function fitTitle(candidates: readonly string[], max = maxTitleLength): string {
  const fitting = candidates.find((c) => c.length <= max);
  if (fitting !== undefined) return fitting;
  const last = candidates.at(-1);
  if (last === undefined) throw new Error('fitTitle needs at least one candidate');
  // Room for the ellipsis; a word cut in half goes whole, unless that would leave too little.
  const cut = last.slice(0, max - 1);
  const space = /\s/.test(last.charAt(max - 1)) ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,:;–-]+$/, '')}…`;
}
