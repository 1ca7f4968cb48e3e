import type { Doc, Mention, Span } from '../types.js';

/** What an extractor sees besides the document: the mentions of the extractors it `requires`. */
export interface ExtractContext {
  mentions(field: string): readonly Mention<unknown>[];
}

/**
 * One kind of fact. `extract` is pure (no I/O beyond its cached dictionaries, no clock): it returns
 * mentions with offsets into `doc.text` and the rule that fired. `toItem` turns all mentions of one
 * surface into the item shown to users (without `spans`, which assembly adds).
 */
export interface Extractor<N extends string = string, A = unknown, I extends { spans: Span[] } = { spans: Span[] }> {
  readonly name: N;
  /** Files of `dict/` this extractor reads (test/registry.test.ts checks they exist). */
  readonly dicts: readonly string[];
  /** Extractors whose mentions this one reads; they run first. */
  readonly requires: readonly string[];
  /**
   * Extractors whose mentions this one reads when they run anyway (they come earlier in the
   * registry), without planning them: `--only dates` must not load jieba for names.
   */
  readonly readsIfRun?: readonly string[];
  /** Whether it (may) read `doc.tokens`: if no planned field does, jieba is never loaded. */
  readonly readsTokens: boolean;
  /** Words to insert into jieba so they segment as one unit, with a category tag. */
  segmentWords?(): Iterable<readonly [string, string]>;
  extract(doc: Doc, ctx: ExtractContext): Mention<A>[];
  /**
   * Whether a mention becomes an item of this field (default: all do). Mentions found only for
   * other extractors' sake (a place's one-character abbreviation, which GOLD-FORMAT leaves out of
   * locations) stay visible to the extractors that `require` this one.
   */
  reported?(m: Mention<A>): boolean;
  toItem(text: string, mentions: readonly Mention<A>[]): Omit<I, 'spans'>;
  /**
   * The part of `attrs` that `toItem` reads: mentions of one surface with the same key are
   * interchangeable to it, so a long article's windows keep one of each (pipeline/windows.ts).
   * Default: all of `attrs`. Needed where attrs hold offsets (officials' title spans), which make
   * every mention distinct and would keep them all.
   */
  itemKey?(attrs: A): string;
}

/** Identity helper so TypeScript infers the extractor's name, attribute and item types. */
export function defineExtractor<N extends string, A, I extends { spans: Span[] }>(e: Extractor<N, A, I>): Extractor<N, A, I> {
  return e;
}
