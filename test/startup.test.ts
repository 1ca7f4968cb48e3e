/**
 * What keeps start-up fast (issue 9), checked as facts rather than timings (timings live in
 * test/bench/startup.mjs): the generated jieba files are what the generator makes, documents are
 * segmented only when read, and the words inserted at load stay few.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractors, FIELD_NAMES } from '../src/index.js';
import { ROOT, SAMPLE, runCli } from './helpers.js';

const JIEBA_DIR = path.join(ROOT, 'dict', 'jieba');
const FORBID_JIEBA = path.join(ROOT, 'test', 'fixtures', 'forbid-nodejieba.cjs');
const fullDictPath = (createRequire(import.meta.url)('nodejieba') as { DEFAULT_DICT: string }).DEFAULT_DICT;

function dictLines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
}

describe('dict/jieba', () => {
  const lean = dictLines(path.join(JIEBA_DIR, 'main.dict.utf8'));

  test('is exactly what dict/build/jieba-dict.mjs generates', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'tifa-jieba-'));
    try {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'dict', 'build', 'jieba-dict.mjs'), '--out', out], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      for (const f of ['main.dict.utf8', 'idf-stub.utf8', 'user.dict.utf8']) {
        expect(readFileSync(path.join(out, f), 'utf8'), f).toBe(readFileSync(path.join(JIEBA_DIR, f), 'utf8'));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('main dictionary: no BOM (cppjieba keeps it), "word freq tag" lines, no duplicate word', () => {
    expect(readFileSync(path.join(JIEBA_DIR, 'main.dict.utf8'), 'utf8').charCodeAt(0)).not.toBe(0xfeff);
    expect(lean.filter((line) => !/^\S+ [1-9]\d* [a-z]+$/.test(line))).toEqual([]);
    const words = lean.map((line) => line.split(' ')[0]);
    expect(words.length - new Set(words).size).toBe(0);
  });

  test('holds every place name (ns) of nodejieba\'s dictionary, in far fewer words', () => {
    const full = dictLines(fullDictPath).map((l) => l.split(' '));
    const leanWords = new Set(lean.map((l) => l.split(' ')[0]));
    const places = full.filter((cols) => cols[2] === 'ns').map((cols) => cols[0]);
    expect(places.length).toBeGreaterThan(10_000);
    expect(places.filter((w) => !leanWords.has(w))).toEqual([]);
    // The point of the file: load() time grows with the word count.
    expect(lean.length * 4).toBeLessThan(full.length);
  });

  test('the IDF stub has the one "word weight" line cppjieba requires; the user dictionary is empty', () => {
    expect(dictLines(path.join(JIEBA_DIR, 'idf-stub.utf8'))).toEqual([expect.stringMatching(/^\S+ \d+(?:\.\d+)?$/)]);
    expect(readFileSync(path.join(JIEBA_DIR, 'user.dict.utf8'), 'utf8')).toBe('');
  });
});

describe('lazy segmentation', () => {
  // Runs the built library in a child whose preload makes loading nodejieba throw.
  const withoutJieba = (script: string) =>
    spawnSync(process.execPath, ['--require', FORBID_JIEBA, '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  const buildDoc = `const { buildDoc } = await import(${JSON.stringify(path.join(ROOT, 'dist', 'pipeline', 'extract.js'))});`;

  test('building a document does not load jieba; reading its tokens does', () => {
    const built = withoutJieba(`${buildDoc} const d = buildDoc('山西省临汾市', null); console.log(d.norm.length);`);
    expect(built.stderr).toBe('');
    expect(built.stdout.trim()).toBe('6');
    const read = withoutJieba(`${buildDoc} buildDoc('山西省临汾市', null).tokens;`);
    expect(read.status).not.toBe(0);
    expect(read.stderr).toContain('nodejieba loaded');
  });
});

describe('words inserted into jieba at load', () => {
  test('stay within budget (each insertWord costs ~4 µs of start-up)', () => {
    let n = 0;
    for (const f of FIELD_NAMES) {
      const e = extractors[f] as { segmentWords?: () => Iterable<unknown> };
      if (e.segmentWords) n += [...e.segmentWords()].length;
    }
    expect(n).toBeGreaterThan(0);
    // 5,000 words ≈ 20 ms. Beyond that, insert them only for the commands that need them.
    expect(n).toBeLessThanOrEqual(5_000);
  });
});

describe('jieba loaded on a worker thread (tifa extract)', () => {
  // A preload that lets nodejieba load only off the main thread: extraction then succeeds only if
  // every token came from the worker.
  const dir = mkdtempSync(path.join(tmpdir(), 'tifa-preload-'));
  const mainThreadForbidsJieba = path.join(dir, 'main-thread-forbids-jieba.cjs');
  writeFileSync(mainThreadForbidsJieba, `
const Module = require('node:module');
const { isMainThread } = require('node:worker_threads');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (isMainThread && /nodejieba/.test(request)) throw new Error('nodejieba loaded on the main thread');
  return load.call(this, request, ...rest);
};
`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('tokens come from the worker: the main thread never loads nodejieba', () => {
    const out = runCli(['extract', SAMPLE, '--format', 'json'], { nodeArgs: ['--require', mainThreadForbidsJieba] });
    expect(out.stderr).toBe('');
    expect(out.exitCode).toBe(0);
    expect((JSON.parse(out.stdout) as { officials: { name: string }[] }).officials.map((o) => o.name)).toContain('李云峰');
    // Without the worker the same run must fail, or the hook proved nothing.
    const direct = runCli(['extract', SAMPLE, '--format', 'json'], { nodeArgs: ['--require', mainThreadForbidsJieba], env: { TIFA_JIEBA_PRELOAD: '0' } });
    expect(direct.exitCode).not.toBe(0);
  });

  test('results are byte for byte those of a main-thread load, for one article and for records', () => {
    const records = ['国务院总理在北京主持召开会议。', '山西省临汾市尧都区开展疫情防控检查。', '']
      .map((text, i) => JSON.stringify({ id: `r${i}`, text })).join('\n') + '\n';
    for (const [args, input] of [[['extract', SAMPLE, '--format', 'json'], ''], [['extract', '--input', 'jsonl', '--format', 'jsonl'], records]] as const) {
      const viaWorker = runCli([...args], { input });
      const direct = runCli([...args], { input, env: { TIFA_JIEBA_PRELOAD: '0' } });
      expect(viaWorker.exitCode).toBe(0);
      expect(viaWorker.stdout).toBe(direct.stdout);
    }
  });

  test('--keywords skips the worker and still loads jieba once, with the IDF table', () => {
    const out = runCli(['extract', SAMPLE, '--format', 'json', '--keywords', '3'], { nodeArgs: ['--require', mainThreadForbidsJieba] });
    expect(out.exitCode).not.toBe(0); // loaded on the main thread, as intended for keywords
    const ok = runCli(['extract', SAMPLE, '--format', 'json', '--keywords', '3']);
    expect((JSON.parse(ok.stdout) as { keywords: unknown[] }).keywords).toHaveLength(3);
  });
});
