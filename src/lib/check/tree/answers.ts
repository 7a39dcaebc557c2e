/**
 * Turning what a user typed, or what a share link carried, into a valid answer, or a reason it is not one.
 * Every value that reaches the plan has passed through here.
 */
import { parseIsoDate, type IsoDate } from './iso-date';
import { optionsFor } from './evaluate';
import type { AnswerValue, Answers, Question } from './types';

export type AnswerError =
  | 'required'
  | 'unknown-option'
  | 'invalid-date'
  | 'future-date'
  | 'too-old'
  | 'before-order'
  | 'before-receipt'
  | 'after-receipt'
  | 'invalid-amount'
  | 'amount-zero'
  | 'amount-negative'
  | 'amount-too-large'
  | 'too-long';

export const maxTextLength = 200;
/** No online purchase a consumer brings to us comes near ¥10 million; a bigger figure is a typing slip. */
export const maxAmount = 10_000_000;
const earliestDate = '2000-01-01';

export type Parsed = { ok: true; value: AnswerValue } | { ok: false; error: AnswerError };

const fail = (error: AnswerError): Parsed => ({ ok: false, error });

/** Parses a raw input for a question. `raw` is a string (form fields, links), a boolean or a string list. */
export function parseAnswer(question: Question, raw: unknown, context: { today: IsoDate; answers: Answers }): Parsed {
  switch (question.kind) {
    case 'single': {
      if (typeof raw !== 'string' || raw === '') return fail('required');
      const offered = optionsFor(question, context.answers);
      return offered.some((o) => o.id === raw) ? { ok: true, value: raw } : fail('unknown-option');
    }
    case 'multi': {
      const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? (raw ? raw.split(',') : []) : undefined;
      if (!list || !list.every((v): v is string => typeof v === 'string')) return fail('unknown-option');
      const offered = optionsFor(question, context.answers);
      if (!list.every((v) => offered.some((o) => o.id === v))) return fail('unknown-option');
      // Kept in the tree's option order, so the same choice always encodes the same way.
      return { ok: true, value: offered.map((o) => o.id).filter((id) => list.includes(id)) };
    }
    case 'yesno': {
      if (raw === true || raw === 'yes') return { ok: true, value: true };
      if (raw === false || raw === 'no') return { ok: true, value: false };
      return fail('required');
    }
    case 'date':
      return parseDate(question, raw, context);
    case 'amount':
      return parseAmount(raw);
    case 'text': {
      if (typeof raw !== 'string') return fail('required');
      const text = raw.replace(invisible, '').trim();
      if (text.length > maxTextLength) return fail('too-long');
      if (!text && !question.optional) return fail('required');
      return { ok: true, value: text };
    }
  }
}

/**
 * Characters that have no place in a message a user copies and sends: C0 and C1 controls (tab and newline stay out
 * of one-line answers too), the bidi embeddings, overrides and isolates that can make text read backwards, and
 * zero-width characters and the byte-order mark, which hide inside words.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const invisible = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

function parseDate(question: Question, raw: unknown, context: { today: IsoDate; answers: Answers }): Parsed {
  if (typeof raw !== 'string' || raw === '') return fail('required');
  if (!parseIsoDate(raw)) return fail('invalid-date');
  // ISO dates compare correctly as strings, which keeps date arithmetic out of the question screens' code.
  if (raw > context.today) return fail('future-date');
  if (raw < earliestDate) return fail('too-old');
  const ordered = context.answers['ordered-on'];
  const received = context.answers['received-on'];
  if (question.id === 'received-on' && typeof ordered === 'string' && raw < ordered) {
    return fail('before-order');
  }
  if (question.id === 'ordered-on' && typeof received === 'string' && received < raw) {
    return fail('after-receipt');
  }
  if (question.id === 'returned-on' && typeof received === 'string' && raw < received) return fail('before-receipt');
  if (question.id === 'refused-on') {
    const earliest = typeof received === 'string' ? received : typeof ordered === 'string' ? ordered : undefined;
    if (earliest && raw < earliest) return fail(typeof received === 'string' ? 'before-receipt' : 'before-order');
  }
  return { ok: true, value: raw };
}

function parseAmount(raw: unknown): Parsed {
  const typed = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.replace(/[¥\s元]/g, '') : '';
  if (typed === '') return fail('required');
  // Commas only as thousands separators ("1,299"): "1,2,3" is a slip, not ¥123.
  if (/[,，]/.test(typed) && !/^-?\d{1,3}([,，]\d{3})+(\.\d{1,2})?$/.test(typed)) return fail('invalid-amount');
  const text = typed.replace(/[,，]/g, '');
  if (!/^-?\d+(\.\d{1,2})?$/.test(text)) return fail('invalid-amount');
  const value = Number(text);
  if (value < 0) return fail('amount-negative');
  if (value === 0) return fail('amount-zero');
  if (value > maxAmount) return fail('amount-too-large');
  return { ok: true, value };
}

/** The raw form of a stored answer, for refilling an input or writing a link. */
export function rawOf(value: AnswerValue): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}
