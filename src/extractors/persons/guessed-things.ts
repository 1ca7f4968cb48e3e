import { loadWordSet } from '../../lexicon/load.js';
import type { NameLexicon } from '../officials/lexicon.js';
import type { NameGuess } from './foreign.js';

/** Last characters of a river's or a canal's name, which given names use too ("清河"). */
const WATER_END = '河江溪渠';
/** What follows a river's name ("某某河沿岸", "入湖口", "流域"). */
const WATER_AFTER = /^(?:沿岸|两岸|流域|干流|支流|入湖口|入河口|入江口|河段|段|畔|岸线|河道|河堤|水位|水质|上游|中游|下游|源头)/u;
/** What a river's name follows in river-chief news ("巡查某某河", "沿某某河"). */
const WATER_BEFORE = /(?:巡查|巡河|沿|治理|整治|守护|疏浚)$/u;
/** Reach of WATER_BEFORE's longest word. */
const WATER_BEFORE_REACH = 2;
/** A quoted brand or nickname that opens with a name-like word ("“某某藤椒”", "“某某之乡”"): its rest is at most this long. */
const QUOTED_REST = 3;
const QUOTED_REST_RE = new RegExp(`^\\p{Script=Han}{1,${QUOTED_REST}}[”"’」]`, 'u');

/** A culture named after a dynasty or a region ("唐文化资源", "雨林文化旅游节") reads like a surname and a given name. */
const CULTURE = '文化';

/** Species and stands of them that read like names (dict/name-nature-words.txt). */
let natureWords: Set<string> | undefined;
let natureMax = 0;
/** True when a listed species word ("马尾松", "桐花树") covers the guess's first character. */
function natureWordAt(norm: string, start: number): boolean {
  if (natureWords === undefined) {
    natureWords = loadWordSet('name-nature-words.txt');
    for (const w of natureWords) natureMax = Math.max(natureMax, w.length);
  }
  for (let from = Math.max(0, start - natureMax + 1); from <= start; from++) {
    for (let len = Math.max(2, start - from + 1); len <= natureMax; len++) if (natureWords.has(norm.slice(from, from + len))) return true;
  }
  return false;
}

/**
 * Guessed names that name a thing at one of their mentions at least, so at none: a river ("巡查某某河",
 * "某某河沿岸"), a culture before the noun it qualifies ("唐文化资源"), or the start of a quoted brand or
 * nickname whose rest is a few more characters ("“某某藤椒”", "“某某之乡”"), or a species ("马尾松", "白头鹤",
 * "胡杨林", "白眉长|臂猿"). Each test reads a few
 * characters around the guess.
 */
export function guessedThings(norm: string, guesses: readonly NameGuess[], lex: NameLexicon): Set<string> {
  const things = new Set<string>();
  for (const g of guesses) {
    const name = norm.slice(g.start, g.end);
    if (things.has(name)) continue;
    const water = WATER_END.includes(name.slice(-1))
      && (WATER_AFTER.test(norm.slice(g.end, g.end + 3)) || WATER_BEFORE.test(norm.slice(Math.max(0, g.start - WATER_BEFORE_REACH), g.start)));
    const culture = name.endsWith(CULTURE) && /\p{Script=Han}/u.test(norm[g.end] ?? '')
      && !lex.followerList.someStartsAt(norm, g.end) && !lex.speechList.someStartsAt(norm, g.end);
    const quotedPart = /[“"‘「]/.test(norm.charAt(g.start - 1)) && QUOTED_REST_RE.test(norm.slice(g.end, g.end + QUOTED_REST + 1));
    if (water || culture || quotedPart || natureWordAt(norm, g.start)) things.add(name);
  }
  return things;
}
