/**
 * Readings of the case that its basis and its steps both turn on: medicine no longer wanted, goods back with the
 * seller after the 7 days, a shop that closed or a seller that cannot be reached. Kept apart so the case basis and the
 * steps need not import each other.
 */
import { returnAskedInTime } from './asked-in-time';
import type { Reading } from './facts';

/**
 * A box alone from a business, back with the seller after its 7 days: a box does not defeat the purchase, so the seller
 * may put it right as a box (a new box or a lower price, and the item back), as the date and the card say; the refund
 * is the seller's to agree to (CC 582; audit V, M2).
 */
export const boxBackAfterSeven = (r: Reading): boolean => r.boxOnly && returnAfterSeven(r);

/**
 * Goods back whose exclusion the user confirmed at checkout, goods the law itself does not exclude: the confirmation
 * binds only for the kinds Returns Measures 7 names, which the check cannot judge, so the court stays open (audit S, M4).
 */
export const confirmedExclusionOpen = (r: Reading): boolean =>
  r.facts.goodsBack &&
  r.facts.sellerSaid === 'item-excluded-from-returns' &&
  r.facts.exclusionConfirmed === 'confirmed' &&
  !r.excludedByLaw;

/** Medicine no longer wanted: whether it has a no-reason return is not settled (the dossier), so no fine is claimed. */
export const unwantedMedicine = (r: Reading): boolean =>
  r.facts.problem === 'changed-my-mind' && r.facts.itemKind === 'medicine';

/**
 * A faulty, wrong or short item that reached the seller after its 7 days, with no request within them that the user
 * vouches for: the return stands only if the fault defeats the purchase, and otherwise the seller may put the item
 * right instead (CRPL 24; CC 563), as the date and the card say. So the refund step and the report say so too, rather
 * than call the refund owed (audit T, M4). Not a fake, which defeats the purchase as a rule, nor part of the food bad,
 * whose part rule gives that part's price (CC 632), nor a request in time the user confirmed.
 */
export const returnAfterSeven = (r: Reading): boolean =>
  r.returnForFault &&
  r.facts.goodsBack &&
  r.facts.receivedOn !== undefined &&
  !r.returnedInTime &&
  !r.badPart &&
  !r.putRight &&
  r.laterRemedy !== 'counterfeit-goods' &&
  !returnAskedInTime(r);

/** A shop on an app that has closed or gone quiet: the platform answers for it if it cannot name the seller. */
export const shopClosed = (r: Reading) => r.app && r.consumer && r.facts.sellerSaid === 'shop-has-closed';

/** A private seller on an app that cannot be reached: the court can be asked for its details, the platform owes none. */
export const sellerGone = (r: Reading) => r.app && !r.consumer && r.facts.sellerSaid === 'shop-has-closed';
