import { defineExtractor } from './define.js';
import type { Location, Mention } from '../types.js';
import { loadDict } from '../lexicon/load.js';
import { HAN, alternation } from './_han.js';

export interface LocationAttrs { level: string | null }

let compiled: { suffixRe: RegExp; levels: Map<string, string> } | null = null;
function rules() {
  if (compiled) return compiled;
  const entries = loadDict('locations.txt', { minCols: 2, maxCols: 2 });
  const levels = new Map(entries.map((e) => [e.cols[0] as string, e.cols[1] as string]));
  const suffixRe = new RegExp(`[${HAN}]{2,6}?(?:${alternation(levels.keys())})(?![${HAN}]{0,1}(?:委|局|长|书记|主任))`, 'gu');
  compiled = { suffixRe, levels };
  return compiled;
}

function levelOf(word: string, levels: Map<string, string>): string | null {
  for (const [suffix, level] of levels) if (word.endsWith(suffix)) return level;
  if (/省$/.test(word)) return 'province';
  if (/市$/.test(word)) return 'city';
  if (/(?:区|县|旗)$/.test(word)) return 'county';
  return null;
}

export default defineExtractor<'locations', LocationAttrs, Location>({
  name: 'locations',
  dicts: ['locations.txt'],
  requires: ['organizations'],
  extract(doc, ctx) {
    const { suffixRe, levels } = rules();
    const orgs = ctx.mentions('organizations');
    const insideOrg = (s: number, e: number) => orgs.some((o) => s >= o.start && e <= o.end);
    const out: Mention<LocationAttrs>[] = [];
    const add = (start: number, end: number, rule: string) => {
      if (end - start < 2 || insideOrg(start, end) || out.some((o) => start < o.end && end > o.start)) return;
      const text = doc.text.slice(start, end);
      out.push({ text, start, end, rule, attrs: { level: levelOf(text, levels) } });
    };
    // Tokens jieba tags as place names (ns), where not part of a longer word.
    for (const t of doc.tokens) if (t.tag === 'ns' && t.word.length >= 2) add(t.start, t.end, 'jieba place tag');
    for (const m of doc.norm.matchAll(suffixRe)) add(m.index ?? 0, (m.index ?? 0) + m[0].length, 'place suffix');
    return out;
  },
  toItem(text, mentions) {
    return { text, level: mentions[0]?.attrs.level ?? null, code: null, path: null };
  },
});
