import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { TifaError, errorCode, errorMessage } from '../errors.js';
import { decode } from '../pipeline/read.js';

/** One unit of work: an article's text with its identity, or the error that stopped reading it. */
export type Task =
  | {
      ok: true; id: string | null; source: string | null; text: string; refDate: string | null; encoding?: string;
      /** An HTML page's headline (<h1>, else <title>); null when it has none. Absent for plain text. */
      title?: string | null;
      /** Something was repaired while reading (a file cut mid-character); the text is still usable. */
      warning?: string;
    }
  | { ok: false; id: string | null; source: string | null; code: string; message: string };

export interface SourceOptions {
  /** html: each file is a web page; text files named .html/.htm are read as pages too. */
  input: 'text' | 'jsonl' | 'html';
  /** File extensions (with dot) taken from folders. */
  exts: readonly string[];
  encoding?: string;
  stdin?: Readable;
}

const STDIN = '-';

/** Expands files and folders (recursively, sorted by code point so the order is stable everywhere). */
export async function* expandPaths(inputs: readonly string[], exts: readonly string[]): AsyncGenerator<{ path: string } | { error: Task }> {
  for (const input of inputs.length ? inputs : [STDIN]) {
    if (input === STDIN) {
      yield { path: STDIN };
      continue;
    }
    let st;
    try {
      st = await stat(input);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file or directory' : code === 'ELOOP' ? 'symbolic link loop' : errorMessage(err);
      yield { error: { ok: false, id: null, source: input, code: 'E_INPUT_NOT_FOUND', message: `${input}: ${why}` } };
      continue;
    }
    if (st.isDirectory()) yield* walk(input, exts, new Set());
    else yield { path: input };
  }
}

async function* walk(dir: string, exts: readonly string[], seen: Set<string>): AsyncGenerator<{ path: string } | { error: Task }> {
  let real: string;
  let entries;
  try {
    const st = await stat(dir);
    real = `${st.dev}:${st.ino}`;
    if (seen.has(real)) return; // a symlink back up the tree: visit each folder once
    seen.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { error: { ok: false, id: null, source: dir, code: 'E_INPUT_UNREADABLE', message: `${dir}: cannot read folder (${errorMessage(err)})` } };
    return;
  }
  const names = entries.map((e) => e.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const p = path.join(dir, name);
    let st;
    try {
      st = await stat(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // A broken link or loop inside a folder is reported only if it would have been an input.
      if (exts.some((e) => name.endsWith(e))) {
        const why = code === 'ENOENT' ? 'broken symbolic link' : code === 'ELOOP' ? 'symbolic link loop' : errorMessage(err);
        yield { error: { ok: false, id: null, source: p, code: 'E_INPUT_NOT_FOUND', message: `${p}: ${why}` } };
      }
      continue;
    }
    if (st.isDirectory()) yield* walk(p, exts, seen);
    else if (!exts.some((e) => name.endsWith(e))) continue;
    // A FIFO or device named like an article would block or never end; only regular files are read.
    else if (st.isFile()) yield { path: p };
    else yield { error: { ok: false, id: null, source: p, code: 'E_INPUT_UNREADABLE', message: `${p}: not a regular file` } };
  }
}

async function readAllStdin(stdin: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** Reads one text input (file or stdin) into a task; failures become error tasks, never throws. */
export async function readTextTask(p: string, opts: SourceOptions): Promise<Task> {
  const source = p === STDIN ? '<stdin>' : p;
  try {
    const bytes = p === STDIN ? await readAllStdin(opts.stdin ?? process.stdin) : await readFile(p);
    const id = p === STDIN ? null : path.basename(p).replace(/\.[^.]+$/, '');
    if (opts.input === 'html' || /\.html?$/i.test(p)) {
      // htmlparser2 and its 25 modules load only for pages: most runs read text.
      const { declaredCharset, htmlToArticle } = await import('../pipeline/html.js');
      const { text: html, encoding, warning } = decode(bytes, source, opts.encoding, declaredCharset(bytes));
      const page = htmlToArticle(html);
      return { ok: true, id, source, text: page.text, refDate: null, encoding, title: page.title, ...(warning ? { warning } : {}) };
    }
    const { text, encoding, warning } = decode(bytes, source, opts.encoding);
    return { ok: true, id, source, text, refDate: null, encoding, ...(warning ? { warning } : {}) };
  } catch (err) {
    const code = err instanceof TifaError ? err.code : 'E_INPUT_UNREADABLE';
    const msg = err instanceof TifaError ? err.message : `${source}: cannot read (${errorMessage(err)})`;
    return { ok: false, id: null, source, code, message: msg };
  }
}

/** Parses one JSON Lines record `{"id", "text", "ref_date"?}`; a bad record is an error task. */
export function parseRecord(line: string, source: string, lineNo: number): Task {
  const where = `${source}:${lineNo}`;
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (err) {
    return { ok: false, id: null, source: where, code: 'E_RECORD_JSON', message: `${where}: not valid JSON (${errorMessage(err)})` };
  }
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
    return { ok: false, id: null, source: where, code: 'E_RECORD_SHAPE', message: `${where}: a record must be a JSON object {"id", "text", "ref_date"?}` };
  }
  const r = rec as Record<string, unknown>;
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : null;
  if (typeof r.text !== 'string') {
    const got = r.text === undefined ? 'no "text" field' : `"text" is ${r.text === null ? 'null' : typeof r.text}, not a string`;
    return { ok: false, id, source: where, code: 'E_RECORD_SHAPE', message: `${where}: ${got}` };
  }
  const rd = r.ref_date;
  if (rd !== undefined && rd !== null && (typeof rd !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(rd))) {
    return { ok: false, id, source: where, code: 'E_RECORD_SHAPE', message: `${where}: "ref_date" must be "YYYY-MM-DD" or null, got ${JSON.stringify(rd)}` };
  }
  return { ok: true, id, source: where, text: r.text, refDate: (rd as string | null | undefined) ?? null };
}

/** Folders hold .html/.htm pages for --input html unless --ext named something else than the default. */
function htmlExts(opts: SourceOptions): readonly string[] {
  return opts.input === 'html' && opts.exts.length === 1 && opts.exts[0] === '.txt' ? ['.html', '.htm'] : opts.exts;
}

/** Every task of the inputs, in input order, read lazily (JSON Lines line by line). */
export async function* tasks(inputs: readonly string[], opts: SourceOptions): AsyncGenerator<Task> {
  for await (const item of expandPaths(inputs, htmlExts(opts))) {
    if ('error' in item) {
      yield item.error;
      continue;
    }
    if (opts.input !== 'jsonl') {
      yield await readTextTask(item.path, opts);
      continue;
    }
    const source = item.path === STDIN ? '<stdin>' : item.path;
    let stream: Readable;
    try {
      stream = item.path === STDIN ? opts.stdin ?? process.stdin : createReadStream(item.path, { encoding: 'utf8' });
    } catch (err) {
      yield { ok: false, id: null, source, code: errorCode(err), message: `${source}: ${errorMessage(err)}` };
      continue;
    }
    let lineNo = 0;
    try {
      for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
        lineNo++;
        if (line.trim() === '') continue;
        yield parseRecord(lineNo === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line, source, lineNo);
      }
    } catch (err) {
      yield { ok: false, id: null, source, code: 'E_INPUT_UNREADABLE', message: `${source}: cannot read (${errorMessage(err)})` };
    }
  }
}
