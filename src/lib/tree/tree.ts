/** The check's decision tree: questions, outcomes and what a guide link preselects. */
import { outcomes } from './outcomes';
import { caseOptionIds, excuseOptionIds, questions } from './questions';
import type { Tree } from './types';

export const tree: Tree = {
  version: 1,
  start: 'mainland',
  questions,
  outcomes,
  preselect: {
    case: {
      // A case guide whose slug is an answer to "what went wrong" preselects that answer.
      ...Object.fromEntries(caseOptionIds.map((id) => [id, { problem: id }])),
      // These guides are about where or from whom you bought, not what went wrong.
      'second-hand-from-a-person': { 'seller-type': 'private' },
      'live-stream-purchases': { 'live-stream': true },
      'food-and-health-products': { food: true },
    },
    excuse: Object.fromEntries(
      excuseOptionIds
        .filter((id) => id !== 'none-yet' && id !== 'something-else')
        .map((id) => [id, { 'seller-said': id }]),
    ),
  },
};
