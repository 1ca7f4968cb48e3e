/**
 * A Map keyed by the first two characters of words, probed at text positions without slicing. The
 * scans ask at every word boundary, and at ~95% of them no key starts: one bit per hashed character
 * pair answers those before a two-character string is made and hashed for the Map.
 */
export class PairMap<V> {
  private readonly map = new Map<string, V>();
  private readonly bits = new Int32Array(1 << (HASH_BITS - 5));

  get size(): number {
    return this.map.size;
  }

  get(pair: string): V | undefined {
    return this.map.get(pair);
  }

  set(pair: string, value: V): this {
    this.map.set(pair, value);
    if (pair.length === 2) {
      const h = pairHash(pair.charCodeAt(0), pair.charCodeAt(1));
      this.bits[h >>> 5] = (this.bits[h >>> 5] as number) | (1 << (h & 31));
    }
    return this;
  }

  keys(): IterableIterator<string> {
    return this.map.keys();
  }

  /** The value of the key `text.slice(pos, pos + 2)`, as `get` would give it. */
  at(text: string, pos: number): V | undefined {
    if (pos < 0 || pos + 2 > text.length) return this.map.get(text.slice(pos, pos + 2));
    const h = pairHash(text.charCodeAt(pos), text.charCodeAt(pos + 1));
    if (((this.bits[h >>> 5] as number) & (1 << (h & 31))) === 0) return undefined;
    return this.map.get(text.slice(pos, pos + 2));
  }
}

const HASH_BITS = 20;
/** Fibonacci hashing of the two code units (each < 2^16, so the packed pair is exact). */
const pairHash = (a: number, b: number): number => Math.imul(a ^ (b << 16), 0x9e3779b1) >>> (32 - HASH_BITS);
