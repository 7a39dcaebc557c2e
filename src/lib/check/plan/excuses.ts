/**
 * What the seller said, answered honestly for this case: either a rebuttal with the law that answers it, or "the
 * seller may be right here, because …; what you can still do is …". The same excuse can be wrong in one case and
 * lawful in another (a no-reason return of fresh food, a 定金 the buyer walked away from), so each answer reads the
 * facts. A refusal the plan calls lawful is never reported as a breach.
 *
 * The words are in the text files: a rebuttal is a message part (`msg.reply.<excuse>`), what the user reads where the
 * seller may be right is plan prose (`excuse.<excuse>.why` and `.still`).
 */
import { plusDays } from '../tree/dates';
import { missingSymptoms, type ExcuseId } from '../tree/questions';
import type { MessageKey } from '../texts/en/messages';
import type { PlanTextKey } from '../texts/en/plan';
import type { PartValues, PlanWords } from '../texts/plan-words';
import { foodBadOnArrival, foodCaveatOf, packagingCaveat, withTestingBody } from './caveats';
import { lateRefundClaims, type ClaimId } from './claims';
import { fakeDecided, secondHandBusiness, sellersError, type Reading } from './facts';
import type { Reply } from './messages';
import { asksInTime, decidersOf, returnAskedInTime } from './asked-in-time';
import { unwantedMedicine } from './readings';
import type { SellerMayBeRight } from './types';

export type ExcuseAnswer =
  | {
      kind: 'rebut';
      claims: ClaimId[];
      reply: Reply;
      reportable: boolean;
      /** Where the seller may still be right on facts the check cannot know (a dropped phone, a custom order). */
      caveat?: SellerMayBeRight;
    }
  | {
      kind: 'may-be-right';
      mayBeRight: SellerMayBeRight;
      /** The articles that make the seller's point. */
      claims: ClaimId[];
      /**
       * Conditional: the seller is right only if a fact the check cannot know holds (the tags were cut, the seal is
       * broken), so the user's own route stays in the plan beside the warning. Otherwise that route is closed.
       */
      conditional: boolean;
    };

type Rebuttal = Extract<ExcuseAnswer, { kind: 'rebut' }>;

/** `excuse.<excuse>[.<case>]` where the texts say both why the seller may be right (`.why`) and what is left (`.still`). */
export type Right = {
  [K in PlanTextKey]: K extends `excuse.${infer Base}.why`
    ? `excuse.${Base}.still` extends PlanTextKey
      ? `excuse.${Base}`
      : never
    : never;
}[PlanTextKey];

/**
 * Cards whose "what is still possible" speaks of a return still to make: once the goods are back, what the return
 * gives instead (audit O, L4 and M4); and medicine, whose "you can still ask" becomes a claim once the platform has ruled
 * (audit O, M5).
 */
const stillVariants: Partial<Record<Right, { returned: PlanTextKey; later?: PlanTextKey; court?: PlanTextKey }>> = {
  'excuse.tags-off-or-used': { returned: 'excuse.tags-off-or-used.still.returned' },
  // Goods the law excludes, and an item used beyond checking: once back, what is still open (audit P, M7).
  'excuse.item-excluded-from-returns.fresh-food': {
    returned: 'excuse.item-excluded-from-returns.fresh-food.still.returned',
  },
  'excuse.item-excluded-from-returns.custom-made': {
    returned: 'excuse.item-excluded-from-returns.custom-made.still.returned',
  },
  'excuse.tags-off-or-used.used': { returned: 'excuse.tags-off-or-used.used.still.returned' },
  'excuse.opened-so-no-return.sealed': { returned: 'excuse.opened-so-no-return.sealed.still.returned' },
  'excuse.opened-so-no-return.medicine': {
    returned: 'excuse.opened-so-no-return.medicine.still.returned',
    later: 'excuse.opened-so-no-return.medicine.still.later',
    court: 'excuse.opened-so-no-return.medicine.still.court',
  },
  'excuse.item-excluded-from-returns.not-listed': {
    returned: 'excuse.item-excluded-from-returns.not-listed.still.returned',
  },
  'excuse.item-excluded-from-returns.confirmed': {
    returned: 'excuse.item-excluded-from-returns.confirmed.still.returned',
  },
  'excuse.item-excluded-from-returns.medicine': {
    returned: 'excuse.item-excluded-from-returns.medicine.still.returned',
    later: 'excuse.item-excluded-from-returns.medicine.still.later',
    // Once mediation has ended, only the court is left (audit P, L1).
    court: 'excuse.item-excluded-from-returns.medicine.still.court',
  },
};

/** A card's "what is still possible", as the case stands (see stillVariants). */
export function stillOf(right: Right, r: Reading, words: PlanWords): string {
  const variants = stillVariants[right];
  const later = r.facts.stage === 'platform-against' || r.facts.stage === 'regulator-ended';
  return words.say(
    variants && r.facts.goodsBack
      ? variants.returned
      : variants?.court && r.facts.stage === 'regulator-ended'
        ? variants.court
        : variants?.later && later
          ? variants.later
          : `${right}.still`,
  );
}

/**
 * What a faulty item still gives once its 7 days have run, as the case's own message asks for it (laterRemedy). Never
 * asked for a fake, whose answers send it back on CC 563: "past the deadline" rebuts it before, and "not a quality
 * problem" has a card of its own (audit I, M1). Once the item is back, the return is made: it stands if the problem
 * defeats the purchase, and otherwise the seller may put the item right and send it back (audit O, M3).
 */
