/**
 * The segmenter with tifa's lean main dictionary (src/pipeline/segment.ts, dict/jieba/). Expected
 * tokens follow from the dictionary-content rule, checked by hand against the files: a word is in
 * dict/jieba/main.dict.utf8 when it is among the 30,000 most frequent words of nodejieba's default
 * dictionary, is tagged `ns` there, or contains an `ns` word.
 */
import { describe, expect, test } from 'vitest';
import { addSegmenterWords, keywords, segment } from '../src/pipeline/segment.js';
import { runCli, SAMPLE } from './helpers.js';

const words = (text: string) => segment(text).map((t) => t.word);

describe('segment()', () => {
  test('tokens cover the text and their offsets slice back, through digits, Latin and line breaks', () => {
    const text = '2023年3月，山西省临汾市召开会议。\nGDP增长5.2%，“十四五”规划\r\n稳步推进。';
    const toks = segment(text);
    expect(toks.map((t) => t.word).join('')).toBe(text);
    let at = 0;
    for (const t of toks) {
      expect(t.start).toBe(at);
      expect(text.slice(t.start, t.end)).toBe(t.word);
      at = t.end;
    }
    expect(at).toBe(text.length);
  });

  test('empty text gives no tokens', () => {
    expect(segment('')).toEqual([]);
  });

  test('place names of the full dictionary keep their ns tag, whatever their frequency', () => {
    // 平遥县 has frequency 27 in nodejieba's dictionary (far below the top 30,000) but is a place.
    const toks = segment('我们来到平遥县和山西省');
    expect(toks.find((t) => t.word === '平遥县')?.tag).toBe('ns');
    expect(toks.find((t) => t.word === '山西省')?.tag).toBe('ns');
  });

  test('a rare word holding a place name stays whole, so the place is not read out of it', () => {
    // jieba tags 美德 `ns`; "传统美德" (frequency 3) is kept because it contains it.
    expect(words('弘扬中华民族传统美德')).toContain('传统美德');
    expect(words('弘扬中华民族传统美德')).not.toContain('美德');
  });

  test('rare compounds outside the lean dictionary split into their common words', () => {
    // "劳动防护" (frequency 3) is not kept; 劳动 and 防护 are both frequent dictionary words.
    expect(words('加强劳动防护')).toEqual(['加强', '劳动', '防护']);
  });

  test('a registered word the dictionary holds often keeps its weight: 中学|校长, not 中|学校|长', () => {
    // 中学 8338 × 校长 3791 beats 中 243191 × 学校 17020 × 长 40281 once each word pays the
    // dictionary total (56.5M): -18.4 against -20.8 in log weights. Inserting 校长 (a title) at the
    // median weight, 149, had turned that round.
    addSegmenterWords([['校长', 'title']]);
    expect(words('县第一中学校长主持会议')).toEqual(['县', '第一', '中学', '校长', '主持', '会议']);
    // The tag is still the registered one.
    expect(segment('中学校长').find((t) => t.word === '校长')?.tag).toBe('title');
  });

  test('registered words segment as one unit with their category tag', () => {
    addSegmenterWords([['甲乙丙丁委员会', 'nt']]);
    const toks = segment('他在甲乙丙丁委员会工作');
    expect(toks.find((t) => t.word === '甲乙丙丁委员会')?.tag).toBe('nt');
  });

  test('keywords reload the segmenter with the IDF table and keep the registered words', () => {
    addSegmenterWords([['戊己庚辛工程', 'slogan']]);
    const text = '戊己庚辛工程进展顺利。戊己庚辛工程覆盖全县。各地推进戊己庚辛工程建设。';
    const kws = keywords(text, 3);
    expect(kws.length).toBe(3);
    expect(kws[0]?.word).toBe('戊己庚辛工程');
    // Words registered before the reload still segment as one unit afterwards.
    expect(words('甲乙丙丁委员会和戊己庚辛工程')).toEqual(['甲乙丙丁委员会', '和', '戊己庚辛工程']);
  });
});

describe('the segmenter dictionary from the CLI', () => {
  test('a missing main dictionary is a clean error, not a native abort', () => {
    // cppjieba aborts the process on a missing file; segment.ts checks the paths first.
    const out = runCli(['extract', SAMPLE, '--format', 'json'], { env: { TIFA_JIEBA_DICT: '/nonexistent/jieba.dict.utf8' } });
    expect(out.exitCode).toBe(1);
    expect(out.stderr).toContain('/nonexistent/jieba.dict.utf8: segmenter dictionary not found (set by TIFA_JIEBA_DICT)');
  });

  test('TIFA_JIEBA_DICT=full loads nodejieba\'s whole dictionary, where the rare compound is one word', () => {
    const out = runCli(['segment', '--format', 'json'], { input: '加强劳动防护', env: { TIFA_JIEBA_DICT: 'full' } });
    expect(out.exitCode).toBe(0);
    expect((JSON.parse(out.stdout) as { word: string }[]).map((t) => t.word)).toEqual(['加强', '劳动防护']);
  });
});
