#!/usr/bin/env node
// Start-up benchmark (issue 9): one article, `--help`, and nodejieba's own default load, timed in the
// same run, interleaved round-robin so machine noise hits all of them alike; medians are compared.
//
//   npm run bench:startup [-- --runs N] [-- --no-quality] [-- --strict]
//
// Then, unless --no-quality: segmentation (SIGHAN 2005 PKU word F1, test/bench/sighan.mjs) and
// extraction (dev corpus F1 per field, ../shared/tools/score.mjs) with tifa's lean main dictionary
// and with nodejieba's full one (TIFA_JIEBA_DICT=full), side by side: "no loss of quality".
// Each child reports its CPU time and peak RSS (process.resourceUsage()) through a preloaded hook.
// --strict exits 1 when an acceptance target is missed (timing is noisy on a shared machine).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = path.resolve(ROOT, '..', 'shared');
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = Math.max(5, runsArg >= 0 ? Number(args[runsArg + 1]) : 7);
const TIFA = path.join(ROOT, 'bin', 'tifa.js');
const SAMPLE = path.join(ROOT, 'samples', 'linfen-epidemic-inspection.txt');

const commands = [
  { key: 'jieba', label: `node -e "require('nodejieba').load()"`, argv: ['-e', "require('nodejieba').load()"] },
  { key: 'extract', label: 'tifa extract <sample> --format json', argv: [TIFA, 'extract', SAMPLE, '--format', 'json'] },
  { key: 'nosubset', label: 'tifa extract <sample> (TIFA_JIEBA_SUBSET=0: jieba loads its whole lean dictionary)', argv: [TIFA, 'extract', SAMPLE, '--format', 'json'], env: { TIFA_JIEBA_SUBSET: '0' } },
  { key: 'nothread', label: 'tifa extract <sample> (TIFA_SEGMENTER_THREAD=0: jieba loads in the main thread)', argv: [TIFA, 'extract', SAMPLE, '--format', 'json'], env: { TIFA_SEGMENTER_THREAD: '0' } },
  { key: 'help', label: 'tifa --help', argv: [TIFA, '--help'] },
  { key: 'version', label: 'tifa --version', argv: [TIFA, '--version'] },
  { key: 'only', label: 'tifa extract <sample> --only dates', argv: [TIFA, 'extract', SAMPLE, '--format', 'json', '--only', 'dates'] },
  { key: 'full', label: 'tifa extract <sample> (TIFA_JIEBA_DICT=full)', argv: [TIFA, 'extract', SAMPLE, '--format', 'json'], env: { TIFA_JIEBA_DICT: 'full' } },
];

