/**
 * Facts and settings about the site as a whole, in one place for whoever deploys it: its public address, how to
 * reach the people who keep it, and the ICP filing number a site hosted in mainland China must show (备案号).
 * Each can be set when building, without editing code.
 */

/** The public address: canonical URLs, Open Graph, the sitemap and robots.txt. SITE_URL sets it when building. */
export const siteUrl = process.env.SITE_URL || 'https://refundpath.example';

/**
 * Where readers report a mistake. CONTACT_EMAIL sets it when building; unset, the About page says no address has been
 * set yet, rather than show a placeholder that no mail reaches.
 */
export const contactEmail: string | undefined = process.env.CONTACT_EMAIL || undefined;

/** The ICP filing number (备案号), shown in the footer when set: needed only when hosted in mainland China. */
export const icpFiling = process.env.ICP_FILING || undefined;

/**
 * When the facts in the guides were last checked against the law dossier (3 December 2026: every guide, the registry's
 * quoted texts and the pages, in both languages; 4 December: the guides' ready replies and the prose around them;
 * reviews/README.md). Shown in the footer and on /about/; never older than a guide's own "last reviewed" date (a
 * content test holds it).
 */
export const factsReviewed = new Date('2026-12-04');
