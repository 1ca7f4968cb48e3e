import type { ArticleResult, Doc, Mention, Token } from '../types.js';
import { extractors, FIELD_NAMES, OUTPUT_ORDER, type FieldName } from '../extractors/index.js';
import type { Extractor } from '../extractors/define.js';
import { normalize } from './normalize.js';
import { addSegmenterWords, charTokens, expectKeywords, keywords as jiebaKeywords, segment, segmentAt, willSegment, withoutSegmenter } from './segment.js';
import { findDateline } from './dateline.js';
import { assemble } from './assemble.js';
import { toSimplifiedView, wantsT2s, type T2sMode } from './t2s.js';
import { SurfaceGroups, WINDOW_MAX, windowEnd } from './windows.js';
import { releaseScratch } from './scratch.js';
import { forgetTextView } from '../extractors/locations/text-view.js';

export interface ExtractOptions {
  id?: string | null;
  source?: string | null;
  /** YYYY-MM-DD; when absent, a dateline in the text is used, else relative dates stay unresolved. */
  refDate?: string | null;
  /** Fields to compute and return (default: all six). Their `requires` run too but are not returned. */
  only?: readonly FieldName[];
  /** Number of TF-IDF keywords to add (0 = none). */
  keywords?: number;
  encoding?: string;
  withText?: boolean;
  /** Traditional → simplified matching view: off, on, or auto (default: when the text looks traditional). */
  t2s?: T2sMode;
  /** The headline when the input carried one (HTML <h1>/<title>); else the first short line. */
  title?: string | null;
}

const anyExtractors = extractors as Record<FieldName, Extractor<string, unknown, { spans: [number, number][] }>>;

let wordsRegistered = false;
function registerSegmenterWords(): void {
  if (wordsRegistered) return;
  wordsRegistered = true;
  for (const name of FIELD_NAMES) {
    const e = anyExtractors[name];
    try {
      if (e.segmentWords) addSegmenterWords(e.segmentWords());
    } catch {
      // A missing or malformed dictionary: the extractor reports it on each input it runs on.
    }
  }
}

/** Builds the read-only document every extractor sees. */
export function buildDoc(text: string, refDate: string | null, t2s: T2sMode = 'auto'): Doc {
  registerSegmenterWords();
  // Both views keep the length, so offsets found in `norm` are offsets in the original characters.
  const norm = normalize(wantsT2s(text, t2s) ? toSimplifiedView(text) : text);
  // Segmented on first read: loading jieba is most of a one-article run, and `--only dates` never needs it.
  let tokens: Token[] | null = null;
  return { text, norm, get tokens() { return (tokens ??= segmentInPieces(norm)); }, refDate, title: firstLine(text) };
}

/** Any sentence will do: extractors load their dictionaries on first use, whatever the text. */
const WARM_UP_TEXT = '国务院总理李克强4月7日在北京市朝阳区主持会议，强调坚持稳中求进。';

/**
 * Loads every dictionary the fields need and compiles their code, without jieba: the document, and
 * any text an extractor segments itself, is cut into single characters. The CLI runs this while
 * jieba loads in its own thread (segmenter-thread.ts). The result is thrown away, and a failure
 * here is left for the real extraction to report.
 */
export function warmUp(only: readonly FieldName[] = OUTPUT_ORDER): void {
  registerSegmenterWords();
  const text = WARM_UP_TEXT;
  try {
    withoutSegmenter(() => runExtractors({ text, norm: normalize(text), tokens: charTokens(text), refDate: null, title: null }, only));
  } catch {
    // The same code runs again on the real text, and reports there.
  }
}

/** Pieces handed to jieba: at most PIECE_MAX units, cut after a line or sentence end past PIECE_MIN. */
const PIECE_MAX = 4000;
const PIECE_MIN = 1000;

/**
 * jieba slows down faster than the text grows on long stretches: tagging 400,000 × "中" whole took
 * 4.9 s against 2.4 s in 2,000-character pieces, 2,000,000 × "a" 3.4 s against 0.5 s. Cutting only
 * after a line break or 。！？； (where jieba splits sentences anyway) leaves ordinary text's tokens
 * unchanged; only a run with no sentence end for 4,000 characters is cut hard.
 */
function segmentInPieces(norm: string): Token[] {
  if (norm.length <= PIECE_MAX) return segment(norm);
  willSegment(norm);
  const out: Token[] = [];
  for (let from = 0; from < norm.length; ) {
    const to = pieceEnd(norm, from);
    for (const t of segmentAt(norm.slice(from, to), from)) out.push(t);
    textDone?.();
    from = to;
  }
  return out;
}

function pieceEnd(s: string, from: number): number {
  const hard = from + PIECE_MAX;
  if (hard >= s.length) return s.length;
  for (let i = hard - 1; i >= from + PIECE_MIN; i--) {
    const c = s.charCodeAt(i);
    if (c === 0x0a || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b) return i + 1;
  }
  const last = s.charCodeAt(hard - 1);
  return last >= 0xd800 && last <= 0xdbff ? hard + 1 : hard; // never between the halves of a surrogate pair
}

