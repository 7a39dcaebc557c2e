/**
 * The placeholder registry (content/templates/_placeholders.yaml) for pages: read at build time, parsed with the same
 * schema as the content config, so a page can show each fill-in by its name in the reader's language.
 */
import { parse } from 'yaml';
import raw from '../../../content/templates/_placeholders.yaml?raw';
import { placeholderRegistrySchema } from './schema';

export const placeholderRegistry = placeholderRegistrySchema.parse(parse(raw));
