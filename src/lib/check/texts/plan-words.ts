/**
 * The plan's words: prose in the page's language and message parts in Chinese (with their English meaning on the
 * English page), with dates and sums written each language's own way. Loaded with the plan screen.
 */
import { formatDate } from '../../i18n/dates';
import type { Locale } from '../../i18n/locales';
import type { IsoDate } from '../tree/iso-date';
import { formatYuanIn } from '../tree/format';
import type { MessageKey } from './en/messages';
import type { PlanTextKey } from './en/plan';
import type { QuestionTextKey } from './en/questions';
import { wordsOf, type Dictionary } from './words';

/**
 * A value for a `{name}`: text or a number as it is, or a date or a sum written the language's own way. A date may say
 * which date it is (`mark`), so a guide's ready reply, where every date is a fill-in, names each one: the order date and
 * the reply-by date are never the same mark (audit W, L4).
 */
export type DateMark = 'ordered' | 'received' | 'returned' | 'reply-by';
export type Value = string | number | { date: IsoDate; mark?: DateMark } | { yuan: number };
export type Values = Readonly<Record<string, Value>>;

/**
 * Marks for a guide's ready reply, where there is no user yet: every date and sum shows as a fill-in mark that the
 * reader replaces (the same 【】 marks a plan shows for a detail the user did not give). A Chinese sum is 【金额】元, as
 * in every other message on the site: the mark stands for the number, so a reader who fills in "80" everywhere never
 * gets "80元元" or a bare "80" (audit U, L6).
 */
const fillIns = {
  'zh-cn': {
    date: '【日期】',
    yuan: '【金额】元',
    ordered: '【下单日期】',
    received: '【收货日期】',
    returned: '【退货签收日期】',
    'reply-by': '【答复期限】',
  },
  en: {
    date: '[date]',
    yuan: '[amount]',
    ordered: '[order date]',
    received: '[delivery date]',
    returned: '[date the return arrived]',
    'reply-by': '[reply deadline]',
  },
} as const satisfies Record<Locale, Record<'date' | 'yuan' | DateMark, string>>;

const written = (values: Values, locale: Locale, fillIn: boolean) =>
  Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value !== 'object'
        ? value
        : fillIn
          ? fillIns[locale]['date' in value ? (value.mark ?? 'date') : 'yuan']
          : 'date' in value
            ? formatDate(value.date, locale)
            : formatYuanIn(value.yuan, locale),
    ]),
  );

/** A part of a message: the Chinese that is sent, and its English meaning when the page is English. */
export interface Part {
  zh: string;
  en?: string;
  /**
   * The same sentence as said to the seller itself, where the plain one speaks of "the seller" (卖家): a message to
   * the shop calls it 贵店, "you". Messages to the platform or the regulator use the plain one.
   */
  toSeller?: Part;
  /** The same to a private seller, who has no shop: 您 where the shop's form says 贵店. */
  toPrivate?: Part;
}
export type PartValues = Readonly<Record<string, Value | Part>>;

/** How each language joins list items, clauses and sentences: typography, not words. */
const joins = {
  zh: { items: '、', clauses: '；', sentences: '' },
  en: { items: ', ', clauses: '; ', sentences: ' ' },
} as const;

/**
 * An English list of things reads "a, b and c", not "a, b, c". Written out rather than with Intl.ListFormat: building
 * that formatter loads the browser's locale data on the main thread (about 240 ms on a throttled phone, when the plan
 * opens, on the Chinese page too, which never uses it). A unit test holds it to Intl's own en-GB output.
 */
export function englishList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function joinParts(parts: readonly Part[], how: keyof (typeof joins)['zh']): Part {
  const zh = parts.map((p) => p.zh).join(joins.zh[how]);
  if (parts.some((p) => p.en === undefined)) return { zh };
  const en = parts.map((p) => p.en!);
  return { zh, en: how === 'items' ? englishList(en) : en.join(joins.en[how]) };
}

/** A name the user gave (a shop, their own name): the same in the message and in its meaning. */
export const asGiven = (text: string, meaning: boolean): Part => (meaning ? { zh: text, en: text } : { zh: text });

/** The keys the plan may say: its own texts, and the questions' (a platform's name, the excuse the seller gave). */
export type ProseKey = PlanTextKey | QuestionTextKey;

/** What the plan builder speaks with: prose in the page's language, and message parts in Chinese (+ meaning). */
export interface PlanWords {
  locale: Locale;
  /** Whether message parts carry their English meaning (the English page). */
  meaning: boolean;
  say: (key: ProseKey, values?: Values) => string;
  part: (key: MessageKey, values?: PartValues) => Part;
  /** Whether the messages have a part with this key (an answer's short form, `<key>.after-basis`, where written). */
  hasPart: (key: string) => key is MessageKey;
  /** Whole sentences of prose run on as the page's language writes them. */
  sentences: (...texts: string[]) => string;
}

/**
 * The plan's words for a page: `prose` in the page's language (plan and question texts), `sent` the Chinese
 * message parts, and `meaning` their English meaning (only on the English page). With `fillIn`, dates and sums are
 * written as fill-in marks: a guide's ready reply is the plan's message for a typical story, not for one user.
 */
export function planWords(
  locale: Locale,
  prose: Dictionary,
  sent: Dictionary,
  meaning?: Dictionary,
  { fillIn = false }: { fillIn?: boolean } = {},
): PlanWords {
  const side = (values: PartValues, lang: 'zh' | 'en'): Values =>
    Object.fromEntries(
      Object.entries(values).map(([name, value]) => {
        if (typeof value !== 'object' || !('zh' in value)) return [name, value];
        const text = value[lang];
        if (text === undefined) throw new Error(`the message part for {${name}} has no English meaning`);
        return [name, text];
      }),
    );
  return {
    locale,
    meaning: meaning !== undefined,
    say: (key, values = {}) => wordsOf(prose, locale, key, written(values, locale, fillIn)),
    sentences: (...texts) => texts.join(joins[locale === 'en' ? 'en' : 'zh'].sentences),
    part: (key, values = {}) => {
      const zh = wordsOf(sent, 'zh-cn', key, written(side(values, 'zh'), 'zh-cn', fillIn));
      return meaning ? { zh, en: wordsOf(meaning, 'en', key, written(side(values, 'en'), 'en', fillIn)) } : { zh };
    },
    hasPart: (key): key is MessageKey => Object.hasOwn(sent, key),
  };
}
