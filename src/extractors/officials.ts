import { defineExtractor } from './define.js';
import type { Mention, Official } from '../types.js';
import { loadDict, loadWordSet, loadWords } from '../lexicon/load.js';
import { HAN, alternation } from './_han.js';

export interface OfficialAttrs { name: string; titles: string[] }

let compiled: { chain: RegExp; surnames: string[]; nameStops: Set<string> } | null = null;
function rules() {
  if (compiled) return compiled;
  const posts = loadDict('titles.txt', { maxCols: 2 }).map((e) => e.cols[0] as string);
  // An organisation-or-place prefix ends in one of these characters: 临汾市委|副书记, 市公安局|局长.
  const prefix = `(?:[${HAN}]{0,16}?(?:委|局|部|厅|办|府|会|组|院|室|处|队|所|中心|省|市|县|区|镇|乡|旗|州|盟|村|团|师))?`;
  const unit = `${prefix}(?:${alternation(posts)})`;
  const surnames = loadWords('surnames.txt').sort((a, b) => b.length - a.length);
  const name = `(?:${alternation(surnames)})[${HAN}]{1,2}`;
  const chain = new RegExp(`(${unit}(?:、${unit})*)(${name})`, 'gu');
  compiled = { chain, surnames, nameStops: loadWordSet('name-stops.txt') };
  return compiled;
}

/** Trims a greedy surname+2 match back to two characters when the third starts the next word. */
function trimName(raw: string, surnames: string[], stops: Set<string>): string {
  const sn = surnames.find((s) => raw.startsWith(s)) ?? raw.slice(0, 1);
  const given = raw.slice(sn.length);
  if (given.length === 2 && stops.has(given.slice(1))) return sn + given.slice(0, 1);
  return raw;
}

export default defineExtractor<'officials', OfficialAttrs, Official>({
  name: 'officials',
  dicts: ['titles.txt', 'surnames.txt', 'name-stops.txt'],
  requires: [],
  segmentWords: () => loadDict('titles.txt', { maxCols: 2 }).map((e) => [e.cols[0] as string, 'title'] as const),
  extract(doc) {
    const { chain, surnames, nameStops } = rules();
    const out: Mention<OfficialAttrs>[] = [];
    const names = new Map<string, string[]>();
    chain.lastIndex = 0;
    for (let m = chain.exec(doc.norm); m; m = chain.exec(doc.norm)) {
      const titleChain = m[1] ?? '';
      const name = trimName(m[2] ?? '', surnames, nameStops);
      const start = m.index + titleChain.length;
      const titles = titleChain.split('、').filter(Boolean);
      out.push({ text: doc.text.slice(start, start + name.length), start, end: start + name.length, rule: 'title chain before name', attrs: { name, titles } });
      names.set(name, titles);
      chain.lastIndex = start + name.length;
    }
    // Later mentions of a known name count to the same person ("李云峰指出").
    for (const name of names.keys()) {
      for (let i = doc.norm.indexOf(name); i >= 0; i = doc.norm.indexOf(name, i + name.length)) {
        if (!out.some((o) => o.start === i)) out.push({ text: name, start: i, end: i + name.length, rule: 'later mention', attrs: { name, titles: [] } });
      }
    }
    return out;
  },
  toItem(text, mentions) {
    const titles: string[] = [];
    for (const m of mentions) for (const t of m.attrs.titles) if (!titles.includes(t)) titles.push(t);
    return { name: text, titles };
  },
});
