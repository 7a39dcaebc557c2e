/**
 * Which locale-free paths exist in which locales. A language switcher and hreflang alternates are shown only where
 * the page exists in the other language, so a reader is never sent to a 404.
 * Guides add themselves from content/guides/<locale>/; the fixed pages below are listed by hand.
 */
import { localizePath, type Locale } from './locales';

export const translatedPages: Record<Locale, readonly string[]> = {
  en: ['/', '/check/', '/search/', '/laws/', '/about/'],
  'zh-cn': ['/', '/check/'],
};

/** A fixed page's URL in `locale` where it is translated, else the English page. */
export function pageUrl(path: string, locale: Locale): string {
  return translatedPages[locale].includes(path) ? localizePath(path, locale) : path;
}
