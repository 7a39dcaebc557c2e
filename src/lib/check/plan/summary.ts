/** The case in one line, at the top of the plan and on the printed sheet: platform · item · amount · the seller's words. */
import { formatYuan } from '../tree/format';
import type { PlanWords } from '../texts/plan-words';
import type { ExcuseId } from '../tree/questions';
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
      : saidInOneWord(facts.problem, facts.sellerSaid, words),
  ].filter((part): part is string => !!part);
}

/**
 * What the seller said, as the user picked it, with one set of words: the option's label names the courier and the
 * rider both, where a restaurant sends the buyer to the rider and a shop to the courier (audit 15, L3).
 */
export const saidInOneWord = (problem: Facts['problem'], said: ExcuseId, words: PlanWords): string =>
  said === 'ask-the-courier'
    ? words.say(
        problem === 'food-delivery' ? 'summary.seller-said.ask-the-rider' : 'summary.seller-said.ask-the-courier',
      )
    : words.say(`q.seller-said.option.${said}`);
