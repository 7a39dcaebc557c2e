/**
 * The check's words (src/lib/check/texts/): each Chinese file has exactly the keys of its English twin, every text has
 * words in it, both languages fill the same {names}, and every text is used: rendering every question and exit and
 * the plans of many answer sets, on both pages, reads every key, so a text the logic never fills or never shows
 * cannot hide in a file.
 */
import { hintCases } from '../../src/lib/check/tree/hints';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/lib/check/plan/build';
import { representativeAnswers } from '../../src/lib/check/plan/catalogue';
import { textFiles } from '../../src/lib/check/texts/all';
import { englishList, planWords } from '../../src/lib/check/texts/plan-words';
import { exitWords, questionWords, type Dictionary } from '../../src/lib/check/texts/words';
import { locate, optionsFor, questionById, skipUnansweredOptional } from '../../src/lib/check/tree/evaluate';
import { optionIdsOf } from '../../src/lib/check/tree/questions';
import { tree } from '../../src/lib/check/tree/tree';
import { calendarYears } from '../../src/lib/check/tree/working-days';
import type { Answers } from '../../src/lib/check/tree/types';
import { locales, type Locale } from '../../src/lib/i18n/locales';
import { stories } from '../fixtures/stories';

const parts = Object.keys(textFiles.en) as (keyof (typeof textFiles)['en'])[];
const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

describe.each(parts)('the %s texts', (part) => {
  const en: Dictionary = textFiles.en[part];
  const zh: Dictionary = textFiles['zh-cn'][part];

  it('have the same keys in English and Chinese, each with words in it', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const locale of locales)
      for (const [key, value] of Object.entries(textFiles[locale][part] as Dictionary))
        expect(value.trim(), `${locale} ${key}`).not.toBe('');
  });

  it('name a business moving away as its fault only where the move makes it clearly harder to use (SPC Prepaid 13)', () => {
    // Art. 13(1) lets the buyer end a prepaid contract for a move only with 明显不便; a move nearby is no fault (audit AA, M1).
    for (const [key, text] of Object.entries(zh)) if (/搬/.test(text)) expect(text, key).toMatch(/明显不便/);
  });

  it('fill the same {names} in both languages', () => {
    for (const key of Object.keys(en)) expect(names(zh[key]!), key).toEqual(names(en[key]!));
  });

  it('are written in Chinese in the Chinese file, and in English in the English one', () => {
    const chinese = Object.values(zh).filter(hasChinese).length / Object.keys(zh).length;
    const english = Object.values(en).filter((v) => /[A-Za-z]{2,}/.test(v)).length / Object.keys(en).length;
    expect(chinese).toBeGreaterThan(0.95);
    expect(english).toBeGreaterThan(0.95);
  });
});

/** A dictionary that notes each key read from it. */
function watched(dictionary: Dictionary, read: Set<string>): Dictionary {
  return new Proxy(dictionary, {
    get(target, key) {
      if (typeof key === 'string') read.add(key);
      return (target as Record<string | symbol, string>)[key];
    },
  });
}

/**
 * The catalogue's answer sets and the stories, and beyond them: every excuse for every problem (a pre-sale with every
 * pair of who ended it and what the page called the payment), every detail and symptom given, the dates long past,
 * and a complaint that runs past the official holiday calendar.
 */
function answerSets(): { answers: Answers; today: string }[] {
  const representative = representativeAnswers();
  const base = [
    ...representative.map((answers) => ({ answers, today: '2026-11-26' })),
    ...stories.map((s) => ({ answers: s.answers, today: s.today })),
  ];
  // A pre-sale's answer turns on both who ended it and the word on the page: every pair of them.
  const presale = optionIdsOf('presale-who').flatMap((who) =>
    optionIdsOf('deposit-word').map((word) => ({ 'presale-who': who, 'deposit-word': word })),
  );
  const excuses = optionIdsOf('problem').flatMap((problem) =>
    optionIdsOf('seller-said').flatMap((excuse) =>
      (problem === 'pre-sale-deposits' ? presale : [{}]).map((facts) => ({
        answers: {
          ...representative.find((a) => a.problem === problem && a.tried === 'seller-refused')!,
          'seller-said': excuse,
          ...facts,
        },
        today: '2026-11-26',
      })),
    ),
  );
  const everything = (problem: unknown) => ({
    item: 'X',
    'order-no': '1',
    'shop-name': 'S',
    'your-name': 'N',
    symptoms: symptoms.filter((id) =>
      optionsFor(symptomQuestion, { problem: problem as string }).some((o) => o.id === id),
    ),
    evidence: optionIdsOf('evidence'),
  });
  const calendarEnd = `${calendarYears.to}-12-28`;
  // The calendar's end only changes the deadline texts, which the stories and the catalogue already reach: the
  // excuse grid (most of the sets) skips that variant.
  const variants = [
    ...base.flatMap(({ answers, today }) => [
      { answers, today },
      { answers: { ...answers, ...everything(answers.problem) }, today },
      { answers, today: '2027-06-01' },
      { answers, today: calendarEnd },
      // Food with every symptom, long after it came: what is asked of food once its 7 days are over; food that only
      // made someone ill (the food itself still to be shown bad), at a price whose ten times passes the ¥1,000 floor.
      ...(['packaged-food', 'fresh-food'].includes(answers['item-kind'] as string)
        ? [
            { answers: { ...answers, ...everything(answers.problem) }, today: '2027-06-01' },
            { answers: { ...answers, symptoms: ['made-ill'], amount: 150 }, today },
          ]
        : []),
    ]),
    // A platform's window to step in closing after the usual reply date, soon after it, tomorrow, today, and closed.
    ...['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-05'].map((today) => ({
      answers: stories.find((s) => s.id === 'wechat-store-dress-two-days-left')!.answers,
      today,
    })),
    // A wrong item the user wants all taken back, told "too late" after its 7 days (the grid's asks for it to be sent).
    {
      answers: {
        ...representative.find((a) => a.problem === 'wrong-or-missing-items' && a.tried === 'seller-refused')!,
        'seller-said': 'deadline-passed',
        'wanted-remedy': 'return-all',
      },
      today: '2027-06-01',
    },
    ...excuses.flatMap(({ answers, today }) => [
      { answers, today },
      { answers: { ...answers, ...everything((answers as Answers).problem) }, today },
      // Some answers to an excuse hold only once its window has closed ("the deadline has passed").
      { answers, today: '2027-06-01' },
    ]),
  ];
  // Optional questions left out are skipped, as a user would; sets that end at an exit have no plan.
  return variants
    .map(({ answers, today }) => ({ answers: skipUnansweredOptional(tree, answers), today }))
    .filter(({ answers }) => locate(tree, answers).outcome?.kind !== 'exit');
}
const symptomQuestion = questionById(tree, 'symptoms')!;
const symptoms = optionIdsOf('symptoms');

