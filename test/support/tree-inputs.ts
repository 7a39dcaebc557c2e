/** The real content the tree refers to, read from content/, for engine tests. */
import { readGuides } from './guides';
import { readRegistryFiles } from './laws';

const guides = readGuides('en');
export const guideSlugs = new Set(guides.map((g) => g.slug));
export const caseGuides = new Set(guides.filter((g) => g.data.kind === 'case').map((g) => g.slug));
export const excuseGuides = new Set(guides.filter((g) => g.data.kind === 'excuse').map((g) => g.slug));
export const lawIds = new Set(readRegistryFiles().map((f) => f.id));
