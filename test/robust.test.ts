/**
 * Bad input loses nothing: every broken input becomes an error record or a correct empty result, the
 * other inputs are still processed, and the exit status says whether anything failed. Fixtures in
 * test/fixtures/bad and test/fixtures/folder-links; large, unreadable and damaged-install cases are
 * made at run time (too big, or impossible to commit). Expected offsets are counted by hand.
 */
import { describe, expect, test, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BIN, ROOT, runCli, schemaErrors } from './helpers.js';
import { tasks, readTextTask, type Task } from '../src/input/sources.js';
import { extract } from '../src/index.js';
import type { ArticleResult, ErrorResult } from '../src/types.js';

const BAD = path.join(ROOT, 'test', 'fixtures', 'bad');
const LINKS = path.join(ROOT, 'test', 'fixtures', 'folder-links');
const ENC = path.join(ROOT, 'test', 'fixtures', 'encodings');
type Out = ArticleResult & Partial<ErrorResult>;
const lines = (stdout: string): Out[] => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Out);
const FIELDS = ['officials', 'persons', 'locations', 'organizations', 'dates', 'slogans'] as const;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'tifa-robust-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('empty and contentless files give a correct empty result', () => {
  test.each(['empty.txt', 'whitespace.txt', 'no-chinese.txt'])('%s: every field empty, schema-valid, exit 0', (name) => {
    const r = runCli(['extract', path.join(BAD, name), '--format', 'json', '-j', '1']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    const res = JSON.parse(r.stdout) as ArticleResult;
    expect(schemaErrors(res)).toBeNull();
    for (const f of FIELDS) expect(res[f]).toEqual([]);
  });

  test('the empty file has no title; the English one keeps its first line as title', () => {
    const r = runCli(['extract', path.join(BAD, 'empty.txt'), path.join(BAD, 'no-chinese.txt'), '--format', 'jsonl', '-j', '1']);
    const [empty, english] = lines(r.stdout);
    expect(empty?.title).toBeNull();
    expect(english?.title).toBe('The city council met on Tuesday to discuss the 2024 budget. No Chinese here at all.');
  });
});

describe('emoji and characters outside the BMP', () => {
  // 😀 🎉 𠀀 are two UTF-16 units each: "，" is at 6, the date at [7, 17), 江苏省南京市委书记 at
  // [18, 27), 周立新 at [27, 30), 😀 at [30, 32), 在 32, 玄武区 at [33, 36).
  test('spans are UTF-16 offsets that slice back exactly', () => {
    const text = readFileSync(path.join(BAD, 'emoji.txt'), 'utf8');
    const r = extract(text);
    expect(r.dates?.[0]).toMatchObject({ text: '2023年5月12日', spans: [[7, 17]] });
    expect(r.officials?.find((o) => o.name === '周立新')?.spans).toEqual([[27, 30]]);
    expect(r.locations?.find((l) => l.text === '玄武区')?.spans).toEqual([[33, 36]]);
  });
});

describe('binary and undecodable files are error records; the others are still processed', () => {
  test('binary, Windows-1252 and a good file: two error records, one result, exit 1', () => {
    const r = runCli(['extract', path.join(ENC, 'binary.png'), path.join(ENC, 'latin1.txt'), path.join(ENC, 'simplified.utf8.txt'), '--format', 'jsonl', '--only', 'dates', '-j', '1']);
    expect(r.exitCode).toBe(1);
    const out = lines(r.stdout);
    expect(out.map((o) => o.error?.code ?? 'ok')).toEqual(['E_INPUT_BINARY', 'E_INPUT_DECODE', 'ok']);
    for (const o of out) expect(schemaErrors(o)).toBeNull();
    expect(r.stderr).toContain('binary.png: looks like a binary file');
    expect(r.stderr).toContain('latin1.txt: not valid UTF-8, GB18030 or Big5');
  });
});

