/**
 * One date expression without range connectors ("2022年4月7日上午", "去年四季度初", "下月第四周",
 * "腊月初八", "春节") → the days it covers and its GOLD value. A small left-to-right grammar:
 * lunar marker, year, year part (quarter, half, 年底…), month, month part (旬, 月底, 第N周…), day,
 * weekday, then a time-of-day tail that day-level resolution ignores.
 */
import { NUM_CLASS, parseNumber, parseYear } from './numbers.js';
import {
  addMonths, dayNumber, isoMonth, isValidDay, lastDay, lunarMonthSpan, lunarToDay, lunarYearEve, monday, solarTerm, ymd,
  type DayNumber,
} from './calendar.js';
import { dateWords, type FestivalRule } from './words.js';
import {
  centurySpan, Cursor, days, decadeSpan, firstMonday, halfSpan, monthSpan, monthsSpan, narrow, quarterSpan, sticky,
  weekdayIndex, yearSpan, type Span,
} from './spans.js';
import { takeTimeTail } from './time.js';

export type { Span } from './spans.js';
export interface Point extends Span {
  y: number | null;
  m: number | null;
  needsRef: boolean;
  /** Only a time of day was written ("下午8点"): a range's second half takes the first half's day. */
  timeOnly: boolean;
}
export interface Ctx {
  /** The reference day, or null (then anything that needs it resolves to null). */
  ref: DayNumber | null;
  /** Year and month a range's second half inherits from its first ("12月17日至19日"). */
  defY: number | null;
  defM: number | null;
  /** Read an incomplete date as the next one after the reference day (JioNLP's ret_future). */
  future?: boolean;
  /**
   * News reading: a year-less date far ahead of the reference day is a past one ("12月28日" in an
   * article of 2022-01-05 is 2021-12-28; "28日" on April 3rd is March 28th).
   */
  news?: boolean;
  /** "八月十五" (month + Chinese day, no 日) is a lunar date unless this is false. */
  lunarBareDays?: boolean;
}

const N = `[${NUM_CLASS}]`;
const WEEKDAY = '[一二三四五六日天1-7]';
const PLACEHOLDER_REF = dayNumber(2000, 1, 1);
/**
 * A date written without its year or month: its reading one year/month later or earlier, and how
 * many days ahead of the reference day the news reading tolerates before taking the earlier one.
 */
interface Implicit { shift: (dir: 1 | -1) => Span | null; newsLimit: number }
const YEAR_AHEAD_LIMIT = 183;
const MONTH_AHEAD_LIMIT = 15;

