import { describe, expect, test } from 'vitest';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
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
