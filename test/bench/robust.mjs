// Adversarial inputs of about 1 MB (UTF-8 bytes) against an ordinary article of the same size:
// every stage timed separately (decode + matching view, segmentation, each extractor, assembly), so a
// slow pattern points at its owner. Acceptance: no input takes more than 3× the ordinary one.
// Each input runs in its own child process with a time limit, so a quadratic extractor shows up as
// a timeout row instead of hanging the run.
//   npm run build && node test/bench/robust.mjs [--mb 1] [--only name,name] [--limit-s 120]
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { buildDoc, extract, extractors, FIELD_NAMES, decode } from '../../dist/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const mb = Number(args[args.indexOf('--mb') + 1] || 1) || 1;
const onlyNames = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
const limitS = Number(args[args.indexOf('--limit-s') + 1] || 0) || 0;
const caseIndex = args.includes('--case') ? Number(args[args.indexOf('--case') + 1]) : null;
const BYTES = Math.round(mb * 1_000_000);

/** `unit` repeated until the UTF-8 size reaches BYTES. */
function fill(unit) {
  const n = Math.max(1, Math.floor(BYTES / Buffer.byteLength(unit)));
  return unit.repeat(n);
}

const sample = readFileSync(path.join(ROOT, 'samples', 'linfen-epidemic-inspection.txt'), 'utf8');
const cases = [
  ['ordinary article (sample repeated)', fill(`${sample}\n`)],
  ['one character: 中', fill('中')],
  ['enumeration comma: 、', fill('、')],
  ['opening quotes: “', fill('“')],
  ['quote pairs: “”', fill('“”')],
  ['ASCII double quotes: "', fill('"')],
  ['ASCII digits: 0-9', fill('2022')],
  ['Chinese numerals: 二〇二二', fill('二〇二二')],
  ['date-like: 年月日', fill('1年2月3日')],
  ['place suffix: 市', fill('市')],
  ['title word: 书记', fill('书记')],
  ['name dots: 张·', fill('张·')],
  ['list of names: 张三、', fill('张三、')],
  ['emoji (non-BMP): 😀', fill('😀')],
  ['traditional text (t2s auto): 國務院', fill('國務院總理')],
  ['no punctuation, mixed words', fill('市委书记张三在会议上讲话强调要推进工作')],
].filter(([name]) => !onlyNames || onlyNames.some((o) => name.includes(o)));

function time(fn) {
  const t0 = process.hrtime.bigint();
  const value = fn();
  return { value, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}

/** One input, measured in this process: one JSON row on stdout. */
function measure(name, text) {
  extract(sample); // warm-up: jieba and every dictionary load outside the timings
  const dec = time(() => decode(Buffer.from(text), name));
  const doc = time(() => buildDoc(text, '2022-04-07'));
  const found = new Map();
  const ctx = { mentions: (f) => found.get(f) ?? [] };
  const row = { decode: dec.ms, doc: doc.ms };
  for (const f of FIELD_NAMES) {
    const r = time(() => extractors[f].extract(doc.value, ctx));
    found.set(f, r.value);
    row[f] = r.ms;
  }
  const whole = time(() => extract(text, { refDate: '2022-04-07' }));
  row.total = whole.ms + dec.ms;
  return row;
}

if (caseIndex !== null) {
  const [name, text] = cases[caseIndex];
  process.stdout.write(JSON.stringify(measure(name, text)));
  process.exit(0);
}

const cols = ['decode', 'doc', ...FIELD_NAMES, 'total'];
const pad = (v, n) => String(v).padStart(n);
console.log(`robust: ~${mb} MB each (UTF-8 bytes); ms per stage. doc = t2s view + normalize (jieba runs lazily,`);
console.log('inside the first extractor that reads tokens); total = decode + a separate whole extract() run.');
console.log(`${'input'.padEnd(38)}${pad('chars', 9)}${cols.map((c) => pad(c.slice(0, 9), 10)).join('')}${pad('×ordinary', 10)}`);

let baseline = null;
let worst = 0;
for (let i = 0; i < cases.length; i++) {
  const [name, text] = cases[i];
  // The limit: --limit-s, else 20× the ordinary article's run (a child also loads jieba, ~2 s).
  const timeout = limitS ? limitS * 1000 : baseline === null ? 0 : Math.round(Math.max(60_000, 20 * baseline));
  const passOn = [...(args.includes('--mb') ? ['--mb', String(mb)] : []), ...(onlyNames ? ['--only', onlyNames.join(',')] : [])];
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...passOn, '--case', String(i)], { encoding: 'utf8', timeout, maxBuffer: 1 << 20 });
  if (child.status !== 0 || !child.stdout) {
    const why = child.error?.code === 'ETIMEDOUT' ? `over ${(timeout / 1000).toFixed(0)} s (stopped)` : `failed: ${(child.stderr || '').trim().split('\n').pop()}`;
    console.log(`${name.padEnd(38)}${pad(text.length, 9)}  ${why}${pad('!', 10)}`);
    worst = Math.max(worst, baseline === null ? Infinity : timeout / baseline);
    continue;
  }
  const row = JSON.parse(child.stdout);
  baseline ??= row.total;
  const ratio = row.total / baseline;
  worst = Math.max(worst, ratio);
  console.log(`${name.padEnd(38)}${pad(text.length, 9)}${cols.map((c) => pad(row[c].toFixed(0), 10)).join('')}${pad(`${ratio.toFixed(2)}${ratio > 3 ? ' !' : ''}`, 10)}`);
}
console.log(worst > 3 ? `FAIL: slowest input is ${Number.isFinite(worst) ? `${worst.toFixed(2)}×` : 'far beyond'} the ordinary article (limit 3×)` : `PASS: slowest input is ${worst.toFixed(2)}× the ordinary article`);
process.exitCode = worst > 3 ? 1 : 0;
