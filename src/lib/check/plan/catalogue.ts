/**
 * Every guide, law and template a plan can name, gathered by building plans for every problem, platform, excuse
 * and stage. The validator test checks each id against content/, so a plan can never link to nothing.
 */
import { optionsFor } from '../tree/evaluate';
import { optionIdsOf, questions, receivedProblems, type ProblemId } from '../tree/questions';
import type { Answers, Question } from '../tree/types';
import type { PlanWords } from '../texts/plan-words';
import { buildPlan } from './build';

const optionsOf = optionIdsOf;
const question = (id: string): Question => questions.find((q) => q.id === id)!;
/** The options a question offers after these answers (a takeaway's platforms are not a shop's). */
const offered = (id: string, answers: Answers) => optionsFor(question(id), answers).map((o) => o.id);

/** Each way a takeaway's problem can be told: its one fact where it covers two, and a late meal with and without a promise. */
const mealAnswers = (meal: string): Answers[] => {
  const details = offered('meal-detail', { 'meal-problem': meal });
  if (details.length) return details.map((d) => ({ 'meal-problem': meal, 'meal-detail': d }));
  if (meal === 'late') return [true, false].map((promised) => ({ 'meal-problem': meal, 'late-promise': promised }));
  return [{ 'meal-problem': meal }];
};

/** What the seller said in a refused case: an excuse the walk offers for it (goods-return ones only where goods came). */
function refusalFor(problem: ProblemId, trip: string): string {
  if (problem === 'food-delivery') return 'cooked-elsewhere';
  if (problem === 'tickets-and-travel') return trip === 'add-on' ? 'final-interpretation-right' : 'fee-in-the-rules';
  if (receivedProblems.includes(problem)) return 'opened-so-no-return';
  if (problem === 'lost-or-not-delivered') return 'signed-for-no-refund';
  return 'final-interpretation-right';
}

