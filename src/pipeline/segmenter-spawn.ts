/**
 * Starting the segmenter thread (segmenter-thread.ts), kept free of tifa's other modules so that
 * bin/tifa.js can start it before the CLI loads (cli/early-segmenter.ts).
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { bundledOr } from '../bundled.js';

/** A started thread: its worker, the port it answers on, and the flags it shares (ANSWERS, STOPPED). */
export interface SpawnedSegmenter {
  worker: Worker;
  port: MessagePort;
  flag: Int32Array;
}

/** flag[ANSWERS]: answers posted so far; flag[STOPPED]: 1 once the thread has left jieba for good. */
export const ANSWERS = 0;
export const STOPPED = 1;
/** How long stopping waits for a thread still inside jieba's load() (a full dictionary on a slow machine). */
const STOP_WAIT_MS = 10_000;

/**
 * Starts a thread that loads jieba at once; it never keeps the process alive. `file`: the one
 * article the run extracts, whose words the thread loads (pipeline/jieba-subset.ts).
 */
export function spawnSegmenter(file: string | null = null): SpawnedSegmenter {
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(bundledOr(new URL('../pipeline/segmenter-worker.js', import.meta.url)), { workerData: { port: port2, flag, file }, transferList: [port2] });
  worker.unref();
  port1.unref();
  return { worker, port: port1, flag };
}

/**
 * A thread started before the command line was parsed, until segmenter-thread.ts adopts it. Kept on
 * globalThis: bin/tifa.js starts it from this module, the CLI's bundle holds its own copy of it.
 */
const EARLY = Symbol.for('tifa.earlySegmenter');
const shared = globalThis as { [EARLY]?: SpawnedSegmenter | null };

export function spawnEarly(file: string): void {
  shared[EARLY] ??= spawnSegmenter(file);
}

/** The early thread, handed over once; null when none was started. */
export function takeEarly(): SpawnedSegmenter | null {
  const s = shared[EARLY] ?? null;
  shared[EARLY] = null;
  return s;
}

/** Stops an early thread that no one adopted: the parsed command line wants none. */
export function dropEarly(): void {
  const s = takeEarly();
  if (s) stopSegmenter(s);
}

/**
 * Asks the thread to stop and waits until it has: never terminate it while it runs inside nodejieba.
 * A worker terminated during load() or insertWord() makes node-addon-api throw a C++ exception that
 * aborts the whole process ("terminate called after throwing an instance of 'Napi::Error'", seen once
 * in 40 runs of `--only dates` when the thread was dropped mid-load). The thread handles 'stop' after
 * the load and the words before it, so the wait is at most what is left of the load.
 */
export function stopSegmenter(s: SpawnedSegmenter): void {
  s.port.postMessage({ type: 'stop' });
  if (Atomics.load(s.flag, STOPPED) === 0) Atomics.wait(s.flag, STOPPED, 0, STOP_WAIT_MS);
  s.port.close();
  void s.worker.terminate();
}
