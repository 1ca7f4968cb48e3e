import { extract, type ExtractOptions } from '../pipeline/extract.js';
import { errorCode, errorMessage } from '../errors.js';
import type { ArticleResult, ErrorResult } from '../types.js';

/** One article to extract, as sent to a worker: plain data only (it crosses a thread boundary). */
export interface Job {
  seq: number;
  text: string;
  opts: ExtractOptions;
}

export type JobResult = ArticleResult | ErrorResult;

/**
 * The one function that turns a job into its output record, in the main thread and in workers alike,
 * so that an error message cannot depend on where the job ran (output is identical for any --jobs).
 */
export function runJob(job: Job): JobResult {
  try {
    return extract(job.text, job.opts);
  } catch (err) {
    const where = job.opts.source ?? '<input>';
    return { id: job.opts.id ?? null, source: job.opts.source ?? null, error: { code: errorCode(err), message: `${where}: ${errorMessage(err)}` } };
  }
}

export const isError = (r: JobResult): r is ErrorResult => 'error' in r;
