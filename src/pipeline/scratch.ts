/**
 * Per-character tables of the text being extracted (a byte or a token index per character), lent
 * from buffers kept from one text to the next instead of allocated per text. A typed array's memory
 * is malloc's, not V8's: a 50 MB article's windows of 100,000 characters allocated ~1.3 MB of
 * such tables each; once glibc had freed one of those it raised its mmap threshold, and the next
 * ones came from its arenas, which kept ~40 MB of the freed tables (peak RSS 324 MB against
 * 280 MB with the threshold held). Lent tables are valid until `releaseScratch()`, which the
 * pipeline calls once a text's extractors are done (extract.ts): none may be kept past that.
 */
type Table = Uint8Array | Int32Array;

class Pool<T extends Table> {
  private readonly free: T[] = [];
  private readonly lent: T[] = [];
  constructor(private readonly make: (capacity: number) => T) {}

  /** A table of `n` entries, every one `fill`. */
  take(n: number, fill: number): T {
    let i = this.free.findIndex((b) => b.length >= n);
    if (i < 0) {
      this.free.push(this.make(capacityFor(n)));
      i = this.free.length - 1;
    }
    const buf = this.free.splice(i, 1)[0] as T;
    this.lent.push(buf);
    const table = buf.subarray(0, n) as T;
    table.fill(fill);
    return table;
  }

  release(): void {
    this.free.push(...this.lent);
    this.lent.length = 0;
    // Smallest first, so take() lends the smallest buffer that fits.
    this.free.sort((a, b) => a.length - b.length);
  }
}

/** Powers of two from 4,096: few distinct sizes over a stream of articles of any lengths. */
function capacityFor(n: number): number {
  let c = 4096;
  while (c < n) c *= 2;
  return c;
}

const bytes = new Pool<Uint8Array>((c) => new Uint8Array(c));
const ints = new Pool<Int32Array>((c) => new Int32Array(c));

/** `n` bytes, all 0 (as `new Uint8Array(n)`), valid until releaseScratch(). */
export function scratchBytes(n: number): Uint8Array {
  return bytes.take(n, 0);
}

/** `n` 32-bit integers, all `fill`, valid until releaseScratch(). */
export function scratchInts(n: number, fill: number): Int32Array {
  return ints.take(n, fill);
}

/** Every table lent since the last call goes back to the pool: the text they described is done. */
export function releaseScratch(): void {
  bytes.release();
  ints.release();
}
