import { describe, expect, test } from 'vitest';
import { closeSync, constants, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pieceWriter, spansAtLeast, writeJsonInPieces } from '../src/render/json-pieces.js';

/** What writeJsonInPieces writes, and the pieces it wrote it in. */
function written(value: unknown): { text: string; pieces: number } {
  const pieces: string[] = [];
  writeJsonInPieces(value, '\n', (s) => pieces.push(s));
  return { text: pieces.join(''), pieces: pieces.length };
}

describe('writeJsonInPieces', () => {
  test('writes what JSON.stringify gives, for the shapes a result has', () => {
    const r = {
      id: 'a1', source: null, ref_date: '2024-05-01', title: '市长在会上说“好”',
      skipped: undefined,
      officials: [{ name: '王某某', titles: ['市长'], spans: [[3, 6], [40, 43]] }],
      dates: [{ text: '5月1日', value: '2024-05-01', start: null, end: undefined, spans: [[0, 4]] }],
      empty: [], nested: { deeper: [1, 'x', null, true] }, holes: [undefined, () => 1], num: -0.5,
    };
    expect(written(r).text).toBe(`${JSON.stringify(r)}\n`);
    for (const v of [null, 3, 'a"b', [], {}, [[1, 2]], { a: { b: { c: [1] } } }]) expect(written(v).text).toBe(`${JSON.stringify(v)}\n`);
  });

  test('a large result goes out in several pieces', () => {
    const locations = Array.from({ length: 20_000 }, (_, i) => ({ text: '北京市', spans: [[i * 3, i * 3 + 3]] }));
    const r = { id: 'big', locations };
    const out = written(r);
    expect(out.text).toBe(`${JSON.stringify(r)}\n`);
    expect(out.pieces).toBeGreaterThan(5);
  });
});

describe('spansAtLeast', () => {
  test('counts the spans of every field until the limit', () => {
    const r = { id: 'x', persons: [{ spans: [[0, 2], [5, 7]] }], dates: [{ spans: [[9, 12]] }] };
    expect(spansAtLeast(r, 3)).toBe(true);
    expect(spansAtLeast(r, 4)).toBe(false);
  });
});

describe('pieceWriter', () => {
  test('writes to the descriptor when nothing is queued in the stream, else through the stream', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tifa-pieces-')), 'out.jsonl');
    const fd = openSync(file, 'w');
    const viaStream: (string | Uint8Array)[] = [];
    const sink = { fd, writableLength: 0, write: (s: string | Uint8Array) => viaStream.push(s) };
    const write = pieceWriter(sink);
    write('{"text":"市长说');
    write('好"}\n');
    expect(viaStream).toEqual([]);
    sink.writableLength = 10; // an earlier line still waits in the stream: keep the order
    write('next');
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe('{"text":"市长说好"}\n');
    expect(viaStream).toEqual(['next']);
  });

  test('a sink without a descriptor gets every piece', () => {
    const got: (string | Uint8Array)[] = [];
    pieceWriter({ write: (s) => got.push(s) })('abc');
    expect(got).toEqual(['abc']);
  });
});

/**
 * stdout to a pipe is non-blocking (libuv): a write to a full pipe fails with EAGAIN, and one to a
 * pipe whose reader left fails with EPIPE. A FIFO opened O_NONBLOCK behaves the same.
 */
describe('pieceWriter on a non-blocking pipe', () => {
  const fifo = () => {
    const p = path.join(mkdtempSync(path.join(tmpdir(), 'tifa-fifo-')), 'out');
    expect(spawnSync('mkfifo', [p]).status).toBe(0);
    return p;
  };
  // Han characters, so a partial write may stop inside one (three UTF-8 bytes each).
  const text = '市长说：“好。”'.repeat(40_000); // ~0.8 MB, far more than a pipe holds (64 KB)

  test('a full pipe: waits for the reader and writes every byte in order, nothing through the stream', async () => {
    const p = fifo();
    // Read-write: the open needs no reader yet; the reader process starts after the pipe is full.
    const fd = openSync(p, constants.O_RDWR | constants.O_NONBLOCK);
    const reader = spawn(process.execPath, ['-e', 'let b=[];require("fs").createReadStream(process.argv[1]).on("data",(d)=>b.push(d)).on("end",()=>process.stdout.write(Buffer.concat(b)))', p]);
    const got: Buffer[] = [];
    reader.stdout.on('data', (d: Buffer) => got.push(d));
    const viaStream: unknown[] = [];
    const write = pieceWriter({ fd, writableLength: 0, write: (s) => viaStream.push(s) });
    for (let i = 0; i < text.length; i += 50_000) write(text.slice(i, i + 50_000));
    closeSync(fd);
    await new Promise((resolve) => reader.on('close', resolve));
    expect(viaStream).toEqual([]);
    expect(Buffer.concat(got).toString('utf8')).toBe(text);
  });

  test('the reader gone (EPIPE): the rest goes to the stream, which reports the error as for any write', () => {
    const p = fifo();
    const readEnd = openSync(p, constants.O_RDONLY | constants.O_NONBLOCK);
    const fd = openSync(p, constants.O_WRONLY | constants.O_NONBLOCK);
    closeSync(readEnd);
    const viaStream: (string | Uint8Array)[] = [];
    pieceWriter({ fd, writableLength: 0, write: (s) => viaStream.push(s) })('市长说好');
    closeSync(fd);
    expect(viaStream).toHaveLength(1);
    expect(Buffer.from(viaStream[0]!).toString('utf8')).toBe('市长说好');
  });
});
