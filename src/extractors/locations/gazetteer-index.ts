/**
 * The gazetteer's arrays as `npm run build` saved them (issue 9). Scanning dict/gazetteer.tsv and its
 * name index for row offsets, levels, parents and the name filters took 50–70 ms of every start,
 * a seventh of a one-article run; read back from one binary file they cost ~2 ms. The file is a
 * build artifact beside the compiled code, never data: it holds only what the two text files give,
 * and is used only while both are the files it was made from (their sizes and mtimes head it).
 */
import { readFileSync } from 'node:fs';
import { sourceStamp as filesStamp, writeReplacing } from '../../build-cache.js';

/** The arrays loadGazetteer builds from the two files. */
export interface GazetteerArrays {
  rowStart: Int32Array;
  levels: Uint8Array;
  parents: Int32Array;
  nameStart: Int32Array;
  nameEnd: Int32Array;
  prefixes: Int32Array;
  shapes: Int32Array;
}

const FORMAT = 'tifa-gazetteer-index 1';
const ORDER = ['rowStart', 'levels', 'parents', 'nameStart', 'nameEnd', 'prefixes', 'shapes'] as const;

/** What the index must have been made from: the two files' sizes and mtimes. */
export function sourceStamp(files: readonly string[]): string {
  return `${FORMAT} ${filesStamp(files)}`;
}

/** A header line (stamp and array lengths), padded to 8 bytes, then each array padded to 8 bytes. */
export function saveGazetteerArrays(file: string, stamp: string, a: GazetteerArrays): void {
  const parts: Buffer[] = [];
  const header = Buffer.from(`${JSON.stringify({ stamp, lengths: ORDER.map((k) => a[k].length) })}\n`);
  parts.push(header, Buffer.alloc(pad(header.length)));
  for (const k of ORDER) {
    const bytes = Buffer.from(a[k].buffer, a[k].byteOffset, a[k].byteLength);
    parts.push(bytes, Buffer.alloc(pad(bytes.length)));
  }
  writeReplacing(file, Buffer.concat(parts));
}

/** The arrays saved for `stamp`, or null (no file, another stamp, a short file). */
export function loadGazetteerArrays(file: string, stamp: string): GazetteerArrays | null {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return null;
  }
  const nl = data.indexOf(10);
  if (nl < 0) return null;
  let head: { stamp?: unknown; lengths?: unknown };
  try {
    head = JSON.parse(data.toString('utf8', 0, nl)) as typeof head;
  } catch {
    return null;
  }
  const lengths = head.lengths;
  if (head.stamp !== stamp || !Array.isArray(lengths) || lengths.length !== ORDER.length) return null;
  // Typed arrays need aligned offsets: a Buffer may sit anywhere in its ArrayBuffer, so copy if not at 0 mod 8.
  const bytes = data.byteOffset % 8 === 0 ? data : Buffer.from(data);
  let at = nl + 1 + pad(nl + 1);
  const out: Partial<Record<(typeof ORDER)[number], Int32Array | Uint8Array>> = {};
  for (let i = 0; i < ORDER.length; i++) {
    const k = ORDER[i] as (typeof ORDER)[number];
    const n = lengths[i] as number;
    const width = k === 'levels' ? 1 : 4;
    if (!Number.isInteger(n) || n < 0 || at + n * width > bytes.length) return null;
    out[k] = width === 1 ? new Uint8Array(bytes.buffer, bytes.byteOffset + at, n) : new Int32Array(bytes.buffer, bytes.byteOffset + at, n);
    at += n * width + pad(n * width);
  }
  return out as GazetteerArrays;
}

const pad = (n: number): number => (8 - (n % 8)) % 8;
