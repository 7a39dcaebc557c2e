import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { defaultLocale, localizePath, locales, splitLocale } from '../../src/lib/i18n/locales';
import { formatYuan } from '../../src/lib/check/tree/format';
import { dictionaries, formatDate, useTranslations } from '../../src/lib/i18n/ui';

describe('UI dictionaries', () => {
  it.each(locales)('%s has every English key, each with text', (locale) => {
    const dictionary = dictionaries[locale];
    expect(Object.keys(dictionary).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(dictionary)) expect(value.trim(), key).not.toBe('');
  });

  it.each(locales)('%s keeps the same {placeholders} as English', (locale) => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of Object.entries(dictionaries[locale])) {
      expect(names(value), key).toEqual(names(en[key as keyof typeof en]));
    }
  });

  it('the Chinese dictionary is written in Chinese, not copied English', () => {
    const chinese = Object.values(dictionaries['zh-cn']).filter((v) => /[\u4e00-\u9fff]/.test(v));
    expect(chinese.length / Object.keys(en).length).toBeGreaterThan(0.9);
  });

  it('fills placeholders and refuses to print a half-filled sentence', () => {
    const t = useTranslations('en');
    expect(t('guide.lastReviewed', { date: '1 May 2026' })).toBe('Last reviewed 1 May 2026');
    expect(() => t('guide.lastReviewed')).toThrow(/needs a value for \{date\}/);
  });

  it('formats dates the way each language writes them', () => {
    const date = new Date('2026-04-15T00:00:00Z');
    expect(formatDate(date, 'en')).toBe('15 April 2026');
    expect(formatDate(date, 'zh-cn')).toBe('2026年4月15日');
  });

  it("writes every day of several years exactly as Intl's long date style does", () => {
    const intl = {
      en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
      'zh-cn': new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'UTC' }),
    };
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2029, 0, 1); t += 86_400_000) {
      const day = new Date(t);
      expect(formatDate(day, 'en')).toBe(intl.en.format(day));
      expect(formatDate(day, 'zh-cn')).toBe(intl['zh-cn'].format(day));
    }
  });

  it('writes yuan as en-US grouping does, with fen only when there are any', () => {
    for (const amount of [0, 5, 999, 1000, 3999, 12345.5, 1234567, 0.01, 99.99, 100000.1]) {
      const digits = Number.isInteger(amount) ? 0 : 2;
      const expected = `¥${amount.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: 2 })}`;
      expect(formatYuan(amount)).toBe(expected);
    }
  });
});

describe('locale routing', () => {
  it('serves English without a prefix and Chinese under /zh-cn/', () => {
    expect(defaultLocale).toBe('en');
    expect(localizePath('/steps/go-to-court/', 'en')).toBe('/steps/go-to-court/');
    expect(localizePath('/steps/go-to-court/', 'zh-cn')).toBe('/zh-cn/steps/go-to-court/');
    expect(() => localizePath('steps/', 'en')).toThrow();
  });

  it('splits a URL path into its locale and the locale-free path', () => {
    expect(splitLocale('/zh-cn/')).toEqual({ locale: 'zh-cn', path: '/' });
    expect(splitLocale('/zh-cn/excuses/x/')).toEqual({ locale: 'zh-cn', path: '/excuses/x/' });
    expect(splitLocale('/excuses/x/')).toEqual({ locale: 'en', path: '/excuses/x/' });
    expect(splitLocale('/')).toEqual({ locale: 'en', path: '/' });
  });
});