const stillAfterSeven = (r: Reading, words: PlanWords): string =>
  words.say(
    r.facts.goodsBack
      ? // Named for what went wrong: nobody repairs a fake or food, and a box alone is put right as a box (audit P, M1).
        // Part of the food bad: the date's words, that part's price on the part rule (CC 632; audit T, M1).
        r.badPart
        ? 'deadline.quality-return.afterwards.returned.consumable.part'
        : r.laterRemedy && r.laterRemedy !== 'repair' && r.laterRemedy !== 'counterfeit-goods'
          ? `excuse.deadline-passed.fault.still.returned.${r.laterRemedy}`
          : 'excuse.deadline-passed.fault.still.returned'
      : r.laterRemedy === 'repair' || r.laterRemedy === 'counterfeit-goods' || !r.laterRemedy
        ? 'excuse.deadline-passed.fault.still'
        : `excuse.deadline-passed.fault.still.${r.laterRemedy}`,
  );

/**
 * A fake called "not a quality problem": the seller may insist it is genuine; the brand's written answer is evidence
 * it may dispute, a testing body's test the stronger proof (Regs 47), and on Taobao the seller first shows where the
 * item came from (its rule, Art. 66). What a fake shown to be one gives: within the 7 days the return (CRPL 24), after
 * them the contract ended and the item back (CC 563), and once the goods are back, the refund.
 */
function fakeCaveat(r: Reading, words: PlanWords): SellerMayBeRight {
  const f = r.facts;
  const when = f.goodsBack ? '.returned' : r.sevenDaysLeft !== undefined ? '.in-time' : '';
  // What the user already holds opens it: a test report (audit K, M1), else the brand's answer.
  // (Where it goes depends on the stage: once the platform has ruled, to 12315 or a court; audit L, M1.)
  // With no platform in the plan (a chat group, a shop's own site), to the seller and then 12315 (audit M, M2).
  const held = f.evidence.includes('test-report')
    ? f.stage === 'platform-against'
      ? 'excuse.not-a-quality-issue.fake.test.complaint'
      : f.stage === 'regulator-ended'
        ? 'excuse.not-a-quality-issue.fake.test.court'
        : r.app
          ? 'excuse.not-a-quality-issue.fake.test'
          : 'excuse.not-a-quality-issue.fake.test.no-platform'
    : f.symptoms.includes('brand-denies')
      ? 'excuse.not-a-quality-issue.fake.brand'
      : undefined;
  const still = held
    ? words.sentences(words.say(held), words.say(`excuse.not-a-quality-issue.fake.brand.still${when}`))
    : words.say(`excuse.not-a-quality-issue.fake.still${when}`);
  return {
    why: words.sentences(
      words.say('excuse.not-a-quality-issue.fake.why'),
      ...(f.platform === 'taobao' ? [words.say('excuse.not-a-quality-issue.fake.why.taobao')] : []),
    ),
    still: withTestingBody(r, words, still),
  };
}

/**
 * A box alone whose goods have a no-reason return, refused within the 7 days as too late: that return may have been
 * asked for in time (Returns Measures 10), and its card says what it gives (audit J, M3; K, M2).
 */
const boxAskedInTime = (r: Reading): boolean => r.boxOnly && !!r.refusedInTime && r.noReasonGoods;

/**
 * That card's words, by where the case stands: to the seller and the platform while the seller is being asked (only
 * JD and WeChat Store ask the refusal's day, so there is a platform); with the complaint once the platform has ruled;
 * in the last demand and in court once mediation has ended; and the refund on that request once the goods are back
 * (audit M, M1), with the complaint too once the platform has ruled (audit N, L2).
 */
const boxAskedKey = (r: Reading): '' | '.returned' | '.returned.complaint' | '.complaint' | '.court' =>
  r.facts.goodsBack
    ? r.facts.stage === 'platform-against'
      ? '.returned.complaint'
      : '.returned'
    : r.facts.stage === 'platform-against'
      ? '.complaint'
      : r.facts.stage === 'regulator-ended'
        ? '.court'
        : '';

