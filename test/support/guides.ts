/** Reads the guide sources in content/guides/ for tests that check the writing itself. */
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

// Tests run from the project root; import.meta.url is not a file URL under jsdom.
const projectRoot = pathToFileURL(`${process.cwd()}/`);

export const guidesDir = new URL('content/guides/', projectRoot);

export interface GuideSource {
  slug: string;
  locale: string;
  file: string;
  data: Record<string, unknown> & { kind: string; laws: string[]; related: string[]; title: string };
  body: string;
}

export function readGuides(locale = 'en'): GuideSource[] {
  const dir = new URL(`${locale}/`, guidesDir);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .map((name) => {
      const text = readFileSync(new URL(name, dir), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${locale}/${name} has no frontmatter block`);
      return {
        slug: name.slice(0, -'.mdx'.length),
        locale,
        file: `content/guides/${locale}/${name}`,
        data: parse(match[1]!) as GuideSource['data'],
        body: match[2]!,
      };
    });
}
