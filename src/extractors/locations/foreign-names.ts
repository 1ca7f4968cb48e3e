/**
 * Foreign places named by a transliteration and their unit: "贝伦市", "卡诺州", "拉贾斯坦邦",
 * "肯特郡", "希阿岛", "麦金利峰", "伊图里河". The name is two or more transliteration characters
 * (dict/transliteration-chars.txt; one other character is allowed in a name of three or more,
 * "哥德堡", "里贾纳", not before the unit) starting where a word starts, and the unit ends a word:
 * "峰会", "州长", "市场" begin other words. Chinese divisions ("扬州", "德州") are the gazetteer's.
 */
import { loadWordSet } from '../../lexicon/load.js';
import { isHan } from '../_han.js';
import { gazetteer, isDivisionName } from './gazetteer.js';
import type { SpanMask, TextView } from './text-view.js';

export interface ForeignNameHit { start: number; end: number }

/** Units a transliterated place is written with: cities, states, counties, ports, islands, peaks, rivers. */
const UNIT = /[市州邦省郡港岛峰河湖山]/gu;
const MAX_NAME = 8;
/** Prepositions jieba may glue to the front of a name it does not know. */
const GLUED_BEFORE = /^[以在为从向对与和及把被给将于由至到]/;
/** Function words jieba may glue after a unit it does not know as one ("峰要", "州的"). */
const GLUED_AFTER = /^[要是在的和与对将也都已]$/;

let translit: Set<string> | null = null;
export const isTranslit = (c: string | undefined): boolean => c !== undefined && (translit ??= loadWordSet('transliteration-chars.txt')).has(c);

export function findTransliteratedPlaces(view: TextView, blocked: SpanMask): ForeignNameHit[] {
  const norm = view.doc.norm;
  const out: ForeignNameHit[] = [];
  for (const m of norm.matchAll(UNIT)) {
    const u = m.index ?? 0;
    const end = u + 1;
    // "麦金利峰|要": jieba may glue a function word to the unit; the unit still ends the name.
    const glued = view.tokens[view.tokenAt[u] ?? -1];
    const gluedAfter = glued !== undefined && glued.start === u && glued.end === end + 1 && glued.tag === 'x' && GLUED_AFTER.test(norm.charAt(end));
    if ((!view.boundary[end] && !gluedAfter) || blocked.has(u)) continue;
    // Walk back over the name: transliteration characters, at most one other in a longer name.
    let start = -1;
    let other = 0;
    for (let i = u - 1; i >= 0 && u - i <= MAX_NAME; i--) {
      const c = norm.charAt(i);
      if (!isHan(c) || blocked.has(i)) break;
      if (!isTranslit(c) && ++other > 1) break;
      const len = u - i;
      const t = view.tokens[view.tokenAt[i] ?? -1];
      // "以|玛纳斯河", "在|贝伦市": a one-character preposition, verb or particle ends the name;
      // "达到|登峰造极": so does a verb, an adverb or an idiom.
      if (t !== undefined && t.end - t.start === 1 && /^(?:p|c|u|uj|ul|d|r|v|f|m|q)$/.test(t.tag)) break;
      if (t !== undefined && /^(?:v|vn|vd|a|ad|d|i|l|r)$/.test(t.tag)) break;
      // The name starts a word with a transliteration character, or a word jieba read as a name ("哥德堡/ns").
      const firstOk = isTranslit(c) || (t !== undefined && t.start === i && t.end - t.start >= 2 && /^(?:ns|nrt|x)$/.test(t.tag));
      if (view.boundary[i] && firstOk && len >= 2 && (other === 0 || len >= 3)) start = i;
    }
    // "以玛|纳斯河": a word jieba guessed may have glued a preposition to the name's start.
    const first = view.tokens[view.tokenAt[start] ?? -1];
    if (start >= 0 && first?.tag === 'x' && GLUED_BEFORE.test(norm.charAt(start)) && u - start > 2) start++;
    // A name cut out of a longer run of transliteration characters is no name.
    if (start < 0 || (isTranslit(norm.charAt(start - 1)) && !view.boundary[start])) continue;
    // "得到|扬州", "在|德州": a Chinese division ending here is what the characters name.
    let chinese = false;
    // "巡查|拉萨|河": so does one right before the unit (a Chinese river named after its city).
    for (let i = u - 1; i >= start && !chinese; i--) chinese = isDivisionName(gazetteer(), norm.slice(i, end)) || (u - i >= 2 && isDivisionName(gazetteer(), norm.slice(i, u)));
    if (chinese || !isTranslit(norm.charAt(u - 1))) continue;
    // "阿夸·|伊博姆州": a name in two parts joined by a middle dot.
    if (norm.charAt(start - 1) === '·' && isTranslit(norm.charAt(start - 2)) && isTranslit(norm.charAt(start - 3)) && !blocked.has(start - 2)) {
      let s2 = start - 3;
      while (s2 > 0 && isTranslit(norm.charAt(s2 - 1)) && !blocked.has(s2 - 1) && start - s2 < MAX_NAME) s2--;
      if (view.boundary[s2]) start = s2;
    }
    out.push({ start, end });
  }
  return out;
}
