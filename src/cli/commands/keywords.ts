import Table from 'cli-table3';
import { buildDoc } from '../../pipeline/extract.js';
import { keywords } from '../../pipeline/segment.js';
import { parsePositiveInt, useColor } from '../options.js';
import { readOne } from './_read-one.js';

export async function runKeywords(input: string | undefined, o: { top: string; format?: 'table' | 'json' }): Promise<void> {
  const n = parsePositiveInt(o.top, '--top') ?? 10;
  const text = await readOne(input);
  buildDoc('', null); // registers tifa's words so slogans and titles rank as one word
  const kws = keywords(text, n);
  const format = o.format ?? (process.stdout.isTTY ? 'table' : 'json');
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(kws, null, 2)}\n`);
    return;
  }
  const t = new Table({ head: ['word', 'weight'], style: useColor(undefined, process.stdout.isTTY === true) ? {} : { head: [], border: [] } });
  for (const k of kws) t.push([k.word, k.weight.toFixed(3)]);
  process.stdout.write(`${t.toString()}\n`);
}
