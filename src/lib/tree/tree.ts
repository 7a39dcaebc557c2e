/** The check's decision tree: questions, outcomes and what a guide link preselects. */
import { outcomes } from './outcomes';
import { questions } from './questions';
import type { Tree } from './types';

export const tree: Tree = {
  version: 1,
  start: 'mainland',
  questions,
  outcomes,
  preselect: {
    case: {
      'defective-or-damaged': { problem: 'defective-or-damaged' },
      'not-as-described': { problem: 'not-as-described' },
      'counterfeit-goods': { problem: 'counterfeit-goods' },
      'wrong-or-missing-items': { problem: 'wrong-or-missing-items' },
      'lost-or-not-delivered': { problem: 'lost-or-not-delivered' },
      'late-delivery': { problem: 'late-delivery' },
      'changed-my-mind': { problem: 'changed-my-mind' },
      'pre-sale-deposits': { problem: 'pre-sale-deposits' },
      'digital-goods-and-courses': { problem: 'digital-goods-and-courses' },
      // These guides are about where or from whom you bought, not what went wrong.
      'second-hand-from-a-person': { 'seller-type': 'private' },
      'live-stream-purchases': { 'live-stream': true },
      'food-and-health-products': { food: true },
    },
    excuse: {
      'signed-for-no-refund': { 'seller-said': 'signed-for-no-refund' },
      'not-a-quality-issue': { 'seller-said': 'not-a-quality-issue' },
      'deadline-passed': { 'seller-said': 'deadline-passed' },
      'opened-so-no-return': { 'seller-said': 'opened-so-no-return' },
      'item-excluded-from-returns': { 'seller-said': 'item-excluded-from-returns' },
      'sale-items-no-returns': { 'seller-said': 'sale-items-no-returns' },
      'tags-off-or-used': { 'seller-said': 'tags-off-or-used' },
      'you-pay-return-shipping': { 'seller-said': 'you-pay-return-shipping' },
      'store-credit-only': { 'seller-said': 'store-credit-only' },
      'refund-after-inspection': { 'seller-said': 'refund-after-inspection' },
      'contact-the-manufacturer': { 'seller-said': 'contact-the-manufacturer' },
      'final-interpretation-right': { 'seller-said': 'final-interpretation-right' },
      'shop-has-closed': { 'seller-said': 'shop-has-closed' },
      'platform-has-decided': { 'seller-said': 'platform-has-decided' },
    },
  },
};
