/**
 * JSON.stringify(value) of a result, written out in pieces of about PIECE characters instead of as
 * one string: a 50 MB article's result is ~14 MB of JSON, which as one string (two bytes a
 * character once any Han character is in it), its copy with the newline and its UTF-8 bytes held
 * together took ~70 MB above the result itself. Same text, byte for byte, as JSON.stringify for plain
 * data (objects, arrays, strings, numbers, booleans, null; undefined properties left out).
 */
import { writeSync } from 'node:fs';

const PIECE = 1 << 16;

/** Writes JSON.stringify(value) + `end` through `write`, a piece at a time. */
export function writeJsonInPieces(value: unknown, end: string, write: (s: string) => void): void {
  const parts: string[] = [];
  let size = 0;
  const put = (s: string): void => {
    parts.push(s);
    size += s.length;
    if (size >= PIECE) {
      write(parts.join(''));
      parts.length = 0;
      size = 0;
    }
  };
  // Two levels deep (the result object, then each field's list of items): an item is small.
  putValue(value, 2, put);
  put(end);
  if (size > 0) write(parts.join(''));
}

function putValue(value: unknown, depth: number, put: (s: string) => void): void {
  if (depth === 0 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    put(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    put('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) put(',');
      putValue(value[i], depth - 1, put);
    }
    put(']');
    return;
  }
  put('{');
  let first = true;
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    put(first ? `${JSON.stringify(k)}:` : `,${JSON.stringify(k)}:`);
    first = false;
    putValue(v, depth - 1, put);
  }
  put('}');
}

/** Spans a result holds, counted up to `limit`: what decides whether it is written in pieces. */
export function spansAtLeast(r: object, limit: number): boolean {
  let n = 0;
  for (const v of Object.values(r)) {
    if (!Array.isArray(v)) continue;
    for (const item of v) {
      const spans = (item as { spans?: unknown } | null)?.spans;
      n += Array.isArray(spans) ? spans.length : 1;
      if (n >= limit) return true;
    }
  }
  return false;
}

/** What writeJsonInPieces may write to: a stream, and its file descriptor when it has one (stdout). */
export interface PieceSink {
  write(s: string | Uint8Array): unknown;
  fd?: number;
  writableLength?: number;
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * The writer of a large result's pieces: straight to the sink's file descriptor, waiting while a
 * pipe is full, when nothing is queued in the stream before them. Through the stream, the pieces of
 * one result, written without returning to the event loop, all queued in memory behind a pipe
 * (stdout to a pipe: the 50 MB article's peak RSS 326 MB against 287 MB to a file). Anything
 * else (a write error such as EPIPE, data already queued, no descriptor) goes through the stream,
 * which keeps the order and reports errors as for every other write.
 */
export function pieceWriter(out: PieceSink): (s: string) => void {
  return (s) => {
    if (typeof out.fd !== 'number' || (out.writableLength ?? 0) > 0) {
      out.write(s);
      return;
    }
    let rest = Buffer.from(s, 'utf8');
    while (rest.length > 0) {
      try {
        rest = rest.subarray(writeSync(out.fd, rest));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') {
          out.write(rest); // bytes: a partial write may have stopped inside a character
          return;
        }
        Atomics.wait(pause, 0, 0, 1); // the reader has not caught up: 1 ms, then again
      }
    }
  };
}
