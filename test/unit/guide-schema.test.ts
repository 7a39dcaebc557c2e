import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../src/lib/guides/schema';

const schema = guideSchema({
  guides: new Set(['signed-for-no-refund', 'go-to-court']),
  laws: new Set(['crpl-25', 'cc-623']),
});
const valid = {
  title: 'The seller says you signed for it',
  description: 'Signing only shows the parcel arrived. It does not take away your right to return a faulty item.',
  kind: 'excuse',
  order: 1,
  updated: '2026-11-26',
  related: ['go-to-court'],
  laws: ['crpl-25', 'cc-623'],
  aliases: ['signed for it so no refund', 'parcel signed for', '签收后不退 (no refund after signing)'],
};
const problems = (data: unknown) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('guide frontmatter schema', () => {
  it('asks for at least 3 other names people use for the problem', () => {
    expect(problems({ ...valid, aliases: ['one', 'two'] })).toEqual([
      'aliases: give at least 3 other names people use',
    ]);
    expect(problems({ ...valid, aliases: undefined })).toHaveLength(1);
  });

  it('accepts a complete guide and turns the date into a Date', () => {
    const parsed = schema.parse(valid);
    expect(parsed.updated).toBeInstanceOf(Date);
  });

  it.each([
    [
      'a description over 160 characters',
      { description: 'x'.repeat(161) },
      /^description: must be 160 characters or fewer/,
    ],
    ['a missing title', { title: undefined }, /^title:/],
    ['an unknown kind', { kind: 'story' }, /^kind:/],
    ['a non-date', { updated: 'last Tuesday' }, /^updated:/],
    ['an unknown related slug', { related: ['no-such-guide'] }, /^related\.0: unknown guide slug "no-such-guide"/],
    ['an unknown law id', { laws: ['crpl-999'] }, /^laws\.0: unknown law id "crpl-999"/],
    ['a badly formed slug', { related: ['Go To Court'] }, /^related\.0: must be lowercase words joined by hyphens/],
    ['an extra field', { author: 'me' }, /author/],
  ])('rejects %s, naming the field', (_name, change, message) => {
    const found = problems({ ...valid, ...change });
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(message);
  });
});