describe('folders with broken symlinks and symlink loops', () => {
  test('the broken link and the self-loop are error records, the loop back up is walked once, exit 1', () => {
    const r = runCli(['extract', LINKS, '--format', 'jsonl', '--only', 'dates', '-j', '1']);
    expect(r.exitCode).toBe(1);
    const out = lines(r.stdout);
    expect(out.map((o) => [path.relative(LINKS, o.source ?? ''), o.error?.code ?? 'ok'])).toEqual([
      ['broken.txt', 'E_INPUT_NOT_FOUND'],
      ['self.txt', 'E_INPUT_NOT_FOUND'],
      ['sub/ok.txt', 'ok'],
    ]);
    expect(out[0]?.error?.message).toMatch(/broken symbolic link/);
    expect(out[1]?.error?.message).toMatch(/symbolic link loop/);
  });

  test('a symlink loop named on the command line is an error record, not a hang', () => {
    const r = runCli(['extract', path.join(LINKS, 'self.txt'), path.join(LINKS, 'sub', 'ok.txt'), '--format', 'jsonl', '--only', 'dates', '-j', '1']);
    expect(r.exitCode).toBe(1);
    expect(lines(r.stdout).map((o) => o.error?.code ?? 'ok')).toEqual(['E_INPUT_NOT_FOUND', 'ok']);
  });

  test('a FIFO named like an article inside a folder is reported, not read (it would block)', () => {
    const dir = path.join(tmp, 'fifo');
    mkdirSync(dir);
    const mk = spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    if (mk.status !== 0) return; // no mkfifo here: nothing to prove
    writeFileSync(path.join(dir, 'z.txt'), '5月1日');
    const r = runCli(['extract', dir, '--format', 'jsonl', '--only', 'dates', '-j', '1']);
    expect(r.exitCode).toBe(1);
    expect(lines(r.stdout).map((o) => o.error?.code ?? 'ok')).toEqual(['E_INPUT_UNREADABLE', 'ok']);
  });
});

