/** Day arithmetic on day numbers (days since 1970-01-01, UTC) and the lunar calendar. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
export const dayNumber = (y: number, m: number, d: number): DayNumber => Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
export function ymd(n: DayNumber): [number, number, number] {
  const dt = new Date(n * MS_PER_DAY);
  return [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
}
export const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const isValidDay = (y: number, m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
/** Monday = 0 … Sunday = 6. */
export const weekday = (n: DayNumber): number => (((n + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
export const monday = (n: DayNumber): DayNumber => n - weekday(n);

const pad = (n: number): string => String(n).padStart(2, '0');
export const isoDay = (n: DayNumber): string => {
  const [y, m, d] = ymd(n);
  return `${y}-${pad(m)}-${pad(d)}`;
};
export const isoMonth = (y: number, m: number): string => `${y}-${pad(m)}`;
/** Adds months, clamping the day ("1月31日" + 1 month → 2月28/29日). */
export function addMonths(y: number, m: number, k: number): [number, number] {
  const idx = y * 12 + (m - 1) + k;
  return [Math.floor(idx / 12), (idx % 12) + 1];
}

interface LunarApi {
  Lunar: {
    fromYmd(y: number, m: number, d: number): { getSolar(): SolarLike; getJieQiTable(): Record<string, SolarLike> };
  };
  LunarYear: { fromYear(y: number): { getMonth(m: number): { getDayCount(): number } | null } };
}
interface SolarLike { getYear(): number; getMonth(): number; getDay(): number }

let lunarApi: LunarApi | null = null;
function lunar(): LunarApi {
  // Loaded on first use: most articles name no festival.
  lunarApi ??= require('lunar-javascript') as LunarApi;
  return lunarApi;
}
const solarDay = (s: SolarLike): DayNumber => dayNumber(s.getYear(), s.getMonth(), s.getDay());

/**
 * The lunar calendar's answers, kept per call: lunar-javascript computes a whole year's table for each
 * question, and a corpus asks about the same few festivals and years over and over.
 */
const answers = new Map<string, DayNumber | [DayNumber, DayNumber] | null>();
function remembered<T extends DayNumber | [DayNumber, DayNumber] | null>(key: string, compute: () => T): T {
  if (answers.has(key)) return answers.get(key) as T;
  const value = compute();
  if (answers.size >= ANSWERS_MAX) answers.clear(); // bounded, whatever years a corpus names
  answers.set(key, value);
  return value;
}
const ANSWERS_MAX = 10_000;

/** Gregorian day of lunar year `y`, month `m`, day `d` (day 30 of a 29-day month → null). */
export function lunarToDay(y: number, m: number, d: number): DayNumber | null {
  return remembered(`d ${y} ${m} ${d}`, () => {
    try {
      return solarDay(lunar().Lunar.fromYmd(y, m, d).getSolar());
    } catch {
      return null;
    }
  });
}

/** 除夕: the last day of lunar year `y` (month 12 has 29 or 30 days). */
export function lunarYearEve(y: number): DayNumber | null {
  return remembered(`eve ${y}`, () => {
    const days = lunar().LunarYear.fromYear(y).getMonth(12)?.getDayCount();
    return days ? lunarToDay(y, 12, days) : null;
  });
}

/** Gregorian days spanned by lunar month `m` of lunar year `y` (a shared tuple: do not change it). */
export function lunarMonthSpan(y: number, m: number): readonly [DayNumber, DayNumber] | null {
  return remembered(`month ${y} ${m}`, (): [DayNumber, DayNumber] | null => {
    const days = lunar().LunarYear.fromYear(y).getMonth(m)?.getDayCount();
    const a = lunarToDay(y, m, 1);
    return days && a !== null ? [a, a + days - 1] : null;
  });
}

/**
 * Solar term `name` ("冬至", "清明") of year `y`. 小寒 and 大寒 fall in January; like JioNLP we
 * take the January after year `y` ("2017年大寒" → 2018-01-20).
 */
export function solarTerm(name: string, y: number): DayNumber | null {
  return remembered(`term ${name} ${y}`, () => {
    const wantYear = name === '小寒' || name === '大寒' ? y + 1 : y;
    for (const ly of [y, y + 1]) {
      const table = lunar().Lunar.fromYmd(ly, 6, 1).getJieQiTable();
      const s = table[name];
      if (s && s.getYear() === wantYear) return solarDay(s);
    }
    return null;
  });
}
