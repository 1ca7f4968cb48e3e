/**
 * Lookup tables the rule modules probe at every position of a text. Each answers exactly what the
 * plain Map, Set or slice would (test/char-tables.test.ts checks it) while making no string per probe.
 */

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

/** A PairMap used as a set of words: `at(text, pos)` is true where `text.slice(pos, pos + 2)` is one of them. */
export function pairSet(words: Iterable<string>): PairMap<true> {
  const set = new PairMap<true>();
  for (const w of words) set.set(w, true);
  return set;
}

/**
 * Bits per character pair, OR-ed together, in a table keyed by the pair's hash: `at(text, pos)`
 * holds at least every bit given for `text.slice(pos, pos + 2)` (pairs sharing a hash share bits),
 * so it can rule candidates out, never in. No string is made, to fill it or to probe it.
 */
export class PairBits {
  /**
   * One bit per COARSE_SLOTS slots of `table`, set where any of them is not 0: at 8 KB it stays in
   * the processor's cache while the 1 MB table does not, and it answers most positions of a text
   * alone (a profile of the gazetteer scan found most of its time in reading the table).
   */
  private readonly some = new Int32Array(1 << (PAIR_BITS_HASH - COARSE_SHIFT - 5));

  /** `table`: one saved from another PairBits (its `table`), e.g. in the gazetteer's index. */
  constructor(readonly table: Int32Array = new Int32Array(1 << PAIR_BITS_HASH)) {
    for (let h = 0; h < table.length; h++) if (table[h] !== 0) this.mark(h);
  }

  /** Adds `bits` to the pair text[pos, pos + 2). */
  orAt(text: string, pos: number, bits: number): void {
    const h = pairHash(text.charCodeAt(pos), text.charCodeAt(pos + 1)) >>> (HASH_BITS - PAIR_BITS_HASH);
    this.table[h] = (this.table[h] as number) | bits;
    if (bits !== 0) this.mark(h);
  }

  /** The bits of the pair at `pos` (0 where no pair fits in the text). */
  at(text: string, pos: number): number {
    if (pos < 0 || pos + 2 > text.length) return 0;
    const h = pairHash(text.charCodeAt(pos), text.charCodeAt(pos + 1)) >>> (HASH_BITS - PAIR_BITS_HASH);
    const c = h >>> COARSE_SHIFT;
    if (((this.some[c >>> 5] as number) & (1 << (c & 31))) === 0) return 0;
    return this.table[h] as number;
  }

  private mark(h: number): void {
    const c = h >>> COARSE_SHIFT;
    this.some[c >>> 5] = (this.some[c >>> 5] as number) | (1 << (c & 31));
  }
}

/** COARSE_SLOTS = 2^COARSE_SHIFT slots of a PairBits table share one bit of its filter (2^16 bits). */
const COARSE_SHIFT = 2;

/** 2^18 entries (1 MB) for the gazetteer's ~20k distinct pairs: few share a slot. */
const PAIR_BITS_HASH = 18;
const HASH_BITS = 20;
/** Fibonacci hashing of the two code units (each < 2^16, so the packed pair is exact). */
const pairHash = (a: number, b: number): number => Math.imul(a ^ (b << 16), 0x9e3779b1) >>> (32 - HASH_BITS);

/**
 * A set of single characters (UTF-16 code units) read by code: `has(text, i)` answers
 * `set.has(text.charAt(i))` without making a one-character string, which for a Han character is a
 * new string to allocate and hash at every position of a scan.
 */
export class CharSet {
  private readonly bits = new Uint8Array(0x10000);

  /** Members of more than one code unit can never equal one character: they are left out. */
  constructor(chars: Iterable<string>) {
    for (const c of chars) if (c.length === 1) this.bits[c.charCodeAt(0)] = 1;
  }

  /** `set.has(text.charAt(i))`: false outside the text. */
  has(text: string, i: number): boolean {
    return i >= 0 && i < text.length && this.bits[text.charCodeAt(i)] === 1;
  }

  hasChar(c: string | undefined): boolean {
    return c !== undefined && c.length === 1 && this.bits[c.charCodeAt(0)] === 1;
  }
}

/**
 * A filter over words by their first two characters, last character and length: `mayHave` is false
 * only when no word added has that shape, so a scan slices and looks up only the few candidates that
 * pass (the gazetteer's 39k surfaces: most lengths tried at a position are no surface at all).
 */
export class WordShapes {
  /** `bits`: ones saved from another WordShapes (its `bits`), e.g. in the gazetteer's index. */
  constructor(readonly bits: Int32Array = new Int32Array(1 << (HASH_BITS - 5))) {}

  add(word: string): void {
    this.addAt(word, 0, word.length);
  }

  /** Adds the word text[pos, pos + len) without slicing it. */
  addAt(text: string, pos: number, len: number): void {
    if (len < 2) return;
    const h = shapeHash(text.charCodeAt(pos), text.charCodeAt(pos + 1), text.charCodeAt(pos + len - 1), len);
    this.bits[h >>> 5] = (this.bits[h >>> 5] as number) | (1 << (h & 31));
  }

  /** False when no word added can equal `text.slice(pos, pos + len)` (len ≥ 2, inside the text). */
  mayHave(text: string, pos: number, len: number): boolean {
    const h = shapeHash(text.charCodeAt(pos), text.charCodeAt(pos + 1), text.charCodeAt(pos + len - 1), len);
    return ((this.bits[h >>> 5] as number) & (1 << (h & 31))) !== 0;
  }
}

const shapeHash = (a: number, b: number, last: number, len: number): number =>
  (Math.imul(a ^ (b << 16), 0x9e3779b1) ^ Math.imul(last ^ (len << 16), 0x85ebca6b)) >>> (32 - HASH_BITS);

/**
 * A short word list asked "does one of you start (end) here?" at many positions: only the words
 * whose first (last) character is the one at that position are compared, not the whole list.
 */
export class WordList {
  private readonly byFirst = new Map<number, string[]>();
  private readonly byLast = new Map<number, string[]>();
  /** An empty word starts and ends everywhere (as `startsWith('')` is true). */
  private readonly empty: boolean;

  constructor(readonly words: readonly string[]) {
    this.empty = words.includes('');
    for (const w of words) {
      if (w === '') continue;
      push(this.byFirst, w.charCodeAt(0), w);
      push(this.byLast, w.charCodeAt(w.length - 1), w);
    }
  }

  /** `words.some((w) => text.startsWith(w, pos))`. */
  someStartsAt(text: string, pos: number): boolean {
    if (this.empty) return true;
    const at = Math.min(Math.max(pos, 0), text.length);
    const same = this.byFirst.get(text.charCodeAt(at));
    return same !== undefined && same.some((w) => text.startsWith(w, at));
  }

  /** `words.some((w) => text.endsWith(w, pos))`. */
  someEndsAt(text: string, pos: number): boolean {
    if (this.empty) return true;
    const at = Math.min(Math.max(pos, 0), text.length);
    const same = this.byLast.get(text.charCodeAt(at - 1));
    return same !== undefined && same.some((w) => text.endsWith(w, at));
  }
}

function push(map: Map<number, string[]>, key: number, w: string): void {
  const list = map.get(key);
  if (list) list.push(w);
  else map.set(key, [w]);
}
