/**
 * Dates counted from the reference day: "三年前", "20天后", "60日内", "未来两个月", "近三个月",
 * "过两天", "三个多月以来", "5个交易日之后", "十三秒后". Readings follow JioNLP's time parser.
 */
import { NUM_CLASS, parseNumber } from './numbers.js';
import { addMonths, dayNumber, weekday, ymd, type DayNumber } from './calendar.js';
import type { Span } from './spans.js';

type Unit = 'year' | 'month' | 'week' | 'day' | 'workday' | 'hour' | 'minute';
const N = `[${NUM_CLASS}]`;
// Four digits only before 多 ("1000多年之后"): "2025年前" is a year, not a count.
const COUNT = `(${N}{1,3}|\\d{4}(?=多)|半|${N}{1,2}几)`;
const UNIT = '(年|个月|月|周|星期|礼拜|天|日|交易日|工作日|小时|钟头|分钟|分|秒钟|秒|刻钟)';
const DIRECTION = '(以前|之前|前|以后|之后|后|以内|之内|内|里|以来)';
const SHAPE = new RegExp(`^(未来|今后|最近|近|过去的?|再过|过|前)?${COUNT}多?(个)?(半)?多?${UNIT}(半)?(?:钟)?${DIRECTION}?$`);

/** Returns undefined when `s` is not of this form, null when it is but cannot be resolved. */
export function relativeSpan(s: string, ref: DayNumber | null): Span | null | undefined {
  const m = SHAPE.exec(s);
  if (!m) return undefined;
  const [, lead, countText, ge, halfBefore, unitText, halfAfter, dir] = m as unknown as (string | undefined)[] as
    [string, string | undefined, string, string | undefined, string | undefined, string, string | undefined, string | undefined];
  const half = halfBefore ?? halfAfter;
  if (!lead && !dir) return undefined; // "三年": a duration, not a date
  // "1月以来", "3日以来" are since January, since the 3rd: a month or day name, not a count.
  if (!lead && !ge && dir === '以来' && (unitText === '月' || unitText === '日')) return undefined;
  if (ref === null) return null;
  const unit = unitOf(unitText);
  let count: number;
  let spread = 0;
  if (countText === '半') count = 0.5;
  else if (countText.endsWith('几')) { count = parseNumber(countText.slice(0, -1)) ?? NaN; spread = 10; } // "二十几年": 20 to 30
  else count = parseNumber(countText) ?? NaN;
  if (!Number.isFinite(count)) return null;
  if (half) count += 0.5;

  if (lead === '前' && dir) return undefined;
  if (lead === '近' || lead === '最近' || lead === '前' || lead === '过去' || lead === '过去的' || dir === '以来' || dir === '里') {
    const from = dir === '以来' ? unitStart(shift(ref, unit, -count), unit) : shift(ref, unit, -count);
    return { a: from, b: ref, value: null };
  }
  if (lead === '未来' || lead === '今后' || dir === '以内' || dir === '之内' || dir === '内') {
    const to = shift(ref, unit, count);
    return { a: ref, b: unit === 'day' || unit === 'workday' || isSubDay(unit) ? to : to - 1, value: null };
  }
  if (lead === '过' || lead === '再过') return { a: shift(ref, unit, count), b: null, value: null };

  const back = /前/.test(dir ?? '');
  const target = shift(ref, unit, back ? -count : count);
  if (spread) {
    const other = shift(ref, unit, back ? -(count + spread) : count + spread);
    return back ? { a: unitStart(other, unit), b: unitEnd(target, unit), value: null } : { a: unitStart(target, unit), b: unitEnd(other, unit), value: null };
  }
  // Whole units cover the unit ("三年前" is all of that year); "七年半后" lands in a month and
  // "两个半月前" on a day.
  const grain: Unit = Number.isInteger(count) ? unit : unit === 'year' ? 'month' : 'day';
  const a = isSubDay(unit) ? target : unitStart(target, grain);
  const b = isSubDay(unit) ? target : unitEnd(target, grain);
  if (dir === '以前' || dir === '之前') return { a: null, b, value: null };
  if (dir === '以后' || dir === '之后') return { a, b: null, value: null };
  return { a, b, value: null };
}

function unitOf(u: string): Unit {
  if (u === '年') return 'year';
  if (u === '个月' || u === '月') return 'month';
  if (u === '周' || u === '星期' || u === '礼拜') return 'week';
  if (u === '天' || u === '日') return 'day';
  if (u === '交易日' || u === '工作日') return 'workday';
  if (u === '小时' || u === '钟头') return 'hour';
  return 'minute';
}
const isSubDay = (u: Unit): boolean => u === 'hour' || u === 'minute';

/** Moves `n` units from `ref`; half months are 15 days, hours beyond a day move whole days. */
export function shift(ref: DayNumber, unit: Unit, n: number): DayNumber {
  switch (unit) {
    case 'day': return ref + Math.trunc(n);
    case 'week': return ref + Math.round(7 * n);
    case 'hour': return ref + Math.trunc(n / 24);
    case 'minute': return ref;
    case 'workday': {
      let d = ref;
      for (let left = Math.abs(Math.trunc(n)); left > 0;) {
        d += Math.sign(n);
        if (weekday(d) < 5) left--;
      }
      return d;
    }
    case 'month':
    case 'year': {
      const months = unit === 'year' ? 12 * n : n;
      const whole = Math.trunc(months);
      const [y, m, d] = ymd(ref);
      const [y2, m2] = addMonths(y, m, whole);
      const day = Math.min(d, new Date(Date.UTC(y2, m2, 0)).getUTCDate());
      return dayNumber(y2, m2, day) + Math.round((months - whole) * 30);
    }
  }
}

function unitStart(d: DayNumber, unit: Unit): DayNumber {
  const [y, m] = ymd(d);
  if (unit === 'year') return dayNumber(y, 1, 1);
  if (unit === 'month') return dayNumber(y, m, 1);
  if (unit === 'week') return d - weekday(d);
  return d;
}
function unitEnd(d: DayNumber, unit: Unit): DayNumber {
  const [y, m] = ymd(d);
  if (unit === 'year') return dayNumber(y, 12, 31);
  if (unit === 'month') return dayNumber(...addMonths(y, m, 1), 1) - 1;
  if (unit === 'week') return d - weekday(d) + 6;
  return d;
}
