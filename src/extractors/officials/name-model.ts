import { loadDict } from '../../lexicon/load.js';

/**
 * How name-like a character is as part of a given name: log-odds ×10 from dict/given-name-chars.txt
 * (generated from the person names in jieba's own dictionary by dict/build/given-name-chars.mjs).
 */
/** A character absent from the file is rare in names and in words alike: neutral, slightly negative. */
export const UNSEEN_GIVEN_CHAR = -3;

let scores: Map<string, number> | null = null;
const givenScores = (): Map<string, number> =>
  (scores ??= new Map(loadDict('given-name-chars.txt', { minCols: 2, maxCols: 2 }).map((e) => [e.cols[0] as string, Number(e.cols[1])])));
export function givenCharScore(c: string): number {
  return givenScores().get(c) ?? UNSEEN_GIVEN_CHAR;
}

let scoreByCode: Float64Array | null = null;
/** givenCharScore(text[i]) read by character code: the name guesses score every candidate's characters. */
export function givenCharScoreAt(text: string, i: number): number {
  if (!scoreByCode) {
    scoreByCode = new Float64Array(0x10000).fill(UNSEEN_GIVEN_CHAR);
    for (const [c, score] of givenScores()) if (c.length === 1) scoreByCode[c.charCodeAt(0)] = score;
  }
  return i >= 0 && i < text.length ? (scoreByCode[text.charCodeAt(i)] as number) : UNSEEN_GIVEN_CHAR;
}

/**
 * False when the given name is made of characters that names avoid: any character at -40 or
 * less ("县长都要"), or, when jieba reads the whole candidate as one ordinary word
 * (`isWord`: "县长信访"), a sum of -20 or less. Lenient, because a title or a credit label
 * before it is already strong evidence ("区政协主席洪流" is a name).
 */
export function plausibleGivenName(given: string, isWord: boolean): boolean {
  const chars = [...given].map(givenCharScore);
  if (chars.some((x) => x <= -40)) return false;
  return !isWord || chars.reduce((a, x) => a + x, 0) > -20;
}

let surnameOdds: Map<string, number> | null = null;
/** How strongly a surname starts a name (dict/surname-odds.txt); compound surnames always do. */
export function surnameScore(surname: string): number {
  if (surname.length > 1) return 35;
  surnameOdds ??= new Map(loadDict('surname-odds.txt', { minCols: 2, maxCols: 2 }).map((e) => [e.cols[0] as string, Number(e.cols[1])]));
  return surnameOdds.get(surname) ?? 0;
}

let pairs: Map<string, number> | null = null;
/** How many of jieba's three-character person names have this given name (dict/name-given-pairs.txt). */
export function givenPairCount(given: string): number {
  pairs ??= new Map(loadDict('name-given-pairs.txt', { minCols: 2, maxCols: 2 }).map((e) => [e.cols[0] as string, Number(e.cols[1])]));
  return pairs.get(given) ?? 0;
}

/** Sorted runs of equal-length words, by "kind TAB length" (dict/name-not-words.txt), loaded on first use. */
let fullDictRuns: Map<string, string> | null = null;

/** True when `run` (sorted words of `word.length` characters written together) holds `word`. */
function runHas(run: string, word: string): boolean {
  const n = word.length;
  let lo = 0;
  let hi = run.length / n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = run.slice(mid * n, mid * n + n);
    if (w === word) return true;
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** True for two characters that end in a surname and that jieba's full dictionary holds as a word ("重温"). */
export function endsInSurnameWord(pair: string): boolean {
  fullDictKind(pair); // loads the runs
  const run = fullDictRuns?.get('end\t2');
  return run !== undefined && pair.length === 2 && runHas(run, pair);
}

/**
 * How jieba's full dictionary knows a word that its lean one lacks: 'word' ("白癜风"), 'nr' (two
 * characters it files as a name, mostly everyday words: "萧瑟", "云霄"), or undefined.
 */
export function fullDictKind(word: string): 'word' | 'nr' | undefined {
  fullDictRuns ??= new Map(loadDict('name-not-words.txt', { minCols: 3, maxCols: 3 }).map((e) => [`${e.cols[0]}\t${e.cols[1]}`, e.cols[2] as string]));
  for (const kind of ['word', 'nr'] as const) {
    const run = fullDictRuns.get(`${kind}\t${word.length}`);
    if (run !== undefined && runHas(run, word)) return kind;
  }
  return undefined;
}
