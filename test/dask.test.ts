// bin/tifa-dask on a real Dask cluster: a scheduler and two workers on 127.0.0.1 (free ports), runs
// compared byte for byte with one `tifa extract --input jsonl --format jsonl` process, a worker
// SIGKILLed mid-run, and a check that no process of the cluster or its tifa children is left.
// Needs a Python with Dask distributed (Debian: python3-distributed); skipped, saying so, without.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BIN, ROOT, SAMPLE } from './helpers.js';

const TIFA_DASK = path.join(ROOT, 'bin', 'tifa-dask');

/** The first Python that can `import distributed`: $TIFA_DASK_PYTHON, python3 on PATH, Debian's. */
function findDaskPython(): string | null {
  for (const py of [process.env.TIFA_DASK_PYTHON, 'python3', '/usr/bin/python3']) {
    if (py && spawnSync(py, ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0) return py;
  }
  return null;
}
const PY = findDaskPython();
if (!PY) console.warn('dask.test.ts: SKIPPED — no Python can `import distributed` (apt-get install python3-distributed, or set TIFA_DASK_PYTHON)');

// ---------------------------------------------------------------- test records

// Sentences written for these tests (not taken from ../shared), mixed by a seeded generator.
const SENTENCES = [
  '3月12日上午，省委书记王建国在西安主持召开省委常委会会议。',
  '国务院副总理刘长青一行到河北省石家庄市调研春耕备耕工作。',
  '市委副书记、市长赵明远出席开工仪式并宣布项目开工。',
  '会议强调，要坚持以人民为中心的发展思想，推动高质量发展。',
  '2023年4月8日，县人民政府召开常务会议，研究部署安全生产工作。',
  '江苏省南京市玄武区人民法院依法公开审理了这起案件。',
  '昨天下午，区委书记陈立华带队检查了防汛准备情况。',
  '全面从严治党永远在路上，要持之以恒正风肃纪。',
  '省生态环境厅厅长孙海涛介绍了大气污染防治的进展。',
  '本报记者 周文斌 通讯员 李晓燕',
  '中共中央政治局常委、国务院总理主持召开国务院常务会议。',
  '广东省深圳市南山区科技园内，一批新项目集中签约。',
  '上周五，市纪委监委通报了三起违反中央八项规定精神问题。',
  '国家发展和改革委员会有关负责人就稳增长政策答记者问。',
  '5月20日至22日，全国人大常委会执法检查组在四川省开展检查。',
  '副省长周国强强调，要牢固树立安全发展理念，压实各方责任。',
  '（责任编辑：吴晓梅）',
  '中国人民银行宣布下调金融机构存款准备金率0.25个百分点。',
  '县委常委、宣传部部长郑丽出席活动并讲话。',
  '去年12月，浙江省杭州市西湖区召开了优化营商环境推进会。',
];

/**
 * Lines where pairing records with results is easy to get wrong: each must give exactly one result
 * (or none, when JavaScript's trim() empties it) in the same place as in a single tifa run.
 */
const AWKWARD = [
  'not json at all',
  '{"id":"no-text"}',
  '{"id":42,"text":"2022年1月1日，市长在会上讲话。","ref_date":"2022-01-03"}',
  '{"id":"quote\\"and\\\\slash","text":"省委书记在北京\u2028开会。"}',
  '\x1c', // blank to Python's isspace(), not to JavaScript's trim(): tifa reports bad JSON
  '\ufeff', // the reverse: trim() removes a lone BOM, so tifa skips the line
  '\u3000 \t',
  '',
  '[1,2,3]',
  '{"id":"bad-date","text":"今天","ref_date":"2022/01/01"}',
];

/** mulberry32: the same records on every run and machine. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** JSON Lines with `count` records, a BOM, mixed \n, \r\n and lone \r endings, awkward lines sprinkled in. */
function datasetText(count: number, seed: number): string {
  const random = seeded(seed);
  const sample = readFileSync(SAMPLE, 'utf8');
  const endings = ['\n', '\n', '\n', '\r\n', '\r'];
  let out = '\ufeff';
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(random() * 6);
    const text = i % 40 === 7 ? sample : Array.from({ length: n }, () => SENTENCES[Math.floor(random() * SENTENCES.length)]).join('');
    const record: Record<string, string> = { id: `r${i}`, text };
    if (i % 9 === 0) record.ref_date = `2024-${String(1 + (i % 12)).padStart(2, '0')}-15`;
    out += JSON.stringify(record) + endings[Math.floor(random() * endings.length)];
    if (i % 97 === 13) out += AWKWARD[Math.floor(i / 97) % AWKWARD.length] + '\n';
  }
  return out;
}

