import { describe, expect, it } from 'vitest';
import { locales } from '../../src/lib/i18n/locales';
import { buildRoutes, checkUrl, pagePath, pageUrl, routeParam, type Inventory } from '../../src/lib/routes';

const inventory: Inventory = {
  guides: [
    { slug: 'signed-for-no-refund', kind: 'excuse', locales: ['en', 'zh-cn'] },
    { slug: 'late-delivery', kind: 'case', locales: ['en'] },
  ],
  lawGroups: ['consumer-rights-protection-law'],
  about: ['en'],
};
const routes = buildRoutes(inventory);
const at = (path: string) => routes.find((r) => r.path === path);

describe('the route list', () => {
  it('gives every page a route in every locale, at distinct paths', () => {
    // home, check, search, laws, 1 law group, about, offline, 2 sections, 2 guides
    expect(routes).toHaveLength(11 * locales.length);
    expect(at('/offline/')?.page).toEqual({ type: 'offline' });
    expect(at('/zh-cn/offline/')).toMatchObject({ locale: 'zh-cn', isFallback: false });
    expect(new Set(routes.map((r) => r.path)).size).toBe(routes.length);
  });

  it('puts the default locale at the root and every other locale under its folder', () => {
    expect(at('/excuses/signed-for-no-refund/')).toMatchObject({ locale: 'en', isFallback: false });
    expect(at('/zh-cn/excuses/signed-for-no-refund/')).toMatchObject({
      locale: 'zh-cn',
      contentLocale: 'zh-cn',
      isFallback: false,
      translations: ['en', 'zh-cn'],
    });
    expect(at('/')?.page).toEqual({ type: 'home' });
    expect(at('/zh-cn/')?.page).toEqual({ type: 'home' });
  });

  it('marks an untranslated guide a fallback that renders the English and is not offered as a translation', () => {
    expect(at('/zh-cn/problems/late-delivery/')).toMatchObject({
      locale: 'zh-cn',
      contentLocale: 'en',
      isFallback: true,
      translations: ['en'],
    });
    expect(at('/zh-cn/about/')).toMatchObject({ isFallback: true, contentLocale: 'en' });
  });

  it('builds pages made of dictionary words (check, search, laws, sections) in every locale, not as fallbacks', () => {
    for (const path of ['/zh-cn/check/', '/zh-cn/search/', '/zh-cn/laws/', '/zh-cn/problems/', '/zh-cn/excuses/']) {
      expect(at(path), path).toMatchObject({ isFallback: false, contentLocale: 'zh-cn' });
    }
    expect(at('/zh-cn/laws/consumer-rights-protection-law/')?.page).toEqual({
      type: 'law-group',
      group: 'consumer-rights-protection-law',
    });
  });

  it('gives a section an index only once it has a guide', () => {
    expect(at('/steps/')).toBeUndefined();
    expect(at('/problems/')).toBeDefined();
  });

  it('refuses a page with no default-locale edition, and two pages on one path', () => {
    expect(() => buildRoutes({ ...inventory, about: ['zh-cn'] })).toThrow(/no en edition/);
    expect(() =>
      buildRoutes({
        ...inventory,
        guides: [...inventory.guides, { slug: 'late-delivery', kind: 'case', locales: ['en'] }],
      }),
    ).toThrow(/Two pages want the path \/problems\/late-delivery\//);
  });

  it('turns a route into the catch-all param, with none for the home page', () => {
    expect(routeParam(at('/')!)).toBeUndefined();
    expect(routeParam(at('/zh-cn/')!)).toBe('zh-cn');
    expect(routeParam(at('/zh-cn/excuses/signed-for-no-refund/')!)).toBe('zh-cn/excuses/signed-for-no-refund');
  });
});

describe('page URLs', () => {
  it('builds locale-free paths and localised URLs', () => {
    expect(pagePath({ type: 'guide', kind: 'step', slug: 'go-to-court' })).toBe('/steps/go-to-court/');
    expect(pageUrl({ type: 'search' }, 'zh-cn')).toBe('/zh-cn/search/');
    expect(pageUrl({ type: 'law-group', group: 'civil-code' }, 'en')).toBe('/laws/civil-code/');
  });

  it('preselects the check from a case or an excuse guide, in the reader’s locale', () => {
    expect(checkUrl('zh-cn', { kind: 'case', slug: 'late-delivery' })).toBe('/zh-cn/check/?case=late-delivery');
    expect(checkUrl('en', { kind: 'excuse', slug: 'signed-for-no-refund' })).toBe(
      '/check/?excuse=signed-for-no-refund',
    );
    expect(checkUrl('en', { kind: 'step', slug: 'go-to-court' })).toBe('/check/');
  });
});
