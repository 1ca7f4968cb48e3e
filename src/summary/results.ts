import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { expandPaths } from '../input/sources.js';
import { errorMessage } from '../errors.js';
import type { ArticleResult, ErrorResult } from '../types.js';

/**
 * Reads the JSON Lines that `tifa extract --format jsonl` wrote (files, folders or stdin), so a
 * corpus extracted once on a cluster is summarised without extracting it again. A line that is not
 * a result object becomes an error record naming file:line.
 */
export async function* readResults(inputs: readonly string[], exts: readonly string[], stdin: Readable = process.stdin): AsyncGenerator<ArticleResult | ErrorResult> {
  for await (const item of expandPaths(inputs, exts)) {
    if ('error' in item) {
      const e = item.error;
      yield { id: e.id, source: e.source, error: { code: e.ok ? 'E_INTERNAL' : e.code, message: e.ok ? '' : e.message } };
      continue;
    }
    const source = item.path === '-' ? '<stdin>' : item.path;
    const stream = item.path === '-' ? stdin : createReadStream(item.path, { encoding: 'utf8' });
    let lineNo = 0;
    try {
      for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
        lineNo++;
        if (line.trim() === '') continue;
        yield parseResult(line, `${source}:${lineNo}`);
      }
    } catch (err) {
      yield { id: null, source, error: { code: 'E_INPUT_UNREADABLE', message: `${source}: cannot read (${errorMessage(err)})` } };
    }
  }
}

export function parseResult(line: string, where: string): ArticleResult | ErrorResult {
  let r: unknown;
  try {
    r = JSON.parse(line);
  } catch (err) {
    return { id: null, source: where, error: { code: 'E_RECORD_JSON', message: `${where}: not valid JSON (${errorMessage(err)})` } };
  }
  if (typeof r !== 'object' || r === null || Array.isArray(r) || !('id' in r)) {
    return { id: null, source: where, error: { code: 'E_RECORD_SHAPE', message: `${where}: not a tifa result object (run tifa extract --format jsonl first)` } };
  }
  return r as ArticleResult | ErrorResult;
}
