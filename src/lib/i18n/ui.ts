import { en, type UiKey } from './en';
import { zhCn } from './zh-cn';
import type { Locale } from './locales';
import { formatDate } from './dates';
import { fill } from './fill';

const dictionaries: Record<Locale, Record<UiKey, string>> = { en, 'zh-cn': zhCn };

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** Returns the string lookup for a locale. `{name}` placeholders are filled from `vars`; a missing one throws,
 * because a half-filled sentence on a live page is worse than a failed build. */
export function useTranslations(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, vars) => fill(dictionary[key], vars, `UI string "${key}"`);
}

export { formatDate };

export { dictionaries };
