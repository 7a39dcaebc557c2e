import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { guideSchema } from './lib/guides/schema';
import { lawSchema } from './lib/laws/schema';
import { placeholderRegistrySchema, templateSchema } from './lib/templates/schema';

const guidesDir = new URL('../content/guides/', import.meta.url);
const lawsDir = new URL('../content/laws/', import.meta.url);

// Slugs are shared by every locale, and English is always written first, so the English folder is the list.
const guideSlugs = new Set(
  readdirSync(new URL('en/', guidesDir))
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .map((name) => name.slice(0, -'.mdx'.length)),
);
const lawIds = new Set(
  readdirSync(lawsDir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length)),
);

const placeholders = placeholderRegistrySchema.parse(
  parse(readFileSync(new URL('../content/templates/_placeholders.yaml', import.meta.url), 'utf8')),
);

export const collections = {
  guides: defineCollection({
    loader: glob({ base: './content/guides', pattern: '**/[^_]*.mdx' }),
    schema: guideSchema({ guides: guideSlugs, laws: lawIds }),
  }),
  laws: defineCollection({
    // One file per cited article, named by its id (crpl-25.yaml): writers add a law without touching the others.
    loader: glob({ base: './content/laws', pattern: '*.yaml' }),
    schema: lawSchema,
  }),
  templates: defineCollection({
    loader: glob({ base: './content/templates', pattern: '[!_]*.yaml', generateId: ({ entry }) => entry.slice(0, -5) }),
    schema: templateSchema({ guides: guideSlugs, placeholders: new Set(Object.keys(placeholders)) }),
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
