#!/usr/bin/env node
// SIGHAN 2005 word-segmentation score of `tifa segment --format json`.
//
//   node test/bench/sighan.mjs [--corpus pku|msr] [--min F1] [--json]
//
// Runs bin/tifa.js segment on the whole bakeoff test input (one process, tifa's dictionaries loaded)
// and compares word spans line by line with the gold segmentation, as the bakeoff's `score` script
// does: a predicted word is right when a gold word has exactly its [start, end). Whitespace tokens
// (the CRLF line breaks) are not words. OOV recall uses the corpus' training word list. Set
// TIFA_JIEBA_DICT=full to score nodejieba's whole default dictionary instead of tifa's lean one.
// Data: ../shared/benchmarks/sighan2005 (research use only; read, never copied into the project).
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA = path.resolve(ROOT, '..', 'shared', 'benchmarks', 'sighan2005');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const corpus = option('--corpus', 'pku');
const minF1 = option('--min', null);

const testFile = path.join(DATA, `${corpus}_test.utf8`);
const text = readFileSync(testFile, 'utf8');
const goldLines = readFileSync(path.join(DATA, `${corpus}_test_gold.utf8`), 'utf8').split(/\r?\n/);
const trainingWords = new Set(readFileSync(path.join(DATA, `${corpus}_training_words.utf8`), 'utf8').split(/\r?\n/).map((w) => w.trim()).filter(Boolean));

/** Gold word spans as global offsets into the test text; lines whose gold differs from the input are skipped. */
function goldSpans() {
  const spans = new Map(); // "start:end" -> word
  const skipped = []; // [start, end) ranges of lines left out of the score
  let lineStart = 0;
  const testLines = text.split('\n');
  for (let i = 0; i < testLines.length; i++) {
    const raw = testLines[i];
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const words = (goldLines[i] ?? '').split(/\s+/).filter(Boolean);
    if (words.join('') !== line) {
      // MSR has 21 such lines (a stray space, a quote moved to the previous line): see its README.
      if (line.trim() !== '' || words.length > 0) skipped.push([lineStart, lineStart + raw.length]);
    } else {
      let at = lineStart;
      for (const w of words) {
        spans.set(`${at}:${at + w.length}`, w);
        at += w.length;
      }
    }
    lineStart += raw.length + 1;
  }
  return { spans, skipped };
}

const started = process.hrtime.bigint();
const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'tifa.js'), 'segment', '--format', 'json', testFile], {
  encoding: 'utf8',
  maxBuffer: 1 << 28,
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
if (run.status !== 0) {
  process.stderr.write(run.stderr);
  throw new Error(`tifa segment exited with ${run.status}`);
}
const tokens = JSON.parse(run.stdout);
const { spans: gold, skipped } = goldSpans();
const inSkipped = (s) => skipped.some(([a, b]) => s >= a && s < b); // few ranges: cheap

let predicted = 0;
let correct = 0;
let oovGold = 0;
let oovFound = 0;
const found = new Set();
for (const t of tokens) {
  if (t.word.trim() === '' || inSkipped(t.start)) continue;
  predicted++;
  const key = `${t.start}:${t.end}`;
  if (gold.has(key)) {
    correct++;
    found.add(key);
  }
}
for (const [key, w] of gold) {
  if (trainingWords.has(w)) continue;
  oovGold++;
  if (found.has(key)) oovFound++;
}
const precision = correct / predicted;
const recall = correct / gold.size;
const f1 = (2 * precision * recall) / (precision + recall);
const report = {
  corpus,
  dict: process.env.TIFA_JIEBA_DICT || 'tifa lean (dict/jieba/main.dict.utf8)',
  gold_words: gold.size,
  predicted_words: predicted,
  precision: +precision.toFixed(4),
  recall: +recall.toFixed(4),
  f1: +f1.toFixed(4),
  oov_recall: +(oovFound / oovGold).toFixed(4),
  skipped_lines: skipped.length,
  seconds: +seconds.toFixed(2),
};
if (args.includes('--json')) console.log(JSON.stringify(report));
else {
  console.log(`SIGHAN 2005 ${corpus.toUpperCase()} test, dictionary: ${report.dict}`);
  console.log(`  P ${report.precision}  R ${report.recall}  F1 ${report.f1}  OOV recall ${report.oov_recall}`);
  console.log(`  ${report.gold_words} gold words, ${report.predicted_words} predicted, ${report.skipped_lines} lines skipped (gold differs from input), ${report.seconds} s`);
}
if (minF1 !== null && f1 < Number(minF1)) {
  console.error(`F1 ${f1.toFixed(4)} is below the required ${minF1}`);
  process.exitCode = 1;
}
