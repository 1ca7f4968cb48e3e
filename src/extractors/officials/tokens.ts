import type { Token } from '../../types.js';

/** Finds jieba tokens by character offset (binary search: no per-character table, inputs can be 50 MB). */
export class TokenIndex {
  private readonly starts: Int32Array;
  constructor(private readonly tokens: readonly Token[]) {
    this.starts = Int32Array.from(tokens, (t) => t.start);
  }

  /** The token covering `offset`, if any. */
  at(offset: number): Token | undefined {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = this.tokens[mid] as Token;
      if (t.end <= offset) lo = mid + 1;
      else if (t.start > offset) hi = mid - 1;
      else return t;
    }
    return undefined;
  }

  /** The token that starts exactly at `offset`, if any. */
  startingAt(offset: number): Token | undefined {
    const t = this.at(offset);
    return t && t.start === offset ? t : undefined;
  }

  /** True when no token runs across `offset` (a word boundary, or the ends of the text). */
  isBoundary(offset: number): boolean {
    const t = this.at(offset);
    return !t || t.start === offset;
  }
}