const RE = {
  lunarMark: sticky('(?:农历|阴历)(?!新年)'), // "农历新年" is the festival
  isoDay: sticky(`(\\d{4})[-/. ](\\d{1,2})[-/. ](\\d{1,2})[日号]?`),
  packedDay: sticky(`(\\d{4})(\\d{2})(\\d{2})(?!\\d)`),
  isoMonth: sticky(`(\\d{4})[-/.](\\d{1,2})(?![\\d日号月])`),
  monthDay: sticky(`(\\d{1,2})[-/·.](\\d{1,2})(?!\\d)[日号]?`),
  bareYear: sticky(`(\\d{4})$`),
  year: sticky(`(\\d{4}|\\d{2}|[〇零一二三四五六七八九]{2,4})年(?!代)`),
  zodiacYear: sticky('[鼠牛虎兔龙蛇马羊猴鸡狗猪]年'),
  twoYears: sticky('今明两年'),
  decade: sticky(`(?:(${N}{1,3})世纪|(上|本)世纪)?(${N}{1,3})年代(初期|初|前期|中期|后期|末期|末)?`),
  century: sticky(`(${N}{1,3})世纪(初期|初|中期|中叶|末期|末)?`),
  yearStart: sticky('年?(初|伊始)'),
  yearEnd: sticky('年?(?:底|末)'),
  half: sticky('([上下])半年'),
  quarter: sticky(`(?:第)?([一二三四1-4])(?:季度|季)|Q([1-4])(?:季度)?|(首)季度`),
  quarterEdge: sticky('(初|末期|末)'),
  firstQuarters: sticky(`前([一二三两2-4])个?季度`),
  firstMonths: sticky(`前(${N}{1,3})个?月`),
  lastMonths: sticky(`后(${N}{1,3})个?月`),
  firstMonth: sticky('首月'),
  nthMonth: sticky(`第(${N}{1,3})个月`),
  nthWeek: sticky(`第(${N}{1,3})个?(?:周|星期|礼拜)(${WEEKDAY})?`),
  nthDay: sticky(`第(${N}{1,3})天`),
  within: sticky('内'),
  month: sticky(`(${N}{1,3})月(?:份)?`),
  lunarMonth: sticky('([正腊冬])月'),
  sameMonth: sticky('同月'),
  of: sticky('的'),
  monthStart: sticky('月?初'),
  monthEnd: sticky('月?(?:底|末)'),
  tenDays: sticky('(上中|中下|上|中|下)旬'),
  firstDays: sticky(`前(${N}{1,3})天`),
  lastDays: sticky(`最后(${N}{1,3})天`),
  day: sticky(`(${N}{1,3})[日号]`),
  lunarDay: sticky(`初(${N}{1,2})`),
  bareArabicDay: sticky('(\\d{1,2})(?![\\d月])'),
  bareHanDay: sticky('([一二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九])(?![月年])'),
  newYearDay: sticky(`大年初(${N}{1,2})`),
  weekday: sticky(`(?:周|星期|礼拜)(${WEEKDAY})`),
  weekdayAfterWeek: sticky(`(?:周|星期|礼拜)?(${WEEKDAY})`),
  nthYearFromRef: sticky(`第(${N}{1,3})年`),
  weekend: sticky('末'),
};

let wordRe: { year: RegExp; month: RegExp; week: RegExp; day: RegExp; quarter: RegExp; daypart: RegExp; festival: RegExp } | null = null;
function words() {
  if (wordRe) return wordRe;
  const w = dateWords();
  const mk = (alt: string) => sticky(alt ? `(?:${alt})` : '(?!)');
  wordRe = {
    year: mk(w.of('year-offset')), month: mk(w.of('month-offset')), week: mk(w.of('week-offset')),
    day: mk(w.of('day-offset', 'same-day')), quarter: mk(w.of('quarter-offset')), daypart: mk(w.of('daypart')),
    festival: mk(w.festivalAlternation ? `(?:${w.festivalAlternation})(?![点时])` : ''), // not "十一点"
  };
  return wordRe;
}

export function festivalDay(rule: FestivalRule, y: number): DayNumber | null {
  switch (rule.kind) {
    case 'solar': return dayNumber(y, rule.month, rule.day);
    case 'lunar': return lunarToDay(y, rule.month, rule.day);
    case 'lunar-eve': return lunarYearEve(y);
    case 'term': return solarTerm(rule.term, y);
    case 'none': return null; // a date, but on a calendar tifa does not compute (Tibetan, Islamic)
  }
}

