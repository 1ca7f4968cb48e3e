import { setFlagsFromString } from 'node:v8';

/** Heap growth allowed after each full garbage collection: the limit becomes live size × 1.5. */
const HEAP_GROWING_PERCENT = 50;

/**
 * Caps how far V8 lets the heap grow past the live data before collecting, for CLI runs only (a
 * library user's process keeps V8's defaults). Extraction makes a lot of short-lived garbage around
 * a live heap of ~40 MB, and V8's own heuristic grew the heap up to 4× the live size: peak RSS of a
 * JSON Lines stream sat at ~270–300 MB (issue 7's limit is 300) and 586 MB for a 50 MB article.
 * With 50% it measured ~200 MB for the stream, CPU time within the noise (test/bench/throughput.mjs).
 * V8 reads this flag at every collection, so setting it after start-up works; it is process-wide,
 * so worker threads get it too. An explicit --heap-growing-percent (node flag or NODE_OPTIONS) wins.
 */
export function boundHeapGrowth(): void {
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => /--heap[-_]growing[-_]percent/.test(a));
  if (!given) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
