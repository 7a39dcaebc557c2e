import type { Locale } from '../../i18n/locales';
import type { SearchWords } from '../broaden';
import { en } from './en';
import { zhCn } from './zh-cn';

/** Each locale's search words (a new language adds its list here). */
export const searchWords: Record<Locale, SearchWords> = { en, 'zh-cn': zhCn };