/** Answers each excuse the seller may give, for the case in `r`. */
export function excuseAnswer(excuse: ExcuseId | 'none', r: Reading, words: PlanWords): ExcuseAnswer | undefined {
  const f = r.facts;
  // A box alone whose plan asks for the 7-day return without a reason (boxRoute) is answered as that return is.
  const noReason = f.problem === 'changed-my-mind' || r.boxRoute === 'no-reason';
  const fault = r.returnForFault;
  // A box alone whose plan asks for intact packaging or a lower price (CC 582), not a return: excuses about returns
  // are answered as beside the point, never with the quality rules (CRPL 24) the plan does not claim.
  const boxAsk = r.boxOnly && r.boxRoute !== 'no-reason' && !f.goodsBack;
  const notAReturn = () => rebut(['breach-remedies'], 'msg.reply.packaging-not-a-return');
  const meal = f.problem === 'food-delivery';
  const short = (key: string, values?: PartValues) => (words.hasPart(key) ? words.part(key, values) : undefined);
  // A reply written to the seller ("您提出的理由", "贵店") has a form for any other reader (`<key>.others`), which the
  // platform and 12315 hear; the seller hears its own (audit 11-b, M1). The same Part shape as the messages' own
  // sentences about the seller (step-parts.ts `addressed`), named the other way round since a reply is the seller's first.
  const readerForms = (key: string, values?: PartValues) => {
    const own = short(key, values);
    const others = short(`${key}.others`, values);
    return own && others ? { ...others, toSeller: own } : own;
  };
  const rebut = (claims: ClaimId[], reply: MessageKey, reportable = false, values?: PartValues): Rebuttal => ({
    kind: 'rebut',
    claims,
    // An answer that restates its message's basis has a short form, used where the message has already quoted it.
    reply: { full: readerForms(reply, values)!, afterBasis: readerForms(`${reply}.after-basis`, values) },
    reportable,
  });
  const mayBeRight = (claims: ClaimId[], conditional: boolean, right: Right): ExcuseAnswer => ({
    kind: 'may-be-right',
    mayBeRight: { why: words.say(`${right}.why`), still: stillOf(right, r, words) },
    claims,
    conditional,
  });
  const caveat = (right: Right): SellerMayBeRight => ({
    why: words.say(`${right}.why`),
    still: stillOf(right, r, words),
  });
  // Once the goods are back or the platform has ruled, the plan has no reply to the seller (build.ts adds it only
  // before): a card that says "send the reply" says where the point goes instead, the complaint or the court (audit O,
  // M1).
  const noReply = f.stage === 'sent-back' || f.stage === 'platform-against' || f.stage === 'regulator-ended';
  // Such a card's "what is still possible": with the reply; in later messages and the complaint; once mediation has
  // ended, in the last demand and the court (audit P, L1).
  const stillByStage = (
    key:
      | 'excuse.signed-for-no-refund.visible.still'
      | 'excuse.item-excluded-from-returns.fault.still'
      | 'excuse.sold-as-is.still',
  ) => words.say(f.stage === 'regulator-ended' ? `${key}.court` : noReply ? `${key}.later` : key);
  // A caveat a test decides: who can name the testing body, the regulator or (once mediation has ended) the court.
  const testCaveat = (right: Right): SellerMayBeRight => ({
    why: words.say(`${right}.why`),
    still: withTestingBody(r, words, words.say(`${right}.still`)),
  });
  // A large appliance the list does not name: it may count as durable goods (the list ends in 等), which is for whoever
  // decides, so the card says so and gives the sentence to claim it; the messages do not (pages audit, M10). Where it
  // goes follows the stage: the seller (and the platform and 12315 after it), the complaint once the platform has
  // ruled, the last demand and the court once mediation has ended (audit N, M1).
  const maybeDurable = (c: SellerMayBeRight): SellerMayBeRight => {
    if (!r.sellerMayProve) return c;
    const deciders = { deciders: decidersOf(r, words) };
    const claim =
      f.stage === 'platform-against'
        ? [words.say('excuse.not-a-quality-issue.maybe-durable.complaint', deciders)]
        : f.stage === 'regulator-ended'
          ? [words.say('excuse.not-a-quality-issue.maybe-durable.court', deciders)]
          : [
              words.say('excuse.not-a-quality-issue.maybe-durable', deciders),
              words.say(
                r.app
                  ? 'excuse.not-a-quality-issue.maybe-durable.others'
                  : 'excuse.not-a-quality-issue.maybe-durable.others.no-platform',
              ),
            ];
    return { ...c, still: words.sentences(c.still, ...claim) };
  };
  // Past the 7 days, what a test that finds the fault gives is what the case's own message asks for after them (a
  // matching item or a lower price, the right item, what is missing), never a repair for all (audit H, M1).
  const laterTestCaveat = (
    right:
      | 'excuse.not-a-quality-issue.test.late'
      | 'excuse.not-a-quality-issue.test.asked'
      | 'excuse.not-a-quality-issue.test.asked.returned',
  ): SellerMayBeRight => ({
    why: words.say(`${right}.why`),
    still: withTestingBody(
      r,
      words,
      words.sentences(words.say(`${right}.still`, { deciders: decidersOf(r, words) }), stillAfterSeven(r, words)),
    ),
  });
  // A wrong or short order is the seller's breach (CC 577, 582), not a quality fault the user reported: its replies
  // never say, in the user's name, that the item has a quality problem.
  const wrongItem = f.problem === 'wrong-or-missing-items';
  // What the seller got wrong, as the user told it (a wrong colour is not "the wrong item or items left out").
  const error = { error: words.part(`msg.seller-error.${sellersError(f.symptoms)}`) };
  const qualityAnswer = () =>
    wrongItem
      ? rebut(['breach-remedies'], 'msg.reply.quality.wrong-item', false, error)
      : rebut(['quality-return-7-days', 'quality-after-7-days'], 'msg.reply.quality');

  switch (excuse) {
    case 'signed-for-no-refund':
      // A parcel shown as signed that never came: the answer is about delivery, not about accepting the goods.
      if (f.problem === 'lost-or-not-delivered' && f.signedNotReceived)
        return rebut(['signing-needs-consent', 'risk-until-delivery'], 'msg.reply.signed-for-no-refund.not-received');
      // A no-reason return: its 7 days run from receipt, so signing is where it starts, not where it ends.
      if (noReason) return rebut(['no-reason-return'], 'msg.reply.signed-for-no-refund.no-reason');
      // Something missing: even a signed note that lists the quantity only presumes it was counted, and evidence can
      // overturn that (CC 623): the reply says so, with the unboxing video where the user has one and a missing item
      // or part would show in it, else a fill-in for the evidence (audit 13, M4).
      if (wrongItem && f.symptoms.some((s) => (missingSymptoms as readonly string[]).includes(s)))
        return rebut(
          ['signing-presumes-checked', 'breach-remedies'],
          f.evidence.includes('unboxing') && f.symptoms.some((s) => s === 'missing-items' || s === 'missing-parts')
            ? 'msg.reply.signed-for-no-refund.missing.unboxing'
            : // Collected from a group leader: no courier record to weigh it by (audit 14, L5).
              f.platform === 'community-group'
              ? 'msg.reply.signed-for-no-refund.missing.collected'
              : 'msg.reply.signed-for-no-refund.missing',
        );
      // A wrong colour, size or item is the contract's to put right (CC 582), signed for or not: not a matter of
      // quality, and beyond the presumption, which covers only quantity and visible flaws.
      if (wrongItem) return qualityAnswer();
      // Damage one can see: signing a note that lists the goods presumes their outside was checked (CC 623), which
      // evidence can overturn; an unboxing video the user has is said in the reply (audit 10-a, M3).
      if (f.symptoms.includes('broken-on-arrival'))
        return {
          ...rebut(
            ['signing-not-acceptance', 'signing-presumes-checked'],
            f.evidence.includes('unboxing')
              ? 'msg.reply.signed-for-no-refund.unboxing'
              : 'msg.reply.signed-for-no-refund',
          ),
          caveat: {
            why: words.say('excuse.signed-for-no-refund.visible.why'),
            still: stillByStage('excuse.signed-for-no-refund.visible.still'),
          },
        };
      return rebut(['signing-not-acceptance'], 'msg.reply.signed-for-no-refund');
    case 'not-a-quality-issue':
      if (meal)
        return {
          // Someone fell ill: the reply says only that (the food itself being bad is still to be shown).
          ...rebut(
            ['breach-remedies', 'test-body-named'],
            f.mealProblem === 'made-ill'
              ? 'msg.reply.not-a-quality-issue.meal.ill'
              : 'msg.reply.not-a-quality-issue.meal',
          ),
          // Taste and portion are not faults; only the photos and a test can show the food itself was bad. Where
          // someone was unwell, what they may have to show about the food is the whole caveat.
          caveat: (f.mealProblem === 'made-ill' && foodCaveatOf(r, words)) || {
            why: words.say('excuse.not-a-quality-issue.meal.why'),
            still: withTestingBody(r, words, words.say('excuse.not-a-quality-issue.meal.still')),
          },
        };
      if (noReason) return rebut(['no-reason-return'], 'msg.reply.not-a-quality-issue.no-reason');
      // A wrong or short order is the contract not performed, which no test shows or disproves: answered as such, as
      // "signed for, no refund" is, with no test offered (audit I, M2). Something missing is not replaced or returned
      // whole by right: the reply says the seller is liable (CC 577) and points to the message's own ask (audit J, M2).
      if (wrongItem)
        return f.symptoms.some((s) => (missingSymptoms as readonly string[]).includes(s))
          ? rebut(['breach-damages'], 'msg.reply.quality.missing', false, error)
          : qualityAnswer();
      // A fake: whether it is genuine is what the brand's answer or a test shows (audit I, M1; audit J, M1). Once the
      // platform has decided with neither, the case's own card says so, and this one would repeat it (audit J, L2).
      if (f.problem === 'counterfeit-goods') {
        // (Its card rests on Taobao's rule there, and past the 7 days on CC 563: both cited.)
        const answer = rebut(
          [
            'as-described',
            'quality-return-7-days',
            ...(f.platform === 'taobao' ? (['taobao-fake-burden'] as const) : []),
            ...(r.sevenDaysLeft === undefined && !f.goodsBack ? (['fake-defeats-purpose'] as const) : []),
          ],
          'msg.reply.not-a-quality-issue',
        );
        return fakeDecided(r) ? answer : { ...answer, caveat: fakeCaveat(r, words) };
      }
      // A box alone with no return to fall back on: the seller may be right, and the plan's ask (intact packaging or
      // a lower price) does not rest on a quality problem, so it stays beside the warning. No test is offered.
      if (r.boxOnly)
        return {
          kind: 'may-be-right',
          mayBeRight: packagingCaveat(r, words),
          claims: ['breach-remedies'],
          conditional: true,
        };
      // Durable goods within 6 months: the burden of proof is the seller's (CRPL 23(3)), which does not make the seller
      // wrong: a knock it can show, with a test, still decides it (audit 10, M1).
      if (r.sellerProves)
        return {
          ...rebut(['durable-burden', 'test-body-named'], 'msg.reply.not-a-quality-issue.durable'),
          caveat: {
            why: words.say('excuse.not-a-quality-issue.durable.why'),
            still: withTestingBody(r, words, words.say('excuse.not-a-quality-issue.durable.still')),
          },
        };
      return {
        // Who names a testing body (the caveat's last sentence) is cited where the plan says it (testingSentences).
        ...rebut(
          [
            'as-described',
            'quality-return-7-days',
            ...(r.sellerMayProve ? (['durable-burden-open-list'] as const) : []),
          ],
          'msg.reply.not-a-quality-issue',
        ),
        // Not on the durable list: the seller does not carry the burden of proof, and a test may decide it. Food is
        // not dropped or wet: what the seller may say is that it went off after it arrived. Past the 7 days a proven
        // fault gives a replacement or repair first, a return only where it defeats the purchase (CRPL 24).
        // The return asked for within the 7 days (the user said so): owed on that request if it still counts, which
        // is for whoever decides, and what is left if it does not (audit G, M2).
        caveat: r.food
          ? (foodCaveatOf(r, words) ?? foodBadOnArrival(r, words))
          : maybeDurable(
              returnAskedInTime(r)
                ? // Goods already back: what is owed on that request is the refund (audit I, L2).
                  laterTestCaveat(
                    f.goodsBack
                      ? 'excuse.not-a-quality-issue.test.asked.returned'
                      : 'excuse.not-a-quality-issue.test.asked',
                  )
                : r.sevenDaysLeft === undefined && !r.returnedInTime
                  ? laterTestCaveat('excuse.not-a-quality-issue.test.late')
                  : // Back with the seller: the refund is what is owed (audit J, L1).
                    testCaveat(
                      f.goodsBack ? 'excuse.not-a-quality-issue.test.returned' : 'excuse.not-a-quality-issue.test',
                    ),
            ),
      };
    case 'deadline-passed': {
      // A platform's after-sales window is answered only where there is a platform.
      const window = r.app ? '' : '.no-platform';
      // Past the 7 days what counts is the day the return was first asked for (Returns Measures 10), which the check
      // does not know: the reply says it was in time, and the case's caveat says the seller is right if it was not,
      // as for every other excuse (audit 15, H1). (A private seller and goods the law excludes never get here: the
      // refusal is lawful whatever the day, and says so first.) Sent back after the 7 days, its message saying it was
      // asked for within them: the same caveat, said here, since the case gives none once the goods are back.
      if (noReason && r.sevenDaysLeft === undefined)
        return {
          ...rebut(['no-reason-return'], 'msg.reply.deadline-passed.no-reason'),
          ...(f.goodsBack && f.receivedOn && !r.returnedInTime
            ? {
                caveat: {
                  why: words.say('case.no-reason-late.why', { date: { date: plusDays(f.receivedOn, 7) } }),
                  still: words.say('case.no-reason-late.still'),
                },
              }
            : {}),
        };
      // Still inside the 7 days of a no-reason return: the deadline has not passed (and nothing is faulty).
      if (noReason) return rebut(['no-reason-return'], 'msg.reply.deadline-passed.no-reason');
      // Inside the 7 days the seller is simply wrong. Past them it is right about the 7-day return unless the user
      // asked in time ("Do this today" asks it of a faulty item: asked-return), and the reply says what the law still
      // gives.
      if (r.sevenDaysLeft !== undefined || r.returnedInTime)
        return rebut(['quality-return-7-days', 'quality-after-7-days'], `msg.reply.deadline-passed${window}`);
      // Past them, with the return asked for within them (the user said so): the reply says it was in time, and the
      // caveat that whether it still counts is for whoever decides, with what is owed if it does not (audit 16, M3).
      // (The reply speaks of that request, not of today's message: audit G, M1. A refusal within the 7 days called
      // them passed when they were not: the caveat says so, audit G, L1.)
      if (returnAskedInTime(r))
        return {
          ...rebut(['quality-return-7-days', 'quality-after-7-days'], `msg.reply.deadline-passed.asked${window}`),
          caveat: {
            why: r.refusedInTime
              ? words.say('excuse.deadline-passed.fault.why.asked.refused', {
                  refused: { date: r.refusedInTime },
                  deciders: decidersOf(r, words),
                })
              : words.say('excuse.deadline-passed.fault.why.asked', { deciders: decidersOf(r, words) }),
            still: stillAfterSeven(r, words),
          },
        };
      // A fake is returned because it defeats the purchase (CC 563), which has no 7 days; the right item sent or the
      // missing part refunded is the contract's own remedy (CC 577, 582), which has none either: nothing the seller is
      // right on.
      if (f.problem === 'counterfeit-goods' || r.putRight)
        return rebut(
          ['quality-after-7-days', 'defect-notice-2-years'],
          `msg.reply.deadline-passed.after-7-days${window}`,
        );
      // A box alone refused within the 7 days: the no-reason return's rule is cited here, and wherever the card shows
      // (build.ts).
      const boxAsked = boxAskedInTime(r);
      const noReturn = boxAsked ? (`.refused.no-reason${boxAskedKey(r)}` as const) : r.refusedInTime ? '.refused' : '';
      return {
        ...rebut(
          ['quality-after-7-days', 'defect-notice-2-years', ...(boxAsked ? (['no-reason-return'] as const) : [])],
          `msg.reply.deadline-passed.after-7-days${window}`,
        ),
        // What is still owed is what the case's own message asks for after the 7 days.
        caveat: {
          // "Answer in 'Do this today'" where it asks, until answered; nothing of a return asked in time where the
          // user said the request was for something else, nor where the message asks for no return (part of the
          // food, a box alone: audit G, L3).
          // A refusal within the 7 days called them passed when they were not: said first (audit H, L1).
          // (Once the goods are back, the message asks for the whole refund: not "your message asks for no return";
          // audit P, M1.)
          why: words.say(
            (r.badPart || r.boxOnly) && (!f.goodsBack || boxAsked)
              ? (`excuse.deadline-passed.fault.why.no-return${noReturn}` as const)
              : !asksInTime(r)
                ? 'excuse.deadline-passed.fault.why.plain'
                : `excuse.deadline-passed.fault.why${f.askedReturn === false ? '.other' : ''}${r.refusedInTime ? '.refused' : ''}`,
            { deciders: decidersOf(r, words), ...(r.refusedInTime ? { refused: { date: r.refusedInTime } } : {}) },
          ),
          // Beside that request, the box's own ask is what is left if it does not count; with the goods already back,
          // neither is, and what the item itself shows decides (audit M, M1 and L1).
          still: !boxAsked
            ? stillAfterSeven(r, words)
            : words.say(
                f.goodsBack ? 'case.packaging-only.still' : 'excuse.deadline-passed.fault.still.packaging.if-not',
              ),
        },
      };
    }
    case 'opened-so-no-return':
      if (boxAsk) return notAReturn();
      if (fault) return qualityAnswer();
      // Medicine no longer wanted: whether it has a no-reason return at all is not settled, and the seal rule names
      // food, cosmetics and medical devices, not medicine, so no return or refund is said to stand (audit T, M3).
      if (unwantedMedicine(r)) return mayBeRight([], true, 'excuse.opened-so-no-return.medicine');
      if (r.sealed)
        return mayBeRight(['used-beyond-checking', 'opened-to-inspect'], true, 'excuse.opened-so-no-return.sealed');
      return rebut(['opened-to-inspect'], 'msg.reply.opened-so-no-return', true);
    case 'item-excluded-from-returns':
      // A meal has no no-reason return, but this is not one: the restaurant did not deliver what was ordered.
      if (meal) return rebut(['breach-remedies'], 'msg.reply.item-excluded-from-returns.meal');
      if (boxAsk) return notAReturn();
      // Fresh food has no no-reason return, and the seller is right to say so; the fault is answered all the same.
      if (fault && r.excludedByLaw)
        return {
          ...qualityAnswer(),
          caveat: {
            why: words.say('excuse.item-excluded-from-returns.fault.why'),
            still: stillByStage('excuse.item-excluded-from-returns.fault.still'),
          },
        };
      if (fault) return qualityAnswer();
      // A download, a course or a membership: "not refundable" is "digital goods cannot be refunded", answered on
      // what the user said happened (for a download, whatever the seller's words: build.ts).
      if (f.problem === 'digital-goods-and-courses') return excuseAnswer('digital-no-refund', r, words);
      // Fresh food and goods made to order: excluded by law (CRPL 25), whatever the seller's words; a made-to-order
      // item that does not match the measurements given is still the contract's to put right (CC 582).
      if (r.excludedByLaw)
        return f.itemKind === 'custom-made'
          ? mayBeRight(
              ['no-reason-excluded', 'breach-remedies'],
              false,
              'excuse.item-excluded-from-returns.custom-made',
            )
          : mayBeRight(['no-reason-excluded'], false, 'excuse.item-excluded-from-returns.fresh-food');
      // Medicine: whether it has a no-reason return the dossier does not settle, so the refusal is not reported as a
      // breach, and the caveat says so (the same words as the case's own, said once).
      if (f.itemKind === 'medicine')
        return {
          ...rebut(['exclusion-needs-confirmation'], 'msg.reply.item-excluded-from-returns'),
          caveat: caveat('excuse.item-excluded-from-returns.medicine'),
        };
      // Whether the user confirmed the exclusion at checkout decides it (Regs 19). Not confirmed: the refusal is a
      // breach, and the reply says the user's fact. Confirmed: the seller is likely right (goods whose nature allows it,
      // Returns Measures 7, which the check cannot judge): no demand and no escalation on the no-reason return, only
      // what is still possible. Unsure: the rule, with a caveat saying how to check and what would make the seller right.
      if (f.exclusionConfirmed === 'not-confirmed')
        return rebut(['exclusion-needs-confirmation'], 'msg.reply.item-excluded-from-returns.not-confirmed', true);
      if (f.exclusionConfirmed === 'confirmed')
        return mayBeRight(
          ['exclusion-needs-confirmation', 'excludable-by-nature'],
          false,
          'excuse.item-excluded-from-returns.confirmed',
        );
      return {
        ...rebut(
          ['exclusion-needs-confirmation', 'excludable-by-nature'],
          'msg.reply.item-excluded-from-returns',
          true,
        ),
        caveat: caveat('excuse.item-excluded-from-returns.not-listed'),
      };
    case 'sold-as-is': {
      // From a business, a term that takes away its liability is void (CRPL 26). A wrong or short delivery is not a
      // defect a listing could have named: the term cannot excuse delivering what was ordered (audit 11-a, L7).
      if (boxAsk) return notAReturn();
      if (wrongItem) return rebut(['unfair-terms-void'], 'msg.reply.sold-as-is.wrong-item', true);
      // A fault the listing named before the sale was bought knowingly (CRPL 23), unless the law forbids selling such
      // goods at all (CRPL 56(1)); used goods are judged against the condition the listing stated (audit 11-a, M1).
      const used = secondHandBusiness(r);
      return {
        ...rebut(
          ['unfair-terms-void', 'known-defect-excepted', ...(used ? (['as-described'] as const) : [])],
          'msg.reply.sold-as-is',
          true,
        ),
        caveat: {
          why: words.sentences(
            words.say('excuse.sold-as-is.why'),
            ...(used ? [words.say('excuse.sold-as-is.why.used')] : []),
          ),
          still: stillByStage('excuse.sold-as-is.still'),
        },
      };
    }
    case 'sale-items-no-returns':
      return rebut(['unfair-terms-void'], 'msg.reply.sale-items-no-returns', true);
    case 'tags-off-or-used':
      if (boxAsk) return notAReturn();
      if (fault) return qualityAnswer();
      // The walk asks whether it was used beyond checking (a box alone is not asked: conditional, as before).
      if (f.usedBeyondChecking === true)
        return mayBeRight(['used-beyond-checking'], false, 'excuse.tags-off-or-used.used');
      if (f.usedBeyondChecking === false)
        return rebut(['checking-keeps-intact'], 'msg.reply.tags-off-or-used.only-checked');
      return mayBeRight(['used-beyond-checking'], true, 'excuse.tags-off-or-used');
    case 'you-pay-return-shipping':
      // CRPL 24's cost rule names goods that fail quality requirements, not a wrong size or a missing part: there the
      // postage is claimed as a loss from the breach, as the wrong-or-missing guide explains.
      if (wrongItem) return rebut(['breach-damages'], 'msg.reply.you-pay-return-shipping.wrong-item', false, error);
      if (boxAsk) return notAReturn();
      if (fault) return rebut(['quality-costs-on-seller'], 'msg.reply.you-pay-return-shipping');
      // A no-reason return: the buyer pays unless the seller promised free returns, which the walk asks (a box alone
      // is not asked: its answer stays conditional). The reply leans on the message's own CRPL 25 ("另有约定").
      if (f.freeReturns === true)
        return rebut(['no-reason-postage', 'promises-binding'], 'msg.reply.you-pay-return-shipping.promised');
      // Once the item is back the postage is settled, and the price is what is held back: the seller refunds it within
      // 7 days of receipt, less at most the postage a free-shipping offer no longer covers (Returns Measures 13, 18).
      // Conditional, so the route stays open (audit O, H1).
      // (Medicine, before or after it goes back: the same cards, with a "still" that states no refund as owed, its
      // no-reason return not being settled; audit P, M3 and audit T, M3.)
      if (unwantedMedicine(r)) {
        const right = f.goodsBack
          ? 'excuse.you-pay-return-shipping.returned'
          : f.freeReturns === false
            ? 'excuse.you-pay-return-shipping.no-promise'
            : 'excuse.you-pay-return-shipping';
        return {
          kind: 'may-be-right',
          mayBeRight: { why: words.say(`${right}.why`), still: words.say(`${right}.still.medicine`) },
          claims: ['no-reason-postage'],
          conditional: f.goodsBack || f.freeReturns !== false,
        };
      }
      if (f.goodsBack)
        return mayBeRight(
          ['no-reason-postage', 'refund-within-7-days'],
          true,
          'excuse.you-pay-return-shipping.returned',
        );
      if (f.freeReturns === false)
        return mayBeRight(['no-reason-postage'], false, 'excuse.you-pay-return-shipping.no-promise');
      return mayBeRight(['no-reason-postage'], true, 'excuse.you-pay-return-shipping');
    case 'store-credit-only':
      // The Returns Measures' "refund the way it was paid" is the 7-day return's own rule. Anywhere else a voucher is
      // simply no refund: the case's own law (a return, a full refund, the unspent balance) asks for money.
      // A trip the other side called off owes the whole price back (Tourism Law 63; CC 566): a voucher in its place
      // refuses a refund of service fees, which the regulator can fine (CRPL 56(1)(8)), as for a cancelled show.
      if (f.tripProblem === 'tour-too-few' || f.tripProblem === 'provider-cancelled')
        return rebut([], 'msg.reply.store-credit-only.money', true);
      if (!noReason) return rebut([], 'msg.reply.store-credit-only.money');
      return rebut(['refund-original-method'], 'msg.reply.store-credit-only', true);
    case 'refund-after-inspection':
      if (boxAsk) return notAReturn();
      // Medicine: whether its no-reason return holds is not settled, so no fine is named, nor reported (audit S, M3).
      if (unwantedMedicine(r)) return rebut(['refund-within-7-days'], 'msg.reply.refund-after-inspection.no-fine');
      return rebut(
        lateRefundClaims(fault),
        fault ? 'msg.reply.refund-after-inspection.quality' : 'msg.reply.refund-after-inspection',
        true,
      );
    case 'contact-the-manufacturer':
      // A no-reason return is the seller's to take back (CRPL 25): compensation from seller or maker does not come in.
      if (noReason) return rebut(['no-reason-return'], 'msg.reply.contact-the-manufacturer.no-reason');
      // The maker did not send the wrong thing: the seller's breach is answered on the contract (CC 582).
      if (wrongItem) return qualityAnswer();
      return rebut(['seller-answers'], 'msg.reply.contact-the-manufacturer');
    case 'final-interpretation-right':
      return rebut(['final-say-void', 'unfair-terms-void'], 'msg.reply.final-interpretation-right', true);
    case 'platform-has-decided':
      return rebut(['routes-to-resolve', 'platform-must-explain'], 'msg.reply.platform-has-decided');
    case 'price-mistake':
      // Only a court or an arbitration body can annul the sale, on proof; but a plainly absurd price or a bulk order
      // may well persuade one, so the user hears that too.
      return {
        ...rebut(['annul-needs-court'], 'msg.reply.price-mistake'),
        caveat: caveat('excuse.price-mistake.obvious'),
      };
    case 'out-of-stock':
      // Out of stock does not end the order, but goods that truly cannot be had cannot be ordered delivered (CC 580):
      // what stays is the money back and the loss.
      return {
        ...rebut(['order-forms-contract', 'breach-remedies-damages', 'no-forced-delivery'], 'msg.reply.out-of-stock'),
        caveat: caveat('excuse.out-of-stock'),
      };
    case 'fee-in-the-rules':
      // A fee the user was never shown (CC 496); costs not yet spent on a tour the user cancelled (SPC Travel 12);
      // and where the other side cancelled, a rule that takes the refund away is void (CRPL 26).
      if (f.tripProblem === 'hidden-fee')
        return rebut(['terms-must-be-pointed-out'], 'msg.reply.fee-in-the-rules.not-shown');
      if (f.tripProblem === 'tour-i-cancelled')
        return rebut(['tour-balance-refund'], 'msg.reply.fee-in-the-rules.costs');
      return rebut(['unfair-terms-void'], 'msg.reply.fee-in-the-rules.cancelled', true);
    case 'cooked-elsewhere':
      return rebut(['kitchen-no-excuse'], 'msg.reply.cooked-elsewhere');
    case 'ask-the-courier':
      if (meal) return rebut(['deliver-as-promised'], 'msg.reply.ask-the-courier.meal');
      return rebut(['deliver-as-promised', 'risk-until-delivery'], 'msg.reply.ask-the-courier');
    case 'deposit-not-refundable':
      // What is still possible names the 20% cap (CC 586).
      if (r.presale === 'lost')
        return mayBeRight(['earnest-lost', 'earnest-cap'], false, 'excuse.deposit-not-refundable.backed-out');
      // A 订金 is not forfeited; but a buyer who pulled out is the one in breach, and owes the losses it caused.
      if (r.presale === 'refund' && f.presaleWho === 'i-cancelled')
        return {
          ...rebut(['advance-not-earnest', 'breach-remedies-damages'], 'msg.reply.deposit-not-refundable.advance'),
          caveat: caveat('excuse.deposit-not-refundable.advance-backed-out'),
        };
      if (r.presale === 'refund') return rebut(['advance-not-earnest'], 'msg.reply.deposit-not-refundable.advance');
      if (r.presale === 'double') return rebut(['earnest-doubled'], 'msg.reply.deposit-not-refundable.seller-failed');
      // The seller failed but the user does not know the word: the money comes back either way, double if 定金.
      if (r.presale === 'at-least-refund')
        return rebut(['earnest-doubled', 'advance-not-earnest'], 'msg.reply.deposit-not-refundable.at-least');
      return mayBeRight(['earnest-lost', 'advance-not-earnest'], true, 'excuse.deposit-not-refundable.unclear');
    case 'digital-no-refund': {
      // The seller's own words, as the user picked them ("not refundable" is answered here too): the reply names
      // what was said, never words the user did not choose (audit 12, M3).
      const said = {
        excuse: words.part(
          f.sellerSaid === 'item-excluded-from-returns'
            ? 'msg.excuse.item-excluded-from-returns'
            : 'msg.excuse.digital-no-refund',
        ),
      };
      // A service: the reply rests on what the user said happened, never on "not provided" unless they said so.
      if (f.serviceProblem === 'changed-mind')
        return r.coolingOff
          ? {
              ...rebut(['prepaid-cooling-off'], 'msg.reply.digital-no-refund.cooling-off', false, said),
              // The 7 days are for services given over time: a recorded course handed over at once is arguable.
              caveat: caveat('excuse.digital-no-refund.cooling-off'),
            }
          : undefined;
      if (f.serviceProblem === 'auto-renewed')
        return rebut(['renewal-needs-choice'], 'msg.reply.digital-no-refund.auto-renewal', false, said);
      // Moved somewhere clearly harder to use: the service may still be given, so the reply rests on the move, as the
      // message's own basis does (SPC Prepaid 13(1)), never on "not provided".
      if (f.serviceProblem === 'moved-away')
        return rebut(['prepaid-end-for-move'], 'msg.reply.digital-no-refund.moved-away', false, said);
      if (f.itemKind === 'service')
        return rebut(['prepaid-refund'], 'msg.reply.digital-no-refund.service', false, said);
      // A download that does not work as described: no return for a change of mind, but the fault is the seller's.
      if (f.downloadProblem === 'not-as-described')
        return rebut(['as-described'], 'msg.reply.digital-no-refund.download');
      return mayBeRight(['no-reason-excluded'], false, 'excuse.digital-no-refund');
    }
    case 'returned-damaged':
      // The refund's own time: a faulty item's is not the 7-day return's (Penalties Measures 8, not Returns 13).
      // "The platform can decide" only where there is one still to ask (audit O, M7).
      return {
        kind: 'may-be-right',
        mayBeRight: {
          why: words.say('excuse.returned-damaged.why'),
          still: words.say(
            r.app && f.stage === 'sent-back'
              ? 'excuse.returned-damaged.still'
              : 'excuse.returned-damaged.still.no-platform',
          ),
        },
        claims: lateRefundClaims(fault).slice(0, 1),
        conditional: true,
      };
    case 'shop-has-closed':
    case 'never-answered':
    case 'something-else':
    case 'none':
      return undefined;
    default:
      return unanswered(excuse);
  }
}

