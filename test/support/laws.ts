/** Reads the law registry (content/laws/<id>.yaml) for tests: one reader, so every test sees the same entries. */
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { lawSchema, type Law } from '../../src/lib/laws/schema';

// Tests run from the project root; import.meta.url is not a file URL under jsdom.
const lawsDir = new URL('content/laws/', pathToFileURL(`${process.cwd()}/`));

/** Every registry file, by id (the file name), parsed as YAML but not yet checked against the schema. */
export function readRegistryFiles(): { id: string; raw: unknown }[] {
  return readdirSync(lawsDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({
      id: name.slice(0, -'.yaml'.length),
      raw: parse(readFileSync(new URL(name, lawsDir), 'utf8')) as unknown,
    }));
}

/** Every registry entry, checked against the schema (throws on an invalid one). */
export function readRegistry(): { id: string; data: Law }[] {
  return readRegistryFiles().map(({ id, raw }) => ({ id, data: lawSchema.parse(raw) }));
}