/** A spread of answer sets that, together, reach every step, deadline and note the builder can produce. */
export function representativeAnswers(): Answers[] {
  const sets: Answers[] = [];
  for (const problem of optionsOf('problem')) {
    // A price that fell: each thing the shop may have said leads to its own plan.
    for (const promise of problem === 'price-protection' ? optionsOf('price-promise') : (['promised'] as const))
      for (const wanted of problem === 'wrong-or-missing-items'
        ? optionsOf('wanted-remedy')
        : (['return-all'] as const))
        for (const meal of problem === 'food-delivery'
          ? optionsOf('meal-problem').flatMap(mealAnswers)
          : mealAnswers('wrong-or-missing').slice(0, 1))
          for (const trip of problem === 'tickets-and-travel' ? optionsOf('trip-problem') : (['tour-too-few'] as const))
            for (const platform of offered('platform', { problem }).filter((p) => p !== 'overseas')) {
              // Every stage the walk offers these answers (the item sent back only where goods came and were wanted
              // back), but for a silent seller and a case already in court.
              const stages = offered('tried', { problem, 'wanted-remedy': wanted }).filter(
                (t) => t !== 'seller-silent' && t !== 'in-court',
              );
              for (const tried of stages) {
                for (const seller of ['business', 'private']) {
                  sets.push({
                    purpose: 'personal',
                    problem,
                    platform,
                    tried,
                    'seller-type': seller,
                    'parcel-status': 'signed-not-received',
                    ...(receivedProblems.includes(problem)
                      ? { 'received-on': '2026-11-20' }
                      : { 'ordered-on': '2026-11-15' }),
                    'item-kind': problem === 'digital-goods-and-courses' ? 'service' : 'packaged-food',
                    'service-problem': 'not-provided',
                    'presale-who': 'seller-failed',
                    'price-promise': promise,
                    'wanted-remedy': wanted,
                    ...meal,
                    'trip-problem': trip,
                    'deposit-word': 'earnest',
                    'refused-on': '2026-11-22',
                    'returned-on': '2026-11-22',
                    'seller-said': tried === 'nothing' ? 'none' : refusalFor(problem, trip),
                    fraud: true,
                    payment: 'off-platform',
                    amount: 100,
                    evidence: [],
                  });
                }
              }
            }
  }
  // A takeaway and a trip have excuses of their own, answered by what went wrong: each with each excuse offered.
  sets.push(
    ...refusedFor(
      'food-delivery',
      'meal-problem',
      { platform: 'meituan', 'ordered-on': '2026-11-20', amount: 60 },
      (what) => mealAnswers(what),
    ),
    ...refusedFor('tickets-and-travel', 'trip-problem', {
      platform: 'travel-app',
      'ordered-on': '2026-11-10',
      amount: 1800,
    }),
  );
  // A course, membership or service, and a download: each thing that happened, not yet asked and refused as "digital
  // goods". A service is paid 4 or 16 days before the catalogue's day (inside and outside the 7 days after paying).
  for (const what of optionsOf('service-problem'))
    for (const orderedOn of ['2026-11-22', '2026-11-10'])
      sets.push(...digital({ 'item-kind': 'service', 'service-problem': what, 'ordered-on': orderedOn }));
  for (const what of optionsOf('download-problem'))
    sets.push(...digital({ 'item-kind': 'download', 'download-problem': what, 'ordered-on': '2026-11-22' }));
  // A parcel that never came: each thing the tracking can say, refused as "ask the courier".
  for (const status of optionsOf('parcel-status'))
    sets.push({
      purpose: 'personal',
      problem: 'lost-or-not-delivered',
      platform: 'douyin',
      'live-stream': false,
      'parcel-status': status,
      'ordered-on': '2026-11-15',
      tried: 'seller-refused',
      'seller-said': 'ask-the-courier',
      'refused-on': '2026-11-22',
      amount: 100,
      evidence: [],
    });
  // Told "no 7-day returns for this item": each answer to whether the user confirmed that at checkout.
  for (const confirmed of optionsOf('exclusion-confirmed'))
    sets.push({
      purpose: 'personal',
      problem: 'changed-my-mind',
      platform: 'taobao',
      tried: 'seller-refused',
      'seller-said': 'item-excluded-from-returns',
      'exclusion-confirmed': confirmed,
      'item-kind': 'electronics',
      'received-on': '2026-11-20',
      'refused-on': '2026-11-22',
      amount: 100,
      evidence: [],
    });
  // Told to pay the postage for the seller's own error, on Taobao: each error named as the user told it.
  for (const symptoms of [['wrong-item'], ['missing-items'], ['short-weight']])
    sets.push({
      purpose: 'personal',
      problem: 'wrong-or-missing-items',
      symptoms,
      'wanted-remedy': 'send-what-is-right',
      platform: 'taobao',
      'live-stream': false,
      tried: 'seller-refused',
      'seller-said': 'you-pay-return-shipping',
      'item-kind': 'other',
      'received-on': '2026-11-20',
      amount: 100,
      evidence: [],
    });
  // Food partly spoiled or past its date, from a shop and from a private seller: the bad part's price asked for.
  for (const seller of ['business', 'private'])
    sets.push({
      purpose: 'personal',
      problem: 'defective-or-damaged',
      symptoms: ['spoiled'],
      platform: 'xianyu',
      'seller-type': seller,
      payment: 'in-app',
      'received-on': '2026-11-24',
      'item-kind': 'packaged-food',
      'how-much-bad': 'part',
      tried: 'nothing',
      amount: 100,
      evidence: [],
    });
  // Later stages where what is still possible names only the rungs left (audit 11-b, M5): a closed shop after
  // mediation ended; a prepaid course no longer wanted, and a renewal charged unasked, after the platform decided or
  // mediation ended.
  sets.push({
    purpose: 'personal',
    problem: 'defective-or-damaged',
    symptoms: ['broken-on-arrival'],
    platform: 'pinduoduo',
    'received-on': '2026-11-22',
    'item-kind': 'electronics',
    tried: 'regulator-ended',
    'seller-said': 'shop-has-closed',
    amount: 149,
    evidence: [],
  });
  for (const tried of ['platform-against', 'regulator-ended']) {
    sets.push({
      purpose: 'personal',
      problem: 'digital-goods-and-courses',
      platform: 'taobao',
      'live-stream': false,
      'ordered-on': '2026-10-27',
      'item-kind': 'service',
      'service-problem': 'changed-mind',
      tried,
      'seller-said': 'digital-no-refund',
      amount: 1200,
      evidence: [],
    });
    sets.push({
      purpose: 'personal',
      problem: 'digital-goods-and-courses',
      platform: 'jd',
      'live-stream': false,
      'ordered-on': '2026-11-20',
      'item-kind': 'service',
      'service-problem': 'auto-renewed',
      tried,
      'seller-said': 'something-else',
      amount: 25,
      evidence: [],
    });
  }
  // A prepaid service whose place moved, from a seller of each kind, on an app and in a chat group: the business's
  // rule on moves, a private person asked to agree, and an unsure seller told the rule may not bind them (audits AD, AE).
  for (const [platform, seller] of [
    ['xianyu', 'private'],
    ['xianyu', 'unsure'],
    ['wechat-group', 'private'],
    ['wechat-group', 'business'],
  ] as const)
    sets.push({
      purpose: 'personal',
      problem: 'digital-goods-and-courses',
      platform,
      'seller-type': seller,
      payment: platform === 'xianyu' ? 'in-app' : 'off-platform',
      'ordered-on': '2026-10-01',
      'item-kind': 'service',
      'service-problem': 'moved-away',
      tried: 'nothing',
      amount: 1200,
      evidence: ['chat'],
    });
  // A seller that never answered, after the platform decided and after mediation ended: told of as silent, not as
  // refusing (audit 11-b, L1).
  for (const tried of ['platform-against', 'regulator-ended'])
    sets.push({
      purpose: 'personal',
      problem: 'late-delivery',
      platform: 'tmall',
      'ordered-on': '2026-11-01',
      tried,
      'seller-said': 'never-answered',
      amount: 459,
      evidence: [],
    });
  // A private seller on Xianyu that cannot be reached, before and after the platform decided: no shop, no platform
  // liability; the platform asked for the seller's details, and the court (audit 13, M2; audit 14, H1).
  for (const tried of ['seller-refused', 'platform-against'])
    sets.push({
      purpose: 'personal',
      problem: 'defective-or-damaged',
      symptoms: ['does-not-work'],
      platform: 'xianyu',
      'seller-type': 'private',
      payment: 'in-app',
      'received-on': '2026-11-10',
      'item-kind': 'electronics',
      tried,
      'seller-said': 'shop-has-closed',
      amount: 1600,
      evidence: [],
    });
  // A used TV from a private seller who says it is not a quality problem: the proof is the buyer's (audit 14, L6).
  sets.push({
    purpose: 'personal',
    problem: 'defective-or-damaged',
    symptoms: ['stopped-working'],
    platform: 'xianyu',
    'seller-type': 'private',
    payment: 'in-app',
    'received-on': '2026-11-10',
    'item-kind': 'durable',
    tried: 'seller-refused',
    'seller-said': 'not-a-quality-issue',
    amount: 1600,
    evidence: [],
  });
  // Pork short in weight from a group leader, the seller saying it was collected: evidence of a pickup (audit 14, L5).
  sets.push({
    purpose: 'personal',
    problem: 'wrong-or-missing-items',
    symptoms: ['short-weight'],
    platform: 'community-group',
    'received-on': '2026-11-23',
    'item-kind': 'fresh-food',
    tried: 'seller-refused',
    'seller-said': 'signed-for-no-refund',
    'wanted-remedy': 'refund-missing-part',
    amount: 38,
    evidence: ['photos'],
  });
  // A piece missing, no unboxing video, the seller saying the buyer signed: the reply asks for the evidence that
  // overturns the presumption of a count (CC 623; audit 13, M4).
  sets.push({
    purpose: 'personal',
    problem: 'wrong-or-missing-items',
    symptoms: ['missing-parts'],
    platform: 'taobao',
    'received-on': '2026-11-23',
    'item-kind': 'other',
    tried: 'seller-refused',
    'seller-said': 'signed-for-no-refund',
    'wanted-remedy': 'send-what-is-right',
    amount: 199,
    evidence: ['order-page', 'chat'],
  });
  // A JD shop that stopped answering an after-sales request: JD steps in 24 hours after the dispute is raised, and no
  // 15-day window is dated from the silence (audit 15, M2).
  sets.push({
    purpose: 'personal',
    problem: 'defective-or-damaged',
    symptoms: ['does-not-work'],
    platform: 'jd',
    'received-on': '2026-11-20',
    'item-kind': 'electronics',
    tried: 'seller-silent',
    'refused-on': '2026-11-22',
    amount: 459,
    evidence: ['order-page'],
  });
  // Refused within the 7 days, asked about after them: the refusal dates the request made in time, to the seller and,
  // once the platform has decided, to 12315 (audit 16, M3).
  const earbuds: Answers = {
    purpose: 'personal',
    problem: 'defective-or-damaged',
    symptoms: ['does-not-work'],
    platform: 'jd',
    'received-on': '2026-11-10',
    'item-kind': 'electronics',
    'refused-on': '2026-11-14',
    amount: 459,
    evidence: ['order-page', 'chat'],
  };
  for (const tried of ['seller-refused', 'platform-against'])
    sets.push({ ...earbuds, tried, 'seller-said': 'something-else' });
  // The same refused as "past the deadline", with the user's answer in "Do this today" on whether that first request
  // was for a return: yes (the messages ask for it, dated by the refusal), or something else (audit 16, M3).
  for (const askedReturn of [true, false])
    for (const tried of ['seller-refused', 'platform-against'])
      sets.push({ ...earbuds, tried, 'seller-said': 'deadline-passed', 'asked-return': askedReturn });
  // With no chat kept (the request's record is a fill-in) and "not a quality problem" (the test card says the return
  // is owed on that request if it still counts); a chat-group shop (no platform's window to answer); on Taobao,
  // refused as too late with no day to date it, sent back after the 7 days, or once the platform has decided, where
  // the request's day is a fill-in (audit G).
  sets.push({
    ...earbuds,
    tried: 'seller-refused',
    'seller-said': 'not-a-quality-issue',
    evidence: ['order-page'],
    'asked-return': true,
  });
  const { 'refused-on': _refused, ...undated } = earbuds;
  sets.push({
    ...undated,
    platform: 'wechat-group',
    'seller-type': 'business',
    payment: 'off-platform',
    tried: 'seller-refused',
    'seller-said': 'deadline-passed',
    amount: 180,
    evidence: ['chat'],
    'asked-return': true,
  });
  const taobao: Answers = { ...undated, platform: 'taobao', 'live-stream': false, 'item-kind': 'other', amount: 299 };
  sets.push({
    ...taobao,
    tried: 'seller-refused',
    'seller-said': 'deadline-passed',
    evidence: ['order-page'],
    'asked-return': true,
  });
  for (const askedReturn of [true, undefined])
    sets.push({
      ...taobao,
      'received-on': '2026-11-01',
      tried: 'sent-back',
      'returned-on': '2026-11-20',
      'seller-said': 'something-else',
      ...(askedReturn === undefined ? {} : { 'asked-return': askedReturn }),
    });
  sets.push({ ...taobao, tried: 'platform-against', 'seller-said': 'something-else', 'asked-return': true });
  // Not answered, the goods back after the 7 days and the platform against: the sentence to add asks 12315 for the
  // refund on that request. Answered "something else", as too late: the seller is right about the return.
  sets.push({
    ...taobao,
    'received-on': '2026-11-01',
    tried: 'platform-against',
    'returned-on': '2026-11-20',
    'seller-said': 'something-else',
  });
  sets.push({ ...taobao, tried: 'seller-refused', 'seller-said': 'deadline-passed', 'asked-return': false });
  // Sent back after the 7 days, "not a quality problem", the return asked for in time: the refund is owed on it if it
  // counts (audit I, L2). A box alone refused within the 7 days as too late: wrong then (audit I, L1).
  sets.push({
    ...taobao,
    'received-on': '2026-11-01',
    tried: 'sent-back',
    'returned-on': '2026-11-20',
    'seller-said': 'not-a-quality-issue',
    'asked-return': true,
  });
  sets.push({
    ...earbuds,
    symptoms: ['damaged-packaging'],
    tried: 'seller-refused',
    'seller-said': 'deadline-passed',
  });
  // That box as the case moves on ("What happened since?" keeps the refusal's day): where the request's record goes
  // (the complaint, the court), and the refund once the goods are back (audit M, M1).
  const movedOn: Answers[] = [
    { tried: 'platform-against' },
    { tried: 'regulator-ended' },
    { tried: 'sent-back', 'returned-on': '2026-11-20' },
    // Sent back, then the platform ruled: the refund on that request goes with the complaint (audit N, L2).
    { tried: 'platform-against', 'returned-on': '2026-11-20' },
  ];
  for (const moved of movedOn)
    sets.push({ ...earbuds, symptoms: ['damaged-packaging'], 'seller-said': 'deadline-passed', ...moved });
  // A fake past its 7 days called "not a quality problem": a test that finds it fake gives the return (CC 563), never
  // a repair (audit I, M1).
  // (The same box on made-to-order goods, which have no no-reason return to have asked for: audit J, M3.)
  sets.push({
    ...earbuds,
    symptoms: ['damaged-packaging'],
    'item-kind': 'custom-made',
    tried: 'seller-refused',
    'seller-said': 'deadline-passed',
  });
  // Back with the seller and called "not a quality problem": the refund is what is owed, for a faulty item sent back
  // within its 7 days and for a fake, with and without the brand's answer (audit J, L1).
  sets.push({
    ...taobao,
    'received-on': '2026-11-15',
    tried: 'sent-back',
    'returned-on': '2026-11-20',
    'seller-said': 'not-a-quality-issue',
  });
  const { symptoms: _symptoms, ...anyFault } = undated;
  // A fake with a test report, once the platform or 12315 is past: where the report goes then (audit L, M1).
  for (const tried of ['platform-against', 'regulator-ended'])
    sets.push({
      ...anyFault,
      problem: 'counterfeit-goods',
      symptoms: [],
      tried,
      'seller-said': 'not-a-quality-issue',
      evidence: ['order-page', 'chat', 'test-report'],
    });
  // And before that with no platform in the plan: to the seller, then with the complaint (audit M, M2).
  sets.push({
    ...anyFault,
    problem: 'counterfeit-goods',
    symptoms: [],
    platform: 'wechat-group',
    'seller-type': 'business',
    payment: 'off-platform',
    tried: 'seller-refused',
    'seller-said': 'not-a-quality-issue',
    evidence: ['order-page', 'chat', 'test-report'],
  });
  for (const symptoms of [[], ['brand-denies']])
    sets.push({
      ...anyFault,
      problem: 'counterfeit-goods',
      symptoms,
      tried: 'sent-back',
      'returned-on': '2026-11-20',
      'seller-said': 'not-a-quality-issue',
    });
  sets.push({
    ...anyFault,
    problem: 'counterfeit-goods',
    tried: 'seller-refused',
    'seller-said': 'not-a-quality-issue',
  });
  // The same on WeChat Store: the platform steps in on a shop that times out (audit 16, L1).
  sets.push({
    purpose: 'personal',
    problem: 'not-as-described',
    symptoms: ['wrong-size'],
    platform: 'wechat-store',
    'received-on': '2026-11-20',
    'item-kind': 'other',
    tried: 'seller-silent',
    'refused-on': '2026-11-22',
    fraud: false,
    amount: 239,
    evidence: ['order-page'],
  });
  // A change of mind the seller answers "not a quality problem": true, and beside the point, inside the 7 days and
  // after them, where the day it was asked for decides (audit 15, M1; audit 16, L2).
  for (const received of ['2026-11-23', '2026-11-10'])
    sets.push({
      purpose: 'personal',
      problem: 'changed-my-mind',
      platform: 'taobao',
      'live-stream': false,
      'received-on': received,
      'item-kind': 'other',
      tried: 'seller-refused',
      'seller-said': 'not-a-quality-issue',
      amount: 159,
      evidence: ['order-page'],
    });
  // JD decided against a buyer from a private seller, weeks ago: the appeal's window has run (audit 12, L8).
  sets.push({
    purpose: 'personal',
    problem: 'defective-or-damaged',
    symptoms: ['does-not-work'],
    platform: 'jd',
    'seller-type': 'private',
    'received-on': '2026-10-20',
    'item-kind': 'electronics',
    tried: 'platform-against',
    'seller-said': 'something-else',
    amount: 800,
    evidence: [],
    'decided-on': '2026-11-01',
  });
  // The wrong item sent, its exchange refused with a "final say" clause: the report names the duty to exchange.
  sets.push({
    purpose: 'personal',
    problem: 'wrong-or-missing-items',
    symptoms: ['wrong-item'],
    'wanted-remedy': 'send-what-is-right',
    platform: 'taobao',
    tried: 'seller-refused',
    'seller-said': 'final-interpretation-right',
    'item-kind': 'other',
    'received-on': '2026-11-20',
    amount: 100,
    evidence: [],
  });
  // Sent back and said to have arrived damaged, bought off the apps: its next step names 12315, not a platform.
  sets.push({
    purpose: 'personal',
    problem: 'changed-my-mind',
    platform: 'wechat-group',
    'seller-type': 'business',
    payment: 'off-platform',
    tried: 'sent-back',
    'seller-said': 'returned-damaged',
    'item-kind': 'electronics',
    'received-on': '2026-11-18',
    'returned-on': '2026-11-22',
    amount: 100,
    evidence: [],
  });
  // A faulty item sent back, the refund held "until we check it": the reply for a return over a fault.
  sets.push({
    purpose: 'personal',
    problem: 'defective-or-damaged',
    platform: 'taobao',
    tried: 'sent-back',
    'seller-said': 'refund-after-inspection',
    'item-kind': 'electronics',
    'received-on': '2026-11-18',
    'returned-on': '2026-11-22',
    amount: 100,
    evidence: [],
  });
  // Every excuse for listed durable goods, and for an appliance the list does not name (it may count: pages audit M10).
  for (const kind of ['durable', 'appliance'])
    for (const excuse of optionsOf('seller-said'))
      sets.push({
        purpose: 'personal',
        problem: 'defective-or-damaged',
        platform: 'jd',
        tried: 'seller-refused',
        'seller-said': excuse,
        'item-kind': kind,
        'received-on': '2026-11-20',
        amount: 100,
      });
  // Excuses answered with a card, once there is no reply to send (the platform has ruled): where the point goes instead
  // (audit O, M1); and "you pay the return postage" once the item is back (audit O, H1).
  const jdFault: Answers = {
    purpose: 'personal',
    platform: 'jd',
    'received-on': '2026-11-20',
    amount: 100,
    evidence: [],
  };
  const noReply: Answers[] = [
    {
      problem: 'defective-or-damaged',
      symptoms: ['broken-on-arrival'],
      'item-kind': 'electronics',
      'seller-said': 'signed-for-no-refund',
    },
    {
      problem: 'defective-or-damaged',
      symptoms: ['spoiled'],
      'item-kind': 'fresh-food',
      'how-much-bad': 'all',
      'seller-said': 'item-excluded-from-returns',
    },
    {
      problem: 'defective-or-damaged',
      symptoms: ['stopped-working'],
      'item-kind': 'other',
      'seller-said': 'sold-as-is',
    },
  ];
  // (And once mediation has ended: the last demand and the court; audit P, L1.)
  for (const told of noReply)
    for (const tried of ['platform-against', 'regulator-ended']) sets.push({ ...jdFault, ...told, tried });
  sets.push({
    ...jdFault,
    problem: 'changed-my-mind',
    'item-kind': 'other',
    tried: 'sent-back',
    'returned-on': '2026-11-24',
    'seller-said': 'you-pay-return-shipping',
    'free-returns': false,
  });
  // A change of mind already sent back: the cards say what the return gives, not a return to make (audit O, L4, M4,
  // M5); medicine refused once the platform has ruled: a claim, not a request (audit O, M5).
  const unwanted: Answers = { ...jdFault, problem: 'changed-my-mind', 'item-kind': 'other' };
  const back: Answers = { tried: 'sent-back', 'returned-on': '2026-11-24' };
  const toldOnceBack: Answers[] = [
    { 'seller-said': 'tags-off-or-used' },
    { 'seller-said': 'item-excluded-from-returns', 'exclusion-confirmed': 'confirmed' },
    { 'seller-said': 'item-excluded-from-returns', 'exclusion-confirmed': 'not-sure' },
    { 'seller-said': 'item-excluded-from-returns', 'item-kind': 'medicine' },
  ];
  // (Goods the law excludes, an item used beyond checking, and medicine told to pay postage or waiting on an inspection;
  // audit P, M3 and M7.)
  toldOnceBack.push(
    { 'seller-said': 'something-else', 'item-kind': 'fresh-food' },
    { 'seller-said': 'something-else', 'item-kind': 'custom-made' },
    { 'seller-said': 'tags-off-or-used', 'used-beyond-checking': true },
    { 'seller-said': 'you-pay-return-shipping', 'free-returns': false, 'item-kind': 'medicine' },
    { 'seller-said': 'refund-after-inspection', 'item-kind': 'medicine' },
  );
  for (const told of toldOnceBack) sets.push({ ...unwanted, ...back, ...told });
  for (const tried of ['platform-against', 'regulator-ended'])
    sets.push({ ...unwanted, 'item-kind': 'medicine', tried, 'seller-said': 'item-excluded-from-returns' });
  // Medicine called "opened, so no return" at every stage, and told to pay the postage before it goes back: nothing
  // said to stand that is not settled (audit T, M3).
  const medicine: Answers = { ...unwanted, 'item-kind': 'medicine', 'seller-said': 'opened-so-no-return' };
  sets.push({ ...medicine, tried: 'seller-refused' }, { ...medicine, ...back });
  for (const tried of ['platform-against', 'regulator-ended']) sets.push({ ...medicine, tried });
  // Medicine said to have come back damaged: the unsettled return and the damage, both (audit W, L3).
  sets.push({ ...medicine, ...back, 'seller-said': 'returned-damaged' });
  for (const freeReturns of [false, undefined])
    sets.push({
      ...unwanted,
      'item-kind': 'medicine',
      tried: 'seller-refused',
      'seller-said': 'you-pay-return-shipping',
      ...(freeReturns === undefined ? {} : { 'free-returns': freeReturns }),
    });
  // Sent back after the 7 days and answered "past the deadline": what the return gives, named for food, a box alone, a
  // fake and other faults (audit P, M1); and from a private seller (audit P, M2).
  const lateBack: Answers = { tried: 'sent-back', 'received-on': '2026-11-01', 'returned-on': '2026-11-20' };
  const faultsBack: Answers[] = [
    { problem: 'defective-or-damaged', symptoms: ['spoiled'], 'item-kind': 'packaged-food', 'how-much-bad': 'all' },
    // Part of the food bad, named and not: that part's price asked for once it is back too (audit S, L4).
    { problem: 'defective-or-damaged', symptoms: ['spoiled'], 'item-kind': 'packaged-food', 'how-much-bad': 'part' },
    { problem: 'defective-or-damaged', symptoms: [], 'item-kind': 'fresh-food', 'how-much-bad': 'part' },
    { problem: 'defective-or-damaged', symptoms: ['damaged-packaging'], 'item-kind': 'other' },
    { problem: 'counterfeit-goods', symptoms: [], 'item-kind': 'other' },
    { problem: 'defective-or-damaged', symptoms: ['stopped-working'], 'item-kind': 'other' },
    // Not as described, a wrong item, items missing, or both: each put right as itself (audit S, M2).
    { problem: 'not-as-described', symptoms: ['wrong-spec'], fraud: false, 'item-kind': 'other' },
    {
      problem: 'wrong-or-missing-items',
      symptoms: ['wrong-item'],
      'wanted-remedy': 'return-all',
      'item-kind': 'other',
    },
    {
      problem: 'wrong-or-missing-items',
      symptoms: ['missing-items'],
      'wanted-remedy': 'return-all',
      'item-kind': 'other',
    },
    {
      problem: 'wrong-or-missing-items',
      symptoms: ['wrong-item', 'missing-items'],
      'wanted-remedy': 'return-all',
      'item-kind': 'other',
    },
  ];
  // Part of the food bad, said to have arrived damaged: at least that part's price if it arrived as sent (audit T, M1).
  sets.push({ ...jdFault, ...lateBack, ...faultsBack[1], 'seller-said': 'returned-damaged' });
  // A fault back after the 7 days, "refund after inspection" (not yet 15 days) and "arrived damaged" (over 15 days):
  // the refund and the report hold only if the fault defeats the purchase (audit V, M1).
  const stopped: Answers = { problem: 'defective-or-damaged', symptoms: ['stopped-working'], 'item-kind': 'other' };
  sets.push(
    { ...jdFault, ...lateBack, ...stopped, 'seller-said': 'refund-after-inspection' },
    // (And the excuses answered with a rebuttal, whose report is the same conditional one: audit W, M2.)
    { ...jdFault, ...lateBack, ...stopped, 'seller-said': 'sale-items-no-returns' },
    { ...jdFault, ...lateBack, ...stopped, 'seller-said': 'final-interpretation-right' },
    {
      ...jdFault,
      ...stopped,
      tried: 'sent-back',
      'received-on': '2026-10-20',
      'returned-on': '2026-11-05',
      'seller-said': 'returned-damaged',
    },
  );
  for (const told of faultsBack) {
    sets.push({ ...jdFault, ...lateBack, ...told, 'seller-said': 'deadline-passed' });
    sets.push({
      ...jdFault,
      ...lateBack,
      ...told,
      platform: 'xianyu',
      'seller-type': 'private',
      payment: 'in-app',
      'seller-said': 'something-else',
    });
  }
  sets.push({
    ...jdFault,
    ...lateBack,
    problem: 'wrong-or-missing-items',
    symptoms: ['missing-items'],
    'wanted-remedy': 'return-all',
    'item-kind': 'other',
    platform: 'xianyu',
    'seller-type': 'private',
    payment: 'in-app',
    'seller-said': 'something-else',
  });
  // A renewal charged by a shop's own app: 12315, no platform (audit O, M7).
  sets.push({
    purpose: 'personal',
    problem: 'digital-goods-and-courses',
    platform: 'other',
    'seller-type': 'business',
    payment: 'in-app',
    'ordered-on': '2026-11-20',
    'item-kind': 'service',
    'service-problem': 'auto-renewed',
    tried: 'seller-refused',
    'seller-said': 'something-else',
    amount: 25,
    evidence: [],
  });
  // A change of mind refused within the 7 days, the return received after them: the refusal dates the request
  // (audit O, L3).
  sets.push({
    ...unwanted,
    'received-on': '2026-11-10',
    'refused-on': '2026-11-14',
    tried: 'sent-back',
    'returned-on': '2026-11-20',
    'seller-said': 'refund-after-inspection',
  });
  // A price promise refused, once mediation has ended: the report is made on its own (audit O, L1).
  sets.push({
    ...jdFault,
    problem: 'price-protection',
    'price-promise': 'promised',
    'ordered-on': '2026-11-15',
    tried: 'regulator-ended',
    'seller-said': 'something-else',
  });
  // The appliance called "not a quality problem" as the case moves on, and with no platform: where the sentence that
  // claims durable status goes (audit N, M1).
  const appliance: Answers[] = [
    { tried: 'platform-against' },
    { tried: 'regulator-ended' },
    { platform: 'wechat-group', 'seller-type': 'business', payment: 'off-platform' },
  ];
  for (const moved of appliance)
    sets.push({
      purpose: 'personal',
      problem: 'defective-or-damaged',
      platform: 'jd',
      tried: 'seller-refused',
      'seller-said': 'not-a-quality-issue',
      'item-kind': 'appliance',
      'received-on': '2026-11-20',
      amount: 100,
      ...moved,
    });
  return sets;
}

