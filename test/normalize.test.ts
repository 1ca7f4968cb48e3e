import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { normalize } from '../src/pipeline/normalize.js';

describe('normalize', () => {
  test.each([
    ['full-width digits', '２０２２年４月７日', '2022年4月7日'],
    ['full-width colon and comma', '记者：张浩，', '记者:张浩,'],
    ['corner quotes become curly quotes', '「动态清零」', '“动态清零”'],
    ['ideographic space', '记者\u3000张浩', '记者 张浩'],
    ['plain text is returned as is', '临汾市委', '临汾市委'],
  ])('%s', (_n, input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  test('never changes the length, so offsets map 1:1 (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => normalize(s).length === s.length));
  });
});
