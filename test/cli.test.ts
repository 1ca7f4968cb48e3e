/**
 * End-to-end: bin/tifa.js as a user runs it. Expected values were read off the sample article by
 * hand (samples/linfen-epidemic-inspection.txt), not copied from the program's output.
 */
import { describe, expect, test, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli, SAMPLE, ROOT, schemaErrors, surfacesWithSpans, type ExecResult } from './helpers.js';
import type { ArticleResult } from '../src/types.js';

const FORBID_JIEBA = path.join(ROOT, 'test', 'fixtures', 'forbid-nodejieba.cjs');

describe('tifa extract on the sample article', () => {
  let run: ExecResult;
  let r: ArticleResult;
  beforeAll(() => {
    run = runCli(['extract', SAMPLE, '--format', 'json']);
    r = JSON.parse(run.stdout) as ArticleResult;
  });

  test('exits 0 with one valid JSON object and nothing on stderr', () => {
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(schemaErrors(r)).toBeNull();
  });

  test('李云峰 with his whole title chain, every mention counted to him', () => {
    const li = r.officials?.find((o) => o.name === '李云峰');
    expect(li?.titles).toEqual(['临汾市委副书记', '市长', '市新冠肺炎疫情防控工作领导小组组长']);
    // The name is written 14 times in the article (headline, two lead paragraphs, body, 原标题).
    expect(li?.spans.length).toBe(14);
  });

  test('reporter and editor are persons with their roles', () => {
    expect(r.persons).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: '张浩', role: 'reporter' }),
      expect.objectContaining({ name: '席亚文', role: 'editor' }),
    ]));
  });

  test('places, dates and slogans named in the article', () => {
    const places = r.locations?.map((l) => l.text);
    expect(places).toEqual(expect.arrayContaining(['尧都区', '铁路东街道', '三元社区']));
    expect(r.dates?.map((d) => d.text)).toContain('4月7日');
    expect(r.slogans?.map((s) => s.text)).toEqual(expect.arrayContaining(['动态清零', '外防输入、内防反弹', '三区两通道']));
  });

  test('every span slices back to its surface', () => {
    const text = readFileSync(SAMPLE, 'utf8');
    for (const [surface, spans] of surfacesWithSpans(r)) for (const [a, b] of spans) expect(text.slice(a, b)).toBe(surface);
  });

  test('--ref-date resolves 4月7日 to a day', () => {
    const out = runCli(['extract', SAMPLE, '--format', 'json', '--ref-date', '2022-04-08', '--only', 'dates']);
    const d = (JSON.parse(out.stdout) as ArticleResult).dates?.find((x) => x.text === '4月7日');
    expect(d).toMatchObject({ value: '2022-04-07', start: '2022-04-07T00:00:00', end: '2022-04-07T23:59:59' });
  });

  test('table output names each section', () => {
    const out = runCli(['extract', SAMPLE, '--format', 'table']);
    expect(out.exitCode).toBe(0);
    for (const h of ['Officials', 'Persons', 'Locations', 'Organizations', 'Dates', 'Slogans']) expect(out.stdout).toContain(h);
    expect(out.stdout).toContain('李云峰');
    expect(out.stdout).not.toMatch(/\x1b\[/); // NO_COLOR is set by runCli
  });
});

describe('inputs and outputs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tifa-cli-'));
  writeFileSync(path.join(dir, 'a.txt'), '市委书记张三在县里调研。');
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'sub', 'b.txt'), '4月7日,记者王五报道。');
  writeFileSync(path.join(dir, 'sub', 'ignored.md'), '市长李四');

  test('a folder is walked recursively in a stable order, .txt only; several inputs give an array', () => {
    const out = runCli(['extract', dir, '--format', 'json']);
    expect(out.exitCode).toBe(0);
    const arr = JSON.parse(out.stdout) as ArticleResult[];
    expect(arr.map((x) => path.relative(dir, x.source ?? ''))).toEqual(['a.txt', path.join('sub', 'b.txt')]);
    for (const x of arr) expect(schemaErrors(x)).toBeNull();
  });

  test('--ext picks other extensions', () => {
    const out = runCli(['extract', dir, '--format', 'jsonl', '--ext', 'md']);
    expect(out.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['ignored']);
  });

  test('stdin is read when no input is given', () => {
    const out = runCli(['extract', '--format', 'json', '--only', 'officials'], { input: '市委书记张三在县里调研。' });
    expect(out.exitCode).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ id: null, source: '<stdin>', officials: [{ name: '张三', titles: ['市委书记'] }] });
  });

  test('a missing file is an error record; the other input is still processed; exit 1', () => {
    const missing = path.join(dir, 'nope.txt');
    const out = runCli(['extract', missing, path.join(dir, 'a.txt'), '--format', 'json']);
    expect(out.exitCode).toBe(1);
    expect(out.stderr).toContain(`${missing}: no such file or directory`);
    const arr = JSON.parse(out.stdout) as unknown[];
    expect(arr).toHaveLength(2);
    expect(arr[0]).toMatchObject({ source: missing, error: { code: 'E_INPUT_NOT_FOUND' } });
    for (const x of arr) expect(schemaErrors(x)).toBeNull();
  });

  test('JSON Lines records keep their id and order; malformed lines become error records', () => {
    const input = [
      JSON.stringify({ id: 'r1', text: '市长李四指出', ref_date: '2022-01-02' }),
      'not json',
      JSON.stringify({ id: 'r3' }),
      JSON.stringify({ id: 'r4', text: 42 }),
      JSON.stringify({ id: 'r5', text: '今年以来', ref_date: '2022-01-02' }),
    ].join('\n');
    const out = runCli(['extract', '--input', 'jsonl', '--format', 'jsonl'], { input });
    expect(out.exitCode).toBe(1);
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['r1', null, 'r3', 'r4', 'r5']);
    expect(lines[1].error.code).toBe('E_RECORD_JSON');
    expect(lines[2].error.message).toContain('no "text" field');
    expect(lines[3].error.message).toContain('"text" is number');
    expect(lines[4].dates).toEqual([expect.objectContaining({ text: '今年以来', value: '2022' })]);
    for (const l of lines) expect(schemaErrors(l)).toBeNull();
    expect(out.stderr.split('\n').filter(Boolean)).toHaveLength(3);
  });

  test('an empty input gives a valid, empty result', () => {
    const out = runCli(['extract', '--format', 'json'], { input: '' });
    expect(out.exitCode).toBe(0);
    const r = JSON.parse(out.stdout);
    expect(schemaErrors(r)).toBeNull();
    expect(r.officials).toEqual([]);
  });
});

