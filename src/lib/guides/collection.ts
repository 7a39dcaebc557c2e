/** Reads guides from the content collection. The one place that knows how entries map to locales and URLs. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import type { GuideKind } from './kinds';
import { splitGuideId } from './paths';

export type GuideEntry = CollectionEntry<'guides'>;

export interface Guide {
  entry: GuideEntry;
  slug: string;
  locale: Locale;
}

export async function getGuides(locale: Locale, kind?: GuideKind): Promise<Guide[]> {
  const entries = await getCollection('guides', (entry) => splitGuideId(entry.id).locale === locale);
  return entries
    .filter((entry) => !kind || entry.data.kind === kind)
    .map((entry) => ({ entry, slug: splitGuideId(entry.id).slug, locale }))
    .sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug));
}

/**
 * Guides for a page in `locale`, with the English original standing in for any guide not yet translated.
 * Callers mark stand-ins with lang="en" so screen readers switch voice.
 */
export async function getGuidesOrEnglish(locale: Locale, kind?: GuideKind): Promise<Guide[]> {
  const english = await getGuides('en', kind);
  if (locale === 'en') return english;
  const local = await getGuides(locale, kind);
  return english.map((en) => local.find((g) => g.slug === en.slug) ?? en);
}
