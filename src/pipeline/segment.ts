import { createRequire } from 'node:module';
import type { Token } from '../types.js';

/** The subset of nodejieba's API tifa uses. */
interface Jieba {
  load(opts?: Record<string, string>): void;
  tag(text: string): { word: string; tag: string }[];
  insertWord(word: string, tag?: string): boolean;
  extract(text: string, topN: number): { word: string; weight: number }[];
}

let jieba: Jieba | null = null;
let pendingWords: Iterable<readonly [string, string]>[] = [];

/**
 * Registers words (with a category tag) that must segment as one unit. They are inserted when the
 * segmenter first loads, so registering costs nothing for commands that never segment.
 */
export function addSegmenterWords(words: Iterable<readonly [string, string]>): void {
  if (jieba) insertAll(jieba, words);
  else pendingWords.push(words);
}

/** Loads nodejieba once, on first use: `--help` and `--version` never get here. */
export function segmenter(): Jieba {
  if (jieba) return jieba;
  const require = createRequire(import.meta.url);
  const j = require('nodejieba') as Jieba;
  j.load();
  for (const words of pendingWords) insertAll(j, words);
  pendingWords = [];
  jieba = j;
  return j;
}

function insertAll(j: Jieba, words: Iterable<readonly [string, string]>): void {
  for (const [w, t] of words) {
    // cppjieba splits user words on spaces; such a word could never match anyway.
    if (w.length > 0 && !/\s/.test(w)) j.insertWord(w, t);
  }
}

/** Tokens with offsets. jieba returns every character of the input, so offsets are cumulative. */
export function segment(text: string): Token[] {
  const out: Token[] = [];
  let pos = 0;
  for (const { word, tag } of segmenter().tag(text)) {
    // Guard against a token that does not continue the text (never seen, but offsets must stay true).
    const at = text.startsWith(word, pos) ? pos : text.indexOf(word, pos);
    if (at < 0) continue;
    out.push({ word, tag, start: at, end: at + word.length });
    pos = at + word.length;
  }
  return out;
}

export function keywords(text: string, n: number): { word: string; weight: number }[] {
  return segmenter().extract(text, n).map((k) => ({ word: k.word, weight: Math.round(k.weight * 1000) / 1000 }));
}
