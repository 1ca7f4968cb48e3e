#!/usr/bin/env node
/**
 * Slogan benchmark (issue 6). Needs `npm run build` first.
 * 1. Quality on an annotated corpus (default ../shared/corpus/dev; articles/*.txt + gold/*.json):
 *    tifa's slogans against the plain "text inside “”" baseline, scored like score.mjs (unique
 *    surfaces, quote marks and white space ignored, micro-averaged), with true/false positives per kind.
 * 2. Throughput of the slogans extractor alone on a synthetic text built at run time from the
 *    sentences of test/corpus/slogans.tsv (written for tifa), to --mb megabytes (default 5).
 * Usage: node test/bench/slogans.mjs [--corpus DIR] [--mb 5]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, buildDoc } from '../../dist/index.js';
import slogans from '../../dist/extractors/slogans.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const arg = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const CORPUS = path.resolve(arg('--corpus', path.join(ROOT, '..', 'shared', 'corpus', 'dev')));
const MB = Number(arg('--mb', '5'));

const norm = (s) => String(s).replace(/\s+/g, '').replace(/[“”"‘’]/g, '');
const prf = ({ tp, fp, fn }) => {
  const P = tp + fp ? tp / (tp + fp) : 0;
  const R = tp + fn ? tp / (tp + fn) : 0;
  return { P: P.toFixed(3), R: R.toFixed(3), F1: (P + R ? (2 * P * R) / (P + R) : 0).toFixed(3), tp, fp, fn };
};

if (existsSync(path.join(CORPUS, 'gold'))) {
  const tally = { tifa: { tp: 0, fp: 0, fn: 0 }, quoted: { tp: 0, fp: 0, fn: 0 } };
  const byKind = new Map();
  for (const f of readdirSync(path.join(CORPUS, 'gold')).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(path.join(CORPUS, 'gold', f), 'utf8'));
    const text = readFileSync(path.join(CORPUS, 'articles', f.replace(/\.json$/, '.txt')), 'utf8');
    const G = new Set((gold.slogans ?? []).map(norm).filter(Boolean));
    const found = extract(text, { refDate: gold.ref_date ?? null, only: ['slogans'] }).slogans ?? [];
    const kindOf = new Map(found.map((s) => [norm(s.text), s.kind.split(':')[0]]));
    const systems = { tifa: new Set(kindOf.keys()), quoted: new Set([...text.matchAll(/“([^”]*)”/g)].map((m) => norm(m[1])).filter(Boolean)) };
    for (const [name, P] of Object.entries(systems)) {
      const t = tally[name];
      for (const x of P) (G.has(x) ? t.tp++ : t.fp++);
      for (const x of G) if (!P.has(x)) t.fn++;
    }
    for (const [x, kind] of kindOf) {
      const k = byKind.get(kind) ?? { tp: 0, fp: 0 };
      G.has(x) ? k.tp++ : k.fp++;
      byKind.set(kind, k);
    }
  }
  console.log(`slogans on ${CORPUS}`);
  console.log('  tifa            ', prf(tally.tifa));
  console.log('  text inside “”  ', prf(tally.quoted));
  for (const [kind, k] of byKind) console.log(`  kind ${kind.padEnd(10)} tp ${k.tp}  fp ${k.fp}`);
  const [t, q] = [prf(tally.tifa), prf(tally.quoted)];
  console.log('\nAcceptance (issue 6)');
  for (const [what, ok] of [
    [`slogans F1 ≥ 0.85 on the dev corpus: ${t.F1}`, Number(t.F1) >= 0.85],
    [`precision above the “” baseline: ${t.P} vs ${q.P}`, Number(t.P) > Number(q.P)],
    [`recall above the “” baseline: ${t.R} vs ${q.R}`, Number(t.R) > Number(q.R)],
  ]) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${what}`);
} else {
  console.log(`(no annotated corpus at ${CORPUS}: quality part skipped)`);
}

// Throughput: the corpus sentences of test/corpus/slogans.tsv, repeated into paragraphs.
const sentences = readFileSync(path.join(ROOT, 'test', 'corpus', 'slogans.tsv'), 'utf8')
  .split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0]);
const parts = [];
let size = 0;
for (let i = 0; size < MB * 1024 * 1024; i++) {
  const s = sentences[i % sentences.length] + (i % 7 === 6 ? '\n' : '');
  parts.push(s);
  size += Buffer.byteLength(s);
}
const big = parts.join('');
let t = performance.now();
const doc = buildDoc(big, null);
void doc.tokens.length; // tokens are computed lazily: segment here, not inside the extractor's time
const segMs = performance.now() - t;
t = performance.now();
const mentions = slogans.extract(doc, { mentions: () => [] });
const extMs = performance.now() - t;
const mb = Buffer.byteLength(big) / 1024 / 1024;
console.log(`throughput on ${mb.toFixed(1)} MB (${big.length} characters):`);
console.log(`  segment + normalise ${(segMs / 1000).toFixed(2)} s; slogans extractor ${(extMs / 1000).toFixed(2)} s = ${(mb / (extMs / 1000)).toFixed(1)} MB/s, ${mentions.length} mentions`);
