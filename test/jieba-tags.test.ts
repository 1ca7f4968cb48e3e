/**
 * segment() calls nodejieba's cut() and looks tags up itself (src/pipeline/jieba-tags.ts) because
 * tag() costs twice as much. These tests hold it to jieba's own tag() token for token.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addSegmenterWords, segment, segmenter } from '../src/pipeline/segment.js';
import { SortedRows } from '../src/pipeline/dict-rows.js';
import { PairTags } from '../src/pipeline/jieba-tags.js';

const LEAN_DICT = fileURLToPath(new URL('../dict/jieba/main.dict.utf8', import.meta.url));

const TEXTS = [
  '2023年3月，山西省临汾市召开会议。GDP增长5.2%，“十四五”规划稳步推进。',
  'abc 12 a1 1a ab1 12ab x5 ５ ＡＢ 😀 a😀 é 中a 中1 A 5 𠀀 ~~',
  '国务院总理李克强4月7日在北京主持召开国务院常务会议，部署稳就业保民生工作。',
  '张三、李四、王五和赵六出席了在乌鲁木齐市举行的新闻发布会。',
];

describe('tags computed in JavaScript', () => {
  test('equal nodejieba tag() on every token, registered words included', () => {
    addSegmenterWords([['甲乙丙丁联合会', 'nt']]);
    for (const text of [...TEXTS, '甲乙丙丁联合会召开大会']) {
      const own = segment(text).map((t) => [t.word, t.tag]);
      const jiebas = segmenter().tag(text).map((t) => [t.word, t.tag]);
      expect(own).toEqual(jiebas);
    }
  });

  test("cppjieba's rule for words outside the dictionary, checked by hand", () => {
    const tagOf = (w: string) => segment(`中 ${w} 中`).find((t) => t.word === w)?.tag;
    expect(tagOf('12')).toBe('m'); // only ASCII digits
    expect(tagOf('a1')).toBe('eng'); // an ASCII letter
    expect(tagOf('5')).toBe('x'); // one character: the count stops at half the length, before it starts
    expect(tagOf('😀')).toBe('x'); // no ASCII at all
  });
});

describe('rows of a sorted dictionary, searched in the text (dict-rows.ts)', () => {
  test('find the same tag as a Map of the rows for every word of the lean dictionary', () => {
    const text = readFileSync(LEAN_DICT, 'utf8');
    const rows = new SortedRows(text);
    const mismatched: string[] = [];
    for (const line of text.split('\n')) {
      if (!line) continue;
      const [word, , tag] = line.split(' ');
      if (rows.tagOf(word!) !== tag) mismatched.push(line);
    }
    expect(mismatched).toEqual([]);
  });

  test('words that are absent, prefixes of a row, or sort before the first and after the last row', () => {
    const rows = new SortedRows('中 5 ns\n中国 9 ns\n中国人 3 n\n人民 7 n\n无标签 2\n\u9fa5 1 x\n');
    expect(rows.tagOf('中国')).toBe('ns');
    expect(rows.tagOf('中国人')).toBe('n');
    expect(rows.tagOf('中')).toBe('ns');
    expect(rows.tagOf('中华')).toBeUndefined();
    expect(rows.tagOf('中国人民')).toBeUndefined();
    expect(rows.tagOf('一')).toBeUndefined(); // before the first row
    expect(rows.tagOf('\u9fa5')).toBe('x'); // the last row
    expect(rows.tagOf('\uffee')).toBeUndefined(); // after it
    expect(rows.tagOf('无标签')).toBeUndefined(); // a row without a tag column has no tag, as in the Map
    expect(rows.tagOf('')).toBeUndefined();
  });
});

describe('PairTags, the two-character tag cache', () => {
  test('answers what a Map<number, string> given the same sets and deletes answers', () => {
    // Few distinct keys in a small range, so sets, overwrites and deletes of one key interleave,
    // and keys that share a probe run (collisions) occur.
    const key = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: (1 << 30) - 1 }));
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), key, tag: fc.constantFrom('n', 'v', 'ns', 'nr', 'x', 'eng', 'm\r') }),
      fc.record({ kind: fc.constant('delete' as const), key }),
      fc.record({ kind: fc.constant('get' as const), key }),
    );
    fc.assert(fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
      const table = new PairTags();
      const map = new Map<number, string>();
      for (const o of ops) {
        if (o.kind === 'set') {
          table.set(o.key, o.tag);
          map.set(o.key, o.tag);
        } else if (o.kind === 'delete') {
          table.delete(o.key);
          map.delete(o.key);
        } else expect(table.get(o.key)).toBe(map.get(o.key));
      }
      for (const k of map.keys()) expect(table.get(k)).toBe(map.get(k));
    }), { numRuns: 1000 });
  });

  test('a word given a tag after it was looked up gets the new tag', () => {
    const tagOf = (w: string) => segment(`中${w}。`).find((t) => t.word === w)?.tag;
    const before = tagOf('戊戌');
    addSegmenterWords([['戊戌', 'nz']]);
    expect(before).not.toBe('nz');
    expect(tagOf('戊戌')).toBe('nz');
  });

  test('past its bound it is cleared, as the Map was, and answers right after', () => {
    const table = new PairTags();
    for (let k = 0; k < 250_000; k++) table.set(k * 7, k % 2 ? 'n' : 'v');
    expect(table.get(249_999 * 7)).toBe('n');
    expect(table.get(249_998 * 7)).toBe('v');
    expect(table.get(5)).toBeUndefined();
  });
});
