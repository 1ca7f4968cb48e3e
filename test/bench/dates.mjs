#!/usr/bin/env node
/**
 * Date benchmark (issue 5). Needs `npm run build` first.
 * 1. JioNLP's own time-parser cases (../shared/benchmarks/jionlp-time/cases.jsonl): for the
 *    time_point / time_span cases with a full reference time, does tifa's resolver give the same
 *    start/end days? (Hours are ignored: tifa resolves dates. An open JioNLP bound, "inf"/"-inf",
 *    must be an open tifa bound, null.) Failing cases are listed by kind.
 * 2. Side by side with chrono-node's zh parser on the forms the issue names.
 * Usage: node test/bench/dates.mjs [--all] [--cases FILE]   (--all lists every failing case)
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { resolveDate } from '../../dist/extractors/dates/resolve.js';
import { extract } from '../../dist/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const casesFile = args.includes('--cases') ? args[args.indexOf('--cases') + 1] : path.resolve(ROOT, '..', 'shared', 'benchmarks', 'jionlp-time', 'cases.jsonl');
const listAll = args.includes('--all');
/** [what, passed] per acceptance target of issue 5, printed at the end. */
const checks = [];

/** A kind for the failure listing, from the shape of the expression. */
function kindOf(text) {
  if (/[点时分秒]|:|：|钟头|小时|刻|[早晚]上|[上下中]午|夜|凌晨|傍晚|黎明|白天|午后/.test(text)) return 'clock / time of day';
  if (/周|星期|礼拜/.test(text)) return 'weeks';
  if (/农历|阴历|腊月|正月|初[一二三四五六七八九十]|廿|节|除夕|大年|寒|冬至|中秋|八月十五|二月十五|四月十三/.test(text)) return 'lunar / festival / solar term';
  if (/世纪|年代/.test(text)) return 'centuries / decades';
  if (/[前后内]$|以前|以后|之前|之后|以来|未来|近|过|起|今后|最近/.test(text)) return 'relative or open-ended';
  if (/至|到|—|-|~|～/.test(text)) return 'ranges';
  if (/季|半年|初|底|末|伊始|旬/.test(text)) return 'periods (quarter, half, start/end)';
  return 'plain dates';
}

