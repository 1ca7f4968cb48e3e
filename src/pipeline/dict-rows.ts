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
    return this.search(word) ?? undefined;
  }

  /**
   * Adds, keyed by row start, every row whose word occurs in `text`: the words jieba's trie can
   * match there (jieba-subset.ts). At each position the word grows one unit at a time for as long as
   * some row still starts with it: a bisection per step, about three steps per position of news.
   */
  addRowsIn(text: string, into: Map<number, string>): void {
    const rows = this.text;
    for (let i = 0; i < text.length; i++) {
      let lo = 0;
      for (let end = i + 1; end <= text.length; end++) {
        const prefix = text.slice(i, end);
        lo = this.lowerBound(prefix, lo);
        if (lo >= rows.length) break;
        let wordEnd = rows.indexOf(' ', lo);
        const lineEnd = rows.indexOf('\n', lo);
        if (wordEnd < 0 || (lineEnd >= 0 && wordEnd > lineEnd)) wordEnd = lineEnd < 0 ? rows.length : lineEnd;
        // No row's word starts with the prefix (a row's word never holds a space): nothing longer matches.
        if (wordEnd - lo < prefix.length || !rows.startsWith(prefix, lo)) break;
        if (wordEnd - lo === prefix.length && !into.has(lo)) into.set(lo, rows.slice(lo, lineEnd < 0 ? rows.length : lineEnd));
      }
    }
  }

  /** Start of the first row at or after row start `lo` whose word is not below `prefix`; the text's length if none. */
  private lowerBound(prefix: string, lo: number): number {
    const text = this.text;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = text.lastIndexOf('\n', mid - 1) + 1;
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let wordEnd = text.indexOf(' ', start);
      if (wordEnd < 0 || wordEnd > end) wordEnd = end;
      if (compareWordTo(prefix, text, start, wordEnd) <= 0) hi = start;
      else lo = end + 1;
    }
    return Math.min(lo, text.length);
  }

  private search(word: string): string | null {
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
      if (c === 0) {
        const tagStart = text.indexOf(' ', wordEnd + 1) + 1;
        // A row without a tag column has none; a trailing \r stays part of the tag, as in cppjieba's getline.
        return tagStart > 0 && tagStart <= end ? text.slice(tagStart, end) : null;
      }
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
