#!/usr/bin/env node
/**
 * Dask overhead (issue 10): the same JSON Lines corpus through
 *   1. one tifa process, `--jobs 1`
 *   2. one tifa process, `--jobs 2` (issue 7's worker threads; reported as missing if this tifa has no --jobs)
 *   3. `bin/tifa-dask --local 2`: a local Dask cluster of two worker processes, one long-lived tifa each
 *   4. `bin/tifa-dask --local 2` on an empty input: what starting and stopping the cluster costs
 * and prints medians of wall time and CPU time (user+sys of the whole process tree, from bash's
 * `times`, which a busy machine disturbs less), records/s, the overhead ratio dask / --jobs 2 with
 * and without the cluster start, and whether every output is byte-identical to run 1's.
 * The corpus (~5 MB, built at run time under /tmp, never committed) is the sample article's
 * paragraphs regrouped into articles of 4–24 paragraphs.
 * Usage: node test/bench/dask.mjs [--runs 3] [--records 1000] [--partition-size 500]   (after `npm run build`)
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(ROOT, 'bin', 'tifa.js');
const TIFA_DASK = path.join(ROOT, 'bin', 'tifa-dask');
const TMP = '/tmp/tifa-bench-dask';
const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const RUNS = Number(arg('--runs', '3'));
const RECORDS = Number(arg('--records', '1000'));
const PARTITION = arg('--partition-size', '500');

/** The first Python that can `import distributed` (as test/dask.test.ts finds it). */
function daskPython() {
  for (const py of [process.env.TIFA_DASK_PYTHON, 'python3', '/usr/bin/python3']) {
    if (py && spawnSync(py, ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0) return py;
  }
  return null;
}

function buildCorpus(file) {
  const paragraphs = readFileSync(path.join(ROOT, 'samples', 'linfen-epidemic-inspection.txt'), 'utf8')
    .split('\n').map((s) => s.trim()).filter(Boolean);
  const lines = [];
  for (let n = 0; n < RECORDS; n++) {
    const size = 4 + ((n * 7) % 21);
    const body = Array.from({ length: size }, (_, k) => paragraphs[(n * 3 + k * 5) % paragraphs.length]);
    lines.push(JSON.stringify({ id: `d${n}`, text: body.join('\n'), ref_date: `2022-0${1 + (n % 9)}-1${n % 10}` }));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/** Runs a command under bash, stdout to a file; wall seconds, CPU seconds of the process tree, output hash. */
function measure(cmd, out) {
  const script = `"$@" > ${JSON.stringify(out)} 2> ${JSON.stringify(`${out}.err`)}; code=$?; times; exit $code`;
  const t0 = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', script, 'bash', ...cmd], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} exited ${r.status}: ${readFileSync(`${out}.err`, 'utf8').slice(0, 400)}`);
  // `times` prints the shell's own user/sys, then its children's: "0m2.887s 0m0.209s"
  const [user, sys] = (r.stdout.trim().split('\n').pop() ?? '').split(' ').map((t) => {
    const m = /(\d+)m([\d.]+)s/.exec(t);
    return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  });
  return { wall, cpu: user + sys, hash: createHash('sha256').update(readFileSync(out)).digest('hex') };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function main() {
  const py = daskPython();
  if (!py) {
    console.log('dask: skipped — no Python can `import distributed` (apt-get install python3-distributed)');
    return;
  }
  mkdirSync(TMP, { recursive: true });
  const corpus = path.join(TMP, `corpus-${RECORDS}.jsonl`);
  buildCorpus(corpus);
  const empty = path.join(TMP, 'empty.jsonl');
  writeFileSync(empty, '');
  const mb = statSync(corpus).size / 1e6;
  const hasJobs = spawnSync(process.execPath, [BIN, 'extract', '--help'], { encoding: 'utf8' }).stdout.includes('--jobs');
  const tifa = (jobs) => [process.execPath, BIN, 'extract', '--input', 'jsonl', '--format', 'jsonl', ...(hasJobs ? ['--jobs', String(jobs)] : []), corpus];
  const configs = [
    { name: hasJobs ? 'tifa --jobs 1' : 'tifa (one process)', cmd: tifa(1) },
    ...(hasJobs ? [{ name: 'tifa --jobs 2', cmd: tifa(2) }] : []),
    { name: 'tifa-dask --local 2', cmd: [py, TIFA_DASK, '--local', '2', '--partition-size', PARTITION, '-q', corpus] },
    { name: 'tifa-dask start+stop only', cmd: [py, TIFA_DASK, '--local', '2', '-q', empty], empty: true },
  ];
  console.log(`dask: ${RECORDS} records, ${mb.toFixed(1)} MB, ${RUNS} runs each (medians); ${availableParallelism()} cores, load ${loadavg()[0].toFixed(1)}`);
  if (!hasJobs) console.log('dask: this tifa has no --jobs (issue 7 not merged): comparing with one process only');
  const results = new Map();
  for (let run = 0; run < RUNS; run++) {
    for (const c of configs) {
      const m = measure(c.cmd, path.join(TMP, `out-${configs.indexOf(c)}.jsonl`));
      const got = results.get(c.name) ?? { walls: [], cpus: [], hashes: new Set(), empty: c.empty };
      got.walls.push(m.wall);
      got.cpus.push(m.cpu);
      got.hashes.add(m.hash);
      results.set(c.name, got);
    }
  }
  const reference = [...results.values()][0].hashes;
  console.log(`${'run'.padEnd(28)}${'wall s'.padStart(8)}${'CPU s'.padStart(8)}${'records/s'.padStart(11)}${'MB/s'.padStart(7)}  output = ${configs[0].name}`);
  for (const [name, r] of results) {
    const wall = median(r.walls);
    const same = r.empty ? '' : r.hashes.size === 1 && reference.size === 1 && [...r.hashes][0] === [...reference][0] ? 'identical' : 'DIFFERS';
    const rate = r.empty ? '' : (RECORDS / wall).toFixed(0);
    const mbs = r.empty ? '' : (mb / wall).toFixed(2);
    console.log(`${name.padEnd(28)}${wall.toFixed(2).padStart(8)}${median(r.cpus).toFixed(2).padStart(8)}${rate.padStart(11)}${mbs.padStart(7)}  ${same}`);
  }
  const base = results.get(configs[1].name);
  const dask = results.get('tifa-dask --local 2');
  const start = median(results.get('tifa-dask start+stop only').walls);
  const overall = median(dask.walls) / median(base.walls);
  const steady = (median(dask.walls) - start) / median(base.walls);
  console.log(`overhead ratio (tifa-dask --local 2 / ${configs[1].name}): ${overall.toFixed(2)}× wall, ${(median(dask.cpus) / median(base.cpus)).toFixed(2)}× CPU; ` +
    `${steady.toFixed(2)}× wall without the ${start.toFixed(1)} s cluster start+stop`);
}

main();
