import { defineExtractor } from './define.js';
import type { Mention, PlaceAbbreviation } from '../types.js';
import type { LocationAttrs } from './locations.js';
import { loadDict } from '../lexicon/load.js';
import { ABBREVIATION_RULE } from './locations/abbreviations.js';
import { codeOf, GAZETTEER_FILE, GAZETTEER_NAMES_FILE, gazetteer, levelOf, namesOf, pathOf } from './locations/gazetteer.js';
import { listedPlaces } from './locations/place-names.js';

/**
 * One-character abbreviations of states and provinces ("中美关系" → 中国, 美国; "访华", "赴京", "港澳台"),
 * with the places they stand for. GOLD-FORMAT keeps locations to two characters or more, so these
 * are a field of their own; the locations extractor finds them (it must, to keep its other rules
 * off them) and this one reports them.
 */
export interface PlaceAbbreviationAttrs {
  level: string;
  /** Full names it may stand for ("澳" → 澳大利亚, 澳门). */
  names: string[];
  code: string | null;
  path: string[] | null;
}

const DICT = 'place-abbreviations.txt';

interface Meaning { level: string | null; names: string[]; code: string | null; path: string[] | null }
let meanings: Map<string, Meaning> | null = null;

/**
 * "京" → 北京市 110000 (its province in the gazetteer); "美" → 美国, no code; "澳" → two names.
 * The level is the one locations give the full name where they list it ("中"/"华" → 中国, region).
 */
function meaningOf(char: string): Meaning {
  if (!meanings) {
    meanings = new Map();
    const g = gazetteer();
    const listed = listedPlaces();
    for (const row of loadDict(DICT, { minCols: 3, maxCols: 4 })) {
      const [abbr, level, meaning] = row.cols as [string, string, string];
      const names = meaning.split('/');
      const provinces = level === 'province' && names.length === 1
        ? namesOf(g, names[0] as string).filter((h) => levelOf(g, h.division) === 'province') : [];
      const p = provinces.length === 1 ? (provinces[0]?.division as number) : -1;
      const named = names.length === 1 ? (listed.get(names[0] as string) ?? level) : level;
      meanings.set(abbr, p < 0 ? { level: named, names, code: null, path: null } : { level, names: [pathOf(g, p).at(-1) as string], code: codeOf(g, p), path: pathOf(g, p) });
    }
  }
  return meanings.get(char) ?? { level: null, names: [], code: null, path: null };
}

export default defineExtractor<'place_abbreviations', PlaceAbbreviationAttrs, PlaceAbbreviation>({
  name: 'place_abbreviations',
  dicts: [DICT, 'places.txt', GAZETTEER_FILE, GAZETTEER_NAMES_FILE],
  requires: ['locations'],
  readsTokens: false,
  extract(doc, ctx) {
    const out: Mention<PlaceAbbreviationAttrs>[] = [];
    for (const m of ctx.mentions('locations') as readonly Mention<LocationAttrs>[]) {
      if (m.rule !== ABBREVIATION_RULE) continue;
      const text = doc.text.slice(m.start, m.end);
      const { level, ...meaning } = meaningOf(doc.norm.slice(m.start, m.end));
      out.push({ text, start: m.start, end: m.end, rule: m.rule, attrs: { level: level ?? m.attrs.level ?? 'foreign', ...meaning } });
    }
    return out;
  },
  toItem(text, mentions) {
    const a = mentions[0]?.attrs;
    return { text, level: a?.level ?? 'foreign', names: a?.names ?? [], code: a?.code ?? null, path: a?.path ?? null };
  },
});
