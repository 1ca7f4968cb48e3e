import { describe, expect, test } from 'vitest';
import { releaseScratch, scratchBytes, scratchInts } from '../src/pipeline/scratch.js';

describe('scratch tables', () => {
  test('are filled as asked, and never shared while lent', () => {
    const a = scratchBytes(10);
    const b = scratchBytes(10);
    a.fill(7);
    expect([...b]).toEqual(new Array(10).fill(0));
    expect(a.length).toBe(10);
    const c = scratchInts(5, -1);
    expect([...c]).toEqual([-1, -1, -1, -1, -1]);
    releaseScratch();
  });

  test('are reused after release, filled again', () => {
    const before = [scratchBytes(100), scratchBytes(60), scratchBytes(30)];
    for (const t of before) t.fill(1);
    releaseScratch();
    const after = [scratchBytes(50), scratchBytes(100), scratchBytes(20)];
    expect(new Set(after.map((t) => t.buffer))).toEqual(new Set(before.map((t) => t.buffer)));
    for (const t of after) expect(t.every((x) => x === 0)).toBe(true);
    releaseScratch();
  });

  test('a text longer than any before gets a larger table', () => {
    const long = scratchInts(100_000, 0);
    expect(long.length).toBe(100_000);
    long[99_999] = 5;
    releaseScratch();
    expect(scratchInts(100_000, 0)[99_999]).toBe(0);
    releaseScratch();
  });
});
