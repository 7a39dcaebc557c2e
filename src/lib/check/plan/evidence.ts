/** The evidence checklist: what to keep for this case, ticked where the user said they have it. */
import { isGoodsProblem, type OptionId } from '../tree/questions';
import type { PlanWords } from '../texts/plan-words';
import { secondHandBusiness, type Reading } from './facts';
import type { EvidenceItem } from './types';

/**
 * Every piece of evidence a plan may ask for. Each has a label, `evidence.<id>` in the plan texts, so no raw id ever
 * reaches the screen; the answers to "which do you already have" are among them.
 */
export const evidenceIds = [
  'order-page',
  'payment',
  'listing',
  'chat',
  'unboxing',
  'tracking',
  'test-report',
  'stream-recording',
  'product-kept',
  'medical-records',
  'deposit-terms',
  'return-receipt',
  'photos',
  'lower-price',
  'past-prices',
  'seller-listings',
  'brand-answer',
  'parcel-weight',
  'photos-before-return',
  'platform-decision',
  'mediation-ended-notice',
] as const satisfies readonly string[];
export type EvidenceId = (typeof evidenceIds)[number];
/** Every answer to "which do you already have" is an item of the checklist: a type error otherwise. */
export type HeldEvidence = OptionId<'evidence'> extends EvidenceId ? OptionId<'evidence'> : never;

/**
 * Some evidence goes by another name in some cases: a trip or a ticket has a booking page, not a listing; a meal is
 * photographed with its bag and seal (there is no courier label), and what is left of it is kept sealed and chilled;
 * a parcel nobody signed for has tracking without a signer;
 * a deal made in a chat group, with no platform, has no order page or platform chat, but a record of what was
 * agreed, what the seller posted, and a chat with the seller's account; medical records, where the user said someone
 * was unwell, are not "if anyone was harmed". The same piece of evidence (and the same
 * answer to "which do you have"), named for what the user saw, in the checklist, in a step's "attach" and in the
 * messages alike. The first situation that applies names it.
 */
const namedFor = {
  trip: { listing: 'listing.booking' },
  meal: { photos: 'photos.meal', 'product-kept': 'product-kept.meal' },
  'in-transit': { tracking: 'tracking.in-transit' },
  'group-chat': {
    'order-page': 'order-page.group-chat',
    listing: 'listing.group-chat',
    chat: 'chat.group-chat',
  },
  // The user said someone was unwell: the records are not "if anyone was harmed".
  harmed: { 'medical-records': 'medical-records.harmed' },
  // Food that came short or wrong: what shows it is the weight label, and the food weighed.
  weighed: { 'product-kept': 'product-kept.weighed' },
  // Collected from a community group-buying point: no courier, so no parcel label to photograph with the item.
  pickup: { photos: 'photos.pickup' },
  // The item is back with the seller: only photos taken before it went back can still be shown, and only food held
  // back can still be kept (audit O, L2).
  'sent-back': { photos: 'photos.sent-back', 'product-kept': 'product-kept.sent-back' },
  // A fault that came with use: the photos show the fault itself; the parcel label is long gone.
  later: { photos: 'photos.later' },
} as const satisfies Record<string, Partial<Record<EvidenceId, string>>>;
type Situation = keyof typeof namedFor;
const situationsOf = (r: Reading): Situation[] => [
  // First: once the goods are back, what went back with them can no longer be weighed or photographed (audit P, L4).
  ...(r.facts.goodsBack ? (['sent-back'] as const) : []),
  ...(r.facts.problem === 'tickets-and-travel' ? (['trip'] as const) : []),
  ...(r.facts.problem === 'food-delivery' ? (['meal'] as const) : []),
  // Nothing was signed for: no signer to show, perhaps not even a parcel yet.
  ...(r.facts.problem === 'late-delivery' || (r.facts.problem === 'lost-or-not-delivered' && !r.facts.signedNotReceived)
    ? (['in-transit'] as const)
    : []),
  ...(r.groupChat ? (['group-chat'] as const) : []),
  ...(r.madeIll ? (['harmed'] as const) : []),
  ...(r.food && r.facts.problem === 'wrong-or-missing-items' ? (['weighed'] as const) : []),
  ...(r.facts.platform === 'community-group' ? (['pickup'] as const) : []),
  ...(r.laterFault ? (['later'] as const) : []),
];
/** The other names `Id` can take, so a text key is typed for exactly the evidence a caller names. */
type NamesOf<Id extends EvidenceId> = {
  [S in Situation]: Id extends keyof (typeof namedFor)[S] ? (typeof namedFor)[S][Id] : never;
}[Situation];

export const evidenceName = <Id extends EvidenceId>(r: Reading, id: Id): Id | NamesOf<Id> => {
  const names: Partial<Record<EvidenceId, string>>[] = situationsOf(r).map((s) => namedFor[s]);
  // The table above is what NamesOf reads, so the name found is one of NamesOf<Id>; TypeScript cannot follow a
  // generic index into it.
  return (names.find((n) => n[id])?.[id] as NamesOf<Id> | undefined) ?? id;
};

