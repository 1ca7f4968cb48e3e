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

/**
 * Sorted runs of equal-length words (dict/name-not-words.txt), by kind, then by length, loaded on
 * first use: the name guesses ask for every candidate, so no key string is built per question.
 */
interface FullDictRuns { word: (string | undefined)[]; nr: (string | undefined)[]; end: (string | undefined)[] }
let fullDictRuns: FullDictRuns | null = null;
function runs(): FullDictRuns {
  if (fullDictRuns) return fullDictRuns;
  const byKind: FullDictRuns = { word: [], nr: [], end: [] };
  // A later row of the same kind and length replaces an earlier one, as a Map's set would.
  for (const e of loadDict('name-not-words.txt', { minCols: 3, maxCols: 3 })) {
    const kind = e.cols[0] as string;
    if (kind === 'word' || kind === 'nr' || kind === 'end') byKind[kind][Number(e.cols[1])] = e.cols[2] as string;
  }
  return (fullDictRuns = byKind);
}

/**
 * True when `run` (sorted words of `n` characters written together) holds `text[pos, pos + n)`:
 * a bisection comparing code units in place, as `<` compares strings of equal length.
 */
function runHas(run: string, text: string, pos: number, n: number): boolean {
  let lo = 0;
  let hi = run.length / n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = mid * n;
    let d = 0;
    for (let i = 0; i < n && d === 0; i++) d = run.charCodeAt(at + i) - text.charCodeAt(pos + i);
    if (d === 0) return true;
    if (d < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** True for two characters that end in a surname and that jieba's full dictionary holds as a word ("重温"). */
export function endsInSurnameWord(pair: string): boolean {
  const run = runs().end[2];
  return run !== undefined && pair.length === 2 && runHas(run, pair, 0, 2);
}

/**
 * How jieba's full dictionary knows a word that its lean one lacks: 'word' ("白癜风"), 'nr' (two
 * characters it files as a name, mostly everyday words: "萧瑟", "云霄"), or undefined.
 */
export function fullDictKind(word: string): 'word' | 'nr' | undefined {
  const { word: words, nr } = runs();
  const n = word.length;
  const w = words[n];
  if (w !== undefined && runHas(w, word, 0, n)) return 'word';
  const r = nr[n];
  return r !== undefined && runHas(r, word, 0, n) ? 'nr' : undefined;
}
