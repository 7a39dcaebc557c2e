import type { Text } from './types';

/** A text in English, with its Chinese if written (null marks it untranslated). */
export const tx = (en: string, zh: string | null = null): Text => ({ en, 'zh-cn': zh });

/** The text in a locale, falling back to English where Chinese is not written yet. */
export const inLocale = (text: Text, locale: 'en' | 'zh-cn'): string => text[locale] ?? text.en;
