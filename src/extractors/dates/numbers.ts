/** Chinese and Arabic numerals as they appear in dates ("二〇二二", "廿九", "两", "十五", "31"). */

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, O: 0, 一: 1, 二: 2, 两: 2, 俩: 2, 三: 3, 仨: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** One numeral character class for regexes (Arabic digits are already ASCII in `doc.norm`). */
export const NUM_CLASS = '0-9〇零一二三四五六七八九十两俩仨廿卅';

/**
 * "2022" → 2022, "二〇二二" → 2022 (digit by digit), "十五" → 15, "二十三" → 23, "廿九" → 29,
 * "一百二十" → 120. Returns null for anything else.
 */
export function parseNumber(s: string): number | null {
  if (s === '') return null;
  if (/^\d+$/.test(s)) return Number(s);
  if (s.startsWith('廿')) return 20 + (s.length > 1 ? digitOf(s.slice(1)) ?? NaN : 0) || null;
  if (s.startsWith('卅')) return 30 + (s.length > 1 ? digitOf(s.slice(1)) ?? NaN : 0) || null;
  if (/[十百千]/.test(s)) return positional(s);
  let n = 0;
  for (const c of s) {
    const d = DIGITS[c];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n;
}

function digitOf(c: string): number | null {
  return c.length === 1 ? DIGITS[c] ?? null : null;
}

/** "十" "十五" "二十" "二十三" "一百零五" "三千". */
function positional(s: string): number | null {
  let total = 0;
  let pending: number | null = null;
  for (const c of s) {
    const unit = c === '十' ? 10 : c === '百' ? 100 : c === '千' ? 1000 : 0;
    if (unit) {
      total += (pending ?? 1) * unit;
      pending = null;
    } else {
      const d = DIGITS[c];
      if (d === undefined) return null;
      if (d === 0) continue; // "一百零五": the 零 only marks a gap
      if (pending !== null) return null;
      pending = d;
    }
  }
  return total + (pending ?? 0);
}

/**
 * A written year. Four digits stand as written; two ("98年", "零七年", "三三年") are placed in the
 * century that keeps them at most ten years after the reference year (ref 2021: "26年" → 2026,
 * "33年" → 1933; ref 1997: "98年" → 1998). Without a reference, 2000 + n up to "30年".
 */
export function parseYear(s: string, refYear: number | null): number | null {
  const n = parseNumber(s);
  if (n === null) return null;
  if (s.length >= 3 || /[十百千]/.test(s)) return n >= 1000 && n <= 2999 ? n : null;
  const limit = refYear === null ? 2030 : refYear + 10;
  return 2000 + n <= limit ? 2000 + n : 1900 + n;
}
