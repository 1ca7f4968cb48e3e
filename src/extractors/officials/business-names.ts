import type { Doc } from '../../types.js';
import { namesAfterChains } from './chains.js';
import { nameLexicon } from './lexicon.js';
import { TokenIndex } from './tokens.js';

/**
 * The spans of names after chains of business posts only ("合作社理事长付某海", "公司经理王某"): people,
 * not officials, so the officials' mentions do not hold them, but no place is inside them either
 * ("长海" of 付长海 is no county). Title units are cached per document: the officials read them first.
 */
export function businessNameSpans(doc: Doc): Array<{ start: number; end: number }> {
  return namesAfterChains(doc, new TokenIndex(doc), nameLexicon(), true);
}
