/**
 * Slogans (issue 6): dictionary hygiene, kinds and offsets, segmentation and keywords of lexicon
 * lines, and pattern safety on hostile input. Sentence-level positives and negatives live in
 * test/corpus/slogans.tsv.
 */
import { describe, expect, test } from 'vitest';
import { buildDoc, extract, keywords, normalize } from '../src/index.js';
import { loadDict } from '../src/lexicon/load.js';

const THEMES = new Set(['party-building', 'work-style', 'epidemic', 'economy', 'rural', 'ecology', 'security', 'governance', 'livelihood', 'culture']);
const lexicon = loadDict('slogans.txt', { minCols: 2, maxCols: 2 }).map((e) => ({ text: e.cols[0] as string, theme: e.cols[1] as string, line: e.line }));
const stops = loadDict('stop/slogans.txt', { minCols: 2, maxCols: 2 }).map((e) => ({ text: e.cols[0] as string, reason: e.cols[1] as string }));
const slogans = (text: string) => extract(text, { only: ['slogans'] }).slogans ?? [];

describe('slogan dictionaries', () => {
  test('every lexicon line has a known theme', () => {
    expect(lexicon.filter((e) => !THEMES.has(e.theme)).map((e) => `${e.line}: ${e.theme}`)).toEqual([]);
  });

  test('no lexicon line is listed twice', () => {
    const seen = new Set<string>();
    const dupes = lexicon.filter((e) => (seen.has(e.text) ? true : (seen.add(e.text), false))).map((e) => e.text);
    expect(dupes).toEqual([]);
  });

  test('no lexicon line is also a negative (it would be silently dropped)', () => {
    const key = (s: string) => normalize(s).replace(/[、,，\s]/g, '');
    const stopKeys = new Set(stops.map((s) => key(s.text)));
    expect(lexicon.filter((e) => stopKeys.has(key(e.text))).map((e) => e.text)).toEqual([]);
  });

  test('every negative gives its reason', () => {
    expect(stops.filter((s) => s.reason.trim().length < 4).map((s) => s.text)).toEqual([]);
  });

  test('the lexicon is organised by theme, with several lines in each', () => {
    const perTheme = new Map<string, number>();
    for (const e of lexicon) perTheme.set(e.theme, (perTheme.get(e.theme) ?? 0) + 1);
    for (const theme of THEMES) expect(perTheme.get(theme) ?? 0, theme).toBeGreaterThanOrEqual(5);
  });
});

describe('kinds and offsets', () => {
  const text = '坚持「动态清零」，严格“第一落点”管控，推进三大攻坚战，确保早签约、早开工、早投产，坚持人民至上，生命至上。';

  test('each slogan says how it was found', () => {
    const kinds = Object.fromEntries(slogans(text).map((s) => [s.text, s.kind]));
    expect(kinds).toEqual({
      动态清零: 'lexicon:epidemic',
      第一落点: 'quoted',
      三大攻坚战: 'numbered',
      '早签约、早开工、早投产': 'parallel',
      '人民至上，生命至上': 'lexicon:epidemic',
    });
  });

  test('spans slice the surface out of the text as written (no quote marks, full-width comma kept)', () => {
    for (const s of slogans(text)) {
      for (const [start, end] of s.spans) expect(text.slice(start, end)).toBe(s.text);
    }
    expect(slogans(text).find((s) => s.text.startsWith('人民'))?.spans).toEqual([[text.indexOf('人民至上'), text.indexOf('生命至上') + 4]]);
  });

  test('every mention of a slogan is listed, once per surface', () => {
    const found = slogans('要坚持动态清零。动态清零是总方针，“动态清零”不动摇。');
    expect(found.map((s) => [s.text, s.spans.length])).toEqual([['动态清零', 3]]);
  });
});

describe('segmentation and keywords', () => {
  const contexts: Array<[string, string]> = [['坚持', '。'], ['要', '，'], ['落实好', '的要求']];

  test('every lexicon line segments as one unit tagged slogan', () => {
    const broken: string[] = [];
    for (const { text: line } of lexicon) {
      for (const [before, after] of contexts) {
        const { tokens } = buildDoc(before + line + after, null);
        const t = tokens.find((x) => x.start === before.length);
        if (!t || t.end !== before.length + line.length || t.tag !== 'slogan') broken.push(`${before}${line}${after}`);
      }
    }
    expect(broken).toEqual([]);
  });

  const withoutComma = lexicon.filter((e) => !/[，,]/.test(e.text));
  const withComma = lexicon.filter((e) => /[，,]/.test(e.text));

  test('every lexicon line without a comma ranks in keywords as one word', () => {
    buildDoc('', null); // registers tifa's words, as `tifa keywords` does
    const missing = withoutComma.filter((e) => !keywords(`各地要坚持${e.text}，推动工作落实。`, 3).some((k) => k.word === e.text));
    expect(missing.map((e) => e.text)).toEqual([]);
  });

  // keywords() ranks the normalised view, where "，" is "," as in segment(), and reads words back.
  test('lexicon lines with a comma rank in keywords as one word', () => {
    buildDoc('', null);
    const missing = withComma.filter((e) => !keywords(`各地要坚持${e.text}，推动工作落实。`, 3).some((k) => k.word === e.text));
    expect(missing.map((e) => e.text)).toEqual([]);
  });
});

describe('hostile input', () => {
  // Each pattern must stay linear: these would hang a regex with overlapping nested quantifiers.
  test.each([
    ['numerals and characters alternating', '一区二通'.repeat(20_000)],
    ['a long stretch of Han text with no punctuation', '推动经济发展'.repeat(20_000)],
    ['an endless enumeration', '早落地、'.repeat(20_000)],
    ['unbalanced quote marks', '“动态'.repeat(20_000)],
    ['unclosed titles', '《关于“四早”'.repeat(10_000)],
    ['comma frames', '以党建为引领,'.repeat(20_000)],
  ])('%s', (_name, text) => {
    const found = slogans(text);
    for (const s of found) for (const [a, b] of s.spans) expect(text.slice(a, b)).toBe(s.text);
  });
});
