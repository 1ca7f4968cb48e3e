import { isHanAt } from '../_han.js';
import type { NameLexicon } from './lexicon.js';
import { isNameTag, nameMayEndAt } from './name-ends.js';
import { givenCharScoreAt, givenPairCount } from './name-model.js';
import type { TokenIndex } from './tokens.js';

/** jieba's name guesses share a given name this often (dict/name-given-pairs.txt lists those shared at least twice). */
const SHARED_GIVEN_NAME = 2;
/** Tags of a character standing alone that is a function word, not a surname ("主任还建议", "书记对建国以来…"). */
const FUNCTION_ALONE = /^(?:c|p|u|uj|ul|uz|ud|ug|uv|r|d|m|q|f|y|e|o|t)$/;

/**
 * "副县长陀某峰参加", "记者 淡某华": a rare surname that dict/surnames.txt does not list (China has
 * thousands), read only right after a title or a credit label, before a two-character given name that
 * jieba's person names share (晓峰, 建平, 学军) and after which the name closes. The character must stand
 * alone (not a function word) before the given name read as one word or two, or jieba must guess the three
 * characters as one word. 1 when it is such a surname, else 0.
 */
export function unlistedSurnameAt(norm: string, p: number, idx: TokenIndex, lex: NameLexicon): number {
  const c = norm[p] as string;
  if (!isHanAt(norm, p) || !isHanAt(norm, p + 1) || !isHanAt(norm, p + 2) || lex.nameStops.has(c) || lex.surnameChars.has(norm, p)) return 0;
  const given = norm.slice(p + 1, p + 3);
  if (givenPairCount(given) < SHARED_GIVEN_NAME || lex.addressTerms.has(given) || lex.nameStops.has(given[0] as string)) return 0;
  if (givenCharScoreAt(norm, p + 1) + givenCharScoreAt(norm, p + 2) <= 0 || !nameMayEndAt(norm, p + 3, lex)) return 0;
  const t = idx.startingAt(p);
  if (!t) return 0;
  const guessed = t.end === p + 3 && isNameTag(t.tag);
  const alone = t.end === p + 1 && !FUNCTION_ALONE.test(t.tag) && idx.isBoundary(p + 3) && (idx.startingAt(p + 1)?.end ?? p + 4) <= p + 3;
  return guessed || alone ? 1 : 0;
}
