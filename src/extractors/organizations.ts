import { WordFinder } from './_word-finder.js';
import { defineExtractor } from './define.js';
import type { Mention, Organization } from '../types.js';
import { loadDict, loadKinds } from '../lexicon/load.js';
import { PairMap, WordShapes } from './_char-tables.js';
import { findOrganizations, type OrgKind, type OrgRules, type OrgStop } from './organizations/find.js';
import { ORGANIZATION_WORK_FILE } from './organizations/walk.js';
import { SpanMask, markBookTitles, textView } from './locations/text-view.js';

let compiled: OrgRules | null = null;
function rules(): OrgRules {
  if (compiled) return compiled;
  const entries = loadDict('organizations.txt', { minCols: 2, maxCols: 2 });
  // A word may be both a named body and a suffix ("人大": on its own, and in "市人大").
  const kinds = new Map<string, OrgKind>();
  const bodies = new Map<string, number>();
  const bodyPrefixes = new PairMap<number>();
  const bodyShapes = new WordShapes();
  const parents = new Set<string>();
  for (const e of entries) {
    const [w, k] = e.cols as [string, OrgKind];
    if (k === 'parent') parents.add(w);
    else if (k !== 'body') { kinds.set(w, k); continue; }
    bodies.set(w, w.length);
    bodyShapes.add(w);
    bodyPrefixes.set(w.slice(0, 2), Math.max(bodyPrefixes.get(w.slice(0, 2)) ?? 0, w.length));
  }
  const suffixes = [...kinds].filter(([, k]) => k === 'gov' || k === 'dept' || k === 'named' || k === 'team' || k === 'party' || k === 'sub').map(([w]) => w);
  const stops = loadKinds<OrgStop>('stop/organizations.txt');
  const posts = new Set(loadDict('titles.txt').map((e) => e.cols[0] as string));
  const stateAbbreviations = new Set(loadDict('place-abbreviations.txt', { minCols: 3, maxCols: 4 }).filter((e) => e.cols[1] === 'foreign').map((e) => e.cols[0] as string));
  compiled = { kinds, suffixWords: new WordFinder(suffixes), bodies, bodyPrefixes, bodyShapes, parents, stops, posts, stateAbbreviations };
  return compiled;
}

export default defineExtractor<'organizations', Record<string, never>, Organization>({
  name: 'organizations',
  dicts: ['organizations.txt', 'stop/organizations.txt', 'titles.txt', 'places.txt', 'gazetteer.tsv', 'place-abbreviations.txt', 'surnames.txt', ORGANIZATION_WORK_FILE],
  requires: [],
  readsTokens: true,
  // Named bodies segment as one word ("国务院", "中央政治局常委会"); suffix names are found by walking.
  // So do long suffixes: "市|纪委监委|对市", not "纪委|监委对市" (jieba's guess swallowed the suffix's end).
  segmentWords: () => [...rules().bodies.keys(), ...longSuffixes()].map((w) => [w, 'nt'] as const),
  extract(doc) {
    const view = textView(doc);
    const blocked = new SpanMask(doc.norm.length);
    markBookTitles(doc.norm, blocked);
    return findOrganizations(rules(), view, blocked).map((h): Mention<Record<string, never>> => ({
      text: doc.text.slice(h.start, h.end), start: h.start, end: h.end, rule: h.rule, attrs: {},
    }));
  },
  toItem(text) {
    return { text };
  },
});

/**
 * Long suffixes of government bodies (three characters or more: "管委会", "纪委监委") and departments
 * (four or more: "人民法院"; a shorter one such as 理事会 would cut "欧盟|部长|理事会" out of its name).
 */
function longSuffixes(): string[] {
  return [...rules().kinds].filter(([w, k]) => (k === 'gov' && w.length >= 3) || (k === 'dept' && w.length >= 4)).map(([w]) => w);
}
