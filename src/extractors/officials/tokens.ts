import type { Doc, Token } from '../../types.js';
import { textView, type TextView } from '../locations/text-view.js';

/**
 * Finds jieba tokens by character offset, through the document's shared per-character table
 * (locations/text-view.ts): the rules look tokens up millions of times on a long text, where a
 * binary search per lookup was the officials extractor's largest cost.
 */
export class TokenIndex {
  private readonly view: TextView;
  constructor(doc: Doc) {
    this.view = textView(doc);
  }

  /** The token covering `offset`, if any. */
  at(offset: number): Token | undefined {
    const i = offset >= 0 && offset < this.view.tokenAt.length ? (this.view.tokenAt[offset] as number) : -1;
    return i >= 0 ? this.view.tokens[i] : undefined;
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