describe('usage errors exit 2 with a message on stderr', () => {
  test.each([
    [['extract', SAMPLE, '--format', 'xml'], '--format must be one of table, json, jsonl'],
    [['extract', SAMPLE, '--ref-date', '2022-13-01'], '--ref-date must be a real date'],
    [['extract', SAMPLE, '--only', 'officials,weather'], '--only takes fields from'],
    [['extract', SAMPLE, '--input', 'xml'], '--input must be text or jsonl'],
    [['extract', SAMPLE, '--bogus'], "unknown option '--bogus'"],
    [['frobnicate'], "unknown command 'frobnicate'"],
  ])('tifa %j', (args, message) => {
    const out = runCli(args);
    expect(out.exitCode).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(message);
  });
});

describe('start-up', () => {
  test('--help and --version never load nodejieba', () => {
    // The preload makes any require('nodejieba') throw, so loading it would fail these runs.
    for (const args of [['--help'], ['--version'], ['extract', '--help']]) {
      const out = runCli(args, { nodeArgs: ['--require', FORBID_JIEBA] });
      expect(out.exitCode, args.join(' ')).toBe(0);
      expect(out.stdout.length).toBeGreaterThan(0);
    }
    const loads = runCli(['extract', SAMPLE], { nodeArgs: ['--require', FORBID_JIEBA] });
    expect(loads.exitCode).not.toBe(0); // proves the preload bites
  });

  // One article from one file is segmented by jieba loaded in a thread of its own
  // (src/pipeline/segmenter-thread.ts); TIFA_SEGMENTER_THREAD=0 loads it in the main thread.
  test('an article segmented in the segmenter thread gives the same output as without it', () => {
    const articles = [SAMPLE, ...['o001.txt', 'o004.txt', 'o007.txt', 'o010.txt'].map((f) => path.join(ROOT, 'test', 'fixtures', 'own-corpus', 'articles', f))];
    for (const file of articles) {
      const threaded = runCli(['extract', file, '--format', 'json']);
      const local = runCli(['extract', file, '--format', 'json'], { env: { TIFA_SEGMENTER_THREAD: '0' } });
      expect(threaded.exitCode, file).toBe(0);
      expect(threaded.stderr, file).toBe('');
      expect(threaded.stdout, file).toBe(local.stdout);
      // Not vacuous: the article has facts that need jieba's tokens.
      expect((JSON.parse(threaded.stdout) as ArticleResult).locations?.length, file).toBeGreaterThan(0);
    }
  });

  test('a segmenter thread that cannot load jieba makes an error record, and --only dates never needs it', () => {
    const failed = runCli(['extract', SAMPLE, '--format', 'json'], { nodeArgs: ['--require', FORBID_JIEBA] });
    expect(failed.exitCode).toBe(1);
    expect(failed.stderr).toContain('nodejieba loaded during a command that must not load it');
    expect(JSON.parse(failed.stdout)).toMatchObject({ error: { code: 'E_INTERNAL' } });
    const dates = runCli(['extract', SAMPLE, '--format', 'json', '--only', 'dates'], { nodeArgs: ['--require', FORBID_JIEBA] });
    expect(dates.exitCode).toBe(0);
    expect((JSON.parse(dates.stdout) as ArticleResult).dates?.map((d) => d.text)).toContain('4月7日');
  });
});

describe('tifa segment and keywords', () => {
  test('segment --format json gives words with offsets that slice back', () => {
    const text = '临汾市委副书记李云峰坚持动态清零总方针';
    const out = runCli(['segment', '--format', 'json'], { input: text });
    expect(out.exitCode).toBe(0);
    const toks = JSON.parse(out.stdout) as { word: string; tag: string; start: number; end: number }[];
    expect(toks.map((t) => t.word).join('')).toBe(text);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.word);
    expect(toks.map((t) => t.word)).toContain('动态清零');
  });

  test('keywords -n 3 --format json gives three weighted words', () => {
    const out = runCli(['keywords', SAMPLE, '-n', '3', '--format', 'json']);
    expect(out.exitCode).toBe(0);
    const kws = JSON.parse(out.stdout) as { word: string; weight: number }[];
    expect(kws).toHaveLength(3);
    // jieba's TF-IDF splits 疫情防控 into 疫情 + 防控; the article is about epidemic control.
    expect(kws.map((k) => k.word)).toEqual(expect.arrayContaining(['疫情', '防控']));
  });
});
