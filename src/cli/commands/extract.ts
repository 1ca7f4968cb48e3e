import { availableParallelism } from 'node:os';
import { tasks, type Task } from '../../input/sources.js';
import { renderers } from '../../render/index.js';
import { runInOrder, type Item } from '../../batch/schedule.js';
import { isError } from '../../batch/job.js';
import { progressBar, silentProgress, wantProgress } from '../../batch/progress.js';
import { knownTotals } from '../../batch/totals.js';
import { endQuietlyWhenStdoutCloses } from '../../batch/epipe.js';
import { needsSegmenter, warmUp, type ExtractOptions } from '../../pipeline/extract.js';
import { segmenterThreadStarted, startSegmenterThread, stopSegmenterThread } from '../../pipeline/segmenter-thread.js';
import { isOneSmallArticle, isOneSmallFile } from '../early-segmenter.js';
import { capYoungGeneration, uncapYoungGeneration } from '../young-generation.js';
import { expectOneText } from '../../pipeline/segment.js';
import type { FieldName } from '../../extractors/index.js';
import { parseT2sMode, type T2sMode } from '../../pipeline/t2s.js';
import { parseExts, parseFormat, parseInputKind, parseOnly, parsePositiveInt, parseRefDate, useColor } from '../options.js';

export interface ExtractCliOptions {
  format?: string;
  input: string;
  ext: string;
  refDate?: string;
  only?: string;
  keywords?: string;
  encoding?: string;
  withText?: boolean;
  t2s?: string;
  color?: boolean;
  quiet?: boolean;
  jobs?: string;
}

/** What every article of a run shares, besides its own id, source, text and ref_date. */
export interface RunSettings {
  refDate?: string;
  only?: FieldName[];
  keywords?: number;
  withText?: boolean;
  t2s?: T2sMode;
  /** -q: no read warnings (a truncated file repaired) on stderr. */
  quiet?: boolean;
}

/** Tasks (articles or read errors) → scheduler items, reading lazily so a stream stays a stream. */
export async function* taskItems(source: AsyncIterable<Task>, s: RunSettings, countBytes: boolean): AsyncGenerator<Item> {
  for await (const t of source) {
    if (!t.ok) {
      yield { result: { id: t.id, source: t.source, error: { code: t.code, message: t.message } }, bytes: 0 };
      continue;
    }
    const opts: ExtractOptions = {
      id: t.id,
      source: t.source,
      refDate: s.refDate ?? t.refDate,
      ...(s.only ? { only: s.only } : {}),
      ...(s.keywords ? { keywords: s.keywords } : {}),
      ...(t.encoding ? { encoding: t.encoding } : {}),
      ...(t.title !== undefined ? { title: t.title } : {}),
      ...(s.t2s ? { t2s: s.t2s } : {}),
      withText: s.withText === true,
    };
    if (t.warning && !s.quiet) process.stderr.write(`tifa: warning: ${t.warning}\n`);
    yield { job: { text: t.text, opts }, bytes: countBytes ? Buffer.byteLength(t.text) : 0 };
  }
}

/** -j/--jobs: threads that extract, the main one included; default: the cores this process may use. */
export function parseJobs(raw: string | undefined): number {
  return parsePositiveInt(raw, '--jobs') ?? availableParallelism();
}

export async function runExtract(inputs: string[], o: ExtractCliOptions): Promise<void> {
  const format = parseFormat(o.format, process.stdout.isTTY === true);
  const settings: RunSettings = { withText: o.withText === true, quiet: o.quiet === true };
  const refDate = parseRefDate(o.refDate);
  if (refDate) settings.refDate = refDate;
  const only = parseOnly(o.only);
  if (only) settings.only = only;
  const nKeywords = parsePositiveInt(o.keywords, '--keywords');
  if (nKeywords) settings.keywords = nKeywords;
  const input = parseInputKind(o.input);
  settings.t2s = parseT2sMode(o.t2s);
  const jobs = parseJobs(o.jobs);
  const exts = parseExts(o.ext);
  // With --only, main.ts left the thread to this point: it is started only when a field segments.
  const article = { keywords: o.keywords, input: o.input };
  if (only && needsSegmenter(only) && isOneSmallArticle(inputs, article)) startSegmenterThread(inputs[0] as string);
  // Without the thread, jieba loads here on the article's first segment(), with only its words;
  // so does stdin read as text, which is one article.
  else if (isOneSmallFile(inputs, article) || isStdinText(inputs, article)) expectOneText();
  // The thread loads jieba meanwhile.
  if (segmenterThreadStarted()) warmUp(only ?? undefined);
  endQuietlyWhenStdoutCloses();
  const out = process.stdout;
  const render = format === 'table' ? await renderers.table(out, { color: useColor(o.color, out.isTTY === true) }) : await renderers[format](out);
  const showProgress = wantProgress(o.quiet);
  const progress = showProgress ? await progressBar() : silentProgress();
  if (showProgress) progress.setTotals(await knownTotals(inputs, input === 'jsonl' ? 'jsonl' : 'text', exts));

  if (jobs === 1) capYoungGeneration();
  let failed = 0;
  const sourceOpts = { input, exts, ...(o.encoding ? { encoding: o.encoding } : {}) };
  try {
    await runInOrder(
      taskItems(tasks(inputs, sourceOpts), settings, showProgress),
      (r) => {
        if (isError(r)) {
          failed++;
          progress.log(`tifa: ${r.error.message}\n`);
        }
        render.write(r);
        progress.done(isError(r));
      },
      { jobs, onRead: (b) => progress.read(b), output: out },
    );
  } finally {
    uncapYoungGeneration();
    progress.stop();
    // Leave only once the thread is out of jieba, also when an input failed before it was asked.
    stopSegmenterThread();
  }
  render.end();
  if (failed) process.exitCode = 1;
}

/** `tifa extract` (or `extract -`) reading one article from stdin, without --keywords. */
function isStdinText(inputs: readonly string[], o: { keywords?: string | undefined; input?: string | undefined }): boolean {
  return (inputs.length === 0 || (inputs.length === 1 && inputs[0] === '-')) && (o.input ?? 'text') === 'text' && o.keywords === undefined;
}
