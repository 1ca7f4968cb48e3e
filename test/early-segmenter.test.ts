/**
 * bin/tifa.js starts the segmenter thread from a guess at the raw arguments (src/cli/early-segmenter.ts);
 * the guess must pick the one-small-article runs and leave batches, stdin and --keywords alone.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { guessOneSmallArticle } from '../src/cli/early-segmenter.js';
import { MessageChannel, Worker } from 'node:worker_threads';
import { STOPPED, stopSegmenter } from '../src/pipeline/segmenter-spawn.js';

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
    expect(guessOneSmallArticle(['extract', small])).toBe(small);
    expect(guessOneSmallArticle(['extract', small, '--format', 'json', '--t2s', 'off'])).toBe(small);
    expect(guessOneSmallArticle(['extract', '-f', 'jsonl', small, '--input=text'])).toBe(small);
  });

  test('not a batch, a folder, stdin, a big file, another command, --keywords or JSONL input', () => {
    expect(guessOneSmallArticle(['extract', small, other])).toBeNull();
    expect(guessOneSmallArticle(['extract', dir])).toBeNull();
    expect(guessOneSmallArticle(['extract', '-'])).toBeNull();
    expect(guessOneSmallArticle(['extract'])).toBeNull();
    expect(guessOneSmallArticle(['extract', big])).toBeNull();
    expect(guessOneSmallArticle(['segment', small])).toBeNull();
    expect(guessOneSmallArticle(['extract', small, '--keywords', '5'])).toBeNull();
    expect(guessOneSmallArticle(['extract', small, '--keywords=5'])).toBeNull();
    expect(guessOneSmallArticle(['extract', small, '--input', 'jsonl'])).toBeNull();
  });

  test('not with --only: the fields decide later whether anything segments (--only dates never does)', () => {
    expect(guessOneSmallArticle(['extract', small, '--only', 'dates'])).toBeNull();
    expect(guessOneSmallArticle(['extract', small, '--only=officials'])).toBeNull();
  });

  test('TIFA_SEGMENTER_THREAD=0 turns it off', () => {
    process.env.TIFA_SEGMENTER_THREAD = '0';
    expect(guessOneSmallArticle(['extract', small])).toBeNull();
  });
});

describe('stopping the thread', () => {
  test('waits until the thread is out of its work (a load) and has answered stop, then ends it', async () => {
    const { port1, port2 } = new MessageChannel();
    const flag = new Int32Array(new SharedArrayBuffer(8));
    // A stand-in for segmenter-worker.ts: 300 ms of "load" at start, then it answers stop as the real one does.
    const code = `
      const { workerData } = require('node:worker_threads');
      const { port, flag } = workerData;
      const until = Date.now() + 300; while (Date.now() < until) {}
      port.on('message', (m) => { if (m.type === 'stop') { port.close(); Atomics.store(flag, ${STOPPED}, 1); Atomics.notify(flag, ${STOPPED}); } });`;
    const worker = new Worker(code, { eval: true, workerData: { port: port2, flag }, transferList: [port2] });
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    const t0 = Date.now();
    stopSegmenter({ worker, port: port1, flag });
    expect(Atomics.load(flag, STOPPED)).toBe(1);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(200); // it did wait for the "load"
    await exited;
  });
});
