/** Day spans with their GOLD value, and the cursor the grammar reads surfaces with. */
import { parseNumber } from './numbers.js';
import { dayNumber, isoDay, isoMonth, lastDay, monday, type DayNumber } from './calendar.js';

/** Inclusive day bounds (null = open or unknown) and the GOLD value. */
export interface Span { a: DayNumber | null; b: DayNumber | null; value: string | null }

/** Reads a surface left to right with sticky regexes (each `take` is anchored where the last stopped). */
export class Cursor {
  i = 0;
  constructor(readonly s: string) {}
  take(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.i;
    const m = re.exec(this.s);
    if (m) this.i += m[0].length;
    return m;
  }
  get done(): boolean { return this.i >= this.s.length; }
}

export const sticky = (src: string): RegExp => new RegExp(src, 'y');

export const days = (a: DayNumber, b: DayNumber): Span => ({ a, b, value: a === b ? isoDay(a) : `${isoDay(a)}/${isoDay(b)}` });
export const yearSpan = (y: number): Span => ({ a: dayNumber(y, 1, 1), b: dayNumber(y, 12, 31), value: String(y) });
export const monthSpan = (y: number, m: number): Span => ({ a: dayNumber(y, m, 1), b: dayNumber(y, m, lastDay(y, m)), value: isoMonth(y, m) });
export const monthsSpan = (y: number, m1: number, m2: number): Span =>
  ({ a: dayNumber(y, m1, 1), b: dayNumber(y, m2, lastDay(y, m2)), value: m1 === m2 ? isoMonth(y, m1) : `${isoMonth(y, m1)}/${isoMonth(y, m2)}` });
export const quarterSpan = (y: number, q1: number, q2: number): Span => ({
  ...monthsSpan(y, q1 * 3 - 2, q2 * 3),
  value: q1 === q2 ? `${y}-Q${q1}` : `${y}-Q${q1}/${y}-Q${q2}`,
});
export const halfSpan = (y: number, h: number): Span => ({ ...monthsSpan(y, h * 6 - 5, h * 6), value: `${y}-H${h}` });
/** Same value, narrower bounds: "3月底" is the month 2017-03 whose last days are meant. */
export const narrow = (s: Span, a: DayNumber, b: DayNumber): Span => ({ a, b, value: s.value });
/** Week 1 of a month or year is the week of its first Monday (JioNLP: "2021年第一个礼拜" → 01-04). */
export const firstMonday = (y: number, m: number): DayNumber => monday(dayNumber(y, m, 1) + 6);
/** Monday = 0 … Sunday = 6 for "一"…"六", "日"/"天"/"7". */
export const weekdayIndex = (c: string): number => (c === '日' || c === '天' || c === '7' ? 6 : (parseNumber(c) ?? 1) - 1);

/** "上世纪80年代" → 1980/1989; "九十年代末期" → its last three years. */
export function decadeSpan(r: RegExpExecArray, refYear: () => number): Span | null {
  let century: number;
  if (r[1]) century = (parseNumber(r[1]) ?? 20) - 1;
  else if (r[2] === '上') century = Math.floor(refYear() / 100) - 1;
  else if (r[2] === '本') century = Math.floor(refYear() / 100);
  else century = 19;
  const dec = parseNumber(r[3]!);
  if (dec === null || dec % 10 !== 0 || dec > 90) return null;
  const y0 = century * 100 + dec;
  let a = y0, b = y0 + 9;
  if (r[4] === '初' || r[4] === '初期' || r[4] === '前期') b = y0 + 2;
  else if (r[4] === '末' || r[4] === '末期' || r[4] === '后期') a = y0 + 7;
  else if (r[4] === '中期') { a = y0 + 3; b = y0 + 6; }
  return { a: dayNumber(a, 1, 1), b: dayNumber(b, 12, 31), value: `${y0}/${y0 + 9}` };
}

/** "18世纪" → 1700/1799; "11世纪初" → its first twenty years. */
export function centurySpan(r: RegExpExecArray): Span | null {
  const c = parseNumber(r[1]!);
  if (c === null || c < 1 || c > 30) return null;
  const y0 = (c - 1) * 100;
  let a = y0, b = y0 + 99;
  if (r[2] === '初' || r[2] === '初期') b = y0 + 19;
  else if (r[2] === '末' || r[2] === '末期') a = y0 + 80;
  else if (r[2] === '中期' || r[2] === '中叶') { a = y0 + 40; b = y0 + 59; }
  return { a: dayNumber(a, 1, 1), b: dayNumber(b, 12, 31), value: `${y0}/${y0 + 99}` };
}