describe('unreadable files', () => {
  // Tests run as root, who reads any file whatever its mode: the CLI runs as "nobody" instead.
  const asRoot = process.getuid?.() === 0;
  test('chmod 000: an error record naming the file, the readable one processed, exit 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tifa-perm-'));
    chmodSync(dir, 0o755);
    const locked = path.join(dir, 'locked.txt');
    const open = path.join(dir, 'open.txt');
    writeFileSync(locked, '5月1日');
    writeFileSync(open, '5月2日');
    chmodSync(locked, 0o000);
    chmodSync(open, 0o644);
    try {
      const r = spawnSync(process.execPath, [BIN, 'extract', locked, open, '--format', 'jsonl', '--only', 'dates', '-j', '1'], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      });
      expect(r.status).toBe(1);
      const out = lines(r.stdout);
      expect(out.map((o) => o.error?.code ?? 'ok')).toEqual(['E_INPUT_UNREADABLE', 'ok']);
      expect(out[0]?.error?.message).toMatch(/locked\.txt: cannot read \(EACCES/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an unreadable sub-folder is an error record; its siblings are processed', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tifa-perm-'));
    chmodSync(dir, 0o755);
    mkdirSync(path.join(dir, 'closed'));
    writeFileSync(path.join(dir, 'closed', 'a.txt'), '5月1日');
    writeFileSync(path.join(dir, 'open.txt'), '5月2日');
    chmodSync(path.join(dir, 'open.txt'), 0o644);
    chmodSync(path.join(dir, 'closed'), 0o000);
    try {
      const r = spawnSync(process.execPath, [BIN, 'extract', dir, '--format', 'jsonl', '--only', 'dates', '-j', '1'], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      });
      expect(r.status).toBe(1);
      expect(lines(r.stdout).map((o) => [path.basename(o.source ?? ''), o.error?.code ?? 'ok'])).toEqual([
        ['closed', 'E_INPUT_UNREADABLE'],
        ['open.txt', 'ok'],
      ]);
    } finally {
      chmodSync(path.join(dir, 'closed'), 0o755);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('malformed JSON Lines records', () => {
  test('each bad record is an error record with its line; good ones keep their order; exit 1', () => {
    const r = runCli(['extract', '--input', 'jsonl', path.join(BAD, 'records.jsonl'), '--format', 'jsonl', '--only', 'dates', '-j', '1']);
    expect(r.exitCode).toBe(1);
    const out = lines(r.stdout);
    expect(out.map((o) => [o.source?.replace(/^.*:/, ''), o.id, o.error?.code ?? 'ok'])).toEqual([
      ['1', 'good-1', 'ok'],
      ['2', null, 'E_RECORD_JSON'],
      ['3', 'no-text', 'E_RECORD_SHAPE'],
      ['4', 'text-number', 'E_RECORD_SHAPE'],
      ['5', 'text-null', 'E_RECORD_SHAPE'],
      ['6', null, 'E_RECORD_SHAPE'],
      ['7', 'bad-date', 'E_RECORD_SHAPE'],
      ['8', 'good-2', 'ok'],
      ['9', null, 'E_RECORD_JSON'],
    ]);
    expect(out[0]?.dates).toEqual([{ text: '4月7日', value: '2022-04-07', start: '2022-04-07T00:00:00', end: '2022-04-07T23:59:59', spans: [[0, 4]] }]);
    expect(out[2]?.error?.message).toMatch(/records\.jsonl:3: no "text" field/);
    expect(out[3]?.error?.message).toMatch(/"text" is number, not a string/);
    for (const o of out) expect(schemaErrors(o)).toBeNull();
  });

  test('a 20 MB record is read whole, and the record after it too', async () => {
    const file = path.join(tmp, 'big.jsonl');
    const big = '市长主持召开常务会议。'.repeat(1_000_000); // 11,000,000 characters, 33 MB of UTF-8 inside JSON
    writeFileSync(file, `${JSON.stringify({ id: 'big', text: big })}\n{"id":"after","text":"5月1日"}\n`);
    const got: Task[] = [];
    for await (const t of tasks([file], { input: 'jsonl', exts: [] })) got.push(t);
    expect(got.map((t) => [t.id, t.ok])).toEqual([['big', true], ['after', true]]);
    expect(got[0]?.ok && got[0].text.length).toBe(11_000_000);
  });
});

describe('long lines', () => {
  test('a 50 MB file with no punctuation and no line break is read and decoded whole', async () => {
    const file = path.join(tmp, 'line.txt');
    writeFileSync(file, '中'.repeat(17_500_000)); // 52.5 MB of UTF-8
    const t = await readTextTask(file, { input: 'text', exts: [] });
    expect(t.ok && [t.text.length, t.encoding]).toEqual([17_500_000, 'utf-8']);
  });

  test('a 200,000-character line with no punctuation: a valid result, spans slice back', () => {
    const text = '市委书记张三在会议上讲话强调要推进工作'.repeat(10_000);
    const r = extract(text);
    expect(schemaErrors(JSON.parse(JSON.stringify(r)))).toBeNull();
    for (const f of FIELDS) for (const item of r[f] ?? []) {
      const surface = 'name' in item ? item.name : item.text;
      for (const [s, e] of item.spans) expect(text.slice(s, e)).toBe(surface);
    }
  });
});

describe('a damaged install: missing or malformed dictionary', () => {
  // A copy of the built package, so the real dict/ is never touched.
  function copyInstall(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'tifa-install-'));
    for (const p of ['bin', 'dist', 'dict', 'package.json']) cpSync(path.join(ROOT, p), path.join(dir, p), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    return dir;
  }
  const sample = path.join(ENC, 'simplified.utf8.txt');

  test('a malformed line: every input fails with E_DICT_FORMAT naming file:line, no abort, exit 1', () => {
    const dir = copyInstall();
    try {
      const dict = path.join(dir, 'dict', 'dates.txt');
      const raw = readFileSync(dict, 'utf8');
      const content = raw.endsWith('\n') ? raw : `${raw}\n`;
      const lineNo = content.split('\n').length; // "a\nb\n" + the new line: line 3
      writeFileSync(dict, `${content}\tcolumn one is empty\n`);
      const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'tifa.js'), 'extract', sample, sample, '--format', 'jsonl', '-j', '1'], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      const out = lines(r.stdout);
      expect(out).toHaveLength(2);
      for (const o of out) {
        expect(o.error?.code).toBe('E_DICT_FORMAT');
        expect(o.error?.message).toContain(`${dict}:${lineNo}: empty first column`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a missing file: E_DICT_MISSING naming it, no abort, exit 1', () => {
    const dir = copyInstall();
    try {
      const dict = path.join(dir, 'dict', 'dates.txt');
      rmSync(dict);
      const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'tifa.js'), 'extract', sample, '--format', 'json', '-j', '1'], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      const o = JSON.parse(r.stdout) as Out;
      expect(o.error?.code).toBe('E_DICT_MISSING');
      expect(o.error?.message).toContain(dict);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
