/** The check's decision tree: questions, outcomes and what a guide link preselects. */
import { outcomes } from './outcomes';
import { caseOptionIds, details, excuseGuideIds, excuseOptionIds, questions } from './questions';
import type { Tree } from './types';

export const tree: Tree = {
  // Version 2 split the answers version 1 could not tell apart; version 3 split "spoiled, mouldy or past its date"
  // into two facts (see share/migrations.ts).
  version: 3,
  start: 'purpose',
  questions,
  details,
  outcomes,
  preselect: {
    case: {
      // A case guide whose slug is an answer to "what went wrong" preselects that answer.
      ...Object.fromEntries(caseOptionIds.map((id) => [id, { problem: id }])),
      // These guides are about where or from whom you bought, not what went wrong.
      'second-hand-from-a-person': { 'seller-type': 'private' },
      'live-stream-purchases': { 'live-stream': true },
      // Food or health food: which of the two is still asked, so nothing is guessed.
      'food-and-health-products': {},
      // The three guarantees are about a faulty phone or appliance: the faulty-goods case, the kind of item asked.
      'three-guarantees': { problem: 'defective-or-damaged' },
      // A membership, prepaid card or subscription is a service, never a download; what happened with it is asked.
      'memberships-and-auto-renewal': { problem: 'digital-goods-and-courses', 'item-kind': 'service' },
      // Where you bought: what went wrong is still asked.
      'cross-border-shops': { platform: 'cross-border' },
      'community-group-buying': { platform: 'community-group' },
      'paid-outside-platform': { platform: 'wechat-group' },
    },
    excuse: Object.fromEntries(
      excuseOptionIds
        .filter((id) => excuseGuideIds.includes(id))
        // An excuse means the seller has been asked and said no.
        .map((id) => [id, { 'seller-said': id }]),
    ),
  },
};
