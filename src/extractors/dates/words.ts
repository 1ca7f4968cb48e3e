/** The date dictionaries, loaded once: relative words by class, festivals, the stop-list. */
import { loadDict } from '../../lexicon/load.js';
import { alternation } from '../_han.js';

export type WordClass = 'year-offset' | 'month-offset' | 'week-offset' | 'day-offset' | 'same-day' | 'quarter-offset'
  | 'unresolved' | 'season' | 'since' | 'period' | 'daypart' | 'ahead-cue';
export interface WordRule { cls: WordClass; n: number }
export type FestivalRule = { kind: 'solar' | 'lunar'; month: number; day: number } | { kind: 'lunar-eve' } | { kind: 'term'; term: string } | { kind: 'none' };

export interface DateWords {
  rules: Map<string, WordRule>;
  /** The words joined after a date ("以来", "期间", "榨季"), longest first. */
  suffixes: [string, WordRule][];
  /** Regex alternation (longest first) of the words of some classes. */
  of(...classes: WordClass[]): string;
  festivals: Map<string, FestivalRule>;
  festivalAlternation: string;
  stops: Set<string>;
  /** Words that, earlier in a clause, put a year-less date ahead of the article ("预计", "将于"). */
  aheadCues: string[];
}

const CLASSES = new Set<string>(['year-offset', 'month-offset', 'week-offset', 'day-offset', 'same-day', 'quarter-offset', 'unresolved', 'season', 'since', 'period', 'daypart', 'ahead-cue']);

let cached: DateWords | null = null;

export function dateWords(): DateWords {
  if (cached) return cached;
  const rules = new Map<string, WordRule>();
  for (const e of loadDict('dates.txt', { minCols: 2, maxCols: 2 })) {
    const [cls, n] = (e.cols[1] as string).split(':');
    if (!cls || !CLASSES.has(cls)) throw new Error(`${e.file}:${e.line}: unknown date class "${e.cols[1]}"`);
    rules.set(e.cols[0] as string, { cls: cls as WordClass, n: Number(n ?? 0) });
  }
  const festivals = new Map<string, FestivalRule>();
  for (const e of loadDict('date-festivals.txt', { minCols: 2, maxCols: 2 })) {
    festivals.set(e.cols[0] as string, parseFestivalRule(e.cols[1] as string, `${e.file}:${e.line}`));
  }
  const stops = new Set(loadDict('stop/dates.txt', { minCols: 2, maxCols: 2 }).map((e) => e.cols[0] as string));
  const memo = new Map<string, string>();
  cached = {
    rules,
    suffixes: [...rules].filter(([, r]) => r.cls === 'since' || r.cls === 'period').sort((a, b) => b[0].length - a[0].length),
    of(...classes) {
      const key = classes.join(',');
      let alt = memo.get(key);
      if (alt === undefined) {
        alt = alternation([...rules].filter(([, r]) => classes.includes(r.cls)).map(([w]) => w));
        memo.set(key, alt);
      }
      return alt;
    },
    festivals,
    festivalAlternation: alternation(festivals.keys()),
    stops,
    aheadCues: [...rules].filter(([, r]) => r.cls === 'ahead-cue').map(([w]) => w),
  };
  return cached;
}

function parseFestivalRule(rule: string, where: string): FestivalRule {
  if (rule === 'lunar-eve') return { kind: 'lunar-eve' };
  if (rule === 'none') return { kind: 'none' };
  const term = /^term:(.+)$/.exec(rule);
  if (term) return { kind: 'term', term: term[1] as string };
  const md = /^(solar|lunar):(\d{2})-(\d{2})$/.exec(rule);
  if (md) return { kind: md[1] as 'solar' | 'lunar', month: Number(md[2]), day: Number(md[3]) };
  throw new Error(`${where}: bad festival rule "${rule}"`);
}
