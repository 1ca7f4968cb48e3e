import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { afterEachStep } from '../pipeline/extract.js';

/** New space (both semi-spaces) past which it stops growing: V8's default lets it reach 32 MB. */
const YOUNG_CAP_BYTES = 8 * 1024 * 1024;
/** V8's --semi-space-growth-factor, restored when the run is done. */
const DEFAULT_GROWTH_FACTOR = 2;
let capped = false;

/**
 * Stops V8's new space from growing once it holds YOUNG_CAP_BYTES, for a run extracting in this
 * thread only (--jobs 1): --max-semi-space-size=4 measured 20–25 MB less peak RSS on a stream and on
 * a 50 MB article, at the same CPU time, but cannot be set once V8 runs, while the growth factor is
 * read at each growth. Checked after each text and each piece of a long one segmented, not at the
 * start: a new space frozen at its initial 1 MB cost 5–17% more CPU. The flag is process-wide, so a
 * run with worker threads (whose new spaces would freeze small) is left alone.
 */
export function capYoungGeneration(): void {
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => /--(?:max|min)[-_]semi[-_]space|--semi[-_]space[-_]growth/.test(a));
  if (given || capped) return;
  capped = true;
  afterEachStep(() => {
    const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    if (young && young.space_size >= YOUNG_CAP_BYTES) {
      setFlagsFromString('--semi-space-growth-factor=1');
      afterEachStep(null);
    }
  });
}

/**
 * Restores V8's growth factor. Call when extraction is done: V8 keys the code cache written at exit
 * (code-cache.ts) to its flags, which must be those the cache was read with.
 */
export function uncapYoungGeneration(): void {
  if (!capped) return;
  capped = false;
  afterEachStep(null);
  setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH_FACTOR}`);
}
