import { readFileSync } from 'node:fs';
import { SortedRows } from './dict-rows.js';

/**
 * Part-of-speech tags computed in JavaScript exactly as cppjieba's PosTagger does, so tifa can call
 * nodejieba's cut() instead of tag(): tag() builds a {word, tag} object per token across the native
 * boundary and costs twice what cut() does (1.33 s against 0.67 s on 4 MB of news), while a Map
 * lookup per token is a few percent of that. cppjieba's rule: the tag the dictionary trie holds for
 * the word (main dictionary rows in file order, then inserted words; a later entry replaces an
 * earlier one), else — unknown or empty tag — "x", "m" or "eng" by the word's ASCII characters.
 */
export class JiebaTags {
  /** Words given to insertWord: they replace a main dictionary row of the same word. */
  private readonly inserted = new Map<string, string>();
  /** A main dictionary sorted by word (tifa's lean file), searched as it is… */
  private sorted: SortedRows | null = null;
  /** …or any other one, every row in a Map (a later row replaces an earlier one). */
  private readonly rows = new Map<string, string>();
  /**
   * Every word's tag once looked up: one Map probe per token instead of three and a bisection of
   * the dictionary. Bounded: words jieba's HMM finds (numbers, names) never run out over a corpus.
   */
  private readonly seen = new Map<string, string>();
  /**
   * The same for the commonest shapes of word, keyed without hashing a string: one character (~45%
   * of tokens) by its code, two CJK-range characters (~48%) by a small-integer pair code.
   */
  private readonly oneChar: (string | undefined)[] = new Array<string | undefined>(0x10000);
  private readonly twoChars = new PairTags();

  /**
   * Rows "word freq tag" of any cppjieba main dictionary (TIFA_JIEBA_DICT), every row in a Map.
   */
  addDictionaryFile(file: string): void {
    addRowsTo(this.rows, readFileSync(file, 'utf8'));
    this.forgetAll();
  }

  /** The rows of a main dictionary sorted by word (tifa's lean file), searched as read: no Map built. */
  addSortedRows(rows: SortedRows): void {
    this.sorted = rows;
    this.forgetAll();
  }

  private forgetAll(): void {
    this.seen.clear();
    this.oneChar.fill(undefined);
    this.twoChars.clear();
  }

  /** A word given to insertWord(word, tag). */
  add(word: string, tag: string): void {
    this.inserted.set(word, tag);
    this.seen.delete(word);
    if (word.length === 1) this.oneChar[word.charCodeAt(0)] = undefined;
    else if (word.length === 2) this.twoChars.delete(pairCode(word));
  }

  tagOf(word: string): string {
    if (word.length === 1) return (this.oneChar[word.charCodeAt(0)] ??= this.lookUp(word));
    const pair = word.length === 2 ? pairCode(word) : -1;
    let tag = pair >= 0 ? this.twoChars.get(pair) : this.seen.get(word);
    if (tag === undefined) {
      tag = this.lookUp(word);
      if (pair >= 0) this.twoChars.set(pair, tag);
      else {
        if (this.seen.size >= SEEN_MAX) this.seen.clear();
        this.seen.set(word, tag);
      }
    }
    return tag;
  }

  private lookUp(word: string): string {
    const t = this.inserted.get(word) ?? this.rows.get(word) ?? this.sorted?.tagOf(word);
    return t ? t : asciiRule(word);
  }
}

const SEEN_MAX = 200_000;

/** 2^18 slots (1.5 MB) holding at most PAIR_MAX pairs: probes stay short at that load. */
const PAIR_SLOT_BITS = 18;
const PAIR_SLOTS = 1 << PAIR_SLOT_BITS;
const PAIR_MAX = 100_000;
/** A slot whose word was given a tag since (add): looked up again. */
const STALE = 0xffff;

/**
 * Tags of two-character words by pair code, in an open-addressing table of typed arrays: a Map keyed
 * by the pair code hashed and chased a bucket per token (half the tokens of news text are such words).
 * Holds what `Map<number, string>` would, bounded the same way (cleared when full).
 */
