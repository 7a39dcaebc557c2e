import type { Locale } from '../i18n/locales';
import { pageUrl } from '../routes';
import type { GuideKind } from './kinds';

/** Guide entry ids are "<locale>/<slug>" because content/guides/ has one folder per locale. */
export function splitGuideId(id: string): { locale: string; slug: string } {
  const [locale, ...rest] = id.split('/');
  const slug = rest.join('/');
  if (!locale || !slug) throw new Error(`Guide id "${id}" should look like "en/<slug>"`);
  return { locale, slug };
}

/** A guide's URL in a locale (shorthand for the route list's pageUrl). */
export function guideUrl(kind: GuideKind, slug: string, locale: Locale): string {
  return pageUrl({ type: 'guide', kind, slug }, locale);
}

export function sectionUrl(kind: GuideKind, locale: Locale): string {
  return pageUrl({ type: 'section', kind }, locale);
}