/** An unboxing video the user said they made is listed as theirs, not "if you made one" (audit 10-a, L3). */
export const evidenceLabel = (r: Reading, words: PlanWords, id: EvidenceId): string =>
  id === 'unboxing' && r.facts.evidence.includes('unboxing')
    ? words.say('evidence.unboxing.filmed')
    : words.say(`evidence.${evidenceName(r, id)}`);

/**
 * Whether the case has something to photograph: goods that came faulty, wrong, fake or not as described, or a meal
 * whose food or packaging is the problem (not one that was only late). A change of mind, a parcel that never came, a
 * price or a booking has nothing to show in a photo.
 */
export const hasPhotos = (r: Reading): boolean =>
  isGoodsProblem(r.facts.problem) || (r.facts.problem === 'food-delivery' && r.facts.mealProblem !== 'late');

/**
 * `returning`: the plan sends the goods back, or they went back already; only then is a return's courier receipt
 * asked for (a change of mind over goods the law excludes, or over a private sale, has no return to keep it for).
 */
export function evidenceChecklist(r: Reading, words: PlanWords, returning: boolean): EvidenceItem[] {
  const facts = r.facts;
  const ids: EvidenceId[] = ['order-page', 'payment', 'chat'];
  const add = (...more: EvidenceId[]) => ids.push(...more.filter((id) => !ids.includes(id)));
  switch (facts.problem) {
    case 'lost-or-not-delivered':
    case 'late-delivery':
      add('listing', 'tracking');
      break;
    case 'pre-sale-deposits':
      add('listing', 'deposit-terms');
      break;
    case 'digital-goods-and-courses':
      add('listing');
      break;
    case 'changed-my-mind':
      if (returning) add('return-receipt');
      break;
    case 'price-protection':
      // Nothing is faulty: what counts is the page as bought, and the price it was compared with.
      add('listing', facts.pricePromise === 'fake-original' ? 'past-prices' : 'lower-price');
      break;
    case 'seller-cancelled-order':
      // Nothing arrived: the listing shows the price and terms the order was placed on.
      add('listing');
      break;
    case 'tickets-and-travel':
      // The booking page with its refund and change rules, as shown when booking.
      add('listing');
      break;
    case 'food-delivery':
      // A meal has no listing to keep or box to film; photos of the food and the sealed bag are what count.
      if (hasPhotos(r)) add('photos');
      break;
    default:
      // An unboxing video is useful, but only asked for where the goods themselves are the problem, and not for a
      // fault that came with use, which it cannot show (one the user has is still listed).
      add('listing', 'photos');
      if (!r.laterFault || facts.evidence.includes('unboxing')) add('unboxing');
  }
  if (facts.goodsBack) add('return-receipt');
  // A return the seller says arrived damaged: the user's own photos from before posting it are their side.
  if (facts.sellerSaid === 'returned-damaged') add('photos-before-return');
  // Items missing, with no video of the opening: the parcel's weight against the full order's is the best proof left
  // (what the caveat tells the user to gather; a pickup has no courier, and its caveat names the scale instead).
  if (r.missingUnfilmed && facts.platform !== 'community-group') add('parcel-weight');
  // The case has moved on: the record of each rung passed is evidence for the next (audit 11-b, L4).
  if (facts.stage === 'platform-against' && r.app) add('platform-decision');
  if (facts.stage === 'regulator-ended') add('mediation-ended-notice');
  // A test says whether goods are fake or faulty; it says nothing about a box alone. One the user has is listed.
  if (
    facts.problem === 'counterfeit-goods' ||
    (facts.sellerSaid === 'not-a-quality-issue' && !r.boxOnly) ||
    facts.evidence.includes('test-report')
  )
    add('test-report');
  // The brand's own word that an item is not genuine is a fake's first proof, kept in writing (the seller may deny
  // it; a test report is the stronger proof, above).
  if (facts.problem === 'counterfeit-goods' && facts.symptoms.includes('brand-denies')) add('brand-answer');
  if (facts.liveStream) add('stream-recording');
  // A seller on a second-hand platform held to consumer law: whether it is a business is judged on what, how many and
  // how often it sells (SPC Online Consumption Provisions Art. 7), which its listings show until they are deleted.
  if (secondHandBusiness(r)) add('seller-listings');
  // Keeping the food and any medical records matter where the food itself is in question (faulty, misdescribed or
  // fake food, or a meal that was spoiled, had something in it or made someone ill), not for a change of mind, nor
  // for a crushed box alone (photos show it; fresh food is not kept as it is).
  // Medical records only where someone may have been harmed: spoiled food, a meal in question, or food whose fault the
  // user did not name (a heating pack that does not heat harmed nobody; audit 10-a, L3).
  if (r.food && (r.unsafeMeal || (r.goodsFault && !r.boxOnly && facts.problem !== 'wrong-or-missing-items'))) {
    add('product-kept');
    if (r.unsafeMeal || r.unsafeFood || facts.symptoms.length === 0) add('medical-records');
  }
  // Food that came short or wrong: the packaging with its weight label is the evidence of what came (named so).
  if (r.food && facts.problem === 'wrong-or-missing-items') add('product-kept');
  return ids.map((id) => ({
    id,
    label: evidenceLabel(r, words, id),
    have: (facts.evidence as readonly EvidenceId[]).includes(id),
  }));
}
