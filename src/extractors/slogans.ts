import { defineExtractor } from './define.js';
import type { Mention, Slogan } from '../types.js';
import { loadDict } from '../lexicon/load.js';
import { HAN, alternation } from './_han.js';

export interface SloganAttrs { kind: string }

let compiled: { lexicon: RegExp; themes: Map<string, string>; quoted: RegExp; numbered: RegExp; stops: Set<string> } | null = null;
function rules() {
  if (compiled) return compiled;
  const entries = loadDict('slogans.txt', { minCols: 2, maxCols: 2 });
  const stops = new Set(loadDict('stop/slogans.txt', { minCols: 2, maxCols: 2 }).map((e) => e.cols[0] as string));
  const themes = new Map(entries.filter((e) => !stops.has(e.cols[0] as string)).map((e) => [e.cols[0] as string, e.cols[1] as string]));
  compiled = {
    lexicon: new RegExp(alternation(themes.keys()), 'gu'),
    themes,
    // Quoted phrase of 2–12 characters with no sentence punctuation inside.
    quoted: new RegExp(`“([^“”\\n,。;:!?，；：！？]{2,12})”`, 'gu'),
    // Numbered formulas: 三区两通道, 四个意识, 五包一, 两点一线.
    numbered: new RegExp(`(?<![${HAN}])[一二两三四五六七八九十百千](?:个|大|项)?[${HAN}]{1,2}[一二两三四五六七八九十](?:个|大|项)?[${HAN}]{1,2}(?![${HAN}])`, 'gu'),
    stops,
  };
  return compiled;
}

export default defineExtractor<'slogans', SloganAttrs, Slogan>({
  name: 'slogans',
  dicts: ['slogans.txt', 'stop/slogans.txt'],
  requires: [],
  segmentWords: () => loadDict('slogans.txt', { minCols: 2, maxCols: 2 }).map((e) => [e.cols[0] as string, 'slogan'] as const),
  extract(doc) {
    const { lexicon, themes, quoted, numbered, stops } = rules();
    const out: Mention<SloganAttrs>[] = [];
    const add = (start: number, end: number, kind: string, rule: string) => {
      const text = doc.text.slice(start, end);
      if (stops.has(text) || out.some((o) => o.start === start && o.end === end)) return;
      out.push({ text, start, end, rule, attrs: { kind } });
    };
    for (const m of doc.norm.matchAll(lexicon)) add(m.index ?? 0, (m.index ?? 0) + m[0].length, `lexicon:${themes.get(m[0]) ?? ''}`, 'lexicon');
    for (const m of doc.norm.matchAll(quoted)) {
      const inner = m[1] ?? '';
      if (/[?？]$/.test(inner)) continue;
      add((m.index ?? 0) + 1, (m.index ?? 0) + 1 + inner.length, 'quoted', 'quoted watchword');
    }
    for (const m of doc.norm.matchAll(numbered)) add(m.index ?? 0, (m.index ?? 0) + m[0].length, 'numbered', 'numbered formula');
    return out;
  },
  toItem(text, mentions) {
    return { text, kind: mentions[0]?.attrs.kind ?? 'lexicon' };
  },
});
