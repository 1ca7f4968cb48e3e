/**
 * Per-article lookup tables over jieba's tokens, built once in O(n): where tokens start and end,
 * which token covers a character, and a mask of characters already claimed by other facts.
 * Built once per document (cached) and shared by the locations, organizations, officials and persons
 * extractors.
 */
import type { Doc, Token } from '../../types.js';
import { isAllHan } from '../_han.js';
import { scratchBytes, scratchInts } from '../../pipeline/scratch.js';

export interface TextView {
  doc: Doc;
  /** boundary[i] = 1 when a token starts or ends at offset i (0 and n included). */
  boundary: Uint8Array;
  /** tokenAt[i] = index of the token covering character i, or -1. */
  tokenAt: Int32Array;
  tokens: readonly Token[];
}

/** One view per document: every extractor that reads tokens by offset shares it. */
const views = new WeakMap<Doc, TextView>();

export function textView(doc: Doc): TextView {
  let view = views.get(doc);
  if (!view) views.set(doc, (view = buildView(doc)));
  return view;
}

/** Drops `doc`'s view: its tables are lent (pipeline/scratch.ts) and go back once the text is done. */
export function forgetTextView(doc: Doc): void {
  views.delete(doc);
}

function buildView(doc: Doc): TextView {
  const n = doc.norm.length;
  const boundary = scratchBytes(n + 1);
  const tokenAt = scratchInts(n, -1);
  boundary[0] = 1;
  boundary[n] = 1;
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    boundary[t.start] = 1;
    boundary[t.end] = 1;
    for (let k = t.start; k < t.end; k++) tokenAt[k] = i; // tokens are short: no fill() call per token
  }
  return { doc, boundary, tokenAt, tokens: doc.tokens };
}

/** A mask of claimed characters: mark spans, then ask whether a span touches any of them. */
export class SpanMask {
  private readonly bits: Uint8Array;
  constructor(n: number) {
    this.bits = scratchBytes(n);
  }
  mark(start: number, end: number): void {
    this.bits.fill(1, start, end);
  }
  touches(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.bits[i]) return true;
    return false;
  }
  has(i: number): boolean {
    return this.bits[i] === 1;
  }
}

/** Only Han characters, two or more. */
export const isHanWord = (s: string): boolean => s.length > 0 && isAllHan(s);

/** Marks what lies inside 《…》: nothing inside a document title is annotated (GOLD-FORMAT). */
export function markBookTitles(norm: string, mask: SpanMask): void {
  for (let open = norm.indexOf('《'); open >= 0; open = norm.indexOf('《', open + 1)) {
    const close = norm.indexOf('》', open + 1);
    if (close < 0) break;
    // A stray 《 must not swallow the rest of a long text.
    if (close - open <= 200) mask.mark(open, close + 1);
  }
  // "叫响“延安苹果”品牌", "“五常大米”商标": a quoted brand names a product, not a place.
  for (const m of norm.matchAll(QUOTED_BRAND)) mask.mark(m.index ?? 0, (m.index ?? 0) + m[0].length);
}

/** A short quoted name right before 品牌, 商标 or 牌. */
const QUOTED_BRAND = /[“"][^”"\n]{2,12}[”"](?=品牌|商标|牌)/gu;
