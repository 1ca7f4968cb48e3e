/**
 * Where jieba glued other characters to a suffix name's last character ("霍尔果斯|站驶出", "工业园|区内",
 * "石龙|村三组"), so that no token boundary follows the suffix though the name ends there.
 */
import type { StopKind, SuffixContext, SuffixRule } from './suffix-names.js';
import type { TextView } from './text-view.js';
import { isAllHan } from '../_han.js';

export const hasKind = (stops: Map<string, Set<StopKind>>, w: string, k: StopKind): boolean => stops.get(w)?.has(k) ?? false;

/** A complement of result that ends a verb ("守住", "保护好", "管完"): no name starts with it after the verb. */
export const RESULT_COMPLEMENT = /^[好住完]$/;

/** "保护|好|黄河流域", "要守|好|长江流域": token `i` is a complement of result after a verb, so the name starts after it. */
export function complementAfterVerb(ctx: SuffixContext, i: number): boolean {
  const t = ctx.view.tokens[i];
  const before = ctx.view.tokens[i - 1];
  if (!t || !before || before.end !== t.start || !RESULT_COMPLEMENT.test(t.word)) return false;
  return /^(?:v|vd|vn)$/.test(before.tag) || hasKind(ctx.stops, before.word.charAt(before.word.length - 1), 'verb');
}

/** A token of the suffix and its shore: "湖畔", "河边", "江岸". */
export const SHORE = /^[湖河江][畔边岸]$/;

/** Does a suffix name end at `e`: a token boundary, or one of the glued readings below? */
export function suffixEndsHere(ctx: SuffixContext, rule: SuffixRule, s: number, e: number): boolean {
  const { view } = ctx;
  if (view.boundary[e]) return true;
  const shoreGlued = SHORE.test(view.doc.norm.slice(s, e + 1)) && view.tokens[view.tokenAt[s] ?? -1]?.end === e + 1;
  return shoreGlued || gluedTownship(ctx, rule, s) || gluedAfterVillage(view, rule, e) || gluedPosition(view, e) || gluedVerbAfter(ctx, s, e);
}

/** "霍尔果斯|站驶出": jieba's guess glued the verb after a place's suffix to it ("驶" is a stop verb). */
function gluedVerbAfter(ctx: SuffixContext, s: number, e: number): boolean {
  const t = ctx.view.tokens[ctx.view.tokenAt[s] ?? -1];
  return t !== undefined && t.start === s && t.tag === 'x' && t.end > e && hasKind(ctx.stops, ctx.view.doc.norm.charAt(e), 'verb');
}

/** "工业园|区内", "景|区内": jieba glued a word of position (内, 外, 里) to the suffix's last character. */
function gluedPosition(view: TextView, e: number): boolean {
  const t = view.tokens[view.tokenAt[e - 1] ?? -1];
  return t !== undefined && t.start === e - 1 && t.end === e + 1 && /^[内外里]$/.test(view.doc.norm.charAt(e));
}

/** "石龙|村三组", "红星|村等", "邑口|村的": jieba glued a village's group number, a list's close or 的 to its suffix. */
function gluedAfterVillage(view: TextView, rule: SuffixRule, e: number): boolean {
  const norm = view.doc.norm;
  if (rule.suffix !== '村') return false;
  // "平邑口|村的|“…”": the particle 的 glued to the suffix.
  const t = view.tokens[view.tokenAt[e - 1] ?? -1];
  if (t && t.start === e - 1 && t.word === '村的') return true;
  return /^(?:[一二三四五六七八九十\d]+组|等[，。、\s]|等村)/.test(norm.slice(e, e + 4));
}

/** "长坝|镇花桥|村": a township suffix at the start of an unknown word that goes on into a village. */
function gluedTownship(ctx: SuffixContext, rule: SuffixRule, s: number): boolean {
  if (rule.mode !== 'unit' || !/^[镇乡]$/.test(rule.suffix)) return false;
  const { view } = ctx;
  const t = view.tokens[view.tokenAt[s] ?? -1];
  const before = view.tokens[view.tokenAt[s - 1] ?? -1];
  const next = t ? view.tokens[view.tokenAt[t.end] ?? -1] : undefined;
  return t !== undefined && t.start === s && t.tag === 'x' && t.word.length >= 3 && (next?.word === '村' || t.word.endsWith('村'))
    && before !== undefined && before.end === s && before.word.length >= 2 && /^(?:x|ns|nr)$/.test(before.tag);
}

/** The start of a list item of two or three characters before the suffix at `s`, closed on both sides ("、通沟河、"), or -1. */
export function listItemStart(norm: string, s: number, e: number): number {
  if (!/^[、等和及与]/.test(norm.charAt(e))) return -1;
  for (let p = s - 2; p >= s - 3; p--) if (norm.charAt(p - 1) === '、' && isAllHan(norm.slice(p, s))) return p;
  return -1;
}

/** "沿隆|畅河": the start of a river's name that jieba glued to 沿 ("along") in the word before `at`, or -1. */
export function afterGluedAlong(ctx: SuffixContext, at: number): number {
  const before = ctx.view.tokens[ctx.view.tokenAt[at - 1] ?? -1];
  return before && before.end === at && before.tag === 'x' && before.word.length === 2 && before.word.startsWith('沿') && isAllHan(before.word) && !ctx.blocked.touches(before.start + 1, at) ? before.start + 1 : -1;
}

/** "北流|河|容县段", "洪河|新蔡段": a division right after a river, closed by 段, names the river's stretch there. */
export function stretchNamedAfter(ctx: SuffixContext, e: number): boolean {
  for (let p = e + 2; p <= e + 7; p++) if (ctx.placeEndingAt.get(p) === e && ctx.view.doc.norm.charAt(p) === '段') return true;
  return false;
}

/** A name ending in a measure word is a count ("三个村", "多所学校"), not a name. */
export const MEASURE_END = /(?:^|[一二三四五六七八九十百千万两几多数每各\d])[个些批家座所处名位条项]$|[个些批]$|[两二三四五六七八九十]大$/;
/** A determiner or pronoun glued to the front by jieba: "各乡镇", "他守河" are no names. */
export const DETERMINER_START = /^[各全本该每此其他她我你这那逐]/; // 逐村: village by village

/**
 * "石榴|产业园", "眼镜|产业园": an industry park named only by what it makes (common nouns, no place and
 * no proper or guessed name) is a kind of park, not a place's name ("江孜县|农牧|产业园", "闽宁|产业园" are).
 */
export function productPark(ctx: SuffixContext, start: number, suffixStart: number, suffix: string): boolean {
  if (!suffix.startsWith('产业园') || start >= suffixStart) return false;
  for (let at = start; at < suffixStart;) {
    const t = ctx.view.tokens[ctx.view.tokenAt[at] ?? -1];
    if (!t || t.start !== at || t.end > suffixStart || !/^(?:n|vn)$/.test(t.tag) || ctx.placeEndingAt.has(t.end)) return false;
    at = t.end;
  }
  return true;
}
