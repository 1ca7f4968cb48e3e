import { stat } from 'node:fs/promises';
import { expandPaths } from '../input/sources.js';

/**
 * What the progress bar can know before the run: the number of articles of a folder walk, or the
 * bytes of JSON Lines files. Stdin has neither. Only called when the bar is shown (it walks twice).
 */
export async function knownTotals(inputs: readonly string[], input: 'text' | 'jsonl', exts: readonly string[]): Promise<{ items?: number; bytes?: number }> {
  if (!inputs.length || inputs.includes('-')) return {};
  let items = 0;
  let bytes = 0;
  for await (const p of expandPaths(inputs, exts)) {
    items++;
    if (input === 'jsonl' && 'path' in p) bytes += (await stat(p.path).catch(() => ({ size: 0 }))).size;
  }
  return input === 'text' ? { items } : { bytes };
}
