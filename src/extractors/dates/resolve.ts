import { loadDict } from '../../lexicon/load.js';

/** A resolved date: the GOLD value form and the inclusive bounds, or all null. */
export interface Resolved { value: string | null; start: string | null; end: string | null }

const UNRESOLVED: Resolved = { value: null, start: null, end: null };
const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "2022", "二〇二二", "十五", "二十三" → number. */
export function parseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.includes('十')) {
    const [a, b] = s.split('十');
    const tens = a ? CN_DIGITS[a] : 1;
    const ones = b ? CN_DIGITS[b] : 0;
    return tens === undefined || ones === undefined ? null : tens * 10 + ones;
  }
  let n = 0;
  for (const c of s) {
    const d = CN_DIGITS[c];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return s.length ? n : null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const dayIso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function day(y: number, m: number, d: number): Resolved | null {
  if (m < 1 || m > 12 || d < 1 || d > lastDay(y, m)) return null;
  const v = dayIso(y, m, d);
  return { value: v, start: `${v}T00:00:00`, end: `${v}T23:59:59` };
}
function month(y: number, m: number): Resolved | null {
  if (m < 1 || m > 12) return null;
  return { value: `${y}-${pad(m)}`, start: `${dayIso(y, m, 1)}T00:00:00`, end: `${dayIso(y, m, lastDay(y, m))}T23:59:59` };
}
function year(y: number): Resolved {
  return { value: String(y), start: `${y}-01-01T00:00:00`, end: `${y}-12-31T23:59:59` };
}

let relative: Map<string, string> | null = null;

/**
 * Resolves one date surface against `refDate` (YYYY-MM-DD or null). Pure: no clock.
 * "X以来" takes the value of X (GOLD-FORMAT).
 */
export function resolveDate(surface: string, refDate: string | null): Resolved {
  relative ??= new Map(loadDict('dates.txt', { minCols: 2, maxCols: 2 }).map((e) => [e.cols[0] as string, e.cols[1] as string]));
  const s = surface.replace(/以来$/, '');
  const ref = refDate ? refDate.split('-').map(Number) as [number, number, number] : null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s))) return day(+m[1]!, +m[2]!, +m[3]!) ?? UNRESOLVED;
  const N = '([0-9〇零一二三四五六七八九十]+)';
  if ((m = new RegExp(`^(?:${N}年)?${N}月${N}[日号](?:(?:至|到|-|—|～)(?:${N}月)?${N}[日号])?$`).exec(s))) {
    const y = m[1] ? parseNumber(m[1]) : ref?.[0] ?? null;
    const mo = parseNumber(m[2]!), d = parseNumber(m[3]!);
    if (y === null || mo === null || d === null) return UNRESOLVED;
    const a = day(y, mo, d);
    if (!a) return UNRESOLVED;
    if (m[5] === undefined) return a;
    const b = day(y, m[4] ? parseNumber(m[4]) ?? 0 : mo, parseNumber(m[5]) ?? 0);
    return b ? { value: `${a.value}/${b.value}`, start: a.start, end: b.end } : UNRESOLVED;
  }
  if ((m = new RegExp(`^(?:${N}年)?${N}月份?$`).exec(s))) {
    const y = m[1] ? parseNumber(m[1]) : ref?.[0] ?? null;
    const mo = parseNumber(m[2]!);
    return y === null || mo === null ? UNRESOLVED : month(y, mo) ?? UNRESOLVED;
  }
  if ((m = new RegExp(`^${N}年$`).exec(s))) {
    const y = parseNumber(m[1]!);
    return y === null || y < 1900 || y > 2100 ? UNRESOLVED : year(y);
  }
  if ((m = /^(\d{1,2})日$/.exec(s))) {
    return ref ? day(ref[0], ref[1], +m[1]!) ?? UNRESOLVED : UNRESOLVED;
  }
  const cls = relative.get(s);
  if (cls && ref) {
    const [kind, n] = cls.split(':');
    if (kind === 'year-offset') return year(ref[0] + Number(n));
    if (kind === 'day-offset') {
      const dt = new Date(Date.UTC(ref[0], ref[1] - 1, ref[2] + Number(n)));
      return day(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()) ?? UNRESOLVED;
    }
  }
  return UNRESOLVED;
}
