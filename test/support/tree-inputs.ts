/** The real content the tree refers to, read from content/, for engine tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { readGuides } from './guides';

// Tests run from the project root; import.meta.url is not a file URL under jsdom.
const projectRoot = pathToFileURL(`${process.cwd()}/`);

const templatesDir = new URL('content/templates/', projectRoot);

/** The message templates shown on guide pages (the plan composes its own messages). */
export const templates: Record<string, { zh: string; en: string }> = Object.fromEntries(
  readdirSync(templatesDir)
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
    .map((f) => [f.slice(0, -5), parse(readFileSync(new URL(f, templatesDir), 'utf8')) as { zh: string; en: string }]),
);

const guides = readGuides('en');
export const guideSlugs = new Set(guides.map((g) => g.slug));
export const caseGuides = new Set(guides.filter((g) => g.data.kind === 'case').map((g) => g.slug));
export const excuseGuides = new Set(guides.filter((g) => g.data.kind === 'excuse').map((g) => g.slug));
export const lawIds = new Set(
  readdirSync(new URL('content/laws/', projectRoot))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5)),
);
