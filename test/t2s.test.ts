/** Traditional characters: matched through a same-length simplified view, reported as written. */
import { describe, expect, test } from 'vitest';
import path from 'node:path';
import fc from 'fast-check';
import { looksTraditional, parseT2sMode, toSimplifiedView, wantsT2s } from '../src/pipeline/t2s.js';
import { buildDoc, extract } from '../src/index.js';
import { UsageError } from '../src/errors.js';
import { ROOT, runCli } from './helpers.js';

const TRADITIONAL = '2023年5月12日，廣東省廣州市委書記張國華在越秀區調研時強調，要堅持穩中求進工作總基調。';

describe('the simplified view', () => {
  test.each([
    ['廣東省廣州市委書記張國華', '广东省广州市委书记张国华'],
    // Phrases decide where characters alone would be wrong: 乾隆 keeps 乾, 乾淨 becomes 干净.
    ['乾隆年間衣服乾淨', '乾隆年间衣服干净'],
    // Taiwan variants first: 裡 → 里; 著名 stays while 著手 (Taiwan form of 着手) becomes 着手.
    ['會議裡著名的著手處理', '会议里著名的着手处理'],
    ['香港特別行政區', '香港特别行政区'],
  ])('%s → %s', (trad, simp) => {
    expect(toSimplifiedView(trad)).toBe(simp);
  });

  test('simplified, ASCII, emoji and astral characters pass through unchanged', () => {
    const s = '江苏省南京市 ABC 123 😀𠀀 ，。“”';
    expect(toSimplifiedView(s)).toBe(s);
  });

  test('always the same length, whatever the input (random Unicode and random traditional text)', () => {
    const trad = fc.array(fc.constantFrom(...'國務院總理廣東省書記區縣鄉鎮會議乾淨著裡臺灣😀𠀀，。a1 '), { maxLength: 80 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), trad), (s) => {
      expect(toSimplifiedView(s).length).toBe(s.length);
    }), { numRuns: 400 });
  });

  test('a run of ideographic description characters is linear, not a stack overflow', () => {
    const s = '⿰'.repeat(200_000);
    expect(toSimplifiedView(s)).toBe(s);
  });
});

describe('auto mode', () => {
  test('traditional news is detected, simplified news is not', () => {
    expect(looksTraditional(TRADITIONAL)).toBe(true);
    expect(looksTraditional('2023年5月12日，江苏省南京市委书记周立新在玄武区调研时强调，要坚持稳中求进工作总基调。')).toBe(false);
  });

  test('one stray traditional character in simplified text does not switch the view on', () => {
    expect(looksTraditional('市委书记在会上讲话，强调要坚持稳中求进工作总基调，推动經济高质量发展。')).toBe(false);
  });

  test('off never converts, on always does', () => {
    expect(wantsT2s(TRADITIONAL, 'off')).toBe(false);
    expect(wantsT2s('市长', 'on')).toBe(true);
  });

  test('--t2s values', () => {
    expect(parseT2sMode(undefined)).toBe('auto');
    expect(parseT2sMode('off')).toBe('off');
    expect(() => parseT2sMode('yes')).toThrow(UsageError);
  });
});

describe('extraction from traditional text', () => {
  test('the matching view is simplified, the text and every surface stay traditional', () => {
    const doc = buildDoc(TRADITIONAL, null);
    expect(doc.norm.slice(11, 23)).toBe('广东省广州市委书记张国华');
    expect(doc.text).toBe(TRADITIONAL);
    const r = extract(TRADITIONAL);
    const official = r.officials?.find((o) => o.name === '張國華');
    expect(official?.titles).toEqual(['廣東省廣州市委書記']);
    expect(official?.spans).toEqual([[20, 23]]);
    expect(r.dates?.[0]).toMatchObject({ text: '2023年5月12日', value: '2023-05-12' });
  });

  test('with t2s off the view is the text itself', () => {
    expect(buildDoc(TRADITIONAL, null, 'off').norm.slice(11, 23)).toBe('廣東省廣州市委書記張國華');
  });

  test('CLI: the Big5 fixture gives the same official in traditional characters; --t2s bogus is a usage error', () => {
    const file = path.join(ROOT, 'test', 'fixtures', 'encodings', 'traditional.big5.txt');
    const r = runCli(['extract', file, '--format', 'json', '--only', 'officials', '-j', '1']);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout).officials).toEqual([{ name: '張國華', titles: ['廣東省廣州市委書記'], spans: [[20, 23]] }]);
    expect(runCli(['extract', file, '--t2s', 'bogus']).exitCode).toBe(2);
  });
});
