import { InOrder } from './ordering.js';
import { WorkerPool } from './pool.js';
import { runJob, type Job, type JobResult } from './job.js';
import { whileOutputFlows, type Drainable } from './backpressure.js';

/** What the reader hands the scheduler: an article to extract, or a record already decided (a read error). */
export type Item = { job: Omit<Job, 'seq'>; bytes: number } | { result: JobResult; bytes: number };

export interface ScheduleOptions {
  /** Threads extracting, the main one included: jobs − 1 workers are started. */
  jobs: number;
  /** Called once per item, as soon as it is read (for progress). */
  onRead?: (bytes: number) => void;
  /**
   * Every job goes to a worker, started at the first job, and the main thread only reads and writes.
   * For tests and benchmarks of the worker path (env TIFA_WORKERS_ONLY=1), which a small input
   * would otherwise never reach.
   */
  workersOnly?: boolean;
  /**
   * The stream `emit` writes to (stdout): no item is taken while it is backed up (backpressure.ts).
   * Left out when `emit` writes nothing (summary).
   */
  output?: Drainable;
}

/** Jobs queued per worker: enough that it never waits on the main thread, even behind a long article there. */
const DEPTH = 4;
/**
 * Main-thread extraction time (after the first article, which pays for loading) before workers are
 * worth starting: a worker costs ~1 s of CPU and its own dictionaries, and the run cannot end while
 * one is still loading.
 */
const START_WORKERS_AFTER_MS = 300;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs every item and calls `emit` in input order, each result as soon as it and all before it are
 * done. The main thread extracts too, whenever no warm worker has room, so
 *  - `--jobs 1` never starts a worker, and a one-article run never waits for one;
 *  - workers (jobs − 1) start only once this thread has spent START_WORKERS_AFTER_MS extracting,
 *    and take work only once warm;
 *  - at most `window` results are unreleased at any time: reading stops until the oldest is out,
 *    and, with `output`, while the output waits for a slow reader; so memory is bounded by the jobs
 *    in flight and one high-water mark of output, not by the input (a 10 GB JSONL stream is fine).
 * The output cannot depend on --jobs: every job goes through the same `runJob`, in any thread.
 */
export async function runInOrder(items: AsyncIterable<Item>, emit: (r: JobResult) => void, o: ScheduleOptions): Promise<void> {
  const order = new InOrder<JobResult>((r) => emit(r));
  const window = Math.max(4, o.jobs * DEPTH * 2);
  let pool: WorkerPool | null = null;
  let seq = 0;
  let jobsSeen = 0;
  let busyMs = 0;
  const workersOnly = o.workersOnly ?? process.env.TIFA_WORKERS_ONLY === '1';
  try {
    for await (const item of o.output ? whileOutputFlows(items, o.output) : items) {
      const s = seq++;
      o.onRead?.(item.bytes);
      if (s >= window) await order.releasedAtLeast(s + 1 - window);
      if ('result' in item) {
        order.put(s, item.result);
        continue;
      }
      const job: Job = { ...item.job, seq: s };
      jobsSeen++;
      if (!pool && o.jobs > 1 && (workersOnly || (jobsSeen > 1 && busyMs >= START_WORKERS_AFTER_MS))) {
        pool = new WorkerPool(o.jobs - 1, DEPTH, (q, r) => order.put(q, r));
      }
      if (pool?.tryRun(job)) continue;
      if (workersOnly && pool) {
        while (pool.size > 0 && !pool.tryRun(job)) await pool.whenRoom();
        if (pool.size > 0) continue;
      }
      const t0 = performance.now();
      order.put(s, runJob(job));
      if (jobsSeen > 1) busyMs += performance.now() - t0;
      // Let worker messages ("ready", results) in between two articles extracted here.
      if (pool) await nextTurn();
    }
    await order.releasedAtLeast(seq);
  } finally {
    await pool?.close();
  }
}
