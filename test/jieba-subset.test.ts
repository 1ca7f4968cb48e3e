/**
 * jieba's main dictionary cut down to a text's words (src/pipeline/jieba-subset.ts): the rows found,
 * the weights cppjieba derives (sum, least, median) kept, and the very tokens of the whole file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { SortedRows } from '../src/pipeline/dict-rows.js';
import { dictionaryWeights, holdsStandIn, subsetDictionary, SUBSET_MAX_CHARS } from '../src/pipeline/jieba-subset.js';
import { expectOneText, loadedDictionary, segment } from '../src/pipeline/segment.js';
import { ROOT, runCli, SAMPLE } from './helpers.js';

// Rows sorted by word in code-unit order, as dict/jieba/main.dict.utf8 is; frequencies by hand.
const SMALL = ['一 90 m', '一个 40 m', '中国 60 ns', '中国人 5 n', '人 30 n', '人民 20 n', '会 7 v', '会议 12 n', '国 3 n'].join('\n') + '\n';

const rowsOf = (file: string) => file.trim().split('\n').map((l) => l.split(' '));
const wordsOf = (file: string) => rowsOf(file).map((r) => r[0] as string).filter((w) => !holdsStandIn(w));

describe('dictionaryWeights', () => {
  test('sum, least and median frequency of the file, as cppjieba computes them', () => {
    // Sorted: 3 5 7 12 20 30 40 60 90; sum 267; index ⌊9/2⌋ = 4 holds 20.
    expect(dictionaryWeights(SMALL)).toEqual({ rows: 9, total: 267, min: 3, median: 20 });
  });

  test('null when a frequency is not a positive integer: sums would not be exact', () => {
    expect(dictionaryWeights('一 1.5 m\n')).toBeNull();
    expect(dictionaryWeights('一 0 m\n')).toBeNull();
    expect(dictionaryWeights('一\n')).toBeNull();
  });
});

describe('SortedRows.addRowsIn', () => {
  const found = (text: string) => {
    const m = new Map<number, string>();
    new SortedRows(SMALL).addRowsIn(text, m);
    return [...m.values()].map((r) => r.split(' ')[0]).sort();
  };

  test('every word occurring in the text, overlaps and words inside words included', () => {
    expect(found('中国人民开会议')).toEqual(['中国', '中国人', '人', '人民', '会', '会议', '国'].sort());
  });

  test('nothing for a text without dictionary words; a prefix alone is no word', () => {
    expect(found('天地玄黄')).toEqual([]);
    expect(found('一')).toEqual(['一']);
  });

  test('matches a brute-force search over any text from the rows\' characters', () => {
    const words = rowsOf(SMALL).map((r) => r[0] as string);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('一', '个', '中', '国', '人', '民', '会', '议', '。', 'a'), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(found(text)).toEqual(words.filter((w) => text.includes(w)).sort());
      }),
    );
  });
});

describe('subsetDictionary', () => {
  const weights = dictionaryWeights(SMALL)!;

  test('the rows of the text, and stand-ins that restore sum, least and median', () => {
    const subset = subsetDictionary(new SortedRows(SMALL), weights, ['中国会议'])!;
    expect(wordsOf(subset.file).sort()).toEqual(['中国', '会', '会议', '国'].sort());
    expect([...subset.words].sort()).toEqual(['中国', '会', '会议', '国'].sort());
    expect(dictionaryWeights(subset.file)).toEqual({ ...weights, rows: rowsOf(subset.file).length });
  });

  test('sum, least and median are kept for any texts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('一', '个', '中', '国', '人', '民', '会', '议', '天'), { maxLength: 20 }), (chars) => {
        const subset = subsetDictionary(new SortedRows(SMALL), weights, [chars.join('')]);
        if (!subset) return; // a text covering nearly every row loads the whole file
        expect(dictionaryWeights(subset.file)).toEqual({ ...weights, rows: rowsOf(subset.file).length });
      }),
    );
  });

  test('no subset for a text holding a stand-in character, nor for texts longer than SUBSET_MAX_CHARS together', () => {
    expect(subsetDictionary(new SortedRows(SMALL), weights, ['中国\uFDD0会议'])).toBeNull();
    const half = '中国会议'.repeat(SUBSET_MAX_CHARS / 8);
    expect(subsetDictionary(new SortedRows(SMALL), weights, [half, half])).not.toBeNull();
    expect(subsetDictionary(new SortedRows(SMALL), weights, [half, `${half}人`])).toBeNull();
  });
});

describe('jieba on a subset cuts as on the whole lean dictionary', () => {
  const LEAN = fileURLToPathOf('../dict/jieba/main.dict.utf8');
  const jieba = createRequire(import.meta.url)('nodejieba') as { load(o: Record<string, string>): void; cut(t: string, hmm: boolean): string[]; insertWord(w: string, t: string): boolean };
  // Inserted words weigh the median: where they compete with dictionary words, a wrong median shows.
  const INSERTED = ['从严从细', '严从', '细从实', '防控工作', '疫情防', '尧都区调研', '常态化疫情'];
  const loadWith = (dict: string) => {
    jieba.load({ dict, idfDict: stub, userDict: user });
    for (const w of INSERTED) jieba.insertWord(w, 'x');
  };
  const stub = fileURLToPathOf('../dict/jieba/idf-stub.utf8');
  const user = fileURLToPathOf('../dict/jieba/user.dict.utf8');
  const dir = mkdtempSync(path.join(tmpdir(), 'tifa-subset-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const lean = readFileSync(LEAN, 'utf8');
  const rows = new SortedRows(lean);
  const weights = dictionaryWeights(lean)!;

  function cutBoth(texts: string[]): [string[][], string[][]] {
    loadWith(LEAN);
    const whole = texts.map((t) => jieba.cut(t, true));
    const file = path.join(dir, 'subset.utf8');
    writeFileSync(file, subsetDictionary(rows, weights, texts)!.file);
    loadWith(file);
    return [whole, texts.map((t) => jieba.cut(t, true))];
  }

  test('the sample article and sentences of our own', () => {
    const texts = [
      readFileSync(SAMPLE, 'utf8'),
      '市委书记王建国主持召开全市安全生产工作会议，强调要坚持人民至上、生命至上。',
      '今年一季度，全县地区生产总值同比增长5.2%，固定资产投资完成12.3亿元。',
    ];
    const [whole, subset] = cutBoth(texts);
    expect(subset).toEqual(whole);
  });

  test('any Unicode text, surrogate halves and ASCII included (no stand-in character: those load the whole file)', () => {
    const han = [...new Set(readFileSync(SAMPLE, 'utf8'))];
    const unit = fc.oneof(
      fc.constantFrom(...han),
      fc.string({ unit: 'binary', maxLength: 2 }),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    );
    const texts = fc.sample(fc.array(unit, { maxLength: 30 }).map((us) => us.join('')), 60).filter((t) => !holdsStandIn(t));
    const [whole, subset] = cutBoth(texts);
    expect(subset).toEqual(whole);
  });

  test('any text made from pieces of the sample, cut apart and joined anew', () => {
    const sample = readFileSync(SAMPLE, 'utf8');
    const piece = fc.tuple(fc.nat(sample.length - 1), fc.integer({ min: 1, max: 12 })).map(([at, n]) => sample.slice(at, at + n));
    const texts = fc.sample(fc.array(piece, { minLength: 1, maxLength: 12 }).map((ps) => ps.join('')), 40);
    const [whole, subset] = cutBoth(texts);
    expect(subset).toEqual(whole);
  });
});

describe('segment() with expectOneText', () => {
  test('loads only the text\'s rows; an uncovered later text loads again with its rows added', () => {
    const first = '国务院总理在北京主持会议';
    const later = '省防汛抗旱指挥部办公室召开会商会';
    // What the whole lean dictionary gives, loaded here directly.
    const jieba = createRequire(import.meta.url)('nodejieba') as { load(o: Record<string, string>): void; cut(t: string, hmm: boolean): string[] };
    const dir = (f: string) => fileURLToPathOf(`../dict/jieba/${f}`);
    jieba.load({ dict: dir('main.dict.utf8'), idfDict: dir('idf-stub.utf8'), userDict: dir('user.dict.utf8') });
    const laterWhole = jieba.cut(later, true);

    expectOneText(first);
    expect(segment(first).map((t) => t.word)).toEqual(['国务院', '总理', '在', '北京', '主持', '会议']);
    // The lean file's words in that text (grep): 国 国务 国务院 务 院 总 总理 理 在 北 北京 京 主 主持 持 会 会议 议.
    expect(loadedDictionary()).toEqual({ subset: true, words: 18 });
    // 指挥部 and 办公室 are not in the first text, so not in the subset loaded for it.
    expect(segment(later).map((t) => t.word)).toEqual(laterWhole);
    expect(loadedDictionary().subset).toBe(true);
    expect(loadedDictionary().words).toBeGreaterThan(18);
  });
});

describe('the CLI on one article', () => {
  // The thread reads the file as UTF-8 for its subset; pages, other encodings and traditional text
  // (matched as simplified) give it other texts to cut, which load again with their words.
  const files = [
    SAMPLE,
    path.join(ROOT, 'test', 'fixtures', 'html', 'article.html'),
    path.join(ROOT, 'test', 'fixtures', 'encodings', 'simplified.gbk.txt'),
    path.join(ROOT, 'test', 'fixtures', 'encodings', 'traditional.big5.txt'),
  ];
  test.each(files)('%s: the same JSON with and without the subset, in a thread or not', (file) => {
    const whole = runCli(['extract', file, '--format', 'json'], { env: { TIFA_JIEBA_SUBSET: '0' } });
    expect(whole.exitCode, whole.stderr).toBe(0);
    expect(JSON.parse(whole.stdout).officials.length + JSON.parse(whole.stdout).locations.length).toBeGreaterThan(0);
    expect(runCli(['extract', file, '--format', 'json']).stdout).toBe(whole.stdout);
    expect(runCli(['extract', file, '--format', 'json'], { env: { TIFA_SEGMENTER_THREAD: '0' } }).stdout).toBe(whole.stdout);
  });

  test('stdin read as one article: the same JSON with and without the subset', () => {
    const input = readFileSync(SAMPLE);
    const whole = runCli(['extract', '--format', 'json'], { input, env: { TIFA_JIEBA_SUBSET: '0' } });
    expect(whole.exitCode, whole.stderr).toBe(0);
    expect(runCli(['extract', '-', '--format', 'json'], { input }).stdout).toBe(whole.stdout);
  });
});

function fileURLToPathOf(rel: string): string {
  return path.resolve(path.dirname(new URL(import.meta.url).pathname), rel);
}
