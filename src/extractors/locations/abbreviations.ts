/**
 * One-character place abbreviations, only where they cannot be anything else: a run of them that is
 * a word of its own ("中美", "港澳台", "京津") or one after a verb of travel ("访华", "抵京", "赴美").
 * Alone, "中", "美", "日" are ordinary characters.
 */
import { loadDict } from '../../lexicon/load.js';
import type { SpanMask, TextView } from './text-view.js';
import { gazetteer, isDivisionName } from './gazetteer.js';

export interface AbbreviationHit { start: number; end: number; level: string }

let compiled: { levels: Map<string, string>; stops: Set<string> } | null = null;
function rules() {
  if (compiled) return compiled;
  const levels = new Map(loadDict('place-abbreviations.txt', { minCols: 3, maxCols: 3 }).map((e) => [e.cols[0] as string, e.cols[1] as string]));
  const stops = new Set(loadDict('stop/place-abbreviations.txt', { maxCols: 1 }).map((e) => e.cols[0] as string));
  compiled = { levels, stops };
  return compiled;
}
export const ABBREVIATION_DICTS = ['place-abbreviations.txt', 'stop/place-abbreviations.txt'];

/** Verbs of travel and presence that take a one-character place: 访华, 来华, 驻美, 抵京, 赴港. */
const TRAVEL = new Set([...'访来驻在抵进赴旅侵援返离回留']);

export function findAbbreviations(view: TextView, blocked: SpanMask): AbbreviationHit[] {
  const { levels, stops } = rules();
  const out: AbbreviationHit[] = [];
  for (const t of view.tokens) {
    const w = t.word;
    if (blocked.touches(t.start, t.end)) continue;
    // "加以" is a verb, "宁陕" a county: a run is a pair of places only as a noun that names nothing else.
    const pair = w.length >= 2 && w.length <= 3 && [...w].every((c) => levels.has(c)) && !/^(?:v|vd|p|c|d|r|u|f|m|q|a)$/.test(t.tag);
    if (pair && !stops.has(w) && !stops.has(w.slice(0, 2)) && !stops.has(w.slice(1)) && !isDivisionName(gazetteer(), w)) {
      [...w].forEach((c, i) => out.push({ start: t.start + i, end: t.start + i + 1, level: levels.get(c) as string }));
    } else if (w.length === 2 && TRAVEL.has(w[0] as string) && levels.has(w[1] as string) && /^(?:v|vn|j|ns|n)$/.test(t.tag)) {
      out.push({ start: t.start + 1, end: t.end, level: levels.get(w[1] as string) as string });
    }
  }
  return out;
}
