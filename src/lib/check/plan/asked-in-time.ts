/**
 * A faulty item past its 7 days whose seller was asked within them: whether that request was for a return (CRPL 24),
 * who can still say whether it counts, and how the step, "Do this today" and the messages say it (audit 16, M3).
 */
import type { Part, PlanWords } from '../texts/plan-words';
import { plusDays } from '../tree/dates';
import type { Reading } from './facts';
import { withMeaning } from './step-parts';
import type { InTimeQuestion } from './types';

/**
 * A faulty item past its 7 days, with the seller already asked: the first request may have come within the 7 days.
 * "Do this today" asks whether it was for a return (the `asked-return` answer; until answered, the step gives the
 * sentence to add, with the date as a fill-in mark: the plan never writes a date the user did not give), and the plan
 * leaves to whoever decides whether it still counts. Not for a fake, whose message already asks for the return. Said
 * once, where the message to send is (build.ts), and in "Do this today".
 */
export function asksInTime(r: Reading): boolean {
  // The seller was asked at every later stage too: a request made in time still counts when 12315 or a court hears it
  // (audit 10-a, L5: a vacuum that failed on about day 7, after the platform sided with the seller).
  // Sent back after the 7 days, too: the refund then rests on that request, if it was one (audit G, M3).
  const contacted = (
    ['seller-refused', 'seller-silent', 'sent-back', 'platform-against', 'regulator-ended'] as const
  ).some((stage) => stage === r.facts.stage);
  const past = r.goodsFault && !r.putRight && r.sevenDaysLeft === undefined && !r.returnedInTime;
  // Not against a private seller, whom the 7-day rule (CRPL 24) does not bind; nor where the message asks for no
  // return: a part of the food bad (its price back) or a box alone (intact packaging or a lower price).
  return (
    r.consumer &&
    contacted &&
    past &&
    !r.badPart &&
    !r.boxOnly &&
    !!r.facts.receivedOn &&
    r.facts.problem !== 'counterfeit-goods'
  );
}

/**
 * The user said, on the plan screen, that the request the seller first answered within the 7 days was for a return:
 * it was made in time (CRPL 24), so every message asks for that return and says when it was asked; whether it still
 * counts is for whoever decides (audit 16, M3).
 */
export const returnAskedInTime = (r: Reading): boolean => asksInTime(r) && r.facts.askedReturn === true;

/**
 * That request, as a message states it: dated by a refusal within the 7 days (which answered it), or with the day as a
 * fill-in; to the seller as 贵店.
 */
export function returnRequest(r: Reading, words: PlanWords): Part {
  const key = r.refusedInTime ? 'msg.happened.asked-return.refused' : 'msg.happened.asked-return';
  const values = {
    record: requestRecord(r, words),
    ...(r.refusedInTime ? { refused: { date: r.refusedInTime } } : {}),
  };
  return { ...words.part(key, values), toSeller: words.part(`${key}.to-seller`, values) };
}

/**
 * Where that request can be seen: "the chat is attached" only where the user said they kept the chat; otherwise a
 * fill-in, since it may have been the app's after-sales form, or a shop's chat that closed with it (audit G, M4;
 * audit H, M2).
 */
const requestRecord = (r: Reading, words: PlanWords): Part =>
  words.part(r.facts.evidence.includes('chat') ? 'msg.request-record.chat' : 'msg.request-record.fill-in');

/**
 * Who can still say whether a request made in time counts: the platform only where there is one and the seller does
 * not say it has already ruled (a chat group has none).
 */
export const decidersOf = (r: Reading, words: PlanWords): string =>
  words.say(
    // Once 12315's mediation has ended, only a court is left to say.
    r.facts.stage === 'regulator-ended'
      ? 'decides.court'
      : r.app && r.facts.sellerSaid !== 'platform-has-decided' && r.facts.stage !== 'platform-against'
        ? 'decides.platform'
        : 'decides.no-platform',
  );

/**
 * That question in words: for the step, for "Do this today" (where it is asked, with two answers), and the sentence
 * to add. To 12315 the sentence tells of the request; to the seller it also asks for it to be met. Once answered, the
 * messages say it themselves (a return) or never (something else), and only whose call it is stays to be said.
 */
export function askedInTime(
  r: Reading,
  words: PlanWords,
  to: 'seller' | 'regulator',
): { question: InTimeQuestion; how?: string } | undefined {
  if (!asksInTime(r) || !r.facts.receivedOn) return undefined;
  const lastDay = plusDays(r.facts.receivedOn, 7);
  const date = { date: lastDay };
  // A refusal dated within the 7 days answered a request made within them: the sentence is dated by it, and the user
  // is asked only whether that request was for a return (audit 16, M3).
  const refused = r.refusedInTime ? { date: r.refusedInTime } : undefined;
  const deciders = decidersOf(r, words);
  const question: InTimeQuestion = {
    text: refused ? words.say('today.asked-in-time.refused', { refused }) : words.say('today.asked-in-time', { date }),
    // Goods already back: the refund, not a return, is what the messages ask for on that request.
    hint: words.say(r.facts.goodsBack ? 'today.asked-in-time.hint.returned' : 'today.asked-in-time.hint', { deciders }),
    ...(r.facts.askedReturn !== undefined ? { answer: r.facts.askedReturn } : {}),
  };
  // Something else was asked for: the messages ask for what the law gives after the 7 days, and say nothing of it.
  if (r.facts.askedReturn === false) return { question };
  // A return: the messages say so. "Do this today" shows the answer beside its question; the step says it in words.
  if (r.facts.askedReturn)
    return {
      question,
      how: words.say(r.facts.goodsBack ? 'today.asked-in-time.said.returned' : 'today.asked-in-time.said', {
        deciders,
      }),
    };
  // Goods already back: what is asked on that request is the refund, not a return (audit H, M2).
  const ask = words.part(
    `msg.in-time-ask${to === 'regulator' ? '.regulator' : ''}.${r.facts.goodsBack ? 'refund' : 'return'}`,
  );
  const values = { record: requestRecord(r, words), ask, ...(refused ? { refused } : {}) };
  const add = words.part(
    `msg.asked-in-time${to === 'regulator' ? '.regulator' : ''}${refused ? '.refused' : ''}`,
    values,
  );
  const sentence = withMeaning(add);
  return {
    question,
    // In the step the sentence is quoted (on the English page with its meaning, as messages are), for whoever works
    // from the step or a printout rather than answer in "Do this today".
    how: refused
      ? words.say('step.quality-remedy.how.asked-in-time.refused', { refused, deciders, sentence })
      : words.say('step.quality-remedy.how.asked-in-time', { date, deciders, sentence }),
  };
}
