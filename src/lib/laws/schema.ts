/**
 * One entry per article, platform rule or court case the guides cite: content/laws/<id>.yaml, the id being the file
 * name. A law entry quotes its article (`text`) so every citation can be checked against the law's own words; where
 * the official text has not been read, `textUnchecked` says so and names what the entry rests on instead.
 */
import { z } from 'astro/zod';

export const lawSchema = z
  .strictObject({
    /**
     * `law`: a statute, regulation, ministry rule or judicial interpretation. `platform`: a platform's own rules,
     * shown as "not law" wherever cited. `case`: a court's published typical case (典型案例), cited beside the
     * article it applies.
     */
    kind: z.enum(['law', 'platform', 'case']),
    /** English name of the law, rule or case ("Consumer Rights Protection Law"; for a case, the court and parties). */
    law: z.string().min(3),
    lawZh: z.string().min(2),
    /** Article number as printed, e.g. "25", "48(1)(8)", "30–31"; "—" for a rule or case cited as a whole. */
    article: z.string().min(1),
    /**
     * The year of the text whose numbering `article` follows, where a later revision may have renumbered it and the
     * new text has not been read: the citation then says "(2019 text)", never a bare number that may be wrong.
     */
    numberedIn: z
      .string()
      .regex(/^\d{4}$/)
      .optional(),
    gist: z.string().min(20),
    /** The gist in Chinese, written for a Chinese reader (not a translation of the English word by word). */
    gistZh: z.string().min(10),
    /** Distinctive words quoted verbatim from `text` (tested), as the reader may meet them. */
    phrase: z.string().min(2),
    /**
     * The official Chinese text of the cited article(s) and nothing else, copied from `textSource`. For a case, the
     * passage of the court's publication that states what it held.
     */
    text: z.string().min(8).optional(),
    /** Where `text` was copied from: repository, commit and file, naming the edition. */
    textSource: z.string().min(5).optional(),
    /**
     * Set when the official text has not been read: why, and the source the entry rests on. /laws/ then shows
     * "official text not yet checked" beside the entry.
     */
    textUnchecked: z.string().min(10).optional(),
    /** The same for /zh-cn/laws/, in Chinese: required with `textUnchecked`. */
    textUncheckedZh: z.string().min(10).optional(),
    inForce: z.coerce.date().optional(),
    /** Which text we read, where the in-force date is not in our sources (e.g. "2023 amendment"). */
    edition: z.string().optional(),
    /** The same, in Chinese, for /zh-cn/laws/: required with `edition`. */
    editionZh: z.string().optional(),
    /** For platform rules: the date of the version we read. Platform rules change often. */
    version: z.coerce.date().optional(),
    /** For cases: the date the court decided or published the case. */
    decided: z.coerce.date().optional(),
    source: z.string().min(5),
    /** The source in Chinese, for /zh-cn/laws/: what it is and where it was read, without research notes. */
    sourceZh: z.string().min(4),
    /** verified: read in the official text; secondary: read in a reprint or report. */
    status: z.enum(['verified', 'secondary']),
  })
  // A claim must be checkable: the build fails on an entry that neither quotes its text nor says why not.
  .superRefine((law, ctx) => {
    for (const message of lawProblems(law)) ctx.addIssue({ code: 'custom', message });
  });

/** What makes an entry uncheckable: a quote without its source, or no quote and no reason for its absence. */
export function lawProblems(law: {
  kind: string;
  text?: string;
  textSource?: string;
  textUnchecked?: string;
  textUncheckedZh?: string;
  version?: Date;
  edition?: string;
  editionZh?: string;
  decided?: Date;
}): string[] {
  const problems: string[] = [];
  if (Boolean(law.edition) !== Boolean(law.editionZh)) problems.push('`edition` and `editionZh` go together');
  if (Boolean(law.textUnchecked) !== Boolean(law.textUncheckedZh))
    problems.push('`textUnchecked` and `textUncheckedZh` go together');
  if (law.text && !law.textSource) problems.push('`text` needs `textSource`: where it was copied from');
  if (law.text && law.textUnchecked) problems.push('an entry with `text` cannot also be `textUnchecked`');
  if (law.kind !== 'platform' && !law.text && !law.textUnchecked)
    problems.push('quote the article in `text`, or say in `textUnchecked` why the official text has not been read');
  // A page that carries no version date says when it was read, in `edition`, rather than a made-up date.
  if (law.kind === 'platform' && !law.version && !law.edition)
    problems.push('a platform rule needs `version` (the date of the version read) or `edition` (when it was read)');
  if (law.kind === 'case' && !law.decided) problems.push('a case needs `decided`: when the court decided it');
  return problems;
}

export type Law = z.infer<typeof lawSchema>;
