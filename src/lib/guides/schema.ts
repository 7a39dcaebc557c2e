/**
 * The frontmatter schema of a guide. It lives apart from content.config.ts so unit tests can run it without Astro.
 * `related` and `laws` are checked against what exists on disk, so a typo fails `astro sync`/`astro build` with the
 * file and the field named, instead of leaving a dead link on a live page.
 */
import { z } from 'astro/zod';
import { guideKinds } from './kinds';

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface KnownIds {
  guides: ReadonlySet<string>;
  laws: ReadonlySet<string>;
}

export function guideSchema(known: KnownIds) {
  const knownId = (set: ReadonlySet<string>, what: string) =>
    z
      .string()
      .regex(slugPattern, { error: `must be lowercase words joined by hyphens` })
      .refine((id) => set.has(id), { error: (issue) => `unknown ${what} "${String(issue.input)}"` });
  return z.strictObject({
    title: z.string().min(5).max(70, { error: 'must be 70 characters or fewer: search engines cut longer titles' }),
    description: z
      .string()
      .min(50, { error: 'must be at least 50 characters: it is the meta description' })
      .max(160, { error: 'must be 160 characters or fewer: it is the meta description' }),
    kind: z.enum(guideKinds),
    order: z.number().int().min(0),
    updated: z.coerce.date(),
    related: z.array(knownId(known.guides, 'guide slug')).default([]),
    laws: z.array(knownId(known.laws, 'law id')).default([]),
    /**
     * The other names people use for the problem (slang, the seller's words, the app's terms), shown as "Also called"
     * near the top and weighted up in search: people search in their words, not the title's.
     */
    aliases: z.array(z.string().min(2).max(60)).min(3, { error: 'give at least 3 other names people use' }),
  });
}

export type GuideFrontmatter = z.infer<ReturnType<typeof guideSchema>>;
