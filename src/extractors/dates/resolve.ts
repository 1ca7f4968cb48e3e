/**
 * The date resolver: one found surface + the reference date → the GOLD value and inclusive bounds.
 * Pure: no clock and no context besides `refDate`; tests call it directly.
 */
import { parseNumber } from './numbers.js';
import { addMonths, dayNumber, isoDay, type DayNumber } from './calendar.js';
import { relativeSpan } from './relative.js';
import { parsePoint, type Ctx, type Point, type Span } from './point.js';
import { dateWords } from './words.js';

/** A resolved date: the GOLD value form and the inclusive bounds (null = open or unknown). */
export interface Resolved { value: string | null; start: string | null; end: string | null }

const UNRESOLVED: Resolved = { value: null, start: null, end: null };
const QUOTES = /[“”"‘’'「」『』]/g;
const PLAN = /^(十?[一二三四五六七八九])五(?:规划|计划)?$/;
const CONNECTOR = /起至|——|--|至|到|—|–|-|~|～|\//g;

export interface ResolveOptions {
  /** Read a date written without year or month as the next one after the reference day. */
  future?: boolean;
  /** false: "四月十三" (month + Chinese day, no 日) is Gregorian, not lunar. */
  lunarBareDays?: boolean;
  /**
   * News reading (the extractor's): a year-less date more than half a year ahead of the reference
   * day is last year's, a month-less day more than 15 days ahead is last month's.
   */
  news?: boolean;
}

/** Resolves one date surface against `refDate` (YYYY-MM-DD or null). */
export function resolveDate(surface: string, refDate: string | null, options: ResolveOptions = {}): Resolved {
  const ref = refDate ? parseRef(refDate) : null;
  let s = surface.replace(QUOTES, '').trim().replace(/^(?:从|自|由)/, '');
  // "X以来" takes the value of X and runs to the reference day; "期间/时期/榨季" add nothing.
  const relSpan = relativeSpan(s, ref);
  if (relSpan !== undefined) return relSpan ? fromSpan(relSpan) : UNRESOLVED;
  let since = false;
  const { rules, suffixes } = dateWords();
  for (let changed = true; changed && !rules.has(s);) { // "今年度" is a word, not 今 + 年度
    changed = false;
    for (const [word, rule] of suffixes) {
      if (s.length > word.length && s.endsWith(word)) {
        if (rule.cls === 'since') since = true;
        s = s.slice(0, -word.length);
        changed = true;
      }
    }
  }
  const rel = rules.get(s);
  if (rel && (rel.cls === 'unresolved' || rel.cls === 'season')) return UNRESOLVED;

  const plan = PLAN.exec(s);
  if (plan) return fromSpan(planSpan(parseNumber(plan[1]!) ?? 0));

  const ctx: Ctx = { ref, defY: null, defM: null, future: options.future ?? false, lunarBareDays: options.lunarBareDays ?? true, news: options.news ?? false };
  let tail: 'after' | 'before' | 'until-now' | null = null;
  let point = parseRange(s, ctx);
  if (!point) {
    const m = /^(.+?)(起至今|至今|起|开始|以后|之后|以前|之前|前|止)$/.exec(s);
    if (!m) return UNRESOLVED;
    point = parseRange(m[1]!, ctx);
    tail = m[2] === '以后' || m[2] === '之后' ? 'after' : /前/.test(m[2]!) ? 'before' : m[2] === '止' ? null : 'until-now';
  }
  if (!point || point.needsRef) return UNRESOLVED;
  if (since) tail = 'until-now';
  const span = openEnded(point, tail, ref);
  // "9月底前", "7月20日前", "一季度前": a deadline runs from the reference day to the end of X, and takes X's value, as "X以来" does.
  if (tail === 'before' && /(?:底|旬|季度|[日号])前$/.test(s)) span.value = point.value;
  return fromSpan(span);
}

function parseRef(refDate: string): DayNumber | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(refDate);
  return m ? dayNumber(+m[1]!, +m[2]!, +m[3]!) : null;
}

/** Right ends that mean "up to the reference day" ("去年到现在", "从上个月到今天"). */
const UNTIL_NOW = new Set(['现在', '今天', '至今', '目前', '当前', '如今']);