function runOnce(cmd, extraArgs = []) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...extraArgs, ...cmd.argv], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...cmd.env },
    maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd.label} exited with ${r.status}: ${r.stderr}`);
  return { seconds, stderr: r.stderr };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// Each child reports its own CPU time (user + system) and peak RSS when it exits: CPU time is far
// less disturbed than wall time by other work on a shared machine.
const dir = mkdtempSync(path.join(tmpdir(), 'tifa-startup-'));
const usageHook = path.join(dir, 'usage.cjs');
// Peak RSS is VmHWM where Linux has it: getrusage's maxRSS carries the forking parent's RSS across exec.
writeFileSync(usageHook, "process.on('exit', () => { const u = process.resourceUsage(); let kb = u.maxRSS; try { kb = Number(/VmHWM:\\s*(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1]); } catch {} process.stderr.write(`\\nTIFA_USAGE ${u.userCPUTime + u.systemCPUTime} ${kb}\\n`); });\n");
function timed(cmd) {
  const r = runOnce(cmd, ['--require', usageHook]);
  const m = /TIFA_USAGE (\d+) (\d+)/.exec(r.stderr);
  return { seconds: r.seconds, cpu: m ? Number(m[1]) / 1e6 : NaN, rssMB: m ? Number(m[2]) / 1024 : NaN };
}

// Warm the file cache once, then interleave.
for (const c of commands) timed(c);
const times = new Map(commands.map((c) => [c.key, []]));
const cpus = new Map(commands.map((c) => [c.key, []]));
const rssMB = new Map(commands.map((c) => [c.key, 0]));
for (let i = 0; i < RUNS; i++) {
  for (const c of commands) {
    const t = timed(c);
    times.get(c.key).push(t.seconds);
    cpus.get(c.key).push(t.cpu);
    rssMB.set(c.key, Math.max(rssMB.get(c.key), t.rssMB));
  }
}
rmSync(dir, { recursive: true, force: true });

const med = (k) => median(times.get(k));
console.log(`Start-up, ${RUNS} interleaved runs each (seconds; node ${process.version})`);
const cpu = (k) => median(cpus.get(k));
console.log('| command | median | min | max | × jieba load | CPU s median | CPU × jieba | peak RSS MB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const c of commands) {
  const ts = times.get(c.key);
  console.log(`| ${c.label} | ${med(c.key).toFixed(3)} | ${Math.min(...ts).toFixed(3)} | ${Math.max(...ts).toFixed(3)} | ${(med(c.key) / med('jieba')).toFixed(2)} | ${cpu(c.key).toFixed(3)} | ${(cpu(c.key) / cpu('jieba')).toFixed(2)} | ${rssMB.get(c.key).toFixed(0)} |`);
}

const checks = [
  ['extract median ≤ 0.6 s', med('extract') <= 0.6],
  ['extract ≤ 0.35 × jieba load', med('extract') <= 0.35 * med('jieba')],
  ['--help median ≤ 0.15 s', med('help') <= 0.15],
  ['extract peak RSS ≤ 200 MB', rssMB.get('extract') <= 200],
];

if (!args.includes('--no-quality')) {
  console.log('\nQuality: tifa lean main dictionary vs nodejieba full dictionary (TIFA_JIEBA_DICT=full)');
  const sighan = (env) => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'test', 'bench', 'sighan.mjs'), '--json'], { encoding: 'utf8', env: { ...process.env, ...env } });
    if (r.status !== 0) throw new Error(`sighan.mjs failed: ${r.stderr}`);
    return JSON.parse(r.stdout);
  };
  const lean = sighan({ TIFA_JIEBA_DICT: '' });
  const full = sighan({ TIFA_JIEBA_DICT: 'full' });
  console.log('| measure | lean | full |');
  console.log('| --- | ---: | ---: |');
  console.log(`| SIGHAN 2005 PKU word F1 (tifa segment) | ${lean.f1.toFixed(4)} | ${full.f1.toFixed(4)} |`);
  checks.push(['SIGHAN PKU F1 ≥ 0.816', lean.f1 >= 0.816]);

  const dev = path.join(SHARED, 'corpus', 'dev');
  if (existsSync(dev)) {
    const records = spawnSync(process.execPath, [path.join(SHARED, 'tools', 'to-jsonl.mjs'), dev], { encoding: 'utf8', maxBuffer: 1 << 26 }).stdout;
    const devScores = (env) => {
      const out = spawnSync(process.execPath, [TIFA, 'extract', '--input', 'jsonl', '--format', 'jsonl'], { input: records, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
      const tmp = mkdtempSync(path.join(tmpdir(), 'tifa-dev-'));
      writeFileSync(path.join(tmp, 'p.jsonl'), out.stdout);
      const s = spawnSync(process.execPath, [path.join(SHARED, 'tools', 'score.mjs'), path.join(dev, 'gold'), path.join(tmp, 'p.jsonl'), '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
      rmSync(tmp, { recursive: true, force: true });
      const j = JSON.parse(s.stdout);
      return { ...Object.fromEntries(Object.entries(j.fields).map(([f, v]) => [f, v.F1])), titles: j.titles.F1 };
    };
    const a = devScores({ TIFA_JIEBA_DICT: '' });
    const b = devScores({ TIFA_JIEBA_DICT: 'full' });
    let worse = [];
    for (const f of Object.keys(b)) {
      console.log(`| dev ${f} F1 | ${a[f].toFixed(3)} | ${b[f].toFixed(3)} |`);
      if (a[f] < b[f]) worse.push(f);
    }
    checks.push([`dev F1 not below the full dictionary's${worse.length ? ` (lower: ${worse.join(', ')})` : ''}`, worse.length === 0]);
  }
}

// One article per run loads only the dictionary rows its text can match (src/pipeline/jieba-subset.ts):
// every article of the dev and own corpora, one run each, must give the very output of the whole dictionary.
if (!args.includes('--no-quality')) {
  const dirs = [path.join(SHARED, 'corpus', 'dev', 'articles'), path.join(ROOT, 'test', 'fixtures', 'own-corpus', 'articles')].filter((d) => existsSync(d));
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => path.join(d, f)));
  const run = (file, env) => spawnSync(process.execPath, [TIFA, 'extract', file, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 26 }).stdout;
  const differ = files.filter((f) => run(f, {}) !== run(f, { TIFA_JIEBA_SUBSET: '0' }));
  console.log(`\nOne article per run, jieba dictionary subset vs whole: ${files.length - differ.length} of ${files.length} articles (dev and own corpora) identical`);
  checks.push([`one-article output identical with the dictionary subset${differ.length ? ` (differ: ${differ.map((f) => path.basename(f)).join(', ')})` : ''}`, differ.length === 0]);
}

console.log('\nAcceptance (issue 9)');
for (const [what, ok] of checks) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${what}`);
if (args.includes('--strict') && checks.some(([, ok]) => !ok)) process.exitCode = 1;
