/**
 * Rivers and lakes whose suffix jieba split off ("、永安|江、", "和|沁河"): the suffix reader
 * (suffix-names.ts) asks here where such a name starts, and which words may follow a river's name.
 */
import { isAllHan, isHan } from '../_han.js';
import type { SuffixContext } from './suffix-names.js';
import { isHanWord } from './text-view.js';
import { DETERMINER_START, MEASURE_END, hasKind, listItemStart, stretchNamedAfter } from './suffix-glue.js';

/** Parts and stretches of a river written right after its name ("河段", "水域", "沿岸"). */
export const RIVER_PARTS = '河段|江段|水域|岸线|沿岸|两岸|干流|支流|上游|中游|下游|流域|堤防';
const AFTER_RIVER = new RegExp(`^(?:[，。、；：,.;:！？!?）)”\\s]|等|和|与|及|沿线|${RIVER_PARTS}|生态|大堤|水质|治理|综合治理|防洪|流经|水位|水系|源头|入[湖江河海淀库]|周边|周围|交汇|汇合|入江口|入海口|入河口|入湖口|$)`);

/**
 * "、永安|江、", "，弥苴|河、", "罗|时|江等": a river or lake whose suffix jieba split off, named by
 * the two or three characters before it, inside a list or before a part of it ("…河流域").
 * Returns the name's start or -1.
 */
export function riverStart(ctx: SuffixContext, s: number, e: number): number {
  const start = riverStartByTokens(ctx, s, e);
  return start >= 0 ? start : riverListedWithRivers(ctx, s, e);
}

function riverStartByTokens(ctx: SuffixContext, s: number, e: number): number {
  const { view } = ctx;
  const norm = view.doc.norm;
  const own = view.tokens[view.tokenAt[s] ?? -1];
  if (!own || own.end !== e || !(AFTER_RIVER.test(norm.slice(e, e + 4)) || stretchNamedAfter(ctx, e))) return -1;
  let start = s;
  // "、白马河等": jieba read the whole as a person's name.
  if (own.start < s) {
    // …but after a label's colon it is the person ("终审：刘长江").
    // "大|石河/ns": a one-character place word of jieba's, whose name may begin in the word before.
    const oneCharName = own.tag === 'ns' && own.word.length === 2 && !hasKind(ctx.stops, own.word.charAt(0), 'generic');
    if ((!/^(?:nr|nz)$/.test(own.tag) && !oneCharName) || own.word.length > 4 || /[：:]/.test(norm.charAt(own.start - 1))) return -1;
    start = own.start;
  }
  for (let n = 0; n < 2 && s - start < 3 && (own.start === s || s - own.start === 1); n++) {
    const placeStart = ctx.placeEndingAt.get(start);
    const t = view.tokens[view.tokenAt[start - 1] ?? -1];
    if (placeStart !== undefined && s - placeStart <= 3) { start = placeStart; continue; }
    if (!t || ctx.blocked.touches(t.start, start) || !isHanWord(t.word) || !(/^(?:ns|nr|nrt|nz|x|j|n|ng)$/.test(t.tag) || (t.tag === 'a' && t.word.length === 1 && own.start < s && !afterVerb(t))) || (own.start < s && t.tag !== 'a') || s - t.start > 3) break;
    // 大, 小, 新 are generic before a kind ("大景区") but open river names ("大|石河", "新|沂河").
    if (hasKind(ctx.stops, t.word, 'verb') || (hasKind(ctx.stops, t.word, 'generic') && !(t.tag === 'a' && own.start < s))) break;
    start = t.start;
  }
  // "、通|沟|河、": an item between two marks of a list, whatever jieba made of its characters.
  if (s - start < 2) start = own.start === s ? listItemStart(norm, s, e) : -1;
  if (start < 0) return -1;
  const name = norm.slice(start, s);
  if (DETERMINER_START.test(name) || MEASURE_END.test(name) || hasKind(ctx.stops, name, 'generic')) return -1;
  // The name opens a list item: punctuation, the text's start, or a preposition or verb before it.
  const before = view.tokens[view.tokenAt[start - 1] ?? -1];
  const opens = !before || !isHan(before.word[0] ?? '') || /^(?:p|c|v|vn)$/.test(before.tag) || afterVerb(before);
  return opens ? start : -1;
}

/** Start of a listed river inside jieba's word that glued a conjunction or preposition before it ("和|沁河"), or -1. */
export function gluedToListed(ctx: SuffixContext, s: number, e: number): number {
  const t = ctx.view.tokens[ctx.view.tokenAt[s] ?? -1];
  if (!t || t.end !== e || t.start !== e - 3 || !/^(?:x|nr|nz)$/.test(t.tag) || !/^[和与及对向从在沿]$/.test(t.word.charAt(0))) return -1;
  return ctx.isListed?.(t.word.slice(1)) && !ctx.blocked.touches(t.start + 1, e) ? t.start + 1 : -1;
}

/**
 * "清理了|沮河", "管护好|褒河", "守住|…": the aspect particle 了 or a complement of result (好, 住,
 * 完) ends a verb, and the object named after it opens as it would after the verb itself.
 */
export function afterVerb(before: { word: string; tag: string } | undefined): boolean {
  return before !== undefined && ((before.word === '了' && before.tag === 'ul') || (/^[好住完]$/.test(before.word) && /^(?:a|v|ul)$/.test(before.tag)));
}

/** Words jieba reads whole that are no river's name: verbs, adverbs, adjectives, pronouns, numbers ("治理河、", "各条河"). */
const NOT_A_NAME_TAG = /^(?:v|vn|vd|d|a|ad|an|r|p|c|m|q|u\w*|f)$/;

/**
 * "太浦河、淀|浦|河", "文昌河和珠|溪|河", "，三|屯河、头屯河": a river of two or three characters that
 * jieba broke up, as an item of a list whose neighbour item is a river too. The list mark (or the
 * punctuation opening the first item) fixes where its name starts.
 */
function riverListedWithRivers(ctx: SuffixContext, s: number, e: number): number {
  const norm = ctx.view.doc.norm;
  if (!/^[河江]$/.test(norm.slice(s, e))) return -1;
  for (let p = s - 2; p >= s - 3; p--) {
    const mark = norm.charAt(p - 1);
    // After the mark, the item before it is a river ("松花江、", "文教河和"); before one, the next item is ("、头屯河").
    const listedAfter = /[、和与及]/.test(mark) && /[河江湖]$/.test(norm.slice(0, p - 1));
    const listedBefore = (p === 0 || /[，。；：,;:\n]/.test(mark)) && p === s - 2 && /^、[^、，。；\s]{1,3}[河江]/.test(norm.slice(e, e + 5));
    if (!listedAfter && !listedBefore) continue;
    const name = norm.slice(p, s);
    if (!isAllHan(name) || /[和与及]/.test(name) || ctx.blocked.touches(p, e) || DETERMINER_START.test(name) || MEASURE_END.test(name)) return -1;
    if (hasKind(ctx.stops, name, 'generic') || hasKind(ctx.stops, name, 'verb') || hasKind(ctx.stops, name.charAt(0), 'verb')) return -1;
    const whole = ctx.view.tokens[ctx.view.tokenAt[p] ?? -1];
    if (whole && whole.start === p && whole.end === s && NOT_A_NAME_TAG.test(whole.tag)) return -1;
    return p;
  }
  return -1;
}