/** One date, or two joined by a connector ("3月14日至16日", "2024/2025年", "前年11月到去年3月"). */
function parseRange(s: string, ctx: Ctx): Point | null {
  const whole = parsePoint(s, ctx);
  if (whole) return whole;
  for (const m of s.matchAll(CONNECTOR)) {
    const at = m.index ?? 0;
    const leftText = s.slice(0, at).trim();
    let rightText = s.slice(at + m[0].length).trim();
    // "1至3月", "14至16日", "9~12点半", "一至三季度": the first number takes the unit written after the second.
    const unit = /^[0-9〇零一二三四五六七八九十]{1,3}([月日号点时]|季度)/.exec(rightText)?.[1];
    const left = parsePoint(leftText, ctx) ?? (unit && /[0-9〇零一二三四五六七八九十]$/.test(leftText) ? parsePoint(leftText + unit, ctx) : null);
    if (!left) continue;
    const nextDay = rightText.startsWith('次日');
    if (nextDay) rightText = rightText.slice(2);
    rightText = rightText.replace(/止$/, '');
    let right: Point | null;
    if (UNTIL_NOW.has(rightText) && ctx.ref !== null) right = { ...left, a: ctx.ref, b: ctx.ref, value: null };
    else right = parsePoint(rightText, { ...ctx, defY: left.y, defM: left.m });
    // "12月17日至1月2日", "28日至3日": an end before the start rolls into the next year or month.
    if (right && !right.timeOnly && right.a !== null && left.a !== null && right.a < left.a && left.y !== null && !/年/.test(rightText)) {
      const [ny, nm] = /月/.test(rightText) || left.m === null ? [left.y + 1, left.m] : addMonths(left.y, left.m, 1);
      right = parsePoint(rightText, { ...ctx, defY: ny, defM: nm }) ?? right;
    }
    if (!right && nextDay) right = { ...left, timeOnly: true };
    if (!right) continue;
    let b = right.b;
    // "明天下午3点至下午8点": a time alone stays on the first half's day (or the next, "次日").
    if (right.timeOnly && left.b !== null) b = left.b + (right.b !== null && ctx.ref !== null ? right.b - ctx.ref : 0);
    if (nextDay && b !== null) b += 1;
    // A range that ends before it starts ("2023年至今年" read in 2022) is not a range tifa can state.
    if (b !== null && left.a !== null && b < left.a) continue;
    // "四季度至下半年": the halves overlap backwards; the bounds stand, an interval value would not.
    const ordered = right.timeOnly || right.a === null || left.a === null || right.a >= left.a;
    const value = ordered && left.value && right.value ? `${left.value}/${right.value}` : null;
    return { a: left.a, b, value, y: left.y, m: left.m, needsRef: left.needsRef || right.needsRef, timeOnly: false };
  }
  return null;
}

/** "2025年前": from the reference day to the end of X; "X起", "X以来": from X to the reference day. */
function openEnded(p: Point, tail: 'after' | 'before' | 'until-now' | null, ref: DayNumber | null): Span {
  if (tail === 'after') return { a: p.a, b: null, value: null };
  if (tail === 'before') {
    if (ref !== null && p.b !== null && p.b >= ref) return { a: ref, b: p.b, value: null };
    return { a: null, b: p.b, value: null };
  }
  if (tail === 'until-now') {
    // "2019年5月8日起" runs to the reference day; "第三天起", still ahead, is open.
    if (ref !== null && p.a !== null && p.a > ref) return { a: p.a, b: null, value: p.value };
    return { a: p.a, b: ref ?? p.b, value: p.value };
  }
  return p;
}

/**
 * Five-year plans: 一五 1953–57, 二五 1958–62, then three years of adjustment; 三五 starts 1966
 * and each plan after it five years later ("十四五" → 2021/2025).
 */
function planSpan(n: number): Span {
  const y0 = n === 1 ? 1953 : n === 2 ? 1958 : 1966 + 5 * (n - 3);
  return { a: dayNumber(y0, 1, 1), b: dayNumber(y0 + 4, 12, 31), value: `${y0}/${y0 + 4}` };
}

function fromSpan(s: Span): Resolved {
  return {
    value: s.value,
    start: s.a === null ? null : `${isoDay(s.a)}T00:00:00`,
    end: s.b === null ? null : `${isoDay(s.b)}T23:59:59`,
  };
}