export class PairTags {
  private keys: Int32Array | null = null;
  private vals: Uint16Array | null = null;
  private readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  private count = 0;

  get(pair: number): string | undefined {
    const keys = this.keys;
    if (keys === null) return undefined;
    for (let h = slotOf(pair); ; h = (h + 1) & (PAIR_SLOTS - 1)) {
      const k = keys[h] as number;
      if (k === pair) {
        const v = (this.vals as Uint16Array)[h] as number;
        return v === STALE ? undefined : this.names[v];
      }
      if (k === -1) return undefined;
    }
  }

  set(pair: number, tag: string): void {
    let id = this.ids.get(tag);
    if (id === undefined) {
      if (this.names.length >= STALE) return; // never in practice: jieba has a few dozen tags
      id = this.names.length;
      this.names.push(tag);
      this.ids.set(tag, id);
    }
    if (this.keys === null || this.count >= PAIR_MAX) this.clear();
    const keys = this.keys as Int32Array;
    for (let h = slotOf(pair); ; h = (h + 1) & (PAIR_SLOTS - 1)) {
      const k = keys[h] as number;
      if (k === pair || k === -1) {
        if (k === -1) this.count++;
        keys[h] = pair;
        (this.vals as Uint16Array)[h] = id;
        return;
      }
    }
  }

  delete(pair: number): void {
    const keys = this.keys;
    if (keys === null) return;
    for (let h = slotOf(pair); ; h = (h + 1) & (PAIR_SLOTS - 1)) {
      const k = keys[h] as number;
      if (k === -1) return;
      if (k === pair) {
        (this.vals as Uint16Array)[h] = STALE; // the slot stays: later pairs probed past it
        return;
      }
    }
  }

  clear(): void {
    if (this.keys === null) {
      this.keys = new Int32Array(PAIR_SLOTS);
      this.vals = new Uint16Array(PAIR_SLOTS);
    }
    this.keys.fill(-1);
    this.count = 0;
  }
}

const slotOf = (pair: number): number => Math.imul(pair, 0x9e3779b1) >>> (32 - PAIR_SLOT_BITS);

/** CJK punctuation to the end of the unified ideographs: pairs of these code a small integer (< 2^30). */
const PAIR_LOW = 0x3000;
const PAIR_SPAN = 0xa000 - PAIR_LOW;
/** A two-unit word of that range as one small integer, else -1. */
function pairCode(word: string): number {
  const a = word.charCodeAt(0) - PAIR_LOW;
  const b = word.charCodeAt(1) - PAIR_LOW;
  return a >= 0 && a < PAIR_SPAN && b >= 0 && b < PAIR_SPAN ? a * PAIR_SPAN + b : -1;
}

function addRowsTo(rows: Map<string, string>, text: string): void {
  for (let from = 0; from < text.length; ) {
    let nl = text.indexOf('\n', from);
    if (nl < 0) nl = text.length;
    const line = text.slice(from, nl); // a trailing \r stays part of the tag, as in cppjieba's getline
    from = nl + 1;
    const a = line.indexOf(' ');
    const b = a < 0 ? -1 : line.indexOf(' ', a + 1);
    if (b > 0) rows.set(line.slice(0, a), line.slice(b + 1));
  }
}

/** cppjieba's SpecialRule, counted over code points, with its early stop at half the length. */
function asciiRule(word: string): string {
  let runes = 0;
  let ascii = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) ascii = true;
    if (c < 0xdc00 || c > 0xdfff) runes++; // a low surrogate is the second half of one code point
  }
  if (!ascii) return 'x'; // the common case: punctuation and Han words jieba's HMM found
  const half = Math.floor(runes / 2);
  let m = 0;
  let eng = 0;
  for (let i = 0; i < word.length && eng < half; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) {
      eng++;
      if (c >= 0x30 && c <= 0x39) m++;
    } else if (c >= 0xd800 && c <= 0xdbff) i++; // skip the low half: one code point
  }
  if (eng === 0) return 'x';
  return m === eng ? 'm' : 'eng';
}
