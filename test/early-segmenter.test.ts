/**
 * bin/tifa.js starts the segmenter thread from a guess at the raw arguments (src/cli/early-segmenter.ts);
 * the guess must pick the one-small-article runs and leave batches, stdin and --keywords alone.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { guessOneSmallArticle } from '../src/cli/early-segmenter.js';
import { dropEarly, spawnEarly, takeEarly } from '../src/pipeline/segmenter-spawn.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tifa-early-'));
const small = path.join(dir, 'a.txt');
const other = path.join(dir, 'b.txt');
const big = path.join(dir, 'big.txt');
writeFileSync(small, '市长李明到县里调研。');
writeFileSync(other, '县长王红主持会议。');
writeFileSync(big, '调研。'.repeat(200_000)); // 1.8 MB: past one article's size

describe('guessOneSmallArticle', () => {
  const saved = process.env.TIFA_SEGMENTER_THREAD;
  afterEach(() => {
    if (saved === undefined) delete process.env.TIFA_SEGMENTER_THREAD;
    else process.env.TIFA_SEGMENTER_THREAD = saved;
  });

  test('one small file to extract, whatever options around it', () => {
    expect(guessOneSmallArticle(['extract', small])).toBe(true);
    expect(guessOneSmallArticle(['extract', small, '--format', 'json', '--only', 'officials'])).toBe(true);
    expect(guessOneSmallArticle(['extract', '-f', 'jsonl', small, '--input=text'])).toBe(true);
  });

  test('not a batch, a folder, stdin, a big file, another command, --keywords or JSONL input', () => {
    expect(guessOneSmallArticle(['extract', small, other])).toBe(false);
    expect(guessOneSmallArticle(['extract', dir])).toBe(false);
    expect(guessOneSmallArticle(['extract', '-'])).toBe(false);
    expect(guessOneSmallArticle(['extract'])).toBe(false);
    expect(guessOneSmallArticle(['extract', big])).toBe(false);
    expect(guessOneSmallArticle(['segment', small])).toBe(false);
    expect(guessOneSmallArticle(['extract', small, '--keywords', '5'])).toBe(false);
    expect(guessOneSmallArticle(['extract', small, '--keywords=5'])).toBe(false);
    expect(guessOneSmallArticle(['extract', small, '--input', 'jsonl'])).toBe(false);
  });

  test('TIFA_SEGMENTER_THREAD=0 turns it off', () => {
    process.env.TIFA_SEGMENTER_THREAD = '0';
    expect(guessOneSmallArticle(['extract', small])).toBe(false);
  });
});

describe('the early thread', () => {
  test('is handed over once, and one not adopted is stopped', () => {
    spawnEarly();
    const first = takeEarly();
    expect(first).not.toBeNull();
    expect(takeEarly()).toBeNull();
    void first?.worker.terminate();
    spawnEarly();
    dropEarly();
    expect(takeEarly()).toBeNull();
  });
});
