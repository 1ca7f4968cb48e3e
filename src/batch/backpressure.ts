/**
 * Backpressure from the output to the input (issue 7: memory bounded by the jobs in flight).
 *
 * A write to stdout never blocks when stdout is a pipe: what the reader has not taken yet is queued
 * in the stream, and `write` returns false once that queue passes the stream's high-water mark.
 * Results are written by a synchronous `emit` (InOrder releases them from worker messages too), so
 * the wait goes where the input is read instead: no item is taken while the output is backed up.
 * Then the output queue holds at most one high-water mark plus the results of the jobs already in
 * flight (the scheduler's window), whatever the input size and however slow the reader.
 *
 * Why not `stdout._handle.setBlocking(true)`: it is undocumented, and a blocked main thread would
 * also stop reading worker results and the progress bar; waiting here keeps workers busy with the
 * jobs they hold.
 */

/** What the scheduler needs of the output: Node's Writable (stdout) has all of it. */
export interface Drainable {
  /** True from a `write` that returned false until 'drain' (Node's Writable). */
  readonly writableNeedDrain: boolean;
  once(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  off(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
}

/**
 * Resolves at once while `out` takes writes, else at its 'drain'. Also at 'close' or 'error': a
 * stream that failed never drains, and its error is for the stream's own handler (EPIPE: epipe.ts).
 */
export function outputDrained(out: Drainable): Promise<void> | undefined {
  if (!out.writableNeedDrain) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      out.off('error', done);
      resolve();
    };
    out.once('drain', done);
    out.once('close', done);
    out.once('error', done);
  });
}

/**
 * `items`, each next one taken only once `out` has drained: the point where the scheduler reads
 * input is the one place where waiting stops new work without holding any result back.
 */
export async function* whileOutputFlows<T>(items: AsyncIterable<T>, out: Drainable): AsyncGenerator<T> {
  for await (const item of items) {
    yield item;
    // Resumed when the scheduler asks for the next item: wait before reading it.
    const wait = outputDrained(out);
    if (wait) await wait;
  }
}
