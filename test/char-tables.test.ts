/** The lookup shortcuts of the rule modules answer exactly what the plain Map, Set and regex would. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { alternation, isAllHan, isHan } from '../src/extractors/_han.js';
import { findWords, WordFinder } from '../src/extractors/_word-finder.js';
import { CharSet, PairBits, PairMap, pairSet, WordShapes } from '../src/extractors/_char-tables.js';

const chars = ['王', '李', '张', '三', '国', '中', '华', '人', '民', '，', 'a', '\n', '😀', '\ud83d', '\ude00', '欧', '阳'];
const text = fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((xs) => xs.join(''));
const word = fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 4 }).map((xs) => xs.join(''));

describe('findWords', () => {
  test('finds what the regex alternation of the words finds, in order', () => {
    fc.assert(fc.property(text, fc.array(word, { maxLength: 8 }), (t, ws) => {
      const viaRegex = ws.length ? [...t.matchAll(new RegExp(alternation(ws), 'gu'))].map((m) => [m.index, m[0]]) : [];
      expect(findWords(t, ws)).toEqual(viaRegex);
    }), { numRuns: 2000 });
  });

  test('the longest word at the leftmost place, then on after it', () => {
    expect(findWords('王三李三王三国', ['王三', '王三国', '李三'])).toEqual([[0, '王三'], [2, '李三'], [4, '王三国']]);
    expect(findWords('中华人民', [])).toEqual([]);
  });
});

describe('PairMap and CharSet', () => {
  test('PairMap.at(text, pos) is get(text.slice(pos, pos + 2)) at every position, inside the text or not', () => {
    fc.assert(fc.property(text, fc.array(word, { maxLength: 8 }), (t, ws) => {
      const m = pairSet(ws);
      const plain = new Set(ws);
      for (let pos = -3; pos <= t.length + 1; pos++) expect(m.at(t, pos) === true).toBe(plain.has(t.slice(pos, pos + 2)));
    }), { numRuns: 1000 });
    const sizes = new PairMap<number>().set('欧阳', 2).set('王', 1);
    expect([sizes.at('欧阳修', 0), sizes.at('王', 0), sizes.at('欧阳修', 1), sizes.size]).toEqual([2, 1, undefined, 2]);
  });

  test('CharSet.has(text, i) is set.has(text.charAt(i)) for one-character members', () => {
    fc.assert(fc.property(text, fc.array(word, { maxLength: 8 }), (t, ws) => {
      const s = new CharSet(ws);
      const plain = new Set(ws.filter((w) => w.length === 1));
      for (let i = -1; i <= t.length; i++) expect(s.has(t, i)).toBe(plain.has(t.charAt(i)));
      for (const c of chars) expect(s.hasChar(c)).toBe(plain.has(c));
    }), { numRuns: 1000 });
  });

  test('WordShapes never rules out a word it was given', () => {
    fc.assert(fc.property(text, fc.array(word, { maxLength: 8 }), (t, ws) => {
      const shapes = new WordShapes();
      ws.forEach((w) => shapes.add(w));
      for (let pos = 0; pos < t.length; pos++) {
        for (let len = 2; pos + len <= t.length; len++) if (ws.includes(t.slice(pos, pos + len))) expect(shapes.mayHave(t, pos, len)).toBe(true);
      }
    }), { numRuns: 1000 });
    const shapes = new WordShapes();
    shapes.add('临汾市');
    expect([shapes.mayHave('去临汾市', 1, 3), shapes.mayHave('去临汾县', 1, 3)]).toEqual([true, false]);
  });

  test('PairBits.at holds every bit given for the pair there (a superset), and 0 where no pair fits', () => {
    fc.assert(fc.property(text, fc.array(fc.tuple(word, fc.integer({ min: 0, max: 30 })), { maxLength: 8 }), (t, given) => {
      const bits = new PairBits();
      for (const [w, b] of given) if (w.length >= 2) bits.orAt(w, 0, 1 << b);
      for (let pos = 0; pos + 2 <= t.length; pos++) {
        const want = given.filter(([w]) => w.length >= 2 && w.slice(0, 2) === t.slice(pos, pos + 2)).reduce((acc, [, b]) => acc | (1 << b), 0);
        expect(bits.at(t, pos) & want).toBe(want);
      }
      expect([bits.at(t, -1), bits.at(t, t.length - 1)]).toEqual([0, 0]);
    }), { numRuns: 1000 });
    const bits = new PairBits();
    bits.orAt('临汾市', 0, 1 << 3);
    expect([bits.at('去临汾市', 1), bits.at('去临汾市', 0)]).toEqual([8, 0]);
    // Built from a saved table (the gazetteer's index), its filter is rebuilt: the same answers.
    const saved = new PairBits(bits.table.slice());
    expect([saved.at('去临汾市', 1), saved.at('去临汾市', 0)]).toEqual([8, 0]);
  });

  test('a PairBits made from the table of another answers as that one does at every position', () => {
    fc.assert(fc.property(text, fc.array(word, { maxLength: 8 }), (t, ws) => {
      const bits = new PairBits();
      ws.forEach((w, i) => { if (w.length >= 2) bits.orAt(w, 0, 1 << (i + 2)); });
      const saved = new PairBits(bits.table.slice());
      for (let pos = -1; pos <= t.length; pos++) expect(saved.at(t, pos)).toBe(bits.at(t, pos));
    }), { numRuns: 300 });
  });
});

describe('isAllHan', () => {
  test('every code unit a Han character, as [...s].every(isHan) answers', () => {
    expect(isAllHan('临汾市')).toBe(true);
    expect(isAllHan('')).toBe(true); // every() of nothing
    expect(isAllHan('红桃k')).toBe(false);
    expect(isAllHan('１２月')).toBe(false); // full-width digits are no Han characters
    expect(isAllHan('𠮷野')).toBe(false); // an astral character (a surrogate pair) never is
    expect(isAllHan('〇')).toBe(false); // U+3007 lies below the CJK ranges
    for (const s of ['临汾市', '', '红桃k', '１２月', '𠮷野', '〇', '豈']) expect(isAllHan(s)).toBe([...s].every((c) => isHan(c)));
  });
});

describe('WordFinder', () => {
  test('all() finds what matchAll of the groups joined as regex alternations finds', () => {
    fc.assert(fc.property(text, fc.array(word, { minLength: 1, maxLength: 6 }), fc.array(word, { minLength: 1, maxLength: 6 }), (t, a, b) => {
      const re = new RegExp(`${alternation(a)}|${alternation(b)}`, 'gu');
      expect(new WordFinder(a, b).all(t).map((m) => [m.index, m.word])).toEqual([...t.matchAll(re)].map((m) => [m.index, m[0]]));
    }), { numRuns: 2000 });
  });

  test('next(text, from) is exec with lastIndex at from', () => {
    fc.assert(fc.property(text, fc.array(word, { minLength: 1, maxLength: 6 }), fc.nat(45), (t, ws, from) => {
      const re = new RegExp(alternation(ws), 'gu');
      re.lastIndex = from;
      const m = re.exec(t);
      expect(new WordFinder(ws).next(t, from)).toEqual(m ? { index: m.index, word: m[0] } : null);
    }), { numRuns: 2000 });
  });

  test('all() with many words sharing first characters, one-character words among them, matches the regex', () => {
    // The pair filter rules positions out by the first two characters: words that share a first
    // character but not a second, and one-character words (matching whatever follows), both occur here.
    const many = [...'中国人民大会堂全面建设社会主义现代化强一二三'];
    const t2 = fc.array(fc.constantFrom(...many, '，'), { maxLength: 60 }).map((xs) => xs.join(''));
    const w2 = fc.array(fc.constantFrom(...many), { minLength: 1, maxLength: 4 }).map((xs) => xs.join(''));
    fc.assert(fc.property(t2, fc.array(w2, { minLength: 1, maxLength: 40 }), (t, ws) => {
      const re = new RegExp(alternation(ws), 'gu');
      expect(new WordFinder(ws).all(t).map((m) => [m.index, m.word])).toEqual([...t.matchAll(re)].map((m) => [m.index, m[0]]));
    }), { numRuns: 2000 });
  });

  test('an earlier group wins where both start; within a group the longest word', () => {
    // 主任 is a post (first group), 主任委员 a word of the second: the post wins at 0.
    expect(new WordFinder(['主任', '书记'], ['主任委员']).all('主任委员书记')).toEqual([{ index: 0, word: '主任' }, { index: 4, word: '书记' }]);
    expect(new WordFinder(['主任', '主任委员']).all('主任委员书记')).toEqual([{ index: 0, word: '主任委员' }]);
    // "第三中学": 三中 is the leftmost; searched again from one after its start (as the organisations do), 中学.
    expect(new WordFinder(['中学', '三中']).next('第三中学', 0)).toEqual({ index: 1, word: '三中' });
    expect(new WordFinder(['中学', '三中']).next('第三中学', 2)).toEqual({ index: 2, word: '中学' });
  });
});
