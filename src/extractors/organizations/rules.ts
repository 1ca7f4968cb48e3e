/** The organisation finder's rule tables and the small predicates every stage of it asks. */
import type { WordFinder } from '../_word-finder.js';
import type { PairMap, WordShapes } from '../_char-tables.js';
export type OrgKind = 'body' | 'parent' | 'gov' | 'dept' | 'named' | 'team' | 'party' | 'sub' | 'level';
export type OrgStop = 'generic' | 'type' | 'verb' | 'token' | 'whole' | 'facility' | 'unowned';

export interface OrgRules {
  kinds: Map<string, OrgKind>;
  suffixWords: WordFinder;
  bodies: Map<string, number>;
  bodyPrefixes: PairMap<number>;
  /** The bodies' shapes: most lengths tried at a position are no body, ruled out before slicing. */
  bodyShapes: WordShapes;
  /** Bodies whose local committees follow their name ("共青团|临江市委", "九三学社|中央"). */
  parents: Set<string>;
  stops: Map<string, Set<OrgStop>>;
  posts: Set<string>;
  /** One-character abbreviations of states ("俄", "美") that may stand before a state's body. */
  stateAbbreviations: Set<string>;
}

export interface OrgHit { start: number; end: number; rule: string }

export const stopIs = (r: OrgRules, w: string, k: OrgStop) => r.stops.get(w)?.has(k) ?? false;
export const isLevelWord = (r: OrgRules, w: string) => r.kinds.get(w) === 'level';
/** A level word written from `at` whatever jieba's cuts: "经|开|区" is 经开区, so its 经 is no verb. */
export const startsLevelWord = (r: OrgRules, norm: string, at: number) => [2, 3, 4].some((n) => isLevelWord(r, norm.slice(at, at + n)));
