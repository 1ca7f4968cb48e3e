import { tasks } from '../../input/sources.js';
import { runInOrder } from '../../batch/schedule.js';
import { isError } from '../../batch/job.js';
import { progressBar, silentProgress, wantProgress } from '../../batch/progress.js';
import { knownTotals } from '../../batch/totals.js';
import { endQuietlyWhenStdoutCloses } from '../../batch/epipe.js';
import { SummaryBuilder } from '../../summary/aggregate.js';
import { readResults } from '../../summary/results.js';
import { SUMMARY_FORMATS, summaryCsv, summaryJson, summaryTable, truncate, type SummaryFormat } from '../../summary/render.js';
import { UsageError } from '../../errors.js';
import { parseExts, parseOnly, parsePositiveInt, parseRefDate, useColor } from '../options.js';
import { parseJobs, taskItems, type RunSettings } from './extract.js';

export interface SummaryCliOptions {
  format?: string;
  input: string;
  ext?: string;
  refDate?: string;
  only?: string;
  encoding?: string;
  color?: boolean;
  quiet?: boolean;
  jobs?: string;
  top?: string;
}

/** `tifa summary`: extracts a corpus (or reads extract's JSONL results) and prints one corpus summary. */
export async function runSummary(inputs: string[], o: SummaryCliOptions): Promise<void> {
  const format = (o.format ?? (process.stdout.isTTY ? 'table' : 'json')) as SummaryFormat;
  if (!SUMMARY_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${SUMMARY_FORMATS.join(', ')}; got "${o.format}"`);
  if (!['text', 'jsonl', 'results'].includes(o.input)) throw new UsageError(`--input must be text, jsonl or results; got "${o.input}"`);
  const top = parsePositiveInt(o.top, '--top') ?? (format === 'table' ? 20 : undefined);
  const exts = parseExts(o.ext ?? (o.input === 'text' ? '.txt' : '.jsonl'));
  const jobs = parseJobs(o.jobs);
  const settings: RunSettings = {};
  const refDate = parseRefDate(o.refDate);
  if (refDate) settings.refDate = refDate;
  const only = parseOnly(o.only);
  if (only) settings.only = only;

  endQuietlyWhenStdoutCloses();
  const builder = new SummaryBuilder();
  const showProgress = wantProgress(o.quiet);
  const progress = showProgress ? await progressBar() : silentProgress();
  const take = (r: Parameters<SummaryBuilder['add']>[0]) => {
    if (isError(r)) progress.log(`tifa: ${r.error.message}\n`);
    builder.add(r);
    progress.done(isError(r));
  };
  try {
    if (o.input === 'results') {
      for await (const r of readResults(inputs, exts)) take(r);
    } else {
      const input = o.input as 'text' | 'jsonl';
      if (showProgress) progress.setTotals(await knownTotals(inputs, input, exts));
      const source = tasks(inputs, { input, exts, ...(o.encoding ? { encoding: o.encoding } : {}) });
      await runInOrder(taskItems(source, settings, showProgress), take, { jobs, onRead: (b) => progress.read(b) });
    }
  } finally {
    progress.stop();
  }
  const s = truncate(builder.result(), top);
  process.stdout.write(format === 'json' ? summaryJson(s) : format === 'csv' ? summaryCsv(s) : summaryTable(s, useColor(o.color, process.stdout.isTTY === true)));
  if (s.errors) process.exitCode = 1;
}
