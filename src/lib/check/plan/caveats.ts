/**
 * "Where the seller may be right": how two reasons are said together, what the user may have to show about food, and
 * what a damaged box alone leaves open. The excuse answers (excuses.ts) and the builder (build.ts) both use these, so
 * the same fact about the food or the box is said in the same words wherever it comes from, and said once.
 */
import type { PlanTextKey } from '../texts/en/plan';
import type { PlanWords } from '../texts/plan-words';
import { noReturnKind, type Reading } from './facts';
import type { ClaimId } from './claims';
import type { SellerMayBeRight } from './types';

/**
 * The sentences of a text, each with its full stop (Chinese 。！？, or . ! ? and a space), never split inside a
 * quotation: a Chinese sentence an English card quotes for the user to add stays whole, with no space put in it.
 */
function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let depth = 0;
  let start = 0;
  const cut = (end: number) => {
    sentences.push(text.slice(start, end).trim());
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '“' || ch === '「') depth++;
    else if ((ch === '”' || ch === '」') && depth > 0) depth--;
    else if (depth > 0) continue;
    else if ('。！？'.includes(ch)) cut(i + 1);
    else if ('.!?'.includes(ch) && /\s/.test(text[i + 1] ?? '')) cut(i + 1);
  }
  if (start < text.length) cut(text.length);
  return sentences.filter(Boolean);
}

/**
 * Two reasons the seller may be right, said one after the other. A sentence the first already says is not said
 * again (both may end on who names a testing body).
 */
export function alongside(a: SellerMayBeRight, b: SellerMayBeRight | undefined, words: PlanWords): SellerMayBeRight {
  if (!b) return a;
  const more = (first: string, second: string) => {
    const said = new Set(sentencesOf(first));
    return words.sentences(first, ...sentencesOf(second).filter((sentence) => !said.has(sentence)));
  };
  return { why: more(a.why, b.why), still: more(a.still, b.still) };
}

/**
 * Who names a testing body when the two sides cannot agree on one: the regulator handling a consumer's complaint
 * (Regs 47), so never said against a private seller, whom no such complaint reaches. Once mediation has ended, the
 * court is where a test is still asked for: it names the appraiser if the two sides cannot agree (CPL 79; audit
 * 11-b, L2).
 */
/** The sentence withTestingBody may add, with the claim that backs it: cited wherever a plan says it (build.ts). */
export const testingSentences = [
  ['case.food.testing-body', 'test-body-named'],
  ['case.court-appraisal', 'court-appraisal'],
] as const satisfies readonly (readonly [PlanTextKey, ClaimId])[];

export const withTestingBody = (r: Reading, words: PlanWords, still: string): string =>
  r.facts.stage === 'regulator-ended'
    ? words.sentences(still, words.say('case.court-appraisal'))
    : r.consumer
      ? words.sentences(still, words.say('case.food.testing-body'))
      : still;

/** Food the seller says went off after it arrived: why it may be right, and what shows it was bad on arrival. */
export const foodBadOnArrival = (r: Reading, words: PlanWords): SellerMayBeRight => ({
  why: words.say('excuse.not-a-quality-issue.food.why'),
  // Once the food is back, the evidence is what was kept before it went (audit T, L2).
  still: withTestingBody(
    r,
    words,
    words.say(
      r.facts.goodsBack ? 'excuse.not-a-quality-issue.food.still.returned' : 'excuse.not-a-quality-issue.food.still',
    ),
  ),
});

/**
 * What the user may have to show about food, whatever the seller said: that it was already spoiled or past its date
 * when it arrived (the same words as the answer to "not a quality problem", so said once when both apply), and, for
 * anything beyond the refund, that it caused the illness. Facts about the food, not about the seller's excuse: they
 * never soften an answer the law gives outright, nor drop the report of a refusal the law forbids. Where someone was
 * unwell, this is also the answer's caveat to "not a quality problem" (excuses.ts): the two would say the same.
 */
/**
 * The note on a message that asks for the bad part's price: before a return, to change it to a full return where the
 * whole may go; once the goods are back there is no return left to ask for, only the sentence for a good part sent
 * back with the bad (audit S, L4).
 */
const partAsked = (r: Reading) =>
  r.facts.goodsBack ? ('case.food-part.still.asked.returned' as const) : ('case.food-part.still.asked' as const);

export function foodCaveatOf(r: Reading, words: PlanWords): SellerMayBeRight | undefined {
  const f = r.facts;
  const spoiled = r.foodGoneBad;
  const ill = r.madeIll;
  // Only part of an order may have gone bad: the seller may then refund only that part (CC 632; audit 10-a, M7).
  const badOnArrival = r.partRule
    ? alongside(
        foodBadOnArrival(r, words),
        {
          why: words.say('case.food-part.why'),
          // Told only part is bad, the message already asks for that part: the note says when the whole may go.
          still: words.say(f.howMuchBad === 'part' ? partAsked(r) : 'case.food-part.still'),
        },
        words,
      )
    : foodBadOnArrival(r, words);
  // Spoiled food that made someone ill: the illness adds only its own proof (the food's is said already).
  if (spoiled && ill)
    return alongside(
      badOnArrival,
      { why: words.say('case.food-made-ill.also.why'), still: words.say('case.food-made-ill.also.still') },
      words,
    );
  if (spoiled) return badOnArrival;
  // Part bad, its fault not named: the part rule, which the message already follows (audit 11-a, M4).
  if (r.badPart && !ill) return { why: words.say('case.food-part.why'), still: words.say(partAsked(r)) };
  if (!ill) return undefined;
  return {
    why: words.say('case.food-made-ill.why'),
    still: withTestingBody(
      r,
      words,
      words.say(f.problem === 'food-delivery' ? 'case.food-made-ill.still.meal' : 'case.food-made-ill.still'),
    ),
  };
}

/**
 * A damaged box is not always a quality problem (CRPL 24 is about goods that do not meet quality requirements): if
 * the item inside is fine, the seller may refuse a return at its cost, or anything after the 7 days. Still possible:
 * a quality claim if the item itself turns out damaged; where no return is open (fresh food, medicine: boxRoute), the
 * plan's own ask, intact packaging or a lower price. The no-reason return, where it is open, is the plan's step. A
 * private seller owes no consumer-law return, and who bears damage on the way between private people is unsettled.
 */
export function packagingCaveat(r: Reading, words: PlanWords): SellerMayBeRight {
  const still = words.say(
    r.boxRoute === 'none' ? `case.packaging-only.still.${noReturnKind(r)}` : 'case.packaging-only.still',
  );
  if (!r.consumer) return { why: words.say('case.packaging-only.why.private'), still };
  return {
    why: words.say(
      r.boxRoute === 'none'
        ? 'case.packaging-only.why.no-return'
        : r.boxRoute
          ? 'case.packaging-only.why'
          : // Raised within the 7 days (the seller refused then), not "some time after you signed" (audit I, L1).
            r.refusedInTime
            ? 'case.packaging-only.why.no-return'
            : 'case.packaging-only.why.later',
    ),
    still,
  };
}
