/**
 * Every page of the site in every locale, in one pure list (the approach Starlight takes in its routing utilities).
 * Pages only render what a route hands them; they never decide which locales exist.
 *
 * A page that has no translation in a locale still gets a route there (`isFallback`): it renders the English content
 * marked lang="en" and says so in the reader's language, so a Chinese reader following a Chinese link never lands on
 * a 404 or is silently moved to the English site. Fallbacks are not offered as hreflang alternates (they are not
 * translations) and point their canonical URL at the original.
 */
import { defaultLocale, localizePath, locales, type Locale } from './i18n/locales';
import { guideKinds, kindSection, type GuideKind } from './guides/kinds';

/** What a page is, without its locale. */
export type Page =
  | { type: 'home' }
  | { type: 'check' }
  | { type: 'search' }
  | { type: 'laws' }
  | { type: 'law-group'; group: string }
  | { type: 'about' }
  /** What the service worker shows for a page not saved on this device while the reader is offline. */
  | { type: 'offline' }
  | { type: 'section'; kind: GuideKind }
  | { type: 'guide'; kind: GuideKind; slug: string };

export interface Route {
  page: Page;
  locale: Locale;
  /** The URL path, e.g. "/zh-cn/excuses/signed-for-no-refund/". */
  path: string;
  /** The language the page's main content is written in: the route's locale, or the default for a fallback. */
  contentLocale: Locale;
  isFallback: boolean;
  /** Locales in which this page is really written (for hreflang and the language switcher's labels). */
  translations: readonly Locale[];
}

/** What the content on disk provides. Pages made only of dictionary words exist in every locale. */
export interface Inventory {
  /** Each guide with the locales it is written in (always including the default). */
  guides: readonly { slug: string; kind: GuideKind; locales: readonly Locale[] }[];
  lawGroups: readonly string[];
  /** Locales the about page is written in. */
  about: readonly Locale[];
}

/** The locale-free path of a page, e.g. "/excuses/signed-for-no-refund/". */
export function pagePath(page: Page): string {
  switch (page.type) {
    case 'home':
      return '/';
    case 'check':
    case 'search':
    case 'laws':
    case 'about':
    case 'offline':
      return `/${page.type}/`;
    case 'law-group':
      return `/laws/${page.group}/`;
    case 'section':
      return `/${kindSection[page.kind]}/`;
    case 'guide':
      return `/${kindSection[page.kind]}/${page.slug}/`;
  }
}

/** A page's URL in a locale. Every page exists in every locale (some as fallbacks), so this never points at a 404. */
export function pageUrl(page: Page, locale: Locale): string {
  return localizePath(pagePath(page), locale);
}

/** The check, preselected from a guide: a case guide answers "what went wrong", an excuse card "what the seller said". */
export function checkUrl(locale: Locale, from?: { kind: GuideKind; slug: string }): string {
  const base = pageUrl({ type: 'check' }, locale);
  if (from?.kind === 'case') return `${base}?case=${from.slug}`;
  if (from?.kind === 'excuse') return `${base}?excuse=${from.slug}`;
  return base;
}

export function buildRoutes(inventory: Inventory): Route[] {
  const everywhere = locales;
  type Written = { page: Page; translations: readonly Locale[] };
  const written: Written[] = [
    { page: { type: 'home' }, translations: everywhere },
    { page: { type: 'check' }, translations: everywhere },
    { page: { type: 'search' }, translations: everywhere },
    { page: { type: 'laws' }, translations: everywhere },
    ...inventory.lawGroups.map((group): Written => ({ page: { type: 'law-group', group }, translations: everywhere })),
    { page: { type: 'about' }, translations: inventory.about },
    { page: { type: 'offline' }, translations: everywhere },
    ...sectionsOf(inventory.guides).map((kind): Written => ({
      page: { type: 'section', kind },
      translations: everywhere,
    })),
    ...inventory.guides.map((guide): Written => ({
      page: { type: 'guide', kind: guide.kind, slug: guide.slug },
      translations: guide.locales,
    })),
  ];
  const routes: Route[] = [];
  for (const { page, translations } of written) {
    if (!translations.includes(defaultLocale)) {
      throw new Error(`${pagePath(page)} has no ${defaultLocale} edition: the default locale is always written first`);
    }
    for (const locale of locales) {
      const isFallback = !translations.includes(locale);
      routes.push({
        page,
        locale,
        path: pageUrl(page, locale),
        contentLocale: isFallback ? defaultLocale : locale,
        isFallback,
        translations: locales.filter((l) => translations.includes(l)),
      });
    }
  }
  const seen = new Set<string>();
  for (const route of routes) {
    if (seen.has(route.path)) throw new Error(`Two pages want the path ${route.path}`);
    seen.add(route.path);
  }
  return routes;
}

/** A kind gets an index page only once it has a guide: an empty section would be a dead end. */
function sectionsOf(guides: Inventory['guides']): GuideKind[] {
  return guideKinds.filter((kind) => guides.some((g) => g.kind === kind));
}

/** The param of the catch-all page `[...route].astro`: the path without its slashes, undefined for the home page. */
export function routeParam(route: Route): string | undefined {
  const trimmed = route.path.replace(/^\/|\/$/g, '');
  return trimmed === '' ? undefined : trimmed;
}
