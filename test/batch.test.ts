/**
 * Folders and workers: a stable walk order, byte-identical output for any --jobs (workers forced with
 * TIFA_WORKERS_ONLY so a small corpus really goes through worker threads), a failing file becomes
 * an error record in its place and the run goes on.
 */
import { describe, expect, test, beforeAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli, schemaErrors, type ExecResult } from './helpers.js';

// Sentences written for this test (not taken from any corpus).
const ARTICLES: Record<string, string> = {
  'b/02-meeting.txt': '省政府召开常务会议\n3月5日，省长王建国主持召开省政府常务会议，研究部署春耕生产工作。\n会议强调，要坚持稳中求进工作总基调。',
  'b/01-visit.txt': '市委书记李明到高新区调研\n李明指出，要全面贯彻新发展理念，推动高质量发展。',
  'a/zz-last.txt': '县长赵小红走访慰问困难群众，送去米面油等生活物资。',
  'a/sub/03-deep.txt': '2021年4月8日，国务院新闻办公室举行新闻发布会。',
  'c.txt': '乡村振兴战略全面推进，各地持续巩固拓展脱贫攻坚成果。',
  'ignored.md': '不是 .txt，不应读取。',
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tifa-batch-'));
  for (const [rel, text] of Object.entries(ARTICLES)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  // A binary file between two articles in walk order: it must fail alone, in its place.
  writeFileSync(path.join(dir, 'b', '015-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
});

const WALK_ORDER = ['a/sub/03-deep.txt', 'a/zz-last.txt', 'b/01-visit.txt', 'b/015-binary.txt', 'b/02-meeting.txt', 'c.txt'];

describe('folder runs', () => {
  let runs: Record<string, ExecResult>;
  beforeAll(() => {
    runs = {
      j1: runCli(['extract', dir, '--format', 'jsonl', '--jobs', '1']),
      j2: runCli(['extract', dir, '--format', 'jsonl', '--jobs', '2'], { env: { TIFA_WORKERS_ONLY: '1' } }),
      j3: runCli(['extract', dir, '--format', 'jsonl', '--jobs', '3'], { env: { TIFA_WORKERS_ONLY: '1' } }),
      mixed: runCli(['extract', dir, '--format', 'jsonl', '--jobs', '2']),
    };
  });

  test('every .txt below the folder, in code-point order of the path, one line each', () => {
    const lines = runs.j1!.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { source: string });
    expect(lines.map((l) => path.relative(dir, l.source).split(path.sep).join('/'))).toEqual(WALK_ORDER);
  });

  test('the binary file is an error record in its place; the others succeed; exit 1', () => {
    const r = runs.j1!;
    expect(r.exitCode).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[3]).toMatchObject({ error: { code: 'E_INPUT_BINARY' } });
    for (const [i, l] of lines.entries()) {
      if (i !== 3) expect(l).not.toHaveProperty('error');
      expect(schemaErrors(l)).toBeNull();
    }
    expect(r.stderr).toMatch(/015-binary\.txt.*binary/);
  });

  test('byte-identical output and stderr for --jobs 1, 2, 3 (worker threads) and the mixed default', () => {
    for (const k of ['j2', 'j3', 'mixed']) {
      expect(runs[k]!.stdout).toBe(runs.j1!.stdout);
      expect(runs[k]!.stderr).toBe(runs.j1!.stderr);
      expect(runs[k]!.exitCode).toBe(1);
    }
  });

  test('the work is really done: the governor and the date are found in worker output', () => {
    const meeting = runs.j3!.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { source: string; officials?: { name: string }[]; dates?: { text: string }[] })[4]!;
    expect(meeting.source).toMatch(/02-meeting\.txt$/);
    expect(meeting.officials?.map((o) => o.name)).toContain('王建国');
    expect(meeting.dates?.map((d) => d.text)).toContain('3月5日');
  });
});

describe('--jobs is validated', () => {
  test.each([['0'], ['two'], ['-1'], ['1.5']])('--jobs %s is a usage error (exit 2)', (bad) => {
    const r = runCli(['extract', '--jobs', bad, '--format', 'jsonl'], { input: '' });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/--jobs/);
  });
});

describe('no progress bar when stderr is not a terminal', () => {
  test('stderr carries only the error message', () => {
    const r = runCli(['extract', dir, '--format', 'jsonl', '--jobs', '1']);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/MB\/s|ETA|\u001b\[/);
  });
});
