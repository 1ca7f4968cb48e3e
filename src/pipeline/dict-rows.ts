/**
 * The rows "word freq tag" of a cppjieba main dictionary sorted by word, searched in the file's text
 * as read, with no index built at all.
 *
 * Building a Map of tifa's 57k-row lean dictionary cost 60–90 ms of every start-up (an offset index
 * still ~45 ms, run once by cold code), for an article that looks up a few hundred distinct words.
 * The lean file keeps the order of nodejieba's own dictionary, which is sorted by word (the test of
 * dict/jieba checks it), so a row is found by bisecting character offsets and stepping to the row
 * boundary. Another main dictionary (TIFA_JIEBA_DICT) need not be sorted: JiebaTags maps that one.
 */
export class SortedRows {
  constructor(private readonly text: string) {}

  /**
   * The tag column of `word`'s row (the rest of the row after the second space), or undefined. Not
   * remembered here: JiebaTags keeps every word's final tag, so a corpus pays for each word once.
   */
  tagOf(word: string): string | undefined {
    const row = this.search(word);
    if (!row) return undefined;
    const tagStart = this.text.indexOf(' ', row.wordEnd + 1) + 1;
    // A row without a tag column has none; a trailing \r stays part of the tag, as in cppjieba's getline.
    return tagStart > 0 && tagStart <= row.end ? this.text.slice(tagStart, row.end) || undefined : undefined;
  }

  /** The frequency column of `word`'s row, or undefined. */
  freqOf(word: string): number | undefined {
    const row = this.search(word);
    if (!row) return undefined;
    let freqEnd = this.text.indexOf(' ', row.wordEnd + 1);
    if (freqEnd < 0 || freqEnd > row.end) freqEnd = row.end;
    const f = Number(this.text.slice(row.wordEnd + 1, freqEnd));
    return Number.isFinite(f) ? f : undefined;
  }

  /**
   * Adds, keyed by row start, every row whose word occurs in `text`: the words jieba's trie can
   * match there (jieba-subset.ts). At each position the word grows one unit at a time for as long as
   * some row still starts with it, bisecting only the rows that start with the position's character.
   */
  addRowsIn(text: string, into: Map<number, string>): void {
    const { starts, wordEnds, lineEnds, firstLo, firstHi } = this.rowIndex();
    const rows = this.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let lo = firstLo[c] as number;
      const hi = firstHi[c] as number;
      for (let end = i + 1; end <= text.length && lo < hi; end++) {
        const prefix = text.slice(i, end);
        // First row in [lo, hi) whose word is not below the prefix.
        let a = lo;
        let b = hi;
        while (a < b) {
          const mid = (a + b) >>> 1;
          if (compareWordTo(prefix, rows, starts[mid] as number, wordEnds[mid] as number) <= 0) b = mid;
          else a = mid + 1;
        }
        if (a >= hi) break;
        const start = starts[a] as number;
        const wordEnd = wordEnds[a] as number;
        // No row's word starts with the prefix: nothing longer matches either.
        if (wordEnd - start < prefix.length || !rows.startsWith(prefix, start)) break;
        if (wordEnd - start === prefix.length && !into.has(start)) into.set(start, rows.slice(start, lineEnds[a] as number));
        lo = a;
      }
    }
  }

  private index: { starts: Int32Array; wordEnds: Int32Array; lineEnds: Int32Array; firstLo: Int32Array; firstHi: Int32Array } | null = null;

  /** Each row's start, word end and line end, and the rows [firstLo[c], firstHi[c]) whose word starts with code unit c. */
  private rowIndex(): NonNullable<SortedRows['index']> {
    if (this.index) return this.index;
    const text = this.text;
    const starts: number[] = [];
    const wordEnds: number[] = [];
    const lineEnds: number[] = [];
    for (let at = 0; at < text.length; ) {
      let nl = text.indexOf('\n', at);
      if (nl < 0) nl = text.length;
      if (nl > at) {
        let sp = text.indexOf(' ', at);
        if (sp < 0 || sp > nl) sp = nl;
        starts.push(at);
        wordEnds.push(sp);
        lineEnds.push(nl);
      }
      at = nl + 1;
    }
    // Sorted by word, so the rows sharing a first code unit are contiguous.
    const firstLo = new Int32Array(0x10000);
    const firstHi = new Int32Array(0x10000);
    for (let r = 0; r < starts.length; r++) {
      const c = text.charCodeAt(starts[r] as number);
      if (firstHi[c] === 0) firstLo[c] = r;
      firstHi[c] = r + 1;
    }
    this.index = { starts: Int32Array.from(starts), wordEnds: Int32Array.from(wordEnds), lineEnds: Int32Array.from(lineEnds), firstLo, firstHi };
    return this.index;
  }

  /** `word`'s row: where its word ends and where the row ends, or null. */
  private search(word: string): { wordEnd: number; end: number } | null {
    const text = this.text;
    // Rows starting in [lo, hi) are left; lo is always a row start.
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = text.lastIndexOf('\n', mid - 1) + 1; // ≥ lo, since text[lo - 1] is a line break
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let wordEnd = text.indexOf(' ', start);
      if (wordEnd < 0 || wordEnd > end) wordEnd = end;
      const c = compareWordTo(word, text, start, wordEnd);
      if (c === 0) return { wordEnd, end };
      if (c < 0) hi = start;
      else lo = end + 1;
    }
    return null;
  }
}

/** Code-unit order of `word` against text[start, end). */
function compareWordTo(word: string, text: string, start: number, end: number): number {
  const len = end - start;
  const n = Math.min(word.length, len);
  for (let i = 0; i < n; i++) {
    const d = word.charCodeAt(i) - text.charCodeAt(start + i);
    if (d !== 0) return d;
  }
  return word.length - len;
}