if (existsSync(casesFile)) {
  const cases = readFileSync(casesFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
    .filter((c) => c.ref && (c.expected.type === 'time_point' || c.expected.type === 'time_span'));
  const fails = new Map();
  let ok = 0;
  for (const c of cases) {
    // JioNLP's options map onto the resolver's: ret_future → future, lunar_date → lunarBareDays.
    const options = { future: c.options.ret_future === true, lunarBareDays: c.options.lunar_date !== false };
    const r = resolveDate(c.text, c.ref.slice(0, 10), options);
    const [es, ee] = c.expected.time;
    const want = [es === '-inf' ? null : es.slice(0, 10), ee === 'inf' ? null : ee.slice(0, 10)];
    const got = [r.start?.slice(0, 10) ?? null, r.end?.slice(0, 10) ?? null];
    const resolved = r.start !== null || r.end !== null;
    if (resolved && got[0] === want[0] && got[1] === want[1]) ok++;
    else {
      const k = kindOf(c.text);
      if (!fails.has(k)) fails.set(k, []);
      fails.get(k).push(`${c.text}  (ref ${c.ref.slice(0, 10)}${Object.keys(c.options).length ? ' ' + JSON.stringify(c.options) : ''}): want ${want.join(' ~ ')}, got ${got.join(' ~ ')}`);
    }
  }
  console.log(`JioNLP time_point/time_span cases with a full reference: ${ok}/${cases.length} agree at day granularity (${(100 * ok / cases.length).toFixed(1)}%)`);
  checks.push([`JioNLP cases agreeing at day granularity ≥ 90%: ${(100 * ok / cases.length).toFixed(1)}%`, ok / cases.length >= 0.9]);
  for (const [k, list] of [...fails].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${k}: ${list.length} failing`);
    for (const f of listAll ? list : list.slice(0, 4)) console.log(`    ${f}`);
  }
} else console.log(`(no JioNLP cases at ${casesFile})`);

// Side by side with chrono-node's Chinese parser, in running text.
/** The forms issue 5 names as chrono-node's misses: tifa must resolve each to a value. */
const MUST_RESOLVE = new Set(['bare day', 'range', 'since', 'quarter', 'five-year plan']);
const REF = '2022-04-07';
const sentences = [
  ['bare day', '15日，市长主持召开会议。'],
  ['range', '3月14日至16日，全省开展专项检查。'],
  ['since', '今年以来，全县新增就业岗位两千个。'],
  ['quarter', '一季度全市生产总值同比增长。'],
  ['five-year plan', '“十四五”时期是关键阶段。'],
  ['half year', '上半年完成投资十亿元。'],
  ['year end', '去年底，项目已经竣工。'],
  ['festival', '春节期间，干部走访慰问困难群众。'],
  ['Chinese numerals', '二〇二二年四月七日上午，会议召开。'],
];
let chrono = null;
try { chrono = (await import('chrono-node')).zh; } catch { /* devDependency absent */ }
console.log(`\nSide by side (reference ${REF}): tifa dates vs chrono-node zh`);
for (const [kind, text] of sentences) {
  const t = (extract(text, { refDate: REF, only: ['dates'] }).dates ?? []).map((d) => `${d.text}=${d.value ?? 'null'}`).join(', ') || '—';
  let c = 'not installed';
  if (chrono) {
    const refDt = new Date(`${REF}T12:00:00`);
    c = chrono.parse(text, refDt).map((r) => {
      const s = r.start.date(), e = r.end?.date();
      const day = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      return `${r.text}=${day(s)}${e ? '/' + day(e) : ''}`;
    }).join(', ') || '—';
  }
  console.log(`  ${kind.padEnd(16)} ${text}\n    tifa:   ${t}\n    chrono: ${c}`);
  if (MUST_RESOLVE.has(kind)) {
    const resolved = (extract(text, { refDate: REF, only: ['dates'] }).dates ?? []).some((d) => d.value !== null);
    checks.push([`tifa resolves the ${kind} form (${text.slice(0, 8)}…)`, resolved]);
  }
}

// Linear time: the date rules on 1 MB inputs built to trip backtracking, and on article-like text.
const { default: datesExtractor } = await import('../../dist/extractors/dates.js');
const { normalize } = await import('../../dist/pipeline/normalize.js');
const MB = 1 << 20;
const article = '4月7日上午,市长在县里调研。今年以来,全县新增就业岗位。一季度全市经济运行平稳,“十四五”时期开局良好。3月14日至16日开展检查,春节期间走访慰问。2021年12月3日召开会议,当天下午又赴现场。';
const inputs = [
  ['digits', '1'.repeat(MB)],
  ['年', '年'.repeat(MB)],
  ['月', '月'.repeat(MB)],
  ['年月 alternating', '年月'.repeat(MB / 2)],
  ['1年1月 repeated', '1年1月'.repeat(MB / 4)],
  ['Chinese numerals', '二十二'.repeat(MB / 3)],
  ['article-like', article.repeat(Math.ceil(MB / article.length))],
];
console.log('\nSpeed of the dates extractor alone (finder + resolver), 1 MB inputs:');
for (const [name, text] of inputs) {
  const doc = { text, norm: normalize(text), tokens: [], refDate: REF, title: null };
  const t0 = process.hrtime.bigint();
  const found = datesExtractor.extract(doc, { mentions: () => [] }).length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`  ${name.padEnd(18)} ${String(text.length).padStart(8)} chars  ${ms.toFixed(0).padStart(6)} ms  ${found} dates`);
}

console.log('\nAcceptance (issue 5)');
for (const [what, ok] of checks) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${what}`);