/** The headline: the first non-empty line, when it is short enough to be one. */
function firstLine(text: string): string | null {
  const m = /^\s*([^\n]+)/.exec(text);
  const line = m?.[1]?.trim();
  return line && line.length <= 120 ? line : null;
}

/** Fields to run for `only`, with everything they require, in registry order. */
export function plan(only: readonly FieldName[]): FieldName[] {
  const need = new Set<FieldName>();
  const add = (f: FieldName): void => {
    if (need.has(f)) return;
    need.add(f);
    for (const r of anyExtractors[f].requires) add(r as FieldName);
  };
  only.forEach(add);
  return FIELD_NAMES.filter((f) => need.has(f));
}

/** Whether extracting these fields segments the text (and so loads jieba). */
export function needsSegmenter(only: readonly FieldName[] = OUTPUT_ORDER): boolean {
  return plan(only).some((f) => anyExtractors[f].readsTokens);
}

/** text → result. The library entry point; the CLI calls the same function. */
export function extract(text: string, opts: ExtractOptions = {}): ArticleResult {
  if (opts.keywords && opts.keywords > 0) expectKeywords();
  const refDate = opts.refDate ?? findDateline(text);
  const only = opts.only ?? OUTPUT_ORDER;
  const result: ArticleResult = { id: opts.id ?? null, source: opts.source ?? null, ref_date: refDate, title: opts.title !== undefined ? opts.title : firstLine(text) };
  if (opts.encoding) result.encoding = opts.encoding;
  const items = text.length > WINDOW_MAX ? extractInWindows(text, refDate, only, opts.t2s) : extractWhole(text, refDate, only, opts.t2s);
  for (const f of OUTPUT_ORDER) {
    if (only.includes(f)) (result as unknown as Record<string, unknown>)[f] = items.get(f) ?? [];
  }
  if (opts.keywords && opts.keywords > 0) result.keywords = jiebaKeywords(text, opts.keywords);
  if (opts.withText) result.text = text;
  return result;
}

type Items = Map<FieldName, unknown[]>;

let textDone: (() => void) | null = null;
/** Calls `fn` after each text's extractors and after each piece of a long text segmented: the CLI's memory checks (cli/young-generation.ts). */
export function afterEachStep(fn: (() => void) | null): void {
  textDone = fn;
}

function runExtractors(doc: Doc, only: readonly FieldName[]): Map<FieldName, Mention<unknown>[]> {
  const found = new Map<FieldName, Mention<unknown>[]>();
  const ctx = { mentions: (f: string) => found.get(f as FieldName) ?? [] };
  try {
    for (const f of plan(only)) found.set(f, anyExtractors[f].extract(doc, ctx));
  } finally {
    // The per-character tables the extractors borrowed for this text go back (scratch.ts).
    forgetTextView(doc);
    releaseScratch();
    textDone?.();
  }
  return found;
}

/** The mentions of `f` that are items of the field (see Extractor.reported). */
function reportedOf(f: FieldName, found: Map<FieldName, Mention<unknown>[]>): Mention<unknown>[] {
  const all = found.get(f) ?? [];
  const e = anyExtractors[f];
  return e.reported ? all.filter((m) => e.reported?.(m)) : all;
}

function extractWhole(text: string, refDate: string | null, only: readonly FieldName[], t2s: T2sMode | undefined): Items {
  const found = runExtractors(buildDoc(text, refDate, t2s), only);
  const items: Items = new Map();
  for (const f of only) items.set(f, assemble(reportedOf(f, found), (t, ms) => anyExtractors[f].toItem(t, ms)));
  return items;
}

/**
 * A very long article, one window (≤ WINDOW_MAX units, cut after a sentence end) at a time, so
 * memory is bounded by a window, not by the article: each window is segmented and extracted alone
 * and only its mentions, folded per surface, are kept. The t2s verdict is taken once on the whole
 * text. What a rule reads across a window's edge (a name's later short mentions) is not seen.
 */
function extractInWindows(text: string, refDate: string | null, only: readonly FieldName[], t2s: T2sMode | undefined): Items {
  const mode: T2sMode = wantsT2s(text, t2s ?? 'auto') ? 'on' : 'off';
  const groups = new Map<FieldName, SurfaceGroups<unknown>>(only.map((f) => [f, new SurfaceGroups<unknown>(anyExtractors[f].itemKey?.bind(anyExtractors[f]))]));
  for (let from = 0; from < text.length; ) {
    const to = windowEnd(text, from);
    const found = runExtractors(buildDoc(text.slice(from, to), refDate, mode), only);
    for (const f of only) groups.get(f)?.add(reportedOf(f, found).map((m) => ({ ...m, start: m.start + from, end: m.end + from })));
    from = to;
  }
  const items: Items = new Map();
  for (const f of only) {
    items.set(f, groups.get(f)?.items((t, ms) => anyExtractors[f].toItem(t, ms)) ?? []);
    groups.delete(f); // a field's spans, gathered, go as its items are built: both are large here
  }
  return items;
}
