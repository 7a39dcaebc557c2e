/**
 * What every step is made of: a step with the laws of its claims, a step's fixed texts, and message parts in their
 * forms for the platform, a shop (贵店) and a private seller (您). Shared by the steps, the ladder's steps and the case
 * basis.
 */
import type { PlanTextKey } from '../texts/en/plan';
import type { Part, PartValues, PlanWords, Values } from '../texts/plan-words';
import { lawsOf } from './claims';
import type { Reading } from './facts';
import type { PlanStep } from './types';

type Draft = Omit<PlanStep, 'laws'>;

// A claim named twice (the case's own and the step's) is cited once.
export const step = (draft: Draft): PlanStep => {
  const claims = [...new Set(draft.claims)];
  // A case's own guide can be the step's too (defective-or-damaged twice under "Further reading": audit AK).
  return { ...draft, claims, laws: lawsOf(claims), guides: [...new Set(draft.guides)] };
};

/** Steps whose title, what, why, takes and moveOn are one text each (the type checks all five exist). */
type Field = 'title' | 'what' | 'why' | 'takes' | 'moveOn';

type FixedStep = {
  [K in PlanTextKey]: K extends `step.${infer S}.title`
    ? `step.${S}.${Field}` extends PlanTextKey
      ? S
      : never
    : never;
}[PlanTextKey];

/** A step's own texts; `what` may name something of the case (its `{name}`s filled from `whatValues`). */
export const fixed = (words: PlanWords, id: FixedStep, whatValues?: Values) => ({
  id,
  title: words.say(`step.${id}.title`),
  what: words.say(`step.${id}.what`, whatValues),
  why: words.say(`step.${id}.why`),
  takes: words.say(`step.${id}.takes`),
  moveOn: words.say(`step.${id}.moveOn`),
});

export const lines = (words: PlanWords, keys: readonly PlanTextKey[]) => keys.map((key) => words.say(key));

/** A sentence about "the seller" (卖家), with its form for a message to the seller itself (贵店). */
type AddressedKey =
  | 'msg.happened.seller-cancelled'
  | 'msg.happened.presale-seller-failed'
  | 'msg.happened.returned'
  | 'msg.happened.returned-damaged.claimed'
  | 'msg.happened.denied-fault'
  | 'msg.happened.refused-saying'
  | 'msg.happened.refused-as-excluded'
  | 'msg.extra.platform-refused'
  | 'msg.extra.platform-refused.silent';

/** With its form to a shop (贵店) and to a private seller (您): composeMessage picks the one for the reader. */
export const addressed = (words: PlanWords, key: AddressedKey, values?: PartValues): Part => ({
  ...words.part(key, values),
  toSeller: words.part(`${key}.to-seller`, values),
  toPrivate: words.part(`${key}.to-private`, values),
});

/** Said of a private seller only: its form to the seller itself (您), the plain one (卖家) for the platform. */
type PrivateFormKey =
  | 'msg.ask.breach-remedy'
  | 'msg.ask.lower-price-or-refund'
  | 'msg.happened.seller-unreachable'
  | 'msg.happened.seller-unreachable.asked-platform';

export const withPrivateForm = (words: PlanWords, key: PrivateFormKey, values?: PartValues): Part => ({
  ...words.part(key, values),
  toPrivate: words.part(`${key}.to-private`, values),
});

/** A seller that never answered is told of as silent, not as refusing, once the case moves on (audit 11-b, L1). */
export const silence = (r: Reading) => (r.facts.sellerSaid === 'never-answered' ? ('.silent' as const) : ('' as const));

/**
 * A sentence for the user to add to a message, as a step quotes it: the Chinese, with its meaning on the English page
 * (as messages are shown).
 */
export const withMeaning = (add: Part): string => (add.en ? `${add.zh} (“${add.en}”)` : add.zh);
