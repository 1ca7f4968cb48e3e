import { defineExtractor } from './define.js';
import type { DateFact, Mention } from '../types.js';
import { findDates, titleRanges } from './dates/find.js';
import { resolveDate, type Resolved } from './dates/resolve.js';
import { dateWords } from './dates/words.js';

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

export default defineExtractor<'dates', DateAttrs, DateFact>({
  name: 'dates',
  dicts: ['dates.txt', 'date-festivals.txt', 'stop/dates.txt'],
  requires: [],
  extract(doc) {
    const stops = dateWords().stops;
    const titles = titleRanges(doc.norm);
    const out: Mention<DateAttrs>[] = [];
    let t = 0;
    for (const f of findDates(doc.norm)) {
      while (t < titles.length && titles[t]![1] <= f.start) t++;
      const title = titles[t];
      if (title && title[0] <= f.start && f.end <= title[1]) continue; // 《关于2019年…》: not annotated
      const text = doc.text.slice(f.start, f.end);
      if (isStopped(doc.norm, f.start, f.end, stops)) continue;
      out.push({ text, start: f.start, end: f.end, rule: f.rule, attrs: { resolved: resolveDate(doc.norm.slice(f.start, f.end), doc.refDate) } });
    }
    return out;
  },
  toItem(text, mentions) {
    const r = mentions[0]?.attrs.resolved ?? { value: null, start: null, end: null };
    return { text, value: r.value, start: r.start, end: r.end };
  },
});
