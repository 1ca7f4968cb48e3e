import type { Doc } from '../../types.js';
import { namesAfterChains, type ChainedName } from './chains.js';
import { nameLexicon } from './lexicon.js';
import { TokenIndex } from './tokens.js';

const chainsOf = new WeakMap<Doc, ChainedName[]>();

/**
 * The names after chains of business posts only ("合作社理事长付某海", "公司经理王某"): people, not
 * officials. Found once per document: locations read their spans first (no place inside them: "长海"
 * of 付长海 is no county), persons later report them.
 */
export function businessNames(doc: Doc, idx: TokenIndex = new TokenIndex(doc)): ChainedName[] {
  let found = chainsOf.get(doc);
  if (!found) chainsOf.set(doc, (found = namesAfterChains(doc, idx, nameLexicon(), true)));
  return found;
}
