import { Worker } from 'node:worker_threads';
import { errorMessage } from '../errors.js';
import type { Job, JobResult } from './job.js';
import { bundledOr } from '../bundled.js';

/** Messages a worker posts back. */
export type FromWorker = { type: 'ready' } | { type: 'done'; seq: number; result: JobResult };

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Jobs sent and not yet answered, by sequence number (their ids, for error records on a crash). */
  pending: Map<number, Job>;
}

/**
 * A fixed set of worker threads, each loading the dictionaries once. Deliberately tiny instead of a
 * general pool (piscina is not a dependency): tifa needs only "send to a warm worker with room, else
 * tell the caller", because the caller (schedule.ts) then extracts in its own thread. A worker that
 * is still loading takes no jobs, so a small batch never waits for one.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private roomWaiters: (() => void)[] = [];

  /**
   * @param size    number of worker threads
   * @param depth   jobs queued per worker, so it never idles between two messages
   * @param onDone  called with every job's result, in completion order
   */
  constructor(size: number, private readonly depth: number, private readonly onDone: (seq: number, r: JobResult) => void) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    const worker = new Worker(bundledOr(new URL('../batch/worker.js', import.meta.url)));
    const slot: Slot = { worker, ready: false, pending: new Map() };
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'ready') slot.ready = true;
      else {
        slot.pending.delete(m.seq);
        this.onDone(m.seq, m.result);
      }
      this.wakeRoomWaiters();
    });
    // A crashed worker (out of memory, a native fault) fails only the jobs it held; the run goes on
    // in the remaining workers and the main thread.
    const fail = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      for (const [seq, job] of slot.pending) {
        const where = job.opts.source ?? '<input>';
        this.onDone(seq, { id: job.opts.id ?? null, source: job.opts.source ?? null, error: { code: 'E_INTERNAL', message: `${where}: worker thread failed (${why})` } });
      }
      slot.pending.clear();
      this.wakeRoomWaiters();
    };
    worker.on('error', (err) => fail(errorMessage(err)));
    worker.on('exit', (code) => fail(`exit code ${code}`));
    this.slots.push(slot);
  }

  /** Live workers (a crashed one is gone). */
  get size(): number {
    return this.slots.length;
  }

  /** Resolves at the next "ready", result or crash: a moment when tryRun may succeed. */
  whenRoom(): Promise<void> {
    return new Promise((resolve) => this.roomWaiters.push(resolve));
  }

  private wakeRoomWaiters(): void {
    const ws = this.roomWaiters;
    this.roomWaiters = [];
    for (const w of ws) w();
  }

  /** Sends the job to the least busy warm worker with room and returns true, or returns false. */
  tryRun(job: Job): boolean {
    let best: Slot | undefined;
    for (const s of this.slots) {
      if (s.ready && s.pending.size < this.depth && (!best || s.pending.size < best.pending.size)) best = s;
    }
    if (!best) return false;
    best.pending.set(job.seq, job);
    best.worker.postMessage(job);
    return true;
  }

  /**
   * Asks every worker to finish its queue and exit. Not `terminate()`: stopping a thread while it is
   * inside nodejieba's native code aborts the whole process ("terminate called after throwing an
   * instance of 'Napi::Error'").
   */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => new Promise<void>((resolve) => {
      s.worker.once('exit', () => resolve());
      s.worker.postMessage(null);
    })));
  }
}
