/**
 * The date resolver: one found surface + the reference date → the GOLD value and inclusive bounds.
 * Pure: no clock and no context besides `refDate`; tests call it directly.
 */
import { NUM_CLASS, parseNumber } from './numbers.js';
import { addMonths, dayNumber, isoDay, ymd, type DayNumber } from './calendar.js';
import { parsePoint, type Ctx, type Point, type Span } from './point.js';
import { dateWords } from './words.js';

/** A resolved date: the GOLD value form and the inclusive bounds (null = open or unknown). */
export interface Resolved { value: string | null; start: string | null; end: string | null }

const UNRESOLVED: Resolved = { value: null, start: null, end: null };
const N = `[${NUM_CLASS}]`;
const QUOTES = /[“”"‘’'「」『』]/g;
const PLAN = /^(十?[一二三四五六七八九])五(?:规划|计划)?$/;
const CONNECTOR = /——|--|至|到|—|–|-|~|～|\//g;
const RELATIVE_SPAN = new RegExp(`^(${N}{1,3}|几|半|数|${N}{1,2}几|几十)(个)?多?(年|月|周|星期|礼拜|天|日)(半)?(以前|之前|前|以后|之后|后|以内|之内|内)$`);
const AHEAD = /^(?:未来|今后|近|最近|过去)(.+)$/;

/** Resolves one date surface against `refDate` (YYYY-MM-DD or null). */
export function resolveDate(surface: string, refDate: string | null): Resolved {
  const ref = refDate ? parseRef(refDate) : null;
  let s = surface.replace(QUOTES, '').replace(/\s+$/, '').replace(/^(?:从|自|由)/, '');
  // "X以来" takes the value of X and runs to the reference day; "期间/时期/榨季" add nothing.
  let since = false;
  let tail: 'after' | 'before' | 'until-now' | null = null;
  const rules = dateWords().rules;
  for (let changed = true; changed && !rules.has(s);) { // "今年度" is a word, not 今 + 年度
    changed = false;
    for (const [word, rule] of rules) {
      if ((rule.cls === 'since' || rule.cls === 'period') && s.length > word.length && s.endsWith(word)) {
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

  const relSpan = relativeSpan(s, ref);
  if (relSpan !== undefined) return relSpan ? fromSpan(relSpan) : UNRESOLVED;

  let point = parseRange(s, ref);
  if (!point) {
    const m = /^(.+?)(起至今|至今|起|开始|以后|之后|以前|之前|前|止)$/.exec(s);
    if (!m) return UNRESOLVED;
    point = parseRange(m[1]!, ref);
    tail = m[2] === '以后' || m[2] === '之后' ? 'after' : /前/.test(m[2]!) ? 'before' : m[2] === '止' ? null : 'until-now';
  }
  if (!point || point.needsRef) return UNRESOLVED;
  if (since) tail = 'until-now';
  return fromSpan(openEnded(point, tail, ref));
}

function parseRef(refDate: string): DayNumber | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(refDate);
  return m ? dayNumber(+m[1]!, +m[2]!, +m[3]!) : null;
}

/** One date, or two joined by a connector ("3月14日至16日", "2024/2025年", "前年11月到去年3月"). */
function parseRange(s: string, ref: DayNumber | null): Point | null {
  const ctx: Ctx = { ref, defY: null, defM: null };
  const whole = parsePoint(s, ctx);
  if (whole) return whole;
  for (const m of s.matchAll(CONNECTOR)) {
    const at = m.index ?? 0;
    const after = s.slice(at + m[0].length);
    // "1至3月", "14至16日": the first number takes the unit written after the second.
    const unit = /^[0-9〇零一二三四五六七八九十]{1,3}([月日号])/.exec(after)?.[1];
    const leftText = s.slice(0, at);
    const left = parsePoint(leftText, ctx) ?? (unit && /[0-9〇零一二三四五六七八九十]$/.test(leftText) ? parsePoint(leftText + unit, ctx) : null);
    if (!left) continue;
    let rightText = after.replace(/^次日/, '');
    const nextDay = rightText.length !== after.length;
    rightText = rightText.replace(/止$/, '');
    const right = parsePoint(rightText, { ref, defY: left.y, defM: left.m })
      ?? (nextDay && left.b !== null ? { ...left, a: left.b + 1, b: left.b + 1 } : null);
    if (!right) continue;
    if (nextDay && right.a !== null && left.b !== null && right.a <= left.b) { right.a = left.b + 1; right.b = left.b + 1; }
    const value = left.value && right.value ? `${left.value}/${right.value}` : null;
    return { a: left.a, b: right.b, value, y: left.y, m: left.m, needsRef: left.needsRef || right.needsRef };
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
  if (tail === 'until-now') return { a: p.a, b: ref !== null && p.a !== null && ref >= p.a ? ref : p.b, value: p.value };
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

/**
 * "三年前", "20天后", "60日内", "未来两个月", "近三个月": counted from the reference day (JioNLP's
 * readings). Returns undefined when `s` is not of this form, null when it is but cannot be resolved.
 */
function relativeSpan(s: string, ref: DayNumber | null): Span | null | undefined {
  let ahead: 'future' | 'past' | null = null;
  const a = AHEAD.exec(s);
  let body = s;
  if (a) {
    ahead = /未来|今后/.test(s.slice(0, 2)) ? 'future' : 'past';
    body = a[1]!;
  }
  const m = RELATIVE_SPAN.exec(ahead ? `${body}内` : body);
  if (!m) return undefined;
  if (ref === null) return null;
  const count = m[1] === '半' ? 0.5 : parseNumber(m[1]!.replace(/几/, '')) ?? NaN;
  if (!Number.isFinite(count) || /几|数/.test(m[1]!)) return null;
  const n = count + (m[4] ? 0.5 : 0);
  const unit = m[3] === '年' ? 'year' : m[3] === '月' ? 'month' : m[3] === '天' || m[3] === '日' ? 'day' : 'week';
  const rel = m[5]!;
  const sign = ahead === 'past' ? -1 : /前/.test(rel) ? -1 : 1;
  const shifted = shift(ref, unit, sign * n);
  if (ahead === 'past') return { a: shifted, b: ref, value: null };
  if (/内/.test(rel) || ahead === 'future') return { a: ref, b: shifted - (unit === 'day' ? 0 : 1), value: null };
  // "三年前": the whole year three years back; "20天后": that day; "以前/以后": open on one side.
  const [y, mo] = ymd(shifted);
  let unitSpan: Span;
  if (unit === 'year' && Number.isInteger(n)) unitSpan = { a: dayNumber(y, 1, 1), b: dayNumber(y, 12, 31), value: null };
  else if (unit === 'month' || unit === 'year') unitSpan = { a: dayNumber(y, mo, 1), b: dayNumber(...addMonths(y, mo, 1), 1) - 1, value: null };
  else if (unit === 'week') unitSpan = { a: shifted - ((shifted + 3) % 7 + 7) % 7, b: shifted - ((shifted + 3) % 7 + 7) % 7 + 6, value: null };
  else unitSpan = { a: shifted, b: shifted, value: null };
  if (rel === '以前' || rel === '之前') return { a: null, b: unitSpan.b, value: null };
  if (rel === '以后' || rel === '之后') return { a: unitSpan.a, b: null, value: null };
  return unitSpan;
}

function shift(ref: DayNumber, unit: 'year' | 'month' | 'week' | 'day', n: number): DayNumber {
  if (unit === 'day') return ref + Math.round(n);
  if (unit === 'week') return ref + Math.round(7 * n);
  const months = Math.round(unit === 'year' ? 12 * n : n);
  const [y, m, d] = ymd(ref);
  const [y2, m2] = addMonths(y, m, months);
  return dayNumber(y2, m2, 1) + d - 1;
}

function fromSpan(s: Span): Resolved {
  return {
    value: s.value,
    start: s.a === null ? null : `${isoDay(s.a)}T00:00:00`,
    end: s.b === null ? null : `${isoDay(s.b)}T23:59:59`,
  };
}
