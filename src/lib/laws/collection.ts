/** Reads the law registry from the content collection, grouped as the /laws/ pages show it. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { groupLaws, type LawGroup } from './groups';

export type LawEntry = CollectionEntry<'laws'>;

export async function getLawGroups(): Promise<LawGroup<LawEntry>[]> {
  return groupLaws(await getCollection('laws'));
}
