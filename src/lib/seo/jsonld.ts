/** Builders for schema.org JSON-LD. Pure functions so the shapes are unit-tested without a build. */

export interface Crumb {
  name: string;
  /** Site-relative link, as the visible breadcrumbs use it. */
  href: string;
}

/** The same crumbs the page shows, with their links made absolute against the site's address. */
export function breadcrumbList(crumbs: readonly Crumb[], site: URL | undefined) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: new URL(crumb.href, site).href,
    })),
  };
}

export function article(input: {
  headline: string;
  description: string;
  url: string;
  dateModified: Date;
  inLanguage: string;
  publisher: string;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.headline,
    description: input.description,
    mainEntityOfPage: input.url,
    dateModified: input.dateModified.toISOString().slice(0, 10),
    inLanguage: input.inLanguage,
    publisher: { '@type': 'Organization', name: input.publisher },
  };
}

export function faqPage(items: readonly { question: string; answer: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  };
}

/** JSON for a <script type="application/ld+json"> block: "<" is escaped so no value can close the script element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
