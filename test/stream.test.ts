/**
 * The JSON Lines filter (`extract --input jsonl --format jsonl`) as Hadoop Streaming, Spark
 * RDD.pipe and GNU parallel --pipe use it: results come out while stdin is still open, in input
 * order, and sharded runs concatenated equal one run.
 */
import { describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { BIN, ROOT, runCli } from './helpers.js';

// Records written for this test (not taken from any corpus).
const TEXTS = [
  '市长张伟主持召开市政府常务会议，研究部署安全生产工作。',
  '4月12日，区委书记刘芳到街道社区检查疫情防控工作。',
  '会议要求，坚决守住不发生规模性返贫的底线。',
  '省委常委、组织部部长陈刚出席会议并讲话。',
  '2022年3月1日起，新修订的条例正式施行。',
  '副县长孙丽一行深入田间地头，了解春耕备耕情况。',
  '推进乡村振兴，建设宜居宜业和美乡村。',
  '镇党委书记周强表示，将持续优化营商环境。',
];
const records = TEXTS.map((text, i) => JSON.stringify({ id: `r${i}`, text, ...(i % 3 === 0 ? { ref_date: '2022-04-20' } : {}) }));
const jsonl = (rs: string[]) => `${rs.join('\n')}\n`;

/** Starts the filter; `nextLine()` resolves with the next stdout line (rejects after the timeout). */
function startFilter(args: string[]) {
  const child = spawn(process.execPath, [BIN, 'extract', '--input', 'jsonl', '--format', 'jsonl', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
  let buf = '';
  const lines: string[] = [];
  let wake: (() => void) | null = null;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d: string) => {
    buf += d;
    let i: number;
    while ((i = buf.indexOf('\n')) >= 0) {
      lines.push(buf.slice(0, i));
      buf = buf.slice(i + 1);
    }
    wake?.();
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let closed = false;
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => ((closed = true), resolve(code))));
  const nextLine = async (timeoutMs = 45_000): Promise<string> => {
    const deadline = Date.now() + timeoutMs;
    while (!lines.length) {
      if (closed) throw new Error(`tifa exited before writing a line; stderr: ${stderr}`);
      if (Date.now() > deadline) throw new Error(`no output line before the timeout; stderr so far: ${stderr}`);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 200);
      });
    }
    return lines.shift()!;
  };
  return { child, nextLine, exited, stderr: () => stderr };
}

describe('incremental output', () => {
  test.each([['1'], ['2']])('--jobs %s: each result appears on stdout before stdin is closed', async (jobs) => {
    const f = startFilter(['--jobs', jobs]);
    f.child.stdin.write(`${records[0]}\n`);
    const first = JSON.parse(await f.nextLine()) as { id: string };
    expect(first.id).toBe('r0');
    expect(f.child.exitCode).toBeNull(); // still running: stdin is open
    f.child.stdin.write(`${records[1]}\n`);
    expect((JSON.parse(await f.nextLine()) as { id: string }).id).toBe('r1');
    f.child.stdin.end();
    expect(await f.exited).toBe(0);
  });
});

describe('order and shards', () => {
  test('results keep the input order with three threads racing (workers forced)', () => {
    const many = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `m${i}`, text: TEXTS[i % TEXTS.length]!.repeat(1 + (i % 5) * 20) }));
    const r = runCli(['extract', '--input', 'jsonl', '--format', 'jsonl', '--jobs', '3'], { input: jsonl(many), env: { TIFA_WORKERS_ONLY: '1' } });
    expect(r.exitCode).toBe(0);
    const ids = r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(many.map((_, i) => `m${i}`));
    const one = runCli(['extract', '--input', 'jsonl', '--format', 'jsonl', '--jobs', '1'], { input: jsonl(many) });
    expect(r.stdout).toBe(one.stdout);
  });

  test('three shards run separately and concatenated equal one run (source aside: it numbers lines within each stream)', () => {
    const whole = runCli(['extract', '--input', 'jsonl', '--format', 'jsonl', '--jobs', '1'], { input: jsonl(records) });
    const shards = [records.slice(0, 3), records.slice(3, 5), records.slice(5)];
    const parts = shards.map((s, k) => runCli(['extract', '--input', 'jsonl', '--format', 'jsonl', '--jobs', String(1 + (k % 2))], { input: jsonl(s) }));
    for (const p of parts) expect(p.exitCode).toBe(0);
    const strip = (out: string) => out.trimEnd().split('\n').map((l) => {
      const { source, ...rest } = JSON.parse(l) as { source: string };
      expect(source).toMatch(/^<stdin>:\d+$/);
      return JSON.stringify(rest);
    });
    const concatenated = parts.map((p) => p.stdout).join('');
    expect(strip(concatenated)).toEqual(strip(whole.stdout));
    expect(strip(whole.stdout)).toHaveLength(records.length);
  });

  test('a bad line in the stream is an error record in its place; the stream goes on; exit 1', () => {
    const input = jsonl([records[0]!, '{"id": "broken", "text": ', records[1]!]);
    const r = runCli(['extract', '--input', 'jsonl', '--format', 'jsonl', '--jobs', '2'], { input });
    expect(r.exitCode).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string | null; error?: { code: string } });
    expect(lines.map((l) => l.id)).toEqual(['r0', null, 'r1']);
    expect(lines[1]!.error?.code).toBe('E_RECORD_JSON');
  });
});

describe('a reader that stops early (| head)', () => {
  test('tifa ends quietly with status 141, no EPIPE stack trace', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => JSON.stringify({ id: `h${i}`, text: TEXTS[i % TEXTS.length] }));
    const f = startFilter(['--jobs', '2']);
    f.child.stdin.on('error', () => undefined); // tifa may be gone before all input is written
    f.child.stdin.end(jsonl(many));
    await f.nextLine();
    f.child.stdout.destroy();
    expect(await f.exited).toBe(141);
    expect(f.stderr()).not.toMatch(/EPIPE|at .*\.js:\d+/);
  });
});
