/** One entry per article (or platform rule) the guides cite: content/laws/<id>.yaml, the id being the file name. */
import { z } from 'astro/zod';

export const lawSchema = z.strictObject({
  /** `platform` entries are a platform's own rules: shown as "not law" wherever they are cited. */
  kind: z.enum(['law', 'platform']),
  law: z.string().min(3),
  lawZh: z.string().min(2),
  /** Article number as printed, e.g. "25", "48(1)(8)", "30–31". */
  article: z.string().min(1),
  gist: z.string().min(20),
  /** The key Chinese words of the provision, as the reader may meet them. */
  phrase: z.string().min(2),
  inForce: z.coerce.date().optional(),
  /** Which text we read, where the in-force date is not in our sources (e.g. "2023 amendment"). */
  edition: z.string().optional(),
  /** For platform rules: the date of the version we read. Platform rules change often. */
  version: z.coerce.date().optional(),
  source: z.string().min(5),
  /** verified: read in the official text; secondary: read in a reprint or report. */
  status: z.enum(['verified', 'secondary']),
});

export type Law = z.infer<typeof lawSchema>;
