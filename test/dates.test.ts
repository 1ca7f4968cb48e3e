/**
 * The date resolver called directly (it is pure: the reference date is an argument), the numeral
 * parser, the finder's invariants and the dateline detector. Expected values are checked by hand
 * against a calendar (2022-04-07 is a Thursday; Spring Festival 2022 fell on February 1).
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { resolveDate } from '../src/extractors/dates/resolve.js';
import { parseNumber, parseYear } from '../src/extractors/dates/numbers.js';
import { findDates } from '../src/extractors/dates/find.js';
import { dateWords } from '../src/extractors/dates/words.js';
import { findDateline } from '../src/pipeline/dateline.js';

const REF = '2022-04-07';
const day = (d: string) => ({ value: d, start: `${d}T00:00:00`, end: `${d}T23:59:59` });
const bounds = (value: string | null, a: string, b: string) => ({ value, start: `${a}T00:00:00`, end: `${b}T23:59:59` });
const NONE = { value: null, start: null, end: null };

describe('resolveDate: value forms of GOLD-FORMAT', () => {
  test.each([
    ['4月7日', day('2022-04-07')],
    ['2021年12月3日', day('2021-12-03')],
    ['二〇二二年四月七日上午', day('2022-04-07')],
    ['2020-07-21', day('2020-07-21')],
    ['15日', day('2022-04-15')],
    ['九月', bounds('2022-09', '2022-09-01', '2022-09-30')],
    ['2024年2月', bounds('2024-02', '2024-02-01', '2024-02-29')],
    ['2019年', bounds('2019', '2019-01-01', '2019-12-31')],
    ['三季度', bounds('2022-Q3', '2022-07-01', '2022-09-30')],
    ['上半年', bounds('2022-H1', '2022-01-01', '2022-06-30')],
    ['下半年', bounds('2022-H2', '2022-07-01', '2022-12-31')],
    ['前三季度', bounds('2022-Q1/2022-Q3', '2022-01-01', '2022-09-30')],
    ['3月14日至16日', bounds('2022-03-14/2022-03-16', '2022-03-14', '2022-03-16')],
    ['2021年12月至2022年2月', bounds('2021-12/2022-02', '2021-12-01', '2022-02-28')],
    ['2024/2025年榨季', bounds('2024/2025', '2024-01-01', '2025-12-31')],
    ['1至3月', bounds('2022-01/2022-03', '2022-01-01', '2022-03-31')],
  ])('%s', (surface, want) => {
    expect(resolveDate(surface, REF)).toEqual(want);
  });
});

describe('resolveDate: relative dates, narrowed bounds and "以来"', () => {
  test.each([
    ['昨天', day('2022-04-06')],
    ['前天', day('2022-04-05')],
    ['今年', bounds('2022', '2022-01-01', '2022-12-31')],
    ['去年', bounds('2021', '2021-01-01', '2021-12-31')],
    // Value stays the year or month; the bounds say which part of it is meant.
    ['去年底', bounds('2021', '2021-11-01', '2021-12-31')],
    ['今年3月底', bounds('2022-03', '2022-03-25', '2022-03-31')],
    ['4月上旬', bounds('2022-04', '2022-04-01', '2022-04-10')],
    ['4月下旬', bounds('2022-04', '2022-04-21', '2022-04-30')],
    ['上月', bounds('2022-03', '2022-03-01', '2022-03-31')],
    ['本周', bounds('2022-04-04/2022-04-10', '2022-04-04', '2022-04-10')],
    ['上周', bounds('2022-03-28/2022-04-03', '2022-03-28', '2022-04-03')],
    ['上季度', bounds('2022-Q1', '2022-01-01', '2022-03-31')],
    // "X以来" takes the value of X and runs to the reference day.
    ['今年以来', bounds('2022', '2022-01-01', '2022-04-07')],
    ['2020年以来', bounds('2020', '2020-01-01', '2022-04-07')],
  ])('%s', (surface, want) => {
    expect(resolveDate(surface, REF)).toEqual(want);
  });

  test('relative words crossing a year: 上月 in January is December of the year before', () => {
    expect(resolveDate('上月', '2022-01-15').value).toBe('2021-12');
    expect(resolveDate('昨天', '2022-01-01').value).toBe('2021-12-31');
  });

  test('two-digit years go to the century that keeps them at most ten years after the reference', () => {
    expect(resolveDate('98年4月', '1997-07-01').value).toBe('1998-04');
    expect(resolveDate('15年3月2日', REF).value).toBe('2015-03-02');
    expect(parseYear('33', 2021)).toBe(1933);
    expect(parseYear('26', 2021)).toBe(2026);
  });
});

describe('resolveDate: null where GOLD-FORMAT says it cannot be resolved', () => {
  test.each(['近日', '当前', '目前', '现在', '今冬明春', '深秋时节', '冬季'])('%s has no value', (surface) => {
    expect(resolveDate(surface, REF)).toEqual(NONE);
  });
  test.each(['4月7日', '15日', '今年', '三季度', '12月17日至19日', '昨天上午'])('year-less or relative %s with a null ref_date', (surface) => {
    expect(resolveDate(surface, null)).toEqual(NONE);
  });
  test('impossible days resolve to nothing', () => {
    expect(resolveDate('2022年2月30日', REF)).toEqual(NONE);
    expect(resolveDate('13月', REF)).toEqual(NONE);
  });
  test('explicit years need no reference', () => {
    expect(resolveDate('2021年12月3日', null).value).toBe('2021-12-03');
    expect(resolveDate('“十四五”时期', null).value).toBe('2021/2025');
  });
});

describe('resolveDate: plans, festivals and solar terms', () => {
  test.each([
    ['“十四五”时期', '2021/2025'],
    ['十三五', '2016/2020'],
    ['十一五期间', '2006/2010'],
    ['一五', '1953/1957'],
    ['三五', '1966/1970'],
  ])('%s → %s', (surface, value) => {
    const r = resolveDate(surface, REF);
    expect(r.value).toBe(value);
    expect(r.start).toBe(`${value.slice(0, 4)}-01-01T00:00:00`);
    expect(r.end).toBe(`${value.slice(5)}-12-31T23:59:59`);
  });

  // GOLD gives festivals no value; tifa still gives the day as bounds (lunar-javascript).
  test.each([
    ['春节期间', '2022-04-07', '2022-02-01'],
    ['中秋节', '2021-06-14', '2021-09-21'],
    ['端午节', REF, '2022-06-03'],
    ['除夕', '2021-06-14', '2022-01-31'],
    ['清明节', REF, '2022-04-05'],
    ['冬至', '2021-06-14', '2021-12-21'],
    ['国庆节', REF, '2022-10-01'],
    ['2023年春节', REF, '2023-01-22'],
  ])('%s (ref %s) is on %s', (surface, ref, d) => {
    expect(resolveDate(surface, ref)).toEqual({ value: null, start: `${d}T00:00:00`, end: `${d}T23:59:59` });
  });

  test('lunar dates: 农历正月十五 2012 is 2012-02-06', () => {
    expect(resolveDate('二零一二年农历正月十五', REF).value).toBe('2012-02-06');
  });
});

describe('resolveDate: readings of year-less dates', () => {
  test('by default a year-less date is in the reference year or month (JioNLP)', () => {
    expect(resolveDate('12月28日', '2022-01-05').value).toBe('2022-12-28');
    expect(resolveDate('28日', '2022-04-03').value).toBe('2022-04-28');
  });
  test('news reading: far ahead of the reference day means the past one', () => {
    expect(resolveDate('12月28日', '2022-01-05', { news: true }).value).toBe('2021-12-28');
    expect(resolveDate('12月', '2022-01-05', { news: true }).value).toBe('2021-12');
    expect(resolveDate('28日', '2022-04-03', { news: true }).value).toBe('2022-03-28');
    // Close ahead stays: "将于20日召开" announced on the 7th.
    expect(resolveDate('20日', REF, { news: true }).value).toBe('2022-04-20');
    expect(resolveDate('12月17日至19日', '2022-01-03', { news: true }).value).toBe('2021-12-17/2021-12-19');
  });
  test('future reading (JioNLP ret_future): the next one after the reference day', () => {
    expect(resolveDate('3月8号', '2021-09-01', { future: true }).value).toBe('2022-03-08');
    expect(resolveDate('周一', '2021-09-01', { future: true }).value).toBe('2021-09-06');
  });
  test('a range whose end is before its start rolls into the next year or month', () => {
    expect(resolveDate('12月17日至1月2日', '2021-12-20').value).toBe('2021-12-17/2022-01-02');
    expect(resolveDate('28日至3日', '2022-03-29').value).toBe('2022-03-28/2022-04-03');
  });
});

describe('resolveDate is pure', () => {
  afterEach(() => { vi.useRealTimers(); });
  test('the result depends on the reference date, never on the clock', () => {
    const surfaces = ['今年以来', '昨天', '15日', '春节', '上周', '三年前'];
    const at = (iso: string) => {
      vi.useFakeTimers();
      vi.setSystemTime(new Date(iso));
      const out = surfaces.map((s) => resolveDate(s, REF));
      vi.useRealTimers();
      return out;
    };
    expect(at('1999-12-31T23:00:00Z')).toEqual(at('2031-06-15T08:00:00Z'));
    expect(resolveDate('今年', '2030-05-05').value).toBe('2030');
  });
});

describe('parseNumber', () => {
  test.each([
    ['2022', 2022], ['二〇二二', 2022], ['十', 10], ['十五', 15], ['二十三', 23], ['廿九', 29], ['卅', 30],
    ['一百零五', 105], ['两', 2], ['九零', 90],
  ])('%s → %d', (s, n) => {
    expect(parseNumber(s)).toBe(n);
  });
  test.each(['', '年', '十x'])('%j is not a number', (s) => {
    expect(parseNumber(s)).toBeNull();
  });
});

describe('findDates', () => {
  test('spans are in order, inside the text and never overlap (random article-like text)', () => {
    const pieces = ['4月', '7日', '至', '2022年', '今年', '以来', '上午', '一季度', '“', '十四五', '”', '时期', '，', '会议', '3', '-', '十', '春节', '期间', '底', '《', '》', '日本'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const found = findDates(text);
      let last = 0;
      for (const f of found) {
        expect(f.start).toBeGreaterThanOrEqual(last);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.end).toBeLessThanOrEqual(text.length);
        last = f.end;
      }
    }));
  });

  test('long runs of digits, 年 and 月 give no date and return', () => {
    expect(findDates('1'.repeat(5000))).toEqual([]);
    expect(findDates('年'.repeat(5000))).toEqual([]);
    expect(findDates('月'.repeat(5000))).toEqual([]);
  });
});

describe('date dictionaries', () => {
  test('every relative word resolves with a reference date and to nothing without one', () => {
    for (const [word, rule] of dateWords().rules) {
      if (!/offset$/.test(rule.cls)) continue;
      expect(resolveDate(word, REF).start, word).not.toBeNull();
      expect(resolveDate(word, null), word).toEqual(NONE);
    }
  });
  test('every festival has a day in 2022, except those on calendars tifa does not compute', () => {
    for (const [name, rule] of dateWords().festivals) {
      if (rule.kind === 'none') expect(resolveDate(name, REF), name).toMatchObject({ value: null, start: null, end: null });
      else expect(resolveDate(name, REF).start, name).toMatch(/^202[23]-/);
    }
  });
});

describe('findDateline', () => {
  test.each([
    ['标题\n\n发布日期:2020-07-21 来源:融媒体中心\n正文', '2020-07-21'],
    ['标题\n发布于:2021-08-19 作者:网络投稿\n正文', '2021-08-19'],
    ['标题\nhttp://news.example.cn  2008年10月10日07:20  某某日报\n正文', '2008-10-10'],
    ['标题\n发布时间：2022年4月7日\n正文', '2022-04-07'],
    ['2022-04-07\n标题\n正文', '2022-04-07'],
  ])('%j → %s', (text, want) => {
    expect(findDateline(text)).toBe(want);
  });
  test('an event date in the body is not a publication date', () => {
    expect(findDateline('标题\n4月7日上午,市长调研。\n2019年全县脱贫。')).toBeNull();
    expect(findDateline('标题\n发布日期:2022-02-30')).toBeNull();
  });
});
