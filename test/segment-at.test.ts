import { describe, expect, test } from 'vitest';
import { segment, segmentAt } from '../src/pipeline/segment.js';

describe('segmentAt', () => {
  test('gives segment()’s tokens, every offset moved by the piece’s start', () => {
    const piece = '市长在会上强调，要把群众的冷暖放在心上。';
    const shifted = segment(piece).map((t) => ({ ...t, start: t.start + 4000, end: t.end + 4000 }));
    expect(segmentAt(piece, 4000)).toEqual(shifted);
    expect(segmentAt(piece, 0)).toEqual(segment(piece));
  });
});
