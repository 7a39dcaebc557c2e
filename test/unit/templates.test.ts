import { describe, expect, it } from 'vitest';
import { fillTemplate, placeholdersIn, templateParts } from '../../src/lib/templates/placeholders';
import { templateSchema } from '../../src/lib/templates/schema';

describe('template placeholders', () => {
  it('lists each placeholder once, in order of first use', () => {
    expect(placeholdersIn('{a_b} then {c} then {a_b}')).toEqual(['a_b', 'c']);
  });

  it('splits text and placeholders for safe rendering', () => {
    expect(templateParts('Order {order_no}.')).toEqual([
      { text: 'Order ' },
      { placeholder: 'order_no' },
      { text: '.' },
    ]);
  });

  it('fills known values and leaves missing ones visible', () => {
    expect(fillTemplate('Order {order_no} of {item}', { order_no: '123', item: '  ' })).toBe('Order 123 of {item}');
  });

  it('keeps markup in values as plain text', () => {
    expect(fillTemplate('{item}', { item: '<img src=x onerror=alert(1)>' })).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('template schema', () => {
  const schema = templateSchema({ guides: new Set(['go-to-court']), placeholders: new Set(['order_no', 'item']) });
  const valid = {
    title: 'A message',
    purpose: 'Send it to the seller in the chat.',
    titleZh: '一条消息',
    purposeZh: '在平台聊天里把它发给卖家。',
    shownOn: ['go-to-court'],
    zh: '订单{order_no}，商品{item}。请处理。',
    en: 'Order {order_no}, item {item}. Please act.',
  };

  it('accepts a template that uses registered placeholders', () => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  it('rejects a placeholder that is not registered', () => {
    const result = schema.safeParse({ ...valid, zh: `${valid.zh}{refund_code}`, en: `${valid.en}{refund_code}` });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(/placeholder \{refund_code\} is not in/);
  });

  it('rejects an English version that drops a placeholder', () => {
    const result = schema.safeParse({ ...valid, en: 'Order {order_no}. Please act.' });
    expect(result.success).toBe(false);
  });
});
