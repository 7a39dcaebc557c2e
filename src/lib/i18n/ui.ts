import { en, type UiKey } from './en';
import { zhCn } from './zh-cn';
import type { Locale } from './locales';

const dictionaries: Record<Locale, Record<UiKey, string>> = { en, 'zh-cn': zhCn };

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** Returns the string lookup for a locale. `{name}` placeholders are filled from `vars`; a missing one throws,
 * because a half-filled sentence on a live page is worse than a failed build. */
export function useTranslations(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, vars) =>
    dictionary[key].replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = vars?.[name];
      if (value === undefined) throw new Error(`UI string "${key}" needs a value for {${name}}`);
      return String(value);
    });
}

/** Dates as readers write them: "26 November 2026" in English, "2026年11月26日" in Chinese. */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}

export { dictionaries };