// Built once for both pages: the sets are the same, only the words differ.
const sets = answerSets();

describe.each(locales)('on the %s page', (locale: Locale) => {
  // Building every plan is the slow part (a few seconds): it runs once, in the hook, and the test reads the result.
  // Under `npm test` it shares two cores with the build, so the hook gets the minute the e2e hooks get, not the default
  // 10 s (it once took longer than that there; a timeout is not what this test checks).
  let unusedKeys: Record<'questions' | 'exits' | 'plan' | 'messages' | 'meaning', string[]>;
  beforeAll(() => {
    const files = textFiles[locale];
    const read = { questions: new Set<string>(), exits: new Set<string>(), plan: new Set<string>() };
    const sent = new Set<string>();
    const meaning = new Set<string>();

    const questions = questionWords(locale, watched(files.questions, read.questions));
    for (const q of tree.questions) {
      questions.title(q);
      questions.hint(q);
      // And each case's own hint (tree/hints.ts).
      for (const name of Object.keys(hintCases[q.id as keyof typeof hintCases] ?? {})) questions.hint(q, name);
      if ('options' in q) for (const o of q.options) questions.option(q, o);
    }
    for (const o of tree.outcomes.filter((x) => x.kind === 'exit'))
      exitWords(locale, watched(files.exits, read.exits), o.id);

    const words = planWords(
      locale,
      watched({ ...files.questions, ...files.plan }, read.plan),
      watched(textFiles['zh-cn'].messages, sent),
      locale === 'en' ? watched(textFiles.en.messages, meaning) : undefined,
    );
    for (const { answers, today } of sets) buildPlan({ answers, today, words });

    const unused = (file: Dictionary, seen: Set<string>) => Object.keys(file).filter((key) => !seen.has(key));
    unusedKeys = {
      questions: unused(files.questions, new Set([...read.questions, ...read.plan])),
      exits: unused(files.exits, read.exits),
      plan: unused(files.plan, read.plan),
      messages: unused(textFiles['zh-cn'].messages, sent),
      meaning: locale === 'en' ? unused(textFiles.en.messages, meaning) : [],
    };
  }, 60_000);

  it('every question, exit and plan text is shown for some answers', () => {
    expect(unusedKeys).toEqual({ questions: [], exits: [], plan: [], messages: [], meaning: [] });
  });
});

describe('an English list of things', () => {
  it("reads as the browser's own en-GB list does, for none to five items", () => {
    const intl = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
    const items = ['the order page', 'the listing', 'your chat with the shop', 'photos', 'the unboxing video'];
    for (let n = 0; n <= items.length; n++) expect(englishList(items.slice(0, n))).toBe(intl.format(items.slice(0, n)));
    expect(englishList(['photos', 'the listing'])).toBe('photos and the listing');
  });
});

describe("an excuse's answer in its short form (said where the message has already quoted the article)", () => {
  const messages: Dictionary = textFiles['zh-cn'].messages;
  const short = Object.keys(messages).filter((key) => key.endsWith('.after-basis'));

  it.each(short)('%s names only articles its full form quotes, and quotes none again', (key) => {
    const full = messages[key.replace(/\.after-basis$/, '')];
    expect(full, 'its full form').toBeDefined();
    // "上述第二十四条" in the short form: the article above, which the full form quotes as 《…》第二十四条.
    const quoted = [...full!.matchAll(/》第([^条《》]+)条/g)].map((m) => m[1]);
    const named = [...messages[key]!.matchAll(/上述第([^条]+)条/g)].map((m) => m[1]);
    expect(quoted.length).toBeGreaterThan(0);
    for (const article of named) expect(quoted).toContain(article);
    expect(messages[key]).not.toMatch(/《[^》]+》第/);
  });
});
