#!/usr/bin/env node
// Generates dict/jieba/: the main dictionary tifa hands to nodejieba's load(), plus two stub files.
//
//   node dict/build/jieba-dict.mjs [--top N] [--keep-tags ns,nt] [--keep-compounds ns] [--keep-min-freq F]
//                                  [--keep-words FILE|none] [--keep-numeral-idioms yes|no] [--out DIR]
//
// Source: nodejieba's own default dictionary (cppjieba's jieba.dict.utf8, "word freq tag" per line,
// MIT licence), nothing else. Why a subset: load() time and memory grow with the number of words
// (the trie is built twice, for the segmenter and for TextRank), and the long tail of rare words is
// mostly compounds ("中华人民共和国国务院") that news segmentation standards split anyway, so the
// most frequent words segment as well or better. Words with a `--keep-tags` tag are kept whatever
// their frequency (place names, `ns`, are a signal the extractors read), and so are the words of the
// genre listed in --keep-words (default dict/build/jieba-domain-words.txt: 信访, 防控, 帮扶 …).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
// The chosen default: see the trade-off table in dict/jieba/README.md.
const top = Number(option('--top', '30000'));
const keepTags = new Set(option('--keep-tags', 'ns').split(',').filter(Boolean));
const compoundTags = new Set(option('--keep-compounds', 'ns').split(',').filter(Boolean));
// Words kept for their tag (and the compound parts) only from this frequency up: 0 keeps them all.
const keepMinFreq = Number(option('--keep-min-freq', '0'));
const outDir = path.resolve(option('--out', path.join(here, '..', 'jieba')));
// Idioms with a numeral ("举一反三", "一丝不苟") are kept whatever their frequency: cut up, their
// numerals read as a counted formula ("一反三").
const keepNumeralIdioms = option('--keep-numeral-idioms', 'yes') !== 'no';
const NUMERAL = /[一二两三四五六七八九十百千万]/u;
const keepWordsFile = option('--keep-words', path.join(here, 'jieba-domain-words.txt'));
const keepWords = new Set(keepWordsFile === 'none' ? [] : readFileSync(keepWordsFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
if (!Number.isInteger(top) || top < 1) throw new Error(`--top must be a positive integer, got ${option('--top')}`);

const require = createRequire(import.meta.url);
const source = require('nodejieba').DEFAULT_DICT;
const entries = [];
for (const line of readFileSync(source, 'utf8').split('\n')) {
  const [word, freq, tag] = line.trim().split(' ');
  if (!word || !freq) continue;
  entries.push({ word, freq: Number(freq), tag: tag ?? 'x', line: line.trim() });
}

// Stable order by descending frequency, ties by the source order: the output is reproducible.
const byFreq = entries.map((e, i) => ({ e, i })).sort((a, b) => b.e.freq - a.e.freq || a.i - b.i);
const keep = new Set();
for (const { e, i } of byFreq) {
  if (keep.size >= top) break;
  keep.add(i);
}
const compoundParts = new Set(entries.filter((e) => compoundTags.has(e.tag) && e.freq >= keepMinFreq).map((e) => e.word));
entries.forEach((e, i) => {
  if ((keepTags.has(e.tag) && e.freq >= keepMinFreq) || (compoundParts.size > 0 && containsOneOf(e.word, compoundParts)) || keepWords.has(e.word) || (keepNumeralIdioms && e.tag === 'i' && NUMERAL.test(e.word))) keep.add(i);
});

/** Whether `word` has one of `words` (2+ characters) strictly inside it: "传统美德" holds "美德". */
function containsOneOf(word, words) {
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    for (let j = i + 2; j <= chars.length; j++) {
      if (j - i < chars.length && words.has(chars.slice(i, j).join(''))) return true;
    }
  }
  return false;
}
const lines = entries.filter((_, i) => keep.has(i)).map((e) => e.line);

mkdirSync(outDir, { recursive: true });
// No BOM: cppjieba does not strip one, and it would become part of the first word.
writeFileSync(path.join(outDir, 'main.dict.utf8'), `${lines.join('\n')}\n`);
// cppjieba asserts the IDF file has at least one line; keywords load nodejieba's real table instead.
writeFileSync(path.join(outDir, 'idf-stub.utf8'), '的 1.0\n');
writeFileSync(path.join(outDir, 'user.dict.utf8'), '');
console.error(`jieba-dict: ${lines.length} of ${entries.length} words (top ${top}${keepTags.size ? `, plus every ${[...keepTags].join('/')}` : ''}) -> ${path.relative(process.cwd(), outDir) || '.'}/main.dict.utf8`);
