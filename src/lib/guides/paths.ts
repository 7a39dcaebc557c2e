import { localizePath, type Locale } from '../i18n/locales';
import { kindSection, type GuideKind } from './kinds';

/** Guide entry ids are "<locale>/<slug>" because content/guides/ has one folder per locale. */
export function splitGuideId(id: string): { locale: string; slug: string } {
  const [locale, ...rest] = id.split('/');
  const slug = rest.join('/');
  if (!locale || !slug) throw new Error(`Guide id "${id}" should look like "en/<slug>"`);
  return { locale, slug };
}

/** Locale-free path of a guide, e.g. "/excuses/signed-for-no-refund/". */
export function guidePath(kind: GuideKind, slug: string): string {
  return `/${kindSection[kind]}/${slug}/`;
}

export function guideUrl(kind: GuideKind, slug: string, locale: Locale): string {
  return localizePath(guidePath(kind, slug), locale);
}

export function sectionUrl(kind: GuideKind, locale: Locale): string {
  return localizePath(`/${kindSection[kind]}/`, locale);
}

/**
 * The check, preselected from a guide: a case guide answers "what went wrong", an excuse card "what the seller said".
 * Guide slugs are the ids the check uses, so the link needs no mapping table.
 */
export function checkUrl(kind: GuideKind, slug: string): string {
  if (kind === 'case') return `/check/?case=${slug}`;
  if (kind === 'excuse') return `/check/?excuse=${slug}`;
  return '/check/';
}
