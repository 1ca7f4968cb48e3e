import { describe, expect, test } from 'vitest';
import { CLAUSE_OPENERS, clauseStartsAt } from '../src/extractors/persons/foreign.js';

/** clauseStartsAt as it was written with a slice and a regex, before it read character codes. */
const CLAUSE_CONJUNCTIONS = /[，,。；;：:！!？?\n](?:而|但|可|然而|但是|可是)$/u;
const bySlice = (norm: string, p: number): boolean =>
  p === 0 || CLAUSE_OPENERS.includes(norm[p - 1] as string) || CLAUSE_CONJUNCTIONS.test(norm.slice(Math.max(0, p - 3), p));

describe('clauseStartsAt', () => {
  test('reads clause starts as the slice and regex did', () => {
    for (const s of ['，而王某说', '。但是李某表示', '而张某', '然而他', '对此，可是她说', '“王某', '（李某', '\n可赵某', '我们，但', '，然而']) {
      for (let p = 0; p <= s.length; p++) expect(clauseStartsAt(s, p)).toBe(bySlice(s, p));
    }
  });

  test('agrees on every position of texts made of the characters that matter', () => {
    const alphabet = [...'，,。；;：:！!？?\n“"‘（(而但可然是王某说 a'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let k = 0; k < 300; k++) {
      const s = Array.from({ length: 1 + (next() % 8) }, () => alphabet[next() % alphabet.length]).join('');
      for (let p = 0; p <= s.length; p++) expect(clauseStartsAt(s, p)).toBe(bySlice(s, p));
    }
  });
});
