/** The case in one line, at the top of the plan and on the printed sheet: platform · item · amount · the seller's words. */
import { formatYuan } from '../tree/format';
import type { PlanWords } from '../texts/plan-words';
import type { Facts } from './facts';

/** Only what the user told us, in their order; the platform by its short name (`summary.platform.<id>`). */
export function caseSummary(facts: Facts, words: PlanWords): string[] {
  return [
    // A shop outside mainland China ends at its exit, never in a plan.
    facts.platform === 'overseas' ? undefined : words.say(`summary.platform.${facts.platform}`),
    facts.item || undefined,
    formatYuan(facts.amount),
    // "Something else" says nothing about the case; the seller's own words are shown only when the user picked them.
    facts.sellerSaid === 'none' || facts.sellerSaid === 'something-else'
      ? undefined
      : // A restaurant sends the buyer to the rider, not a courier: the option's label names both.
        facts.problem === 'food-delivery' && facts.sellerSaid === 'ask-the-courier'
        ? words.say('summary.seller-said.ask-the-rider')
        : words.say(`q.seller-said.option.${facts.sellerSaid}`),
  ].filter((part): part is string => !!part);
}
