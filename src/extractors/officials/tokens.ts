import type { Token } from '../../types.js';

/**
 * Finds jieba tokens by character offset through a per-character table (4 bytes a character: an
 * article over 100,000 characters is extracted window by window, so the table stays small). The rules
 * look tokens up millions of times on a long text; a binary search per lookup was the officials
 * extractor's largest cost.
 */
export class TokenIndex {
  /** tokenAt[i] = 1 + index of the token covering character i, or 0. */
  private readonly tokenAt: Int32Array;
  constructor(private readonly tokens: readonly Token[]) {
    const last = tokens[tokens.length - 1];
    this.tokenAt = new Int32Array(last ? last.end + 1 : 0);
    tokens.forEach((t, i) => this.tokenAt.fill(i + 1, t.start, t.end));
  }

  /** The token covering `offset`, if any. */
  at(offset: number): Token | undefined {
    const i = offset >= 0 && offset < this.tokenAt.length ? (this.tokenAt[offset] as number) : 0;
    return i > 0 ? this.tokens[i - 1] : undefined;
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
