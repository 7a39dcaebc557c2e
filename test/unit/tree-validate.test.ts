import { describe, expect, it } from 'vitest';
import { tree } from '../../src/lib/check/tree/tree';
import { validateTree } from '../../src/lib/check/tree/validate';
import type { Tree } from '../../src/lib/check/tree/types';
import { catalogueProblems } from '../../src/lib/check/plan/catalogue';
import { planWordsIn, textFiles, treeTexts } from '../../src/lib/check/texts/all';
import { hintCase, hintCases } from '../../src/lib/check/tree/hints';
import { locales } from '../../src/lib/i18n/locales';
import { caseGuides, excuseGuides, guideSlugs, lawIds } from '../support/tree-inputs';

const known = { caseGuides, excuseGuides };

describe('validateTree on the real tree', () => {
  it('finds no problem', () => {
    expect(validateTree(tree, known, treeTexts)).toEqual([]);
  });

  it.each(locales)(
    'every guide, law and template the plan can name exists, and every step has its words in %s',
    (l) => {
      expect(catalogueProblems({ guides: guideSlugs, laws: lawIds }, planWordsIn(l))).toEqual([]);
    },
  );
});

describe('validateTree catches broken trees', () => {
  const broken = (change: (t: Tree) => Tree, texts = treeTexts) =>
    validateTree(change(structuredClone<Tree>(tree)), known, texts);

  it('an unknown target', () => {
    expect(
      broken((t) => ({
        ...t,
        questions: t.questions.map((q) => (q.id === 'amount' ? { ...q, next: [{ to: 'nowhere' }] } : q)),
      })),
    ).toContain('question "amount" goes to unknown "nowhere"');
  });

  it('a cycle', () => {
    const problems = broken((t) => ({
      ...t,
      questions: t.questions.map((q) => (q.id === 'amount' ? { ...q, next: [{ to: 'problem' }] } : q)),
    }));
    expect(problems.some((p) => p.startsWith('cycle:'))).toBe(true);
  });

  it('an unreachable question', () => {
    const problems = broken((t) => ({
      ...t,
      questions: t.questions.map((q) => (q.id === 'parcel-status' ? { ...q, next: [{ to: 'tried' }] } : q)),
    }));
    // ordered-on is still reached from other questions; presale-who only from ordered-on, so cut that instead.
    const cut = broken((t) => ({
      ...t,
      questions: t.questions.map((q) => (q.id === 'ordered-on' ? { ...q, next: [{ to: 'tried' }] } : q)),
    }));
    expect(problems).toEqual(expect.any(Array));
    expect(cut).toContain('"presale-who" cannot be reached from the start');
  });

  it('a question with no unconditional last rule', () => {
    const problems = broken((t) => ({
      ...t,
      questions: t.questions.map((q) =>
        q.id === 'fraud' ? { ...q, next: [{ if: { q: 'fraud', is: true }, to: 'amount' }] } : q,
      ),
    }));
    expect(problems).toContain('question "fraud" needs a last rule with no condition');
  });

  it('a condition on a value the question cannot take', () => {
    const problems = broken((t) => ({
      ...t,
      questions: t.questions.map((q) =>
        q.id === 'platform'
          ? { ...q, next: [{ if: { q: 'platform', is: 'amazon' }, to: 'received-on' }, { to: 'received-on' }] }
          : q,
      ),
    }));
    expect(problems).toContain('question "platform" tests "platform" for impossible value "amazon"');
  });

  it('a missing English text, and a case guide the check cannot preselect', () => {
    const problems = broken(
      (t) => ({
        ...t,
        preselect: {
          ...t.preselect,
          case: Object.fromEntries(Object.entries(t.preselect.case).filter(([k]) => k !== 'late-delivery')),
        },
      }),
      { ...treeTexts, en: { ...treeTexts.en, 'q.fraud.title': '' } },
    );
    expect(problems).toContain('question "fraud" title has no English text');
    expect(problems).toContain('case guide "late-delivery" has no preselection in the tree');
  });

  it('an option, a hint or an exit without its words in a language', () => {
    const { 'q.platform.option.jd': _jd, 'q.fraud.hint': _hint, ...zh } = treeTexts['zh-cn'];
    const { 'exit.already-in-court.help.1': _help, ...en } = treeTexts.en;
    const problems = broken((t) => t, { en, 'zh-cn': zh });
    expect(problems).toContain('option "platform/jd" has no zh-cn text');
    expect(problems).toContain('question "fraud" hint has no zh-cn text');
    expect(problems).toContain('exit "exit-already-in-court" must say where help is in en');
  });

  it('a bad or duplicate id', () => {
    const problems = broken((t) => ({
      ...t,
      questions: [...t.questions, { ...t.questions[0]!, id: 'Mainland' }, { ...t.questions[1]! }],
    }));
    expect(problems).toContain('id "Mainland" is not lowercase words joined by hyphens');
    expect(problems).toContain('id "problem" is used more than once');
  });
});

describe('hints for one case (audit AB, L5)', () => {
  it('gives a hint’s case form only to the answers it fits', () => {
    expect(hintCase('seller-said', { tried: 'sent-back' })).toBe('sent-back');
    expect(hintCase('seller-said', { tried: 'seller-refused' })).toBeUndefined();
    expect(hintCase('ordered-on', { problem: 'digital-goods-and-courses' })).toBe('renewal');
    expect(hintCase('ordered-on', { problem: 'food-delivery' })).toBeUndefined();
    expect(hintCase('amount', { problem: 'digital-goods-and-courses' })).toBeUndefined();
  });

  it.each(locales)(
    'has, in %s, the words for every case, and a general hint never naming a case’s reader',
    (locale) => {
      const texts = textFiles[locale].questions as Readonly<Record<string, string>>;
      for (const [question, cases] of Object.entries(hintCases))
        for (const name of Object.keys(cases)) expect(texts[`q.${question}.hint.${name}`], name).toMatch(/\S/);
      // The general forms: none for what the seller said (it is about a return), and no renewal in the date's.
      expect(texts['q.seller-said.hint']).toBeUndefined();
      expect(texts['q.ordered-on.hint']).not.toMatch(/renew|续费/);
    },
  );
});
