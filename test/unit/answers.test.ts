import { describe, expect, it } from 'vitest';
import { maxAmount, parseAnswer } from '../../src/lib/check/tree/answers';
import { questionById } from '../../src/lib/check/tree/evaluate';
import { tree } from '../../src/lib/check/tree/tree';

const q = (id: string) => questionById(tree, id)!;
const today = '2026-11-26';
const parse = (id: string, raw: unknown, answers = {}) => parseAnswer(q(id), raw, { today, answers });

describe('parsing answers', () => {
  it.each([
    ['0', 'amount-zero'],
    ['-5', 'amount-negative'],
    [String(maxAmount + 1), 'amount-too-large'],
    ['12.345', 'invalid-amount'],
    ['abc', 'invalid-amount'],
    ['', 'required'],
  ])('rejects the amount %j with %s', (raw, error) => {
    expect(parse('amount', raw)).toEqual({ ok: false, error });
  });

  it('accepts amounts as people type them', () => {
    expect(parse('amount', '¥1,299.50')).toEqual({ ok: true, value: 1299.5 });
    expect(parse('amount', '299 元')).toEqual({ ok: true, value: 299 });
  });

  it.each([
    ['2026-02-30', 'invalid-date'],
    ['26/11/2026', 'invalid-date'],
    ['2026-11-27', 'future-date'],
    ['1999-12-31', 'too-old'],
  ])('rejects the date %s with %s', (raw, error) => {
    expect(parse('received-on', raw)).toEqual({ ok: false, error });
  });

  it('checks dates against each other', () => {
    expect(parse('received-on', '2026-11-01', { 'ordered-on': '2026-11-05' })).toEqual({
      ok: false,
      error: 'before-order',
    });
    expect(parse('ordered-on', '2026-11-20', { 'received-on': '2026-11-10' })).toEqual({
      ok: false,
      error: 'after-receipt',
    });
    expect(parse('refused-on', '2026-11-01', { 'received-on': '2026-11-10' })).toEqual({
      ok: false,
      error: 'before-receipt',
    });
    expect(parse('refused-on', '2026-11-12', { 'received-on': '2026-11-10' })).toEqual({
      ok: true,
      value: '2026-11-12',
    });
  });

  it('limits text, strips control characters, and lets optional questions be skipped', () => {
    expect(parse('item', 'x'.repeat(201))).toEqual({ ok: false, error: 'too-long' });
    expect(parse('item', ' a\u0000 kettle\u0007 ')).toEqual({ ok: true, value: 'a kettle' });
    // C1 controls, bidi overrides and isolates, zero-width characters and the BOM would travel into a copied message.
    expect(parse('item', '\u202eelttek\u202c a\u0085 \u200bkett\u200dle\u2066\u2069\ufeff')).toEqual({
      ok: true,
      value: 'elttek a kettle',
    });
    expect(parse('shop-name', '小米\u200b官方\u2067旗舰店')).toEqual({ ok: true, value: '小米官方旗舰店' });
    expect(parse('item', '')).toEqual({ ok: true, value: '' });
  });

  it('accepts only the options a question offers', () => {
    expect(parse('platform', 'amazon')).toEqual({ ok: false, error: 'unknown-option' });
    expect(parse('evidence', ['chat', 'nope'])).toEqual({ ok: false, error: 'unknown-option' });
    // An unboxing video is offered only where the goods themselves are the problem.
    const faulty = { problem: 'defective-or-damaged' };
    expect(parse('evidence', ['unboxing', 'chat'], faulty)).toEqual({ ok: true, value: ['chat', 'unboxing'] });
    expect(parse('evidence', ['unboxing', 'chat'], { problem: 'late-delivery' })).toEqual({
      ok: false,
      error: 'unknown-option',
    });
    expect(parse('live-stream', 'maybe')).toEqual({ ok: false, error: 'required' });
  });

  it('reads commas in an amount only as thousands separators', () => {
    expect(parse('amount', '1,299')).toEqual({ ok: true, value: 1299 });
    expect(parse('amount', '1,2,3')).toEqual({ ok: false, error: 'invalid-amount' });
  });
});
