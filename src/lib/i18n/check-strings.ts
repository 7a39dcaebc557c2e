/** The check island's own strings: the dictionary's "checkui." keys without the prefix, typed so a typo fails. */
import type { UiKey } from './en';
import type { Locale } from './locales';
import { dictionaries } from './ui';

export type CheckKey = UiKey extends infer K ? (K extends `checkui.${infer Rest}` ? Rest : never) : never;
export type CheckStrings = Record<CheckKey, string>;

/** Only what the island needs, so the page does not ship the whole dictionary. */
export function checkStrings(locale: Locale): CheckStrings {
  return Object.fromEntries(
    Object.entries(dictionaries[locale])
      .filter(([key]) => key.startsWith('checkui.'))
      .map(([key, value]) => [key.slice('checkui.'.length), value]),
  ) as CheckStrings;
}
