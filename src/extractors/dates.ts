import { defineExtractor } from './define.js';
import type { DateFact, Mention } from '../types.js';
import { findDates, titleRanges } from './dates/find.js';
import { resolveDate, type Resolved } from './dates/resolve.js';
import { dateWords } from './dates/words.js';
import { dayNumber, isoDay } from './dates/calendar.js';

export interface DateAttrs { resolved: Resolved }

/**
 * A stop entry is the surface itself ("第一时间") or the surface in its context ("登上月球" for
 * "上月", "后天下之乐" for "后天"): the stop applies when the text around the mention reads so.
 */
function isStopped(norm: string, start: number, end: number, stops: ReadonlySet<string>): boolean {
  const surface = norm.slice(start, end);
  if (stops.has(surface)) return true;
  for (const phrase of stops) {
    if (phrase.length <= surface.length) continue;
    for (let at = phrase.indexOf(surface); at >= 0; at = phrase.indexOf(surface, at + 1)) {
      if (norm.startsWith(phrase, start - at)) return true;
    }
  }
  return false;
}

/**
 * "中秋、国庆将至", "清明、五一期间": a festival's bare name that the stop list keeps out alone
 * ("政治清明", a person named 国庆) is the festival as an item of a list of festivals.
 */
function festivalListItem(norm: string, start: number, end: number, before: readonly Mention<DateAttrs>[]): boolean {
  const last = before[before.length - 1];
  if (norm.charAt(start - 1) === '、' && last?.end === start - 1 && last.rule === 'festival') return true;
  if (norm.charAt(end) !== '、') return false;
  const next = /[“"‘「]/.test(norm.charAt(end + 1)) ? end + 2 : end + 1; // "清明、“五一”期间"
  for (const name of dateWords().festivals.keys()) if (norm.startsWith(name, next)) return true;
  return false;
}

/**
 * "口岸预计开放至11月30日": a cue of what lies ahead earlier in the clause (dates.txt class
 * `ahead-cue`) keeps a year-less date this year, though the news reading would move one more than
 * half a year ahead of the article back to last year.
 */
function clauseLooksAhead(norm: string, start: number): boolean {
  let from = start;
  const limit = Math.max(0, start - AHEAD_CUE_REACH); // bounded: text without punctuation stays linear
  while (from > limit && !CLAUSE_END.test(norm.charAt(from - 1))) from--;
  const clause = norm.slice(from, start);
  return dateWords().aheadCues.some((cue) => clause.includes(cue));
}
const CLAUSE_END = /[，。；！？：\n,;!?]/;
const AHEAD_CUE_REACH = 30;

/** "18日前", "在18日12时前完成": a date that work must be done before, with or without a clock time. */
function isDeadline(norm: string, end: number, surface: string): boolean {
  return surface.endsWith('前') || DEADLINE_AFTER.test(norm.slice(end, end + 12));
}
const DEADLINE_AFTER = /^(?:\d{1,2}[时点](?:\d{1,2}分)?)?(?:之|以)?前/u;

/**
 * A date word inside a recognised name is no date ("副县长秦立冬", "谷雨田主持"). With `--only dates`
 * no names are read (jieba stays unloaded) and such a word stays a date.
 */
function insideName(start: number, end: number, names: readonly Mention<unknown>[]): boolean {
  return names.some((n) => n.start <= start && end <= n.end);
}

/** The same-day words of dates.txt, in file order (a Map of every date word was walked per date). */
let sameDayWords: [string, { n: number }][] | null = null;

/** "当天", "当日上午", "次日": a same-day word (maybe with a daypart): its day offset, else null. */
function sameDayOffset(surface: string): number | null {
  const rules = dateWords().rules;
  sameDayWords ??= [...rules].filter(([, rule]) => rule.cls === 'same-day');
  for (const [word, rule] of sameDayWords) {
    if (surface.startsWith(word)) {
      const rest = surface.slice(word.length);
      return rest === '' || rules.get(rest)?.cls === 'daypart' ? rule.n : null;
    }
  }
  return null;
}

function dayAfter(r: Resolved, n: number): Resolved {
  if (n === 0) return r;
  const [y, m, d] = (r.value ?? '').split('-').map(Number) as [number, number, number];
  const v = isoDay(dayNumber(y, m, d) + n);
  return { value: v, start: `${v}T00:00:00`, end: `${v}T23:59:59` };
}

/**
 * resolveDate's answers by reference day and surface: it is pure, and surfaces repeat within a text
 * ("今年" many times) and across a corpus's articles of the same day. Bounded over any corpus.
 */
const resolvedCache = new Map<string | null, Map<string, Resolved>>();
const RESOLVED_MAX = 10_000;
let resolvedCount = 0;
function resolvedOnce(surface: string, refDate: string | null, ahead: boolean): Resolved {
  const key = ahead ? `${refDate}+ahead` : refDate;
  let bySurface = resolvedCache.get(key);
  let r = bySurface?.get(surface);
  if (r === undefined) {
    r = resolveDate(surface, refDate, { news: !ahead });
    if (resolvedCount >= RESOLVED_MAX) {
      resolvedCache.clear();
      resolvedCount = 0;
      bySurface = undefined;
    }
    if (!bySurface) resolvedCache.set(key, (bySurface = new Map()));
    bySurface.set(surface, r);
    resolvedCount++;
  }
  return r;
}

export default defineExtractor<'dates', DateAttrs, DateFact>({
  name: 'dates',
  dicts: ['dates.txt', 'date-festivals.txt', 'stop/dates.txt'],
  requires: [],
  readsIfRun: ['officials', 'persons'], // a solar term inside a name ("秦立冬") is no date
  readsTokens: false,
  // "今冬明春红…" was cut 今冬明/春红…, and a name was guessed inside the season: jieba keeps them whole.
  segmentWords: () => [...dateWords().rules].filter(([w, r]) => r.cls === 'season' && w.length >= 3).map(([w]) => [w, 't'] as const),
  extract(doc, ctx) {
    const names = [...ctx.mentions('officials'), ...ctx.mentions('persons')];
    const stops = dateWords().stops;
    const titles = titleRanges(doc.norm);
    const out: Mention<DateAttrs>[] = [];
    let t = 0;
    let lastDay: Resolved | null = null;
    for (const f of findDates(doc.norm)) {
      while (t < titles.length && titles[t]![1] <= f.start) t++;
      const title = titles[t];
      if (title && title[0] <= f.start && f.end <= title[1]) continue; // 《关于2019年…》: not annotated
      const text = doc.text.slice(f.start, f.end);
      if (f.rule === 'festival' && insideName(f.start, f.end, names)) continue;
      if (isStopped(doc.norm, f.start, f.end, stops) && !(f.rule === 'festival' && festivalListItem(doc.norm, f.start, f.end, out))) continue;
      const surface = doc.norm.slice(f.start, f.end);
      const ahead = clauseLooksAhead(doc.norm, f.start);
      let resolved = resolvedOnce(surface, doc.refDate, ahead);
      let rule = f.rule;
      // "7月30日，…。当天下午，…": "that day" is the last dated day before it; "次日" the one after.
      const offset = lastDay ? sameDayOffset(surface) : null;
      if (lastDay && offset !== null) {
        resolved = dayAfter(lastDay, offset);
        rule = 'counted from the last date';
      }
      // A deadline ("18日12时前") or a forecast ("预计18日…") is no day the story has reached.
      if (resolved.value && /^\d{4}-\d{2}-\d{2}$/.test(resolved.value) && !ahead && !isDeadline(doc.norm, f.end, surface)) lastDay = resolved;
      out.push({ text, start: f.start, end: f.end, rule, attrs: { resolved } });
    }
    return out;
  },
  toItem(text, mentions) {
    const r = mentions[0]?.attrs.resolved ?? { value: null, start: null, end: null };
    return { text, value: r.value, start: r.start, end: r.end };
  },
});
