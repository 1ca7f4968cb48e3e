/**
 * The time-of-day tail after a date ("上午", "下午3点半", "9:30", "18时三刻", "左右"). tifa resolves
 * days, so the tail is read only to be skipped, except midnight written as "夜里12点", which is the
 * start of the next day.
 */
import { NUM_CLASS } from './numbers.js';
import { Cursor, sticky } from './spans.js';
import { dateWords } from './words.js';

const N = `[${NUM_CLASS}]`;
const RE = {
  clock: sticky(`(?:\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?时?|${N}{1,3}[点时](?:钟|整|半|许|多|过)?(?:[1-3一二三]刻|${N}{1,3}分?)?(?:钟)?)`),
  separator: sticky(`[\\s-]+(?=\\d{1,2}[:：]\\d{2})`),
  weekday: sticky('(?:周|星期|礼拜)[一二三四五六日天1-7]'),
  blur: sticky('左右|前后|许|多钟|整|钟'),
  midnight: /(?:夜里|晚上|半夜|深夜|夜间)(?:12|十二)点/,
};

let daypart: RegExp | null = null;

/** Skips a time-of-day tail; returns whether it read anything and the day shift it implies. */
export function takeTimeTail(c: Cursor): { read: boolean; dayShift: number } {
  daypart ??= sticky(`(?:${dateWords().of('daypart') || '(?!)'})`);
  const from = c.i;
  for (let guard = 0; guard < 8 && !c.done; guard++) {
    if (!(c.take(daypart) || c.take(RE.separator) || c.take(RE.clock) || c.take(RE.weekday) || c.take(RE.blur))) break;
  }
  const tail = c.s.slice(from, c.i);
  return { read: c.i > from, dayShift: RE.midnight.test(tail) ? 1 : 0 };
}
