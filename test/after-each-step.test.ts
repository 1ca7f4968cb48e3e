import { describe, expect, test } from 'vitest';
import { afterEachStep, extract } from '../src/pipeline/extract.js';
import { capYoungGeneration, uncapYoungGeneration } from '../src/cli/young-generation.js';

describe('afterEachStep', () => {
  test('is called after each text, and after each piece of a long one segmented', () => {
    let calls = 0;
    afterEachStep(() => calls++);
    try {
      extract('市长在会上强调，要把群众的冷暖放在心上。');
      expect(calls).toBe(1);
      calls = 0;
      // 12,000 characters: jieba gets pieces of at most 4,000, cut after a sentence end.
      extract('市长在会上强调，要把群众的冷暖放在心上。'.repeat(600));
      expect(calls).toBeGreaterThanOrEqual(4);
    } finally {
      afterEachStep(null);
    }
  });

  test('capping the young generation changes no result', () => {
    const text = '2023年3月5日，山西省临汾市市长张建国在尧都区主持召开会议。';
    const before = extract(text);
    capYoungGeneration();
    try {
      expect(extract(text)).toEqual(before);
    } finally {
      uncapYoungGeneration();
    }
  });
});
