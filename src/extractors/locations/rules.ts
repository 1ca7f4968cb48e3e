/**
 * The locations extractor's tables, read once from dict/: place suffixes (locations.txt), listed places
 * (places.txt), stop words (stop/places.txt), posts (titles.txt), name continuations, surname odds,
 * the kinds that end a list of places, and people's roles and verbs of speech.
 */
import { WordFinder } from '../_word-finder.js';
import { PairMap, WordShapes } from '../_char-tables.js';
import { loadDict, loadKinds } from '../../lexicon/load.js';
import { personRoleLabels } from '../persons/roles.js';
import type { StopKind, SuffixMode, SuffixRule } from './suffix-names.js';

export interface LocationRules {
  suffixRules: SuffixRule[];
  suffixWords: WordFinder;
  listed: Map<string, string>;
  listedPrefixes: PairMap<number>;
  listedShapes: WordShapes;
  stops: Map<string, Set<StopKind>>;
  posts: Set<string>;
  maxPost: number;
  /** Continuations that make a place's last character part of another word ("临汾市场" is not 临汾市). */
  continuations: Set<string>;
  surnameOdds: Map<string, number>;
  /** Kinds of place that end a list of names ("…、…等景区"), with the level they give. */
  listKinds: Map<string, string>;
  /** A person's role written before the name ("司机", "村民") and verbs of speech after it ("说"). */
  personRoles: Set<string>;
  speechVerbs: Set<string>;
}

let compiled: LocationRules | null = null;
export function rules(): LocationRules {
  if (compiled) return compiled;
  const suffixRules = loadDict('locations.txt', { minCols: 3, maxCols: 3 }).map((e) => ({ suffix: e.cols[0] as string, level: e.cols[1] as string, mode: e.cols[2] as SuffixMode }));
  const listed = new Map(loadDict('places.txt', { minCols: 2, maxCols: 2 }).map((e) => [e.cols[0] as string, e.cols[1] as string]));
  const listedPrefixes = new PairMap<number>();
  const listedShapes = new WordShapes();
  for (const w of listed.keys()) {
    listedPrefixes.set(w.slice(0, 2), Math.max(listedPrefixes.get(w.slice(0, 2)) ?? 0, w.length));
    listedShapes.add(w);
  }
  const stops = loadKinds<StopKind>('stop/places.txt');
  const posts = new Set(loadDict('titles.txt').map((e) => e.cols[0] as string));
  const continuations = new Set(loadDict('stop/place-continuations.txt', { maxCols: 2 }).map((e) => e.cols[0] as string));
  compiled = {
    suffixRules,
    suffixWords: new WordFinder(suffixRules.map((r) => r.suffix)),
    listed, listedPrefixes, listedShapes, stops, posts, continuations,
    surnameOdds: new Map(loadDict('surname-odds.txt', { minCols: 2, maxCols: 2 }).map((e) => [e.cols[0] as string, Number(e.cols[1])])),
    listKinds: new Map(loadDict('place-list-kinds.txt', { minCols: 2, maxCols: 2 }).map((e) => [e.cols[0] as string, e.cols[1] as string])),
    personRoles: new Set(personRoleLabels().before.keys()),
    // Read here, not through nameLexicon: that needs dates.txt too, and locations' rules are built at start-up.
    speechVerbs: new Set(loadDict('name-context.txt', { minCols: 2, maxCols: 2 }).filter((e) => e.cols[1] === 'speech').map((e) => e.cols[0] as string)),
    maxPost: Math.max(...[...posts].map((p) => p.length)),
  };
  return compiled;
}