/** A digital purchase with these answers, before the seller was asked and after it refused as "digital goods". */
function digital(what: Answers): Answers[] {
  return (['nothing', 'seller-refused'] as const).map((tried) => ({
    purpose: 'personal',
    problem: 'digital-goods-and-courses',
    platform: 'douyin',
    tried,
    ...(tried === 'seller-refused' ? { 'seller-said': 'digital-no-refund' } : {}),
    amount: 299,
    evidence: [],
    ...what,
  }));
}

/** A case with its own "what went wrong" question: each answer to it, refused with each excuse offered for it. */
function refusedFor(
  problem: string,
  question: 'meal-problem' | 'trip-problem',
  rest: Answers,
  told: (what: string) => Answers[] = (what) => [{ [question]: what }],
): Answers[] {
  return optionsOf(question).flatMap((what) =>
    told(what).flatMap((facts) =>
      offered('seller-said', { problem, ...facts }).map((excuse) => ({
        purpose: 'personal',
        problem,
        ...facts,
        tried: 'seller-refused',
        'seller-said': excuse,
        ...rest,
      })),
    ),
  );
}

export function catalogueProblems(
  known: { guides: ReadonlySet<string>; laws: ReadonlySet<string> },
  words: PlanWords,
): string[] {
  const problems = new Set<string>();
  for (const answers of representativeAnswers()) {
    const plan = buildPlan({ answers, today: '2026-11-26', words });
    for (const step of plan.steps) {
      for (const g of step.guides)
        if (!known.guides.has(g)) problems.add(`step "${step.id}" links unknown guide "${g}"`);
      for (const l of step.laws) if (!known.laws.has(l)) problems.add(`step "${step.id}" cites unknown law "${l}"`);
      for (const [where, text] of [
        ['title', step.title],
        ['what', step.what],
        ['why', step.why],
        ['takes', step.takes],
        ['moveOn', step.moveOn],
      ] as const) {
        if (!text.trim()) problems.add(`step "${step.id}" has no ${words.locale} ${where}`);
      }
    }
    for (const d of plan.deadlines)
      for (const l of d.laws) if (!known.laws.has(l)) problems.add(`deadline "${d.id}" cites unknown law "${l}"`);
    for (const g of plan.guides) if (!known.guides.has(g)) problems.add(`plan links unknown guide "${g}"`);
  }
  return [...problems];
}
