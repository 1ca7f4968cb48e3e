import { HAN } from '../_han.js';
import type { Candidate, TokenIndex } from './candidate.js';
import type { Token } from '../../types.js';

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
/** "十大攻坚行动", "三大攻坚战", "六大提升行动". */
const BIG_N = new RegExp(`[${NUM}]大[${HAN}]{0,4}?(?:行动|工程|攻坚战|保卫战|战役|会战)`, 'gu');
/** "九个一", "五个一" (a list of "one X each"). */
const N_ONES = new RegExp(`[二两三四五六七八九十]个一(?![${NUM}])`, 'gu');

/**
 * Characters that make a counted part a quantity, a time or plain prose rather than a formula:
 * "一年一度", "三天两头", "一是……二是", "一季度二季度", "一起", "一定".
 */
const NOT_A_PART = new Set([...'年月日天时分秒周季度岁元角万亿米吨亩斤里倍成次号届期楼层栋名位人是些起直定样般切致同旦边面批']);
/** Jieba tags of a single token that is an idiom, a number or a time: "千方百计/i", "一季度/mq". */
const PLAIN_TAGS = new Set(['i', 'l', 'm', 'mq', 't', 'q']);
/** Joining words inside a match mean two phrases, not one formula: "两会和两会". */
const JOINERS = /[和与及或的]/u;
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
    if (s[j] === '个' || s[j] === '项' || s[j] === '条') j++;
    if (NOT_A_PART.has(s[j] ?? '')) return true;
  }
  return false;
}

function isSinglePlainToken(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens.length === 1 && tokens[0]?.start === start && tokens[0]?.end === end && PLAIN_TAGS.has(tokens[0]?.tag ?? '');
}

export function findNumbered(norm: string, index: TokenIndex): Candidate[] {
  const out: Candidate[] = [];
  const precededByCount = (at: number): boolean => norm[at - 1] === '第' || isNumeral(norm[at - 1]);
  for (const m of norm.matchAll(MULTI)) {
    const start = m.index ?? 0;
    if (precededByCount(start) || !index.isStart(start)) continue;
    // Longest prefix that ends on a word boundary and still counts two parts.
    for (let end = start + m[0].length; end >= start + 3; end--) {
      const s = norm.slice(start, end);
      if (countNumerals(s) < 2 || isNumeral(s[1])) break;
      if (!index.isEnd(end)) continue;
      if (!hasQuantityPart(s) && !JOINERS.test(s) && !isSinglePlainToken(index.within(start, end), start, end)) {
        out.push({ start, end, kind: 'numbered', rule: 'numbered formula' });
      }
      break;
    }
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
