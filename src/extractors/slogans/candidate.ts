import type { Token } from '../../types.js';

/** A proposed slogan: where it is, how it was found (`kind`) and which rule fired. */
export interface Candidate {
  start: number;
  end: number;
  kind: string;
  rule: string;
}

/** Inner punctuation of parallel lines: 、 and commas (the matching view folds ， to ,). */
export const LINE_PUNCT = /[、,，\s]/gu;
/** The comparison key of a phrase: no inner punctuation or spaces, so "可复制、可推广" = "可复制可推广". */
export const phraseKey = (s: string): string => s.replace(LINE_PUNCT, '');

/**
 * Token boundaries and tags by offset, found by binary search over the (sorted) tokens, so no
 * per-character table is built for a 50 MB input. The tokens are asked for on first use only:
 * a text where no pattern fires is never segmented for slogans.
 */
export class TokenIndex {
  private cached: readonly Token[] | null = null;
  constructor(private readonly source: () => readonly Token[]) {}

  private get tokens(): readonly Token[] {
    return (this.cached ??= this.source());
  }

  /** Index of the token covering `offset`, or -1. */
  at(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = this.tokens[mid] as Token;
      if (offset < t.start) hi = mid - 1;
      else if (offset >= t.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  isStart(offset: number): boolean {
    const i = this.at(offset);
    return i >= 0 && this.tokens[i]?.start === offset;
  }

  isEnd(offset: number): boolean {
    if (offset <= 0) return false;
    const i = this.at(offset - 1);
    return i >= 0 && this.tokens[i]?.end === offset;
  }

  /** The tokens lying inside [start, end), in order. */
  within(start: number, end: number): Token[] {
    const out: Token[] = [];
    let i = this.at(start);
    if (i < 0) return out;
    for (; i < this.tokens.length; i++) {
      const t = this.tokens[i] as Token;
      if (t.start >= end) break;
      out.push(t);
    }
    return out;
  }
}
