/**
 * A thread that loads jieba while the main thread loads everything else (issue 9).
 *
 * A one-article run spends ~300 ms in nodejieba's load() and ~250 ms loading tifa's own dictionaries
 * (the gazetteer above all) and compiling the extractors; on two cores the two can overlap. The CLI
 * starts this thread first, warms the extractors on the main thread, and from then on segment()
 * asks the thread: a synchronous call (Atomics.wait + receiveMessageOnPort), so no extractor has
 * to become asynchronous. The thread runs the very same segment() on the same dictionary and the
 * same registered words, in the same order, so tokens cannot differ from a local load.
 */
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { ANSWERS, spawnSegmenter, stopSegmenter, takeEarly, type SpawnedSegmenter } from './segmenter-spawn.js';
import { TifaError, type ErrorCode } from '../errors.js';
import type { Token } from '../types.js';
import { useRemoteSegmenter, type RemoteSegmenter } from './segment.js';

/** Main → thread. */
export type ToSegmenter = { type: 'words'; words: (readonly [string, string])[] } | { type: 'cut'; text: string } | { type: 'stop' };
/** Thread → main, one per 'cut': [start, end] pairs and tags, or the error the local call would throw. */
export type FromSegmenter = { spans: Int32Array; tags: string[] } | { error: { code: ErrorCode; message: string } };

let thread: SegmenterThread | null = null;

class SegmenterThread implements RemoteSegmenter {
  private asked = 0;
  private readonly port: MessagePort;
  private readonly flag: Int32Array;
  constructor(private readonly spawned: SpawnedSegmenter) {
    this.port = spawned.port;
    this.flag = spawned.flag;
  }

  addWords(words: readonly (readonly [string, string])[]): void {
    this.post({ type: 'words', words: [...words] });
  }

  segment(text: string): Token[] {
    this.post({ type: 'cut', text });
    this.asked++;
    // Blocks this thread until the answer is posted; the thread's own failure is an answer too.
    while (Atomics.load(this.flag, ANSWERS) < this.asked) Atomics.wait(this.flag, ANSWERS, this.asked - 1, 1000);
    const got = receiveMessageOnPort(this.port);
    if (!got) throw new TifaError('E_INTERNAL', 'the segmenter thread answered nothing');
    const answer = got.message as FromSegmenter;
    if ('error' in answer) throw new TifaError(answer.error.code, answer.error.message);
    const out: Token[] = new Array(answer.tags.length);
    for (let i = 0; i < answer.tags.length; i++) {
      const start = answer.spans[2 * i]!;
      const end = answer.spans[2 * i + 1]!;
      out[i] = { word: text.slice(start, end), tag: answer.tags[i]!, start, end };
    }
    return out;
  }

  close(): void {
    stopSegmenter(this.spawned);
  }

  private post(m: ToSegmenter): void {
    this.port.postMessage(m);
  }
}

/**
 * Routes segment() to the thread, starting it unless bin/tifa.js already has (cli/early-segmenter.ts).
 * `file`: the one article to extract, whose words the thread loads (pipeline/jieba-subset.ts).
 */
export function startSegmenterThread(file: string | null = null): void {
  if (thread) return;
  thread = new SegmenterThread(takeEarly() ?? spawnSegmenter(file));
  useRemoteSegmenter(thread);
}

export function segmenterThreadStarted(): boolean {
  return thread !== null;
}

/** segment() loads jieba here again, as without the thread. */
export function stopSegmenterThread(): void {
  if (!thread) return;
  useRemoteSegmenter(null);
  thread.close();
  thread = null;
}
