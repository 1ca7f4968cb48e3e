/**
 * Worker-thread entry: loads nodejieba and every dictionary once (a warm-up extraction), says
 * "ready", then answers jobs one at a time. Extraction errors are records (runJob); only a crash of
 * the worker itself reaches the pool's error handler.
 */
import { parentPort } from 'node:worker_threads';
import { runJob, type Job } from './job.js';
import type { FromWorker } from './pool.js';

if (!parentPort) throw new Error('batch/worker.js runs only as a worker thread');
const port = parentPort;

// "国务院总理李克强4月7日在北京主持会议" touches every extractor, so every dictionary loads now.
runJob({ seq: -1, text: '国务院总理李克强4月7日在北京主持会议，强调坚持稳中求进。', opts: {} });
port.postMessage({ type: 'ready' } satisfies FromWorker);

port.on('message', (job: Job | null) => {
  // null: the pool is closing; leaving the port lets the thread end once idle.
  if (job === null) return port.close();
  port.postMessage({ type: 'done', seq: job.seq, result: runJob(job) } satisfies FromWorker);
});
