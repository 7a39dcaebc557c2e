/**
 * How the law registry is laid out on the site: one page per law (/laws/<group>/), each article a section whose
 * anchor is its entry id, and /laws/ an index of the groups. Pure functions of the entries, so the grouping and
 * every citation URL are unit-tested without a build.
 *
 * A group's slug comes from the law's English name only, never from its position or its neighbours, so adding an
 * entry never moves another. Platform rules are grouped by rule the same way. Court cases share one page,
 * /laws/court-cases/, whatever their names.
 */
import type { Locale } from '../i18n/locales';
import { pageUrl } from '../routes';

export type LawKind = 'law' | 'platform' | 'case';

/** Laws first, then platform rules, then court cases: the order of the index and of its groups list. */
export const lawKinds: readonly LawKind[] = ['law', 'platform', 'case'];

/** The one page every court case is on. */
export const casesSlug = 'court-cases';

/** What the grouping reads of an entry: the collection's entries fit this shape. */
export interface LawEntryLike {
  id: string;
  data: {
    kind: LawKind;
    law: string;
    lawZh: string;
    article: string;
    inForce?: Date;
    edition?: string;
    editionZh?: string;
    decided?: Date;
  };
}

export interface LawGroup<E extends LawEntryLike = LawEntryLike> {
  slug: string;
  kind: LawKind;
  /** The law's names, shared by its entries. Absent for the court-cases group: its name is a UI string. */
  names?: { law: string; lawZh: string };
  /** When every entry gives the same in-force date or edition, the group shows it once. */
  inForce?: Date;
  edition?: string;
  editionZh?: string;
  /** Articles in number order; cases by decision date. */
  entries: E[];
}

/** "Supreme People’s Court Provisions on Online Consumption Disputes (I)" -> "supreme-peoples-court-…-disputes-i". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) throw new Error(`No URL slug can be made from the law name "${name}"`);
  return slug;
}

/** The group an entry belongs to: its law's slug, or the shared court-cases page. */
export function groupSlug(data: { kind: LawKind; law: string }): string {
  return data.kind === 'case' ? casesSlug : slugify(data.law);
}

/** The page of a group: /laws/<group>/, under /<locale>/ for a translated edition. */
export function lawGroupPath(slug: string, locale: Locale = 'en'): string {
  return pageUrl({ type: 'law-group', group: slug }, locale);
}

/** Where every citation of an entry links: its section on its law's page, /laws/<group>/#<id>. */
export function lawUrl(entry: { id: string; data: { kind: LawKind; law: string } }, locale: Locale = 'en'): string {
  return `${lawGroupPath(groupSlug(entry.data), locale)}#${entry.id}`;
}

/** The first number of an article as printed: "48(1)(8)" -> 48, "30–31" -> 30; a whole rule ("—") sorts first. */
export function articleNumber(article: string): number {
  const match = /\d+/.exec(article);
  return match ? Number(match[0]) : -1;
}

function compareEntries(a: LawEntryLike, b: LawEntryLike): number {
  if (a.data.kind === 'case' || b.data.kind === 'case') {
    const time = (e: LawEntryLike) => e.data.decided?.getTime() ?? 0;
    return time(a) - time(b) || a.data.law.localeCompare(b.data.law, 'en') || a.id.localeCompare(b.id, 'en');
  }
  return (
    articleNumber(a.data.article) - articleNumber(b.data.article) ||
    a.data.article.localeCompare(b.data.article, 'en') ||
    a.id.localeCompare(b.id, 'en')
  );
}

/** The value every item shares, or undefined when they differ or one lacks it. */
function shared<T>(values: readonly (T | undefined)[], key: (value: T) => string | number): T | undefined {
  const first = values[0];
  if (first === undefined) return undefined;
  return values.every((v) => v !== undefined && key(v) === key(first)) ? first : undefined;
}

/**
 * The registry as groups: laws, then platform rules, then cases; within a kind by English name; within a group by
 * article number. Throws where two laws would share a page, or one law is named two ways in Chinese: the page
 * could not say which it is.
 */
export function groupLaws<E extends LawEntryLike>(entries: readonly E[]): LawGroup<E>[] {
  const bySlug = new Map<string, E[]>();
  for (const entry of entries) {
    const slug = groupSlug(entry.data);
    const members = bySlug.get(slug) ?? [];
    const other = members[0];
    if (other && entry.data.kind !== 'case') {
      if (other.data.law !== entry.data.law || other.data.kind !== entry.data.kind) {
        throw new Error(
          `"${entry.id}" (${entry.data.kind} "${entry.data.law}") and "${other.id}" (${other.data.kind} "${other.data.law}") would share the page /laws/${slug}/. Name them apart.`,
        );
      }
      if (other.data.lawZh !== entry.data.lawZh) {
        throw new Error(
          `"${entry.id}" and "${other.id}" name the ${entry.data.law} differently in Chinese: "${entry.data.lawZh}" and "${other.data.lawZh}".`,
        );
      }
    }
    members.push(entry);
    bySlug.set(slug, members);
  }

  const groups: LawGroup<E>[] = [...bySlug].map(([slug, members]) => {
    const sorted = [...members].sort(compareEntries);
    const first = sorted[0]!;
    const kind = first.data.kind;
    if (kind === 'case') return { slug, kind, entries: sorted };
    return {
      slug,
      kind,
      names: { law: first.data.law, lawZh: first.data.lawZh },
      inForce: shared(
        sorted.map((e) => e.data.inForce),
        (d) => d.getTime(),
      ),
      edition: shared(
        sorted.map((e) => e.data.edition),
        (s) => s,
      ),
      editionZh: shared(
        sorted.map((e) => e.data.editionZh),
        (s) => s,
      ),
      entries: sorted,
    };
  });

  return groups.sort(
    (a, b) =>
      lawKinds.indexOf(a.kind) - lawKinds.indexOf(b.kind) ||
      (a.names?.law ?? '').localeCompare(b.names?.law ?? '', 'en') ||
      a.slug.localeCompare(b.slug, 'en'),
  );
}
