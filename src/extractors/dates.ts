import { defineExtractor } from './define.js';
import type { DateFact, Mention } from '../types.js';
import { loadDict } from '../lexicon/load.js';
import { alternation } from './_han.js';
import { resolveDate, type Resolved } from './dates/resolve.js';

export interface DateAttrs { resolved: Resolved }

let compiled: { re: RegExp; stops: Set<string> } | null = null;
function rules() {
  if (compiled) return compiled;
  const relative = loadDict('dates.txt', { minCols: 2, maxCols: 2 }).map((e) => e.cols[0] as string);
  const stops = new Set(loadDict('stop/dates.txt', { minCols: 2, maxCols: 2 }).map((e) => e.cols[0] as string));
  const num = '[0-9〇零一二三四五六七八九十]';
  const parts = [
    `\\d{4}-\\d{1,2}-\\d{1,2}`,
    `(?:${num}{2,4}年)?${num}{1,2}月${num}{1,3}[日号](?:(?:至|到|-|—|～)(?:${num}{1,2}月)?${num}{1,3}[日号])?`,
    `(?:${num}{2,4}年)?${num}{1,2}月(?:份)?`,
    `${num}{4}年`,
    `(?<![0-9月])\\d{1,2}日`,
    alternation(relative),
  ];
  compiled = { re: new RegExp(`(?:${parts.join('|')})(?:以来)?`, 'gu'), stops };
  return compiled;
}

export default defineExtractor<'dates', DateAttrs, DateFact>({
  name: 'dates',
  dicts: ['dates.txt', 'stop/dates.txt'],
  requires: [],
  extract(doc) {
    const { re, stops } = rules();
    const out: Mention<DateAttrs>[] = [];
    for (const m of doc.norm.matchAll(re)) {
      const start = m.index ?? 0;
      const surface = m[0];
      if (stops.has(surface)) continue;
      out.push({ text: doc.text.slice(start, start + surface.length), start, end: start + surface.length, rule: 'date pattern', attrs: { resolved: resolveDate(surface, doc.refDate) } });
    }
    return out;
  },
  toItem(text, mentions) {
    const r = mentions[0]?.attrs.resolved ?? { value: null, start: null, end: null };
    return { text, value: r.value, start: r.start, end: r.end };
  },
});
