import { HAN } from '../_han.js';
import type { Candidate, TokenIndex } from './candidate.js';

const NUM = '一二两三四五六七八九十百千';
/** One or two Han characters that are not numerals. */
const WORD = `(?:(?![${NUM}])[${HAN}])`;
const MEASURE = '(?:个|大|项|条|方)?';

/**
 * Formulas of two or more counted parts: 三区两通道, 六稳六保, 三去一降一补, 十坚持十严禁, 两不愁三保障,
 * 五包一. Each part is bounded (1–2 characters), parts and numerals are disjoint classes, so the
 * pattern cannot backtrack badly. The end is then trimmed back to a word boundary
 * ("三区两通道改造" → 三区两通道).
 */
const MULTI = new RegExp(`[${NUM}]${MEASURE}${WORD}{1,2}(?:[${NUM}]${MEASURE}${WORD}{1,2}){0,3}[${NUM}]?`, 'gu');
/** "十大攻坚行动", "三大攻坚战", "六大提升行动", "五大任务". */
const BIG_N = new RegExp(`[${NUM}]大[${HAN}]{0,4}?(?:行动|工程|攻坚战|保卫战|战役|会战|任务)`, 'gu');
/** "九个一", "五个一" (a list of "one X each"). */
const N_ONES = new RegExp(`[二两三四五六七八九十]个一(?![${NUM}])`, 'gu');

/**
 * "五个坚持", "两个确保", "四个到位": a count of a two-character verb (a count of nouns, "三个方面",
 * "两个阶段", is not a formula; those with nouns, "四个意识", are in the lexicon). Checked on tokens.
 */
const N_VERBS = new RegExp(`(?<![这那每各前后第${NUM}])[二两三四五六七八九十]个[${HAN}]{2}`, 'gu');

/**
 * Characters that make a counted part a quantity, a time or plain prose rather than a formula:
 * "一年一度", "三天两头", "一是……二是", "一季度二季度", "一起", "一定", "一班人"; and "一小时一报告" below.
 */
const NOT_A_PART = new Set([...'年月日天时分秒周季度岁元角万亿米吨亩斤里倍成次号届期楼层栋名位人是些起直定样般切致同旦边面批点等级第遍回趟代辈篇句声步招场局盘战球胜负败春夏秋冬班']);
/** Jieba tags of a single token that is an idiom, a number or a time: "千方百计/i", "一季度/mq". */
const PLAIN_TAGS = new Set(['i', 'l', 'm', 'mq', 't', 'q']);
/** Joining words inside a match mean prose, not one formula: "两会和两会", "一个又一个", "三比一". */
const JOINERS = /[和与及或的又比是对到跟地得着了过就第]/u;
const isNumeral = (c: string | undefined): boolean => c !== undefined && NUM.includes(c);

function countNumerals(s: string): number {
  let n = 0;
  for (const c of s) if (isNumeral(c)) n++;
  return n;
}

/** A part (the characters after a numeral and its measure word) that is a quantity, not a formula. */
function hasQuantityPart(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (!isNumeral(s[i])) continue;
    let j = i + 1;
    if (s[j] === '个' || s[j] === '项' || s[j] === '条' || s[j] === '大') j++;
    // "八个一工作法" is 八个一 (found below), not a part "个" followed by 一工作.
    if (NOT_A_PART.has(s[j] ?? '') || isNumeral(s[j]) || s.startsWith('小时', j)) return true;
  }
  return false;
}

/**
 * Where a formula that starts at `start` ends: on a word boundary, with two counted parts. The
 * longest end wins when its last part mirrors the first ("五坚持五严禁"); else a numeral that jieba
 * leaves as a word of its own closes it ("四包/一/责任制" → 四包一, "一对/一/指导" → 一对一); else the
 * longest end ("三区两通道改造" → 三区两通道). -1: none.
 */
function formulaEnd(norm: string, start: number, maxEnd: number, index: TokenIndex): number {
  let longest = -1;
  for (let end = maxEnd; end >= start + 3; end--) {
    const s = norm.slice(start, end);
    if (countNumerals(s) < 2) break;
    if (!index.isEnd(end)) continue;
    const last = s[s.length - 1];
    // Only 一 closes a formula on its own ("五包一"); "四野三", "一波三" are cut-off prose.
    if (isNumeral(last) && last !== '一') continue;
    if (last === '一' && index.isStart(end - 1)) {
      return longest >= 0 && mirrored(norm.slice(start, longest)) ? longest : end;
    }
    if (longest < 0) longest = end;
  }
  return longest;
}

/** Counted parts = the text between numerals (and their measure words). */
const partsOf = (s: string): string[] => s.split(new RegExp(`[${NUM}](?:个|大|项|条|方)?`, 'u')).filter(Boolean);

/** "一遍一遍", "一本一本既": the same part counted again is prose, not a formula. */
function reduplicated(s: string): boolean {
  const parts = partsOf(s);
  return parts.length >= 2 && parts.every((p) => p[0] === parts[0]?.[0]);
}

/**
 * 百 and 千 mostly count inside idioms ("一落千丈", "千篇一律", "千方百计"); a formula with them
 * repeats the same one ("千企帮千村").
 */
function idiomNumerals(s: string): boolean {
  if (!/[百千]/u.test(s)) return false;
  const numerals = [...s].filter(isNumeral);
  return numerals.some((c) => c !== numerals[0]);
}

/** The first and the last counted parts have the same length: 五坚持五严禁, 六稳六保. */
function mirrored(s: string): boolean {
  const parts = partsOf(s);
  return parts.length >= 2 && parts[0]?.length === parts[parts.length - 1]?.length;
}

/** The match opens with an idiom or a number word: "千方百计/i 稳就业", "一季度/mq". */
function opensWithIdiom(index: TokenIndex, start: number): boolean {
  const first = index.within(start, start + 1)[0];
  if (!first) return false;
  return first.tag === 'i' || first.tag === 'l' || (PLAIN_TAGS.has(first.tag) && first.end - first.start >= 3);
}

export function findNumbered(norm: string, index: TokenIndex): Candidate[] {
  const out: Candidate[] = [];
  const precededByCount = (at: number): boolean => norm[at - 1] === '第' || isNumeral(norm[at - 1]);
  for (const m of norm.matchAll(MULTI)) {
    const start = m.index ?? 0;
    if (precededByCount(start) || !index.isStart(start)) continue;
    const end = formulaEnd(norm, start, start + m[0].length, index);
    if (end < 0) continue;
    const s = norm.slice(start, end);
    if (hasQuantityPart(s) || JOINERS.test(s) || reduplicated(s) || idiomNumerals(s) || opensWithIdiom(index, start)) continue;
    // "蒙汉两族五户|人家": a count of households or people, not a formula.
    if (/^(?:人家|人|家|名)/.test(norm.slice(end, end + 2))) continue;
    out.push({ start, end, kind: 'numbered', rule: 'numbered formula' });
  }
  for (const m of norm.matchAll(N_VERBS)) {
    const start = m.index ?? 0;
    const [count, verb] = index.within(start, start + 4);
    if (count?.start !== start || count.end !== start + 2 || verb?.end !== start + 4 || verb.tag !== 'v') continue;
    out.push({ start, end: start + 4, kind: 'numbered', rule: 'numbered formula' });
  }
  for (const re of [BIG_N, N_ONES]) {
    for (const m of norm.matchAll(re)) {
      const start = m.index ?? 0;
      if (precededByCount(start)) continue;
      out.push({ start, end: start + m[0].length, kind: 'numbered', rule: 'numbered formula' });
    }
  }
  return out;
}
