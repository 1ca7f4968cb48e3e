import { alternation } from './_han.js';

/** Where a word of the list was found, and which. */
export interface WordMatch { index: number; word: string }

/**
 * A fixed word list found in texts as the `gu` regex of its alternation finds it — leftmost, then the
 * longest word there — looking only where a word can start (one bit per first character), where V8
 * tries the regex's hundreds of alternatives at every position. With several `groups`, the regex is
 * their alternations joined (`/a1|a2|b1/`): at a position, a word of an earlier group wins.
 */
export class WordFinder {
  /** The words by first character: group by group, each group's longest first. */
  private readonly byFirst = new Map<number, string[]>();
  private readonly firsts = new Int32Array(0x10000 >>> 5);
  /** First characters that are a word alone (rare): there any position may match, whatever follows. */
  private readonly singles = new Set<number>();
  /**
   * One bit per hashed pair of first two characters of the words of two or more: at a position whose
   * first character starts some word, most following characters start none of them ("中" opens
   * hundreds of slogans and bodies), and this answers without comparing the words one by one. Sized
   * to the list (a name list made per article is short), at most 2^16 bits.
   */
  private readonly pairs: Int32Array;
  private readonly pairShift: number;
  /** The regex itself where code units and code points may differ (surrogates), or a group or word is empty. */
  private readonly regex: RegExp | null = null;

  constructor(...groups: Iterable<string>[]) {
    const lists = groups.map((g) => [...new Set(g)].sort((a, b) => b.length - a.length));
    const bits = Math.min(16, Math.max(10, Math.ceil(Math.log2(lists.reduce((n, l) => n + l.length, 0) * 16))));
    this.pairShift = 32 - bits;
    this.pairs = new Int32Array(1 << (bits - 5));
    if (lists.some((l) => l.length === 0 || l.some((w) => w === '' || /[\ud800-\udfff]/.test(w)))) {
      this.regex = new RegExp(lists.map((l) => alternation(l)).join('|'), 'gu');
      return;
    }
    for (const w of lists.flat()) {
      const c = w.charCodeAt(0);
      const same = this.byFirst.get(c);
      if (same) same.push(w);
      else this.byFirst.set(c, [w]);
      this.firsts[c >>> 5] = (this.firsts[c >>> 5] as number) | (1 << (c & 31));
      if (w.length === 1) this.singles.add(c);
      else {
        const h = pairHash(c, w.charCodeAt(1), this.pairShift);
        this.pairs[h >>> 5] = (this.pairs[h >>> 5] as number) | (1 << (h & 31));
      }
    }
  }

  /** What the regex's `exec` finds with its lastIndex at `from`, or null. */
  next(text: string, from: number): WordMatch | null {
    if (this.regex) {
      this.regex.lastIndex = from;
      const m = this.regex.exec(text);
      return m ? { index: m.index, word: m[0] } : null;
    }
    const n = text.length;
    for (let i = Math.max(0, from); i < n; i++) {
      const c = text.charCodeAt(i);
      if (((this.firsts[c >>> 5] as number) & (1 << (c & 31))) === 0) continue;
      if (this.singles.size === 0 || !this.singles.has(c)) {
        if (i + 1 >= n) continue; // no word of two or more fits
        const h = pairHash(c, text.charCodeAt(i + 1), this.pairShift);
        if (((this.pairs[h >>> 5] as number) & (1 << (h & 31))) === 0) continue;
      }
      for (const w of this.byFirst.get(c) as string[]) if (text.startsWith(w, i)) return { index: i, word: w };
    }
    return null;
  }

  /** What `text.matchAll(regex)` finds. */
  all(text: string): WordMatch[] {
    if (this.regex) return [...text.matchAll(this.regex)].map((m) => ({ index: m.index ?? 0, word: m[0] }));
    const out: WordMatch[] = [];
    for (let m = this.next(text, 0); m; m = this.next(text, m.index + m.word.length)) out.push(m);
    return out;
  }
}

/** Fibonacci hashing of two code units to the top 32 - `shift` bits. */
const pairHash = (a: number, b: number, shift: number): number => Math.imul(a ^ (b << 16), 0x9e3779b1) >>> shift;

/**
 * What `text.matchAll(new RegExp(alternation(words), 'gu'))` finds (leftmost, then longest, never
 * overlapping) as [offset, word] pairs, without compiling a regex: the names an article mentions make
 * a new word list for every article, and compiling its regex cost more than the scan. No word, no match.
 */
export function findWords(text: string, words: Iterable<string>): [number, string][] {
  const list = [...words];
  return list.length === 0 ? [] : new WordFinder(list).all(text).map((m) => [m.index, m.word]);
}
