/** Inputs no one thought of: random Unicode and random article-like text never break the contract. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { extract } from '../src/index.js';
import { schemaErrors } from './helpers.js';
import type { ArticleResult, Span } from '../src/types.js';

const pieces = ['市委书记', '副市长', '、', '，', '。', '“', '”', '张', '李云峰', '4月7日', '今年以来', '尧都区', '街道', '社区', '动态清零', '三区两通道', '(', ')', '记者', '\n', '２０２２年', '😀', '十四五', '局', '领导小组组长'];
const articleLike = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((xs) => xs.join(''));

function checkContract(text: string, r: ArticleResult): void {
  expect(schemaErrors(JSON.parse(JSON.stringify(r)))).toBeNull();
  const check = (surface: string, spans: Span[]) => {
    for (const [s, e] of spans) expect(text.slice(s, e)).toBe(surface);
  };
  r.officials?.forEach((o) => check(o.name, o.spans));
  r.persons?.forEach((o) => check(o.name, o.spans));
  r.locations?.forEach((o) => check(o.text, o.spans));
  r.organizations?.forEach((o) => check(o.text, o.spans));
  r.dates?.forEach((o) => check(o.text, o.spans));
  r.slogans?.forEach((o) => check(o.text, o.spans));
}

describe('extract on generated text', () => {
  test('random Unicode: no exception, schema-valid, spans slice back', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.option(fc.constant('2022-04-07'), { nil: null }), (text, refDate) => {
      checkContract(text, extract(text, { refDate }));
    }), { numRuns: 150 });
  });

  test('random article-like text: no exception, schema-valid, spans slice back', () => {
    fc.assert(fc.property(articleLike, fc.option(fc.constant('2022-04-07'), { nil: null }), (text, refDate) => {
      checkContract(text, extract(text, { refDate }));
    }), { numRuns: 300 });
  });
});
