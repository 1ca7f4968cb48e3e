/**
 * A one-text run segmented in pieces (src/pipeline/segment.ts willSegment): the first load covers
 * the whole text, so no later piece loads again. A file of its own: jieba's state is per process.
 */
import { expect, test } from 'vitest';
import { expectOneText, loadedDictionary, segment, willSegment } from '../src/pipeline/segment.js';

test('the first piece loads the rows of the whole text; the second piece needs no other load', () => {
  const first = '国务院总理在北京主持会议。';
  const second = '省防汛抗旱指挥部办公室召开会商会。';
  expectOneText();
  willSegment(first + second);
  expect(segment(first).map((t) => t.word)).toEqual(['国务院', '总理', '在', '北京', '主持', '会议', '。']);
  const loaded = loadedDictionary();
  expect(loaded.subset).toBe(true);
  // More than the first piece's 18 words (see jieba-subset.test.ts): 指挥部, 办公室 … are in already.
  expect(loaded.words).toBeGreaterThan(18);
  segment(second);
  expect(loadedDictionary()).toEqual(loaded);
});
