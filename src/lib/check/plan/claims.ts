/**
 * Every statement the plan can make about the law, by id, and the articles (ids in content/laws/) that support it.
 * Steps, deadlines and messages cite claims, never bare law ids. What each claim says, and the words of each article
 * that carry it, are in claim-sources.ts: the table a reviewer reads, held to these ids and articles by its type and
 * to the articles' quoted text by a test. They live apart so the plan's code in the browser carries only the ids
 * (the sentences and quotations were 6 KB gzip of it, read by nobody but reviewers and tests).
 */
export const claims = {
  'quality-return-7-days': ['crpl-24'],
  'quality-costs-on-seller': ['crpl-24'],
  'quality-after-7-days': ['crpl-24', 'cc-582'],
  'breach-remedies': ['cc-582'],
  'as-is-term-limits': ['cc-618'],
  'part-of-goods': ['cc-632'],
  'as-described': ['crpl-23'],
  'durable-burden': ['crpl-23'],
  'no-reason-return': ['crpl-25', 'returns-10'],
  'no-reason-postage': ['crpl-25', 'returns-18'],
  'no-reason-excluded': ['crpl-25', 'returns-6'],
  'exclusion-needs-confirmation': ['crpl-25', 'regs-19'],
  'excludable-by-nature': ['returns-7'],
  'unconfirmed-exclusion-fined': ['returns-31'],
  'opened-to-inspect': ['spc-online-3', 'regs-19'],
  'used-beyond-checking': ['returns-9'],
  'refund-within-7-days': ['returns-13'],
  'quality-delay-fined': ['penalty-8'],
  'late-refund-fined': ['returns-31'],
  'unfair-terms-void': ['crpl-26'],
  'signing-not-acceptance': ['spc-online-1'],
  'final-say-void': ['spc-online-1'],
  'refund-original-method': ['returns-14'],
  'seller-answers': ['crpl-40'],
  'deliver-as-promised': ['ecl-20'],
  'risk-until-delivery': ['cc-604'],
  'delivery-on-signature': ['cc-512'],
  'end-after-demand': ['cc-563'],
  'signing-needs-consent': ['express-market-28', 'ecl-52'],
  'courier-appeal': ['express-market-30'],
  'earnest-doubled': ['cc-587'],
  'earnest-lost': ['cc-587'],
  'advance-not-earnest': ['spc-contract-67'],
  'prepaid-cooling-off': ['spc-prepaid-1', 'spc-prepaid-14'],
  'renewal-needs-choice': ['online-trade-18'],
  'prepaid-refund': ['crpl-53', 'regs-22'],
  'prepaid-own-reason': ['spc-prepaid-9', 'spc-prepaid-19'],
  'prepaid-interest-lpr': ['spc-prepaid-16'],
  'prepaid-used-at-discount': ['spc-prepaid-18'],
  'complaint-needs-respondent': ['regs-46'],
  'fake-defeats-purpose': ['cc-563'],
  'earnest-cap': ['cc-586'],
  'signing-presumes-checked': ['cc-623'],
  'transit-risk-private': ['cc-607', 'cc-512'],
  'small-claims-not-foreign': ['cpl-166'],
  'suit-needs-defendant': ['cpl-122', 'spc-cpl-94'],
  'platform-must-help': ['ecl-61'],
  'platform-pays-without-details': ['crpl-44'],
  'live-room-as-seller': ['spc-online-11-17'],
  'complaint-handled-7-working-days': ['crpl-46', 'regs-46'],
  'routes-to-resolve': ['crpl-39'],
  'police-receipt': ['police-rules-171'],
  'police-can-freeze': ['anti-fraud-20'],
  'police-refusal-review': ['police-rules-179'],
  'refusal-can-be-fined': ['crpl-56'],
  'known-defect-excepted': ['crpl-23', 'crpl-56'],
  'put-right-refusal-fined': ['crpl-56', 'penalty-8'],
  'fakes-can-be-penalised': ['crpl-56-1-2'],
  'false-claims-can-be-penalised': ['crpl-56-1-6'],
  'sue-where-performed': ['cpl-24'],
  'sue-where-delivered': ['cpl-24', 'spc-cpl-20'],
  'sue-at-home-download': ['spc-cpl-20'],
  'small-claims': ['cpl-165'],
  'small-claims-two-months': ['cpl-168'],
  'testing-leaves-small-claims': ['cpl-166'],
  'court-appraisal': ['cpl-79', 'cpl-166'],
  'court-fee': ['fees-13', 'fees-16'],
  'limitation-3-years': ['cc-188', 'cc-195'],
  'defect-harm-2-years': ['pql-45', 'cc-195'],
  'defect-notice-2-years': ['cc-621'],
  'electronic-evidence': ['evidence-14', 'ecl-62'],
  'electronic-data': ['evidence-14'],
  'order-forms-contract': ['ecl-49', 'cc-491'],
  'no-forced-delivery': ['cc-580'],
  'price-promise-refused-fraud': ['price-fraud-19'],
  'tourism-complaint-office': ['tourism-91', 'tourism-92'],
  'checking-keeps-intact': ['returns-8'],
  'breach-remedies-damages': ['cc-577', 'cc-584'],
  'breach-damages': ['cc-577'],
  'tour-full-refund': ['tourism-63'],
  'tour-notice-or-losses': ['tourism-63', 'tourism-70'],
  'tour-balance-refund': ['tourism-65', 'spc-travel-12'],
  'cancelled-by-provider': ['cc-563', 'cc-566'],
  'terms-must-be-pointed-out': ['cc-496'],
  'no-pre-ticked-add-ons': ['online-trade-17'],
  'annul-needs-court': ['cc-147', 'spc-general-19', 'cc-152'],
  'promises-binding': ['regs-12'],
  'fake-discount-banned': ['price-fraud-19'],
  'compared-price-7-day-low': ['price-fraud-16'],
  'no-reason-good-faith': ['regs-19'],
  'fraud-three-times': ['crpl-55'],
  'food-ten-times': ['fsl-148'],
  'food-losses-first-pay': ['fsl-148'],
  'food-no-harm-needed': ['spc-fsl-10'],
  'test-body-named': ['regs-47'],
  'kitchen-no-excuse': ['spc-online-19'],
  'meal-platform-liable': ['fsl-131', 'spc-online-18'],
  'expired-food-knowing': ['spc-fsl-6'],
  'second-hand-business-test': ['spc-online-7'],
  'jd-window': ['jd-dispute'],
  'jd-silent': ['jd-dispute'],
  'jd-appeal': ['jd-dispute'],
  'jd-price-rules': ['jd-dispute-28-31-35-43'],
  'wechat-store-window': ['wechat-store-complaint'],
  'taobao-non-delivery-burden': ['taobao-dispute'],
  'taobao-fake-burden': ['taobao-dispute'],
  'taobao-postage-fault': ['taobao-dispute'],
  'platform-must-explain': ['order-116'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

export type ClaimId = keyof typeof claims;

/**
 * When a refund is late, and what that costs the seller. A 7-day return's refund falls due 7 days after the seller gets
 * the item back (Returns Measures 13, 31); a faulty item's return rests on CRPL 24, and its delay counts from the
 * buyer's request (Penalties Measures 8). One rule for the refund-overdue step and the reply to "we refund after we
 * check it".
 */
export function lateRefundClaims(goodsFault: boolean): ClaimId[] {
  return goodsFault ? ['quality-delay-fined'] : ['refund-within-7-days', 'late-refund-fined'];
}

/** The law ids behind some claims, in the order first met, without repeats. */
export function lawsOf(ids: readonly ClaimId[]): string[] {
  return [...new Set(ids.flatMap((id) => claims[id]))];
}
