/**
 * The route list (lib/routes.ts) fed from the content on disk. The only place that turns collections into an
 * inventory, so pages and layouts ask "which route am I?" instead of each working out which locales exist.
 */
import { getCollection } from 'astro:content';
import { splitGuideId } from './guides/paths';
import { defaultLocale, isLocale, type Locale } from './i18n/locales';
import { getLawGroups } from './laws/collection';
import { buildRoutes, type Inventory, type Route } from './routes';

async function inventory(): Promise<Inventory> {
  const guides = await getCollection('guides');
  const bySlug = new Map<string, { slug: string; kind: Inventory['guides'][number]['kind']; locales: Locale[] }>();
  // The default locale's file decides a guide's kind (and so its URL); translations only add a locale.
  for (const entry of guides) {
    const { locale, slug } = splitGuideId(entry.id);
    if (locale !== defaultLocale) continue;
    bySlug.set(slug, { slug, kind: entry.data.kind, locales: [defaultLocale] });
  }
  for (const entry of guides) {
    const { locale, slug } = splitGuideId(entry.id);
    if (locale === defaultLocale) continue;
    const guide = bySlug.get(slug);
    if (!isLocale(locale)) throw new Error(`content/guides/${locale}/ is not a locale of the site`);
    if (!guide) throw new Error(`content/guides/${locale}/${slug}.mdx has no ${defaultLocale} original`);
    if (entry.data.kind !== guide.kind) {
      throw new Error(
        `content/guides/${locale}/${slug}.mdx is kind "${entry.data.kind}", its original "${guide.kind}"`,
      );
    }
    guide.locales.push(locale);
  }
  const pages = await getCollection('pages');
  const about = pages
    .map((page) => page.id.split('/'))
    .filter(([, name]) => name === 'about')
    .map(([locale]) => locale)
    .filter(isLocale);
  const lawGroups = (await getLawGroups()).map((group) => group.slug);
  return { guides: [...bySlug.values()], lawGroups, about };
}

let built: Promise<Route[]> | undefined;

/** Every route of the site. Built once per build; rebuilt per request under `astro dev`, where content changes. */
export async function getRoutes(): Promise<Route[]> {
  if (import.meta.env.DEV) return buildRoutes(await inventory());
  built ??= inventory().then(buildRoutes);
  return built;
}

/** The route of a URL path, or undefined for a page outside the list (the 404 pages). */
export async function routeAt(pathname: string): Promise<Route | undefined> {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return (await getRoutes()).find((route) => route.path === path);
}
