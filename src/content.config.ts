import { readdirSync, readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import { guideSchema } from './lib/guides/schema';
import { lawSchema } from './lib/laws/schema';

const guidesDir = new URL('../content/guides/', import.meta.url);
const lawsFile = new URL('../content/laws/laws.json', import.meta.url);

// Slugs are shared by every locale, and English is always written first, so the English folder is the list.
const guideSlugs = new Set(
  readdirSync(new URL('en/', guidesDir))
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .map((name) => name.slice(0, -'.mdx'.length)),
);
const lawIds = new Set((JSON.parse(readFileSync(lawsFile, 'utf8')) as { id: string }[]).map((law) => law.id));

export const collections = {
  guides: defineCollection({
    loader: glob({ base: './content/guides', pattern: '**/[^_]*.mdx' }),
    schema: guideSchema({ guides: guideSlugs, laws: lawIds }),
  }),
  laws: defineCollection({
    loader: file('./content/laws/laws.json'),
    schema: lawSchema,
  }),
  pages: defineCollection({
    loader: glob({ base: './content/pages', pattern: '**/[^_]*.mdx' }),
    schema: z.strictObject({
      title: z.string().min(5),
      description: z.string().min(50).max(160),
      updated: z.coerce.date(),
    }),
  }),
};
