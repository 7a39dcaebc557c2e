/** Facts about the site as a whole. */

/** When the facts in the guides were last checked against the law dossier. Shown in the footer and on /about/. */
export const factsReviewed = new Date('2026-11-26');
