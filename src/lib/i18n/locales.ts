/** The site's locales. `en` is the default and has no URL prefix; every other locale lives under /<locale>/. */
export const locales = ['en', 'zh-cn'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** BCP 47 tags for `<html lang>`, hreflang and Pagefind's per-language index. */
export const htmlLang: Record<Locale, string> = { en: 'en', 'zh-cn': 'zh-CN' };

/** Open Graph wants an underscore form. */
export const ogLocale: Record<Locale, string> = { en: 'en_GB', 'zh-cn': 'zh_CN' };

/** Each language's own name, for the language switcher (a reader finds their language written their way). */
export const localeName: Record<Locale, string> = { en: 'English', 'zh-cn': '简体中文' };

export function isLocale(value: string | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? '');
}

/** Prefixes a site path (always starting and ending with "/") with the locale's folder. */
export function localizePath(path: string, locale: Locale): string {
  if (!path.startsWith('/')) throw new Error(`Site paths start with "/": ${path}`);
  return locale === defaultLocale ? path : `/${locale}${path}`;
}

/** Splits "/zh-cn/steps/x/" into its locale and the locale-free path "/steps/x/". */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const first = pathname.split('/')[1];
  if (first && first !== defaultLocale && isLocale(first)) {
    return { locale: first, path: pathname.slice(first.length + 1) || '/' };
  }
  return { locale: defaultLocale, path: pathname };
}