// ---------------------------------------------------------------- processes

const MARK = `tifa-dask-test-${process.pid}-${Date.now()}`;
/** Every process started here (and their children: Dask workers, tifa) carries MARK in its environment. */
const ENV = { ...process.env, TIFA_DASK_TEST_MARK: MARK, PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? ''}` };

/** Pids of live processes whose environment holds MARK (Linux /proc), so strays can be found and reported. */
function markedPids(): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').includes(`TIFA_DASK_TEST_MARK=${MARK}`)) found.push(Number(entry));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(what: string, probe: () => T | null | undefined | false, ms = 60_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const got = probe();
    if (got) return got;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

interface Started { child: ChildProcess; log: () => string; exited: Promise<number | null> }

function start(cmd: string, args: string[]): Started {
  const child = spawn(cmd, args, { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, log: () => log, exited };
}

/** SIGTERM, then SIGKILL if it is still there after `graceMs`. */
async function stop(p: Started, graceMs = 8_000): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return;
  p.child.kill('SIGTERM');
  const timer = setTimeout(() => p.child.kill('SIGKILL'), graceMs);
  await p.exited;
  clearTimeout(timer);
}

/** Runs a command to completion with stdin from a file; stdout and stderr as text. */
function run(cmd: string, args: string[], opts: { stdinFile?: string; onStderr?: (text: string) => void } = {}) {
  return new Promise<{ code: number | null; stdout: Buffer; stderr: string }>((resolve) => {
    const child = spawn(cmd, args, { env: ENV, stdio: [opts.stdinFile ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    if (opts.stdinFile) child.stdin!.end(readFileSync(opts.stdinFile));
    const out: Buffer[] = [];
    let err = '';
    child.stdout!.on('data', (d: Buffer) => out.push(d));
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString('utf8');
      opts.onStderr?.(err);
    });
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: err }));
  });
}

/** `source` of every output line: which input line each result answers. */
const sourcesOf = (jsonl: Buffer) => jsonl.toString('utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { source: string }).source);

// ---------------------------------------------------------------- tests

// Stands in for tifa to make it misbehave on cue: answers like tifa ({"id","source":"<stdin>:N",…}),
// exits on a record saying POISON, exits on FLAKY only the first time (a marker file remembers), loops
// forever on HANG, and skips SKIP without an answer (as tifa skips a blank line), so the next answer
// is out of step. Each answer carries the pid, so replaced processes show.
const FAKE_TIFA = `
if (process.argv.includes('--help')) process.exit(0);
const fs = require('node:fs');
let n = 0;
require('node:readline').createInterface({ input: process.stdin, crlfDelay: Infinity }).on('line', (line) => {
  n++;
  if (line.trim() === '') return;
  const rec = JSON.parse(line);
  if (rec.text === 'POISON') process.exit(3);
  if (rec.text === 'FLAKY' && !fs.existsSync(__dirname + '/flaky-seen')) { fs.writeFileSync(__dirname + '/flaky-seen', ''); process.exit(4); }
  if (rec.text === 'HANG') for (;;);
  if (rec.text === 'SKIP') return;
  process.stdout.write(JSON.stringify({ id: rec.id, source: '<stdin>:' + n, pid: process.pid, text: rec.text }) + '\\n');
});
`;

describe.skipIf(!PY)('bin/tifa-dask on a Dask cluster (scheduler + 2 workers on 127.0.0.1)', () => {
  let dir = '';
  let input = '';
  let scheduler: Started | undefined;
  const workers: Started[] = [];
  let address = '';
  let reference: { code: number | null; stdout: Buffer };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tifa-dask-'));
    input = path.join(dir, 'records.jsonl');
    const schedulerFile = path.join(dir, 'scheduler.json');
    writeFileSync(input, datasetText(2400, 7));
    // Free ports: port 0 everywhere, and the scheduler writes the address it got to a file.
    scheduler = start(PY!, ['-m', 'distributed.cli.dask_scheduler', '--host', '127.0.0.1', '--port', '0',
      '--dashboard-address', '127.0.0.1:0', '--scheduler-file', schedulerFile]);
    address = await waitFor('the scheduler file', () => existsSync(schedulerFile) && (JSON.parse(readFileSync(schedulerFile, 'utf8')) as { address: string }).address);
    for (const name of ['w1', 'w2']) {
      // --no-nanny: the worker is this very process, so killing it kills the worker (no restart).
      workers.push(start(PY!, ['-m', 'distributed.cli.dask_worker', address, '--host', '127.0.0.1', '--nthreads', '1',
        '--no-nanny', '--dashboard-address', '127.0.0.1:0', '--name', name, '--local-directory', dir]));
    }
    await waitFor('two workers', () => workers.every((w) => w.log().includes('Registered to:')));
    const single = await run(process.execPath, [BIN, 'extract', '--input', 'jsonl', '--format', 'jsonl', input]);
    reference = { code: single.code, stdout: single.stdout };
  }, 120_000);

  afterAll(async () => {
    for (const w of workers) await stop(w);
    if (scheduler) await stop(scheduler);
    const strays = await waitFor('the cluster and its tifa processes to exit', () => markedPids().length === 0 || null, 15_000).catch(() => null);
    const left = markedPids();
    for (const pid of left) process.kill(pid, 'SIGKILL');
    if (dir) rmSync(dir, { recursive: true, force: true });
    expect(strays, `processes left running: ${left.join(', ')}`).toBe(true);
  }, 60_000);

  it('the reference run is a real one: every record answered, the good ones extracted', () => {
    const lines = reference.stdout.toString('utf8').split('\n').filter(Boolean);
    // 2,400 records + 25 awkward lines (k = 0…24 cycling through AWKWARD), of which the 6 that trim()
    // empties ('\ufeff', '\u3000 \t', '' at k = 5, 6, 7, 15, 16, 17) are skipped; the 6 good ones
    // (id 42 and the quoted id, at k = 2, 3, 12, 13, 22, 23) are extracted like the 2,400.
    expect(lines.length).toBe(2400 + 25 - 6);
    expect(lines.filter((l) => l.includes('"officials":')).length).toBe(2400 + 6);
    expect(reference.code).toBe(1);
  });

  it('tifa answers each record the same whatever it processed before (what partitioning relies on)', async () => {
    // The records backwards through one tifa, against the reference run (forwards): a result that
    // depends on the records before it cannot survive being split into partitions.
    const byId = (jsonl: Buffer) => new Map(jsonl.toString('utf8').split('\n').filter(Boolean).map((l) => {
      const { source: _source, ...rest } = JSON.parse(l) as { id: string | null; source: string };
      return [rest.id, JSON.stringify(rest)] as const;
    }).filter(([id]) => /^r\d+$/.test(id ?? '')));
    const lines = readFileSync(input, 'utf8').replace(/^\ufeff/, '').split(/\r\n|\n|\r/).filter((l) => l.startsWith('{"id":"r'));
    const backwardsFile = path.join(dir, 'backwards.jsonl');
    writeFileSync(backwardsFile, lines.reverse().join('\n') + '\n');
    const backwards = byId((await run(process.execPath, [BIN, 'extract', '--input', 'jsonl', '--format', 'jsonl', backwardsFile])).stdout);
    const forwards = byId(reference.stdout);
    const differing = [...forwards.keys()].filter((id) => forwards.get(id) !== backwards.get(id));
    expect(forwards.size).toBe(2400);
    expect(differing, `results that depend on the records processed before them: ${differing.slice(0, 5).join(', ')}`).toEqual([]);
  }, 60_000);

  it('gives byte for byte the output of one tifa process, and the same exit status', async () => {
    const out = path.join(dir, 'dask.jsonl');
    const r = await run(PY!, [TIFA_DASK, '--scheduler', address, '--partition-size', '50', '-o', out, input]);
    expect(r.stderr).toMatch(/done: \d+ records/);
    expect(readFileSync(out).equals(reference.stdout)).toBe(true);
    expect(r.code).toBe(reference.code);
  }, 120_000);

  it('loses a worker mid-run (SIGKILL) and still answers every record exactly once, in order', async () => {
    const victim = workers[1]!;
    let killedWhileRunning = false;
    const r = await run(PY!, [TIFA_DASK, '--scheduler', address, '--partition-size', '20', '--progress-interval', '0', '-'], {
      stdinFile: input,
      onStderr: (text) => {
        // After the first partition is back, most of the 120 partitions are still queued or running.
        if (!killedWhileRunning && / records, /.test(text) && victim.child.exitCode === null) {
          killedWhileRunning = victim.child.kill('SIGKILL');
        }
      },
    });
    expect(killedWhileRunning).toBe(true);
    await victim.exited;
    expect(r.stderr).toContain('lost worker');
    expect(r.stderr).not.toContain('E_PARTITION_FAILED');
    // From stdin the sources read "<stdin>:N"; otherwise the output is the file run's.
    const expected = reference.stdout.toString('utf8').split(input).join('<stdin>');
    const sources = sourcesOf(r.stdout);
    expect(new Set(sources).size).toBe(sources.length);
    expect(r.stdout.toString('utf8')).toBe(expected);
    expect(r.code).toBe(reference.code);
  }, 120_000);

  it('turns a record that kills tifa twice or hangs into an error record, retries one that killed it once, and keeps the rest', async () => {
    const fake = path.join(dir, 'fake-tifa.cjs'); // its marker file goes beside it
    writeFileSync(fake, FAKE_TIFA);
    const texts = Array.from({ length: 30 }, (_, i) => (i === 9 ? 'POISON' : i === 14 ? 'FLAKY' : i === 19 ? 'HANG' : i === 24 ? 'SKIP' : `t${i}`));
    const fakeInput = path.join(dir, 'fake.jsonl');
    writeFileSync(fakeInput, texts.map((t, i) => JSON.stringify({ id: `f${i}`, text: t })).join('\n') + '\n');
    const r = await run(PY!, [TIFA_DASK, '--scheduler', address, '--record-timeout', '3', '-q', '--tifa-command', `${process.execPath} ${fake}`, fakeInput]);
    const out = r.stdout.toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; source: string; pid?: number; error?: { code: string; message: string } });
    expect(out.map((o) => o.id)).toEqual(texts.map((_, i) => `f${i}`));
    expect(out.map((o) => o.source)).toEqual(texts.map((_, i) => `${fakeInput}:${i + 1}`));
    expect(out[9]!.error).toEqual({ code: 'E_TIFA_CRASHED', message: `${fakeInput}:10: this record made tifa exit (exit 3)` });
    expect(out[14]!.error).toBeUndefined(); // FLAKY: the retry alone succeeded
    expect(out[19]!.error).toEqual({ code: 'E_TIFA_TIMEOUT', message: `${fakeInput}:20: this record took longer than 3s` });
    // SKIP's neighbour answered in its place: caught, the process replaced, SKIP retried alone (silence)
    expect(out[24]!.error).toEqual({ code: 'E_TIFA_TIMEOUT', message: `${fakeInput}:25: this record took longer than 3s` });
    expect(out[25]).toMatchObject({ id: 'f25', text: 't25' });
    expect(out.filter((o) => o.error).length).toBe(3);
    // A answers up to POISON; B, given POISON alone, dies too; C answers up to FLAKY; D answers FLAKY
    // alone and goes on to HANG, where it is killed; E up to SKIP; F (SKIP alone) is silent; G the rest.
    expect(new Set(out.map((o) => o.pid).filter(Boolean)).size).toBe(5);
    expect(r.code).toBe(1);
  }, 120_000);
});

describe.skipIf(!PY)('bin/tifa-dask --local', () => {
  it('starts its own two-worker cluster, run by its shebang, and leaves no process behind', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tifa-dask-local-'));
    const input = path.join(dir, 'small.jsonl');
    writeFileSync(input, datasetText(150, 11));
    const single = await run(process.execPath, [BIN, 'extract', '--input', 'jsonl', '--format', 'jsonl', input]);
    const r = await run(TIFA_DASK, ['--local', '2', '--partition-size', '40', '--quiet', input]);
    expect(r.stdout.equals(single.stdout)).toBe(true);
    expect(r.code).toBe(single.code);
    expect(r.stderr).toBe('');
    expect(await waitFor('the local cluster to exit', () => markedPids().length === 0 || null, 15_000).catch(() => false)).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
