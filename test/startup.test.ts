/**
 * What keeps start-up fast (issue 9), checked as facts rather than timings (timings live in
 * test/bench/startup.mjs): the generated jieba files are what the generator makes, documents are
 * segmented only when read, and the words inserted at load stay few.
 */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractors, FIELD_NAMES } from '../src/index.js';
import { ROOT } from './helpers.js';

const JIEBA_DIR = path.join(ROOT, 'dict', 'jieba');
const FORBID_JIEBA = path.join(ROOT, 'test', 'fixtures', 'forbid-nodejieba.cjs');
const REPORT_PACKAGES = path.join(ROOT, 'test', 'fixtures', 'report-packages.mjs');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const fullDictPath = (createRequire(import.meta.url)('nodejieba') as { DEFAULT_DICT: string }).DEFAULT_DICT;

function dictLines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
}

/** Runs a generator script of dict/build/ with --out into a scratch path and compares each file it writes with the committed one. */
function expectGenerated(script: string, committed: string[], outIsDir: boolean): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'tifa-gen-'));
  const out = outIsDir ? dir : path.join(dir, path.basename(committed[0] as string));
  try {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dict', 'build', script), '--out', out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    for (const f of committed) expect(readFileSync(path.join(dir, path.basename(f)), 'utf8'), f).toBe(readFileSync(f, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('dict/jieba', () => {
  const lean = dictLines(path.join(JIEBA_DIR, 'main.dict.utf8'));

  test('is exactly what dict/build/jieba-dict.mjs generates', () => {
    expectGenerated('jieba-dict.mjs', ['main.dict.utf8', 'idf-stub.utf8', 'user.dict.utf8'].map((f) => path.join(JIEBA_DIR, f)), true);
  });

  test('main dictionary: no BOM (cppjieba keeps it), "word freq tag" lines, words strictly increasing', () => {
    expect(readFileSync(path.join(JIEBA_DIR, 'main.dict.utf8'), 'utf8').charCodeAt(0)).not.toBe(0xfeff);
    expect(lean.filter((line) => !/^\S+ [1-9]\d* [a-z]+$/.test(line))).toEqual([]);
    // Strictly increasing (so no word repeats): tags are looked up by binary search in the file (dict-rows.ts).
    const words = lean.map((line) => line.split(' ')[0] as string);
    expect(words.filter((w, i) => i > 0 && !((words[i - 1] as string) < w))).toEqual([]);
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

describe('dict/t2s-changing-chars.txt', () => {
  test('is exactly what dict/build/t2s-chars.mjs generates from opencc-js', () => {
    expectGenerated('t2s-chars.mjs', [path.join(ROOT, 'dict', 't2s-changing-chars.txt')], false);
  });

  test('holds traditional forms and no simplified ones', () => {
    const chars = new Set(dictLines(path.join(ROOT, 'dict', 't2s-changing-chars.txt')).filter((l) => !l.startsWith('#')));
    for (const c of '國務總會議經濟發') expect(chars.has(c), c).toBe(true);
    for (const c of '国务总会议经济发') expect(chars.has(c), c).toBe(false);
  });
});

describe('dict/name-not-words.txt', () => {
  test("is exactly what dict/build/name-not-words.mjs generates from nodejieba's dictionary", () => {
    expectGenerated('name-not-words.mjs', [path.join(ROOT, 'dict', 'name-not-words.txt')], false);
  });
});

describe('packages loaded by one run', () => {
  /** npm packages a CLI run loaded, as reported by the preload. */
  const packagesOf = (args: string[], env: Record<string, string> = {}): string[] => {
    const r = spawnSync(process.execPath, ['--import', REPORT_PACKAGES, path.join(ROOT, 'bin', 'tifa.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
    expect(r.status, r.stderr).toBe(0);
    return [...new Set([...r.stderr.matchAll(/^TIFA_PACKAGE (\S+)$/gm)].map((m) => m[1] as string))].sort();
  };
  /** The same, running the CLI's modules (dist/cli/main.js) instead of its bundle. */
  const modulePackagesOf = (args: string[]): string[] => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tifa-modules-'));
    try {
      // A file, not --input-type=module -e: worker threads inherit the flags, and that one fails them.
      const entry = path.join(dir, 'run.mjs');
      writeFileSync(entry, `const { main } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist', 'cli', 'main.js')).href)}); await main(['node', 'tifa', ...${JSON.stringify(args)}]);`);
      const r = spawnSync(process.execPath, ['--import', REPORT_PACKAGES, entry], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return [...new Set([...r.stderr.matchAll(/^TIFA_PACKAGE (\S+)$/gm)].map((m) => m[1] as string))].sort();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const OPTIONAL = ['chalk', 'chardet', 'cli-progress', 'cli-table3', 'htmlparser2', 'opencc-js'];

  test('--help and --version load no package at all; a command\'s help loads the argument parser only', () => {
    expect(packagesOf(['--help'])).toEqual([]);
    expect(packagesOf(['--version'])).toEqual([]);
    expect(packagesOf(['extract', '--help'])).toEqual(['commander']);
  });

  test('the help printed from the cache is what commander prints, and the version is the package\'s', async () => {
    const { program } = await import('../src/cli/main.js');
    const help = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'tifa.js'), '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(program().helpInformation());
    expect(help.stdout).toContain('extract [options] [inputs...]');
    const version = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'tifa.js'), '-V'], { cwd: ROOT, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });

  test('a simplified UTF-8 article as JSON loads none of the optional packages', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tifa-pkgs-'));
    try {
      const file = path.join(dir, 'a.txt');
      writeFileSync(file, '山西省临汾市人民政府今天召开会议。\n');
      // The preload sees the main thread only: one article loads nodejieba in a thread of its own.
      expect(packagesOf(['extract', file, '--format', 'json'])).toEqual(['commander']);
      expect(packagesOf(['extract', file, '--format', 'json'], { TIFA_SEGMENTER_THREAD: '0' })).toEqual(['commander', 'nodejieba']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('each optional package loads when its input or output needs it', () => {
    const big5 = ['extract', path.join(FIXTURES, 'encodings', 'traditional.big5.txt'), '--format', 'table'];
    const html = ['extract', path.join(FIXTURES, 'html', 'article.html'), '--format', 'json'];
    // The CLI's bundle holds chalk and htmlparser2 (ES modules only, which CommonJS cannot require on
    // every Node 20) in modules it initialises on first use: its module build shows when that is.
    const optional = (loaded: string[]) => OPTIONAL.filter((p) => loaded.includes(p));
    expect(optional(modulePackagesOf(big5))).toEqual(['chalk', 'chardet', 'cli-table3', 'opencc-js']);
    expect(optional(modulePackagesOf(html))).toEqual(['htmlparser2']);
    // The bundle itself loads the packages it leaves out when the module build does.
    expect(optional(packagesOf(big5))).toEqual(['chardet', 'cli-table3', 'opencc-js']);
    expect(optional(packagesOf(html))).toEqual([]);
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
