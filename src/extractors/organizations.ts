import { defineExtractor } from './define.js';
import type { Mention, Organization } from '../types.js';
import { loadDict } from '../lexicon/load.js';
import { HAN, alternation } from './_han.js';

let compiled: { named: RegExp; bodies: RegExp } | null = null;
function rules() {
  if (compiled) return compiled;
  const entries = loadDict('organizations.txt', { minCols: 2, maxCols: 2 });
  const suffixes = entries.filter((e) => e.cols[1] === 'suffix').map((e) => e.cols[0] as string);
  const bodies = entries.filter((e) => e.cols[1] === 'body').map((e) => e.cols[0] as string);
  // A name starts after punctuation or a verb of motion/location ("来到临汾市第三中学", "在喆啡酒店")
  // and runs, lazily, to the first organisation suffix.
  const start = `(?<=^|[\\s,.;:!?，。；：！？、()（）“”"《》]|来到|在|到|及|和|与|赴|由)`;
  const named = new RegExp(`${start}([${HAN}]{1,14}?(?:${alternation(suffixes)}))`, 'gu');
  const bodiesRe = new RegExp(`(?<![${HAN}])(${alternation(bodies)})`, 'gu');
  compiled = { named, bodies: bodiesRe };
  return compiled;
}

export default defineExtractor<'organizations', Record<string, never>, Organization>({
  name: 'organizations',
  dicts: ['organizations.txt'],
  requires: [],
  segmentWords: () => loadDict('organizations.txt', { minCols: 2, maxCols: 2 }).filter((e) => e.cols[1] === 'body').map((e) => [e.cols[0] as string, 'nt'] as const),
  extract(doc) {
    const { named, bodies } = rules();
    const out: Mention<Record<string, never>>[] = [];
    const add = (start: number, end: number, rule: string) => {
      if (end - start < 2 || out.some((o) => start >= o.start && end <= o.end)) return;
      out.push({ text: doc.text.slice(start, end), start, end, rule, attrs: {} });
    };
    for (const m of doc.norm.matchAll(named)) add(m.index ?? 0, (m.index ?? 0) + (m[1]?.length ?? 0), 'name ending in an organisation suffix');
    for (const m of doc.norm.matchAll(bodies)) add(m.index ?? 0, (m.index ?? 0) + (m[1]?.length ?? 0), 'known body');
    return out;
  },
  toItem(text) {
    return { text };
  },
});
