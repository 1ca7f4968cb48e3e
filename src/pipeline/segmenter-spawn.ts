/**
 * Starting the segmenter thread (segmenter-thread.ts), kept free of tifa's other modules so that
 * bin/tifa.js can start it before the CLI loads (cli/early-segmenter.ts).
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';

/** A started thread: its worker, the port it answers on, and [answers posted so far], shared. */
export interface SpawnedSegmenter {
  worker: Worker;
  port: MessagePort;
  flag: Int32Array;
}

/** Starts a thread that loads jieba at once; it never keeps the process alive. */
export function spawnSegmenter(): SpawnedSegmenter {
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL('./segmenter-worker.js', import.meta.url), { workerData: { port: port2, flag }, transferList: [port2] });
  worker.unref();
  port1.unref();
  return { worker, port: port1, flag };
}

/** A thread started before the command line was parsed, until segmenter-thread.ts adopts it. */
let early: SpawnedSegmenter | null = null;

export function spawnEarly(): void {
  early ??= spawnSegmenter();
}

/** The early thread, handed over once; null when none was started. */
export function takeEarly(): SpawnedSegmenter | null {
  const s = early;
  early = null;
  return s;
}

/** Stops an early thread that no one adopted: the parsed command line wants none. */
export function dropEarly(): void {
  const s = takeEarly();
  if (!s) return;
  s.port.close();
  void s.worker.terminate();
}