/** Every excuse has a case above: a new one in the tree without an answer here is a type error. */
function unanswered(excuse: never): never {
  throw new Error(`No answer for the excuse "${String(excuse)}"`);
}

/**
 * A private seller is outside consumer law: a faulty item may have been sold honestly as it is, a copy as a copy, and
 * what came may be what the listing showed.
 */
export function privateSellerCaveat(r: Reading, words: PlanWords): SellerMayBeRight {
  // Named for what went wrong, as the message's ask is (laterRemedy): nobody repairs food, a fake or a wrong item.
  const later = r.laterRemedy;
  const wrongOrMissing = later === 'wrong-item' || later === 'missing-items' || later === 'wrong-or-missing-items';
  return {
    why: words.say(
      wrongOrMissing
        ? 'excuse.private-seller.why.wrong-or-missing-items'
        : later === 'counterfeit-goods' || later === 'consumable'
          ? `excuse.private-seller.why.${later}`
          : 'excuse.private-seller.why',
    ),
    // The route: the platform's process first, unless the user says the platform has already decided or mediation has
    // ended (then the court). Once the item is back with the seller, what is left is the money (audit O, M2).
    still: words.sentences(
      words.say(
        r.facts.goodsBack
          ? // Named for what went wrong, with the same conditions as before the return (audit P, M2); part of the food
            // bad, that part (CC 632; audit T, M1).
            r.badPart
            ? 'excuse.private-seller.still.returned.consumable.part'
            : later === 'wrong-item'
              ? 'excuse.private-seller.still.returned.wrong-or-missing-items'
              : later && later !== 'repair'
                ? `excuse.private-seller.still.returned.${later}`
                : 'excuse.private-seller.still.returned'
          : later === 'wrong-item'
            ? 'excuse.private-seller.still.wrong-or-missing-items'
            : later && later !== 'repair'
              ? `excuse.private-seller.still.${later}`
              : 'excuse.private-seller.still',
      ),
      // A durable good's fault denied: the 6 months in which a business must prove it do not run for a person, so
      // the proof is the buyer's to gather (audit 14, L6). Said too for an appliance that may count as one.
      ...((r.durableDefect || r.applianceDefect) && r.facts.sellerSaid === 'not-a-quality-issue'
        ? [words.say('excuse.private-seller.proof')]
        : []),
      words.say(
        r.facts.stage === 'platform-against'
          ? 'private.route.court'
          : r.facts.stage === 'regulator-ended'
            ? 'private.route.court.ended'
            : 'private.route.platform',
      ),
    ),
  };
}
