import { isHan } from '../_han.js';
import type { NameLexicon } from './lexicon.js';

/** jieba's tags of names and of its guesses of new words. */
const NAME_TAG = /^(?:nr|nrfg|nrt|x)$/;
export const isNameTag = (tag: string): boolean => NAME_TAG.test(tag);

/**
 * jieba tags that show a word is no name. Single characters are tagged unreliably (尚/d 德山, 闻/v 道才,
 * 何/r 兴旺), so only conjunctions, prepositions and particles count for them ("书记和市长").
 */
export const FUNCTION_WORD_TAG = /^(?:v|vd|d|p|r|u|uj|ul|uz|ud|ug|uv|m|q|t|f|y|e|o|a|ad|l|i)$/;

/**
 * True when a name may end before `q`: no Han character, a stop character, a follower word or a time
 * word ("副市长黄海|当天到港口") comes next.
 */
export function nameMayEndAt(norm: string, q: number, lex: NameLexicon): boolean {
  const c = norm[q];
  return !isHan(c) || lex.nameStops.has(c as string) || lex.followerList.someStartsAt(norm, q) || lex.timeWords.someStartsAt(norm, q);
}