/** Parses the whole of `s` as one date, or returns null when some of it is not understood. */
export function parsePoint(s: string, ctx: Ctx): Point | null {
  const c = new Cursor(s);
  let needsRef = false;
  const ref = (): DayNumber => {
    if (ctx.ref === null) needsRef = true;
    return ctx.ref ?? PLACEHOLDER_REF;
  };
  const refYmd = () => ymd(ref());
  const defaultYear = (): number => ctx.defY ?? refYmd()[0];
  const defaultMonth = (): number => ctx.defM ?? refYmd()[1];
  const otherYear = (m: number, d: number | null, y: number): Implicit | undefined => ctx.defY !== null ? undefined : {
    shift: (dir) => d === null ? monthSpan(y + dir, m) : isValidDay(y + dir, m, d) ? days(dayNumber(y + dir, m, d), dayNumber(y + dir, m, d)) : null,
    newsLimit: YEAR_AHEAD_LIMIT,
  };
  const finish = (span: Span | null, y: number | null, m: number | null, implicit?: Implicit): Point | null => {
    const tail = takeTimeTail(c);
    if (!c.done || !span) return null;
    let out = span;
    if (implicit && ctx.ref !== null && out.a !== null) {
      if (ctx.future && out.a <= ctx.ref) out = implicit.shift(1) ?? out;
      else if (ctx.news && out.a - ctx.ref > implicit.newsLimit) out = implicit.shift(-1) ?? out;
      // A range's second half inherits the year and month actually chosen.
      if (out !== span && out.a !== null) [y, m] = y === null ? [null, m] : [ymd(out.a)[0], m === null ? null : ymd(out.a)[1]];
    }
    if (tail.dayShift && out.a !== null && out.a === out.b) out = days(out.a + tail.dayShift, out.a + tail.dayShift);
    return { ...out, y, m, needsRef, timeOnly: false };
  };

  let lunar = !!c.take(RE.lunarMark);
  let r: RegExpExecArray | null;

  // Numeric forms: 2019-05-27, 20240307, 2019.9.6, 1999.08, 09-01, 6·30, 2018.
  if ((r = c.take(RE.isoDay) ?? c.take(RE.packedDay))) {
    const [y, m, d] = [+r[1]!, +r[2]!, +r[3]!];
    return isValidDay(y, m, d) ? finish(days(dayNumber(y, m, d), dayNumber(y, m, d)), y, m) : null;
  }
  if ((r = c.take(RE.isoMonth))) {
    const [y, m] = [+r[1]!, +r[2]!];
    return m >= 1 && m <= 12 ? finish(monthSpan(y, m), y, m) : null;
  }
  if ((r = c.take(RE.monthDay))) {
    const [m, d] = [+r[1]!, +r[2]!];
    const y = defaultYear();
    return isValidDay(y, m, d) ? finish(days(dayNumber(y, m, d), dayNumber(y, m, d)), y, m, otherYear(m, d, y)) : null;
  }
  if ((r = c.take(RE.bareYear))) return finish(yearSpan(+r[1]!), +r[1]!, null);

  if ((r = c.take(RE.decade))) return finish(decadeSpan(r, () => refYmd()[0]), null, null);
  if ((r = c.take(RE.century))) return finish(centurySpan(r), null, null);
  if (c.take(RE.twoYears)) {
    const y = refYmd()[0];
    return finish({ a: dayNumber(y, 1, 1), b: dayNumber(y + 1, 12, 31), value: `${y}/${y + 1}` }, y, null);
  }

  const W = words();
  let y: number | null = null;
  let m: number | null = null;
  let span: Span | null = null;
  const w = dateWords().rules;

  // Year, and what part of it.
  if ((r = c.take(RE.year))) {
    y = parseYear(r[1]!, ctx.ref === null ? null : ymd(ctx.ref)[0]);
    if (y === null) return null;
  } else if ((r = c.take(W.year))) {
    y = refYmd()[0] + (w.get(r[0])?.n ?? 0);
  } else if (c.take(RE.zodiacYear)) {
    y = refYmd()[0]; // "龙年春节": the festival of the reference year
  }
  if (y !== null) {
    span = yearSpan(y);
    if (c.take(RE.lunarMark)) lunar = true; // "二零一二年农历正月十五"
    if ((r = c.take(RE.yearStart))) return finish(narrow(span, dayNumber(y, 1, 1), dayNumber(y, r[1] === '伊始' ? 1 : 2, r[1] === '伊始' ? 31 : lastDay(y, 2))), y, null);
    if (c.take(RE.yearEnd)) return finish(narrow(span, dayNumber(y, 11, 1), dayNumber(y, 12, 31)), y, null);
    if ((r = c.take(RE.half))) {
      const h = r[1] === '上' ? 1 : 2;
      return finish(halfSpan(y, h), y, null);
    }
    if ((r = c.take(RE.firstQuarters))) return finish(quarterSpan(y, 1, parseNumber(r[1]!) ?? 1), y, null);
    if ((r = c.take(RE.quarter))) return finish(quarterWithEdge(c, y, quarterNumber(r)), y, null);
    if ((r = c.take(RE.firstMonths))) {
      const n = parseNumber(r[1]!) ?? 0;
      return n >= 1 && n <= 12 ? finish(monthsSpan(y, 1, n), y, null) : null;
    }
    if ((r = c.take(RE.lastMonths))) {
      const n = parseNumber(r[1]!) ?? 0;
      return n >= 1 && n <= 12 ? finish(monthsSpan(y, 13 - n, 12), y, null) : null;
    }
    if (c.take(RE.firstMonth)) return finish(monthSpan(y, 1), y, 1);
    if ((r = c.take(RE.nthMonth))) {
      const n = parseNumber(r[1]!) ?? 0;
      return n >= 1 && n <= 12 ? finish(monthSpan(y, n), y, n) : null;
    }
    if ((r = c.take(RE.nthWeek))) {
      const a = firstMonday(y, 1) + 7 * ((parseNumber(r[1]!) ?? 1) - 1);
      return finish(days(a, a + 6), y, null);
    }
    if ((r = c.take(RE.nthDay))) {
      const a = dayNumber(y, 1, 1) + (parseNumber(r[1]!) ?? 1) - 1;
      return finish(days(a, a), y, null);
    }
    c.take(RE.within);
  } else if ((r = c.take(RE.quarter))) {
    y = defaultYear();
    return finish(quarterWithEdge(c, y, quarterNumber(r)), y, null);
  } else if ((r = c.take(RE.firstQuarters))) {
    y = defaultYear();
    return finish(quarterSpan(y, 1, parseNumber(r[1]!) ?? 1), y, null);
  } else if ((r = c.take(RE.half))) {
    y = defaultYear();
    const h = r[1] === '上' ? 1 : 2;
    return finish(halfSpan(y, h), y, null);
  } else if ((r = c.take(W.quarter))) {
    const [ry, rm] = refYmd();
    const idx = ry * 4 + Math.floor((rm - 1) / 3) + (w.get(r[0])?.n ?? 0);
    y = Math.floor(idx / 4);
    return finish(quarterWithEdge(c, y, (idx % 4) + 1), y, null);
  } else if ((r = c.take(RE.yearStart))) {
    y = defaultYear(); // "年初以来": the start of the reference year
    return finish(narrow(yearSpan(y), dayNumber(y, 1, 1), dayNumber(y, r[1] === '伊始' ? 1 : 2, r[1] === '伊始' ? 31 : lastDay(y, 2))), y, null);
  } else if (c.take(RE.yearEnd)) {
    y = defaultYear(); // "年底前": the end of the reference year
    return finish(narrow(yearSpan(y), dayNumber(y, 11, 1), dayNumber(y, 12, 31)), y, null);
  }

  // Month, and what part of it.
  let yearGiven = y !== null;
  if ((r = c.take(RE.month))) {
    m = parseNumber(r[1]!);
    if (m === null || m < 1 || m > 12) return null;
  } else if ((r = c.take(RE.lunarMonth))) {
    m = r[1] === '正' ? 1 : r[1] === '冬' ? 11 : 12;
    lunar = true;
  } else if ((r = c.take(W.month))) {
    const [ry, rm] = refYmd();
    [y, m] = addMonths(ry, rm, w.get(r[0])?.n ?? 0);
    yearGiven = true;
  } else if (c.take(RE.sameMonth)) {
    m = defaultMonth();
  }
  if (m !== null) {
    if (y === null) {
      y = defaultYear();
      // News reading: "10月下旬" in an article of April is last October's when it is half a year ahead.
      if (ctx.news && ctx.defY === null && ctx.ref !== null && dayNumber(y, m, 1) - ctx.ref > YEAR_AHEAD_LIMIT) y -= 1;
    }
    if (lunar) {
      const lm = lunarMonthSpan(y, m);
      if (!lm) return null;
      span = { a: lm[0], b: lm[1], value: null };
    } else span = monthSpan(y, m);
    c.take(RE.of);
    const ms = span;
    const a0 = ms.a as number;
    const b0 = ms.b as number;
    if (!lunar) {
      if (c.take(RE.monthStart)) return finish(narrow(ms, a0, a0 + 4), y, m);
      if (c.take(RE.monthEnd)) return finish(narrow(ms, b0 - (b0 - a0 >= 30 ? 6 : 5) , b0), y, m);
      if ((r = c.take(RE.tenDays))) {
        // 上旬 1–10, 中旬 11–20, 下旬 21–end; "中下旬" 11–end.
        const first = r[1]!.startsWith('上') ? 0 : r[1]!.startsWith('中') ? 1 : 2;
        const last = r[1]!.endsWith('上') ? 0 : r[1]!.endsWith('中') ? 1 : 2;
        return finish(narrow(ms, a0 + 10 * first, last === 2 ? b0 : a0 + 10 * last + 9), y, m);
      }
      if ((r = c.take(RE.firstDays))) return finish(days(a0, a0 + (parseNumber(r[1]!) ?? 1) - 1), y, m);
      if ((r = c.take(RE.lastDays))) return finish(days(b0 - (parseNumber(r[1]!) ?? 1) + 1, b0), y, m);
      if ((r = c.take(RE.nthWeek))) {
        const n = parseNumber(r[1]!) ?? 1;
        if (r[2]) {
          const wd = weekdayIndex(r[2]);
          const first = a0 + ((wd - ((a0 + 3) % 7 + 7) % 7) + 7) % 7;
          return finish(days(first + 7 * (n - 1), first + 7 * (n - 1)), y, m);
        }
        const a = firstMonday(y, m) + 7 * (n - 1);
        return finish(days(a, a + 6), y, m);
      }
    }
  }

  // Day.
  if (m !== null && y !== null) {
    let d: number | null = null;
    let lunarDay = lunar;
    if ((r = c.take(RE.day))) d = parseNumber(r[1]!);
    else if ((r = c.take(RE.lunarDay))) { d = parseNumber(r[1]!); lunarDay = true; }
    else if ((r = c.take(RE.bareArabicDay))) d = +r[1]!;
    else if ((r = c.take(RE.bareHanDay))) { d = parseNumber(r[1]!); lunarDay = ctx.lunarBareDays !== false; } // "八月十五": lunar
    if (d !== null) {
      if (lunarDay) {
        const dn = lunarToDay(y, m, d);
        return dn === null ? null : finish(days(dn, dn), y, m);
      }
      return isValidDay(y, m, d) ? finish(days(dayNumber(y, m, d), dayNumber(y, m, d)), y, m, yearGiven ? undefined : otherYear(m, d, y)) : null;
    }
    c.take(RE.weekday); // "6月1日周六": the weekday adds nothing
    // A plain month ("12月"): a year-less one far ahead is last year's in the news reading.
    const plainMonth = !lunar && !yearGiven && span?.value === isoMonth(y, m);
    return finish(span, y, m, plainMonth ? otherYear(m, null, y) : undefined);
  }
  if (y === null && m === null && (r = c.take(RE.day))) {
    const d = parseNumber(r[1]!);
    const yy = defaultYear(), mm = defaultMonth();
    if (d === null || !isValidDay(yy, mm, d)) return null;
    const otherMonth: Implicit | undefined = ctx.defM !== null ? undefined : {
      shift: (dir) => {
        const [ny, nm] = addMonths(yy, mm, dir);
        return isValidDay(ny, nm, d) ? days(dayNumber(ny, nm, d), dayNumber(ny, nm, d)) : null;
      },
      newsLimit: MONTH_AHEAD_LIMIT,
    };
    return finish(days(dayNumber(yy, mm, d), dayNumber(yy, mm, d)), yy, mm, otherMonth);
  }
  if ((r = c.take(RE.newYearDay))) {
    const yy = y ?? defaultYear();
    const dn = lunarToDay(yy, 1, parseNumber(r[1]!) ?? 1);
    return dn === null ? null : finish(days(dn, dn), yy, null);
  }
  if ((r = c.take(W.festival))) {
    const rule = dateWords().festivals.get(r[0]);
    const yy = y ?? defaultYear();
    const on = (year: number): Span => {
      const dn = rule ? festivalDay(rule, year) : null;
      return { a: dn, b: dn, value: null }; // GOLD: festivals have no value
    };
    // News gives no past reading for festivals: their value is null anyway.
    return finish(on(yy), yy, null, y === null ? { shift: (dir) => (dir === 1 ? on(yy + 1) : null), newsLimit: Infinity } : undefined);
  }
  if (y === null && m === null && (r = c.take(W.day))) {
    const dn = ref() + (w.get(r[0])?.n ?? 0);
    return finish(days(dn, dn), ymd(dn)[0], ymd(dn)[1]);
  }
  let weekStart: DayNumber | null = null;
  if (y === null && (r = c.take(W.week))) weekStart = monday(ref()) + 7 * (w.get(r[0])?.n ?? 0);
  if ((r = c.take(weekStart === null ? RE.weekday : RE.weekdayAfterWeek))) {
    const dn = (weekStart ?? monday(ref())) + weekdayIndex(r[1]!);
    const otherWeek: Implicit = { shift: (dir) => days(dn + 7 * dir, dn + 7 * dir), newsLimit: Infinity };
    return finish(days(dn, dn), ymd(dn)[0], ymd(dn)[1], weekStart === null ? otherWeek : undefined);
  }
  if (y === null && m === null && (r = c.take(RE.nthDay))) {
    const dn = ref() + (parseNumber(r[1]!) ?? 1) - 1; // "第三天": the reference day is the first
    return finish(days(dn, dn), null, null);
  }
  if (y === null && m === null && (r = c.take(RE.nthYearFromRef))) {
    const yy = refYmd()[0] + (parseNumber(r[1]!) ?? 1) - 1;
    return finish(yearSpan(yy), yy, null);
  }
  if (weekStart !== null && c.take(RE.weekend)) return finish(days(weekStart + 5, weekStart + 6), null, null); // "本周末"
  if (weekStart !== null) return finish(days(weekStart, weekStart + 6), null, null);
  if (span) return finish(span, y, m);
  // A bare time of day ("早上7点") is on the reference day.
  const tail = takeTimeTail(c);
  if (tail.read && c.done) {
    const dn = ref() + tail.dayShift;
    return { ...days(dn, dn), y: null, m: null, needsRef, timeOnly: true };
  }
  return null;
}

function quarterNumber(r: RegExpExecArray): number {
  if (r[3]) return 1;
  return parseNumber(r[1] ?? r[2] ?? '1') ?? 1;
}

/** "四季度初" → its first month, "一季度末" → its last; the value stays the quarter. */
function quarterWithEdge(c: Cursor, y: number, q: number): Span {
  const s = quarterSpan(y, q, q);
  const e = c.take(RE.quarterEdge);
  if (!e) return s;
  const m = e[1] === '初' ? q * 3 - 2 : q * 3;
  return narrow(s, dayNumber(y, m, 1), dayNumber(y, m, lastDay(y, m)));
}
