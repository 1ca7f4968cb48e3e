/**
 * jieba's main dictionary cut down to the words of known texts (issue 9).
 *
 * A one-article run asks jieba to cut one text, yet nodejieba's load() reads all 57k rows of the
 * lean dictionary, twice (segmenter and TextRank): ~150 ms of a ~400 ms run. cppjieba cuts a text
 * with only these numbers from its dictionary (DictTrie.hpp, MPSegment.hpp, MixSegment.hpp):
 *   - the rows whose words occur in the text (the trie's matches, the DAG's edges), with their
 *     weights log(freq / sum of all freqs);
 *   - the least weight (a character no row holds), and the median weight (each inserted word's).
 * So a file holding those rows, plus stand-in rows that restore the sum, the least and the median,
 * cuts the text into exactly the tokens the whole file does, and loads in ~25 ms. Stand-in words are
 * Unicode noncharacters (U+FDD0…U+FDEF), which a text never matches: a text holding one gets no subset.
 * Frequencies are integers, so the sums are exact in any order and every weight is bit-identical.
 */
import type { SortedRows } from './dict-rows.js';

/** What cppjieba computes over the whole file: the sum of frequencies, the least and the median. */
export interface DictionaryWeights {
  rows: number;
  total: number;
  min: number;
  median: number;
}

/**
 * Above this many characters the rows found grow toward the whole file (100k characters: 11.5k
 * words, found in ~100 ms, loaded in ~55 ms), and loading the whole file (~150 ms) costs no more.
 */
export const SUBSET_MAX_CHARS = 50_000;

const STAND_IN_FIRST = 0xfdd0;
const STAND_IN_DIGITS = 32; // U+FDD0 … U+FDEF

/** The frequencies of a "word freq tag" file, or null when one is not a positive integer (no exact sums then). */
export function dictionaryWeights(dict: string): DictionaryWeights | null {
  const freqs: number[] = [];
  let total = 0;
  for (let from = 0; from < dict.length; ) {
    let nl = dict.indexOf('\n', from);
    if (nl < 0) nl = dict.length;
    if (nl > from) {
      const a = dict.indexOf(' ', from);
      const b = a < 0 ? -1 : dict.indexOf(' ', a + 1);
      const f = a < 0 || a > nl ? NaN : Number(dict.slice(a + 1, b < 0 || b > nl ? nl : b));
      if (!Number.isInteger(f) || f <= 0) return null;
      freqs.push(f);
      total += f;
    }
    from = nl + 1;
  }
  if (freqs.length === 0 || total > Number.MAX_SAFE_INTEGER) return null;
  const sorted = Float64Array.from(freqs).sort();
  return { rows: freqs.length, total, min: sorted[0]!, median: sorted[sorted.length >> 1]! };
}

/** Whether a text holds a stand-in word's character: such a text is cut with the whole file. */
export function holdsStandIn(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= STAND_IN_FIRST && c < STAND_IN_FIRST + STAND_IN_DIGITS) return true;
  }
  return false;
}

/**
 * The file to load instead of the whole dictionary for `texts`, or null when the whole one is to be
 * loaded (a text holds a stand-in character, the texts are long, or they cover nearly every row).
 */
export function subsetDictionary(rows: SortedRows, weights: DictionaryWeights, texts: readonly string[]): { file: string; words: Set<string> } | null {
  if (texts.reduce((n, t) => n + t.length, 0) > SUBSET_MAX_CHARS || texts.some(holdsStandIn)) return null;
  const found = new Map<number, string>();
  for (const t of texts) rows.addRowsIn(t, found);
  const lines: string[] = [];
  const words = new Set<string>();
  let sum = 0;
  let below = 0;
  let above = 0;
  let equal = 0;
  for (const row of found.values()) {
    const a = row.indexOf(' ');
    const b = row.indexOf(' ', a + 1);
    const f = Number(row.slice(a + 1, b < 0 ? row.length : b));
    sum += f;
    if (f < weights.median) below++;
    else if (f > weights.median) above++;
    else equal++;
    lines.push(row);
    words.add(row.slice(0, a));
  }
  // The least weight: one row at the least frequency.
  lines.push(`${standIn(0)} ${weights.min} x`);
  if (weights.min < weights.median) below++;
  else equal++;
  // The sum: one row carrying all the frequency left out, above the median.
  above++;
  // The median: rows at the median frequency until index ⌊n/2⌋ of the sorted weights falls among
  // them, i.e. equal ≥ below − above and equal > above − below.
  const pads = Math.max(0, below - above - equal, above - below + 1 - equal);
  for (let k = 0; k < pads; k++) lines.push(`${standIn(k + 2)} ${weights.median} x`);
  const rest = weights.total - sum - weights.min - pads * weights.median;
  if (rest <= weights.median) return null;
  lines.push(`${standIn(1)} ${rest} x`);
  return { file: `${lines.join('\n')}\n`, words };
}

/** The k-th stand-in word: U+FDD0 then k in base 32, one noncharacter per digit. */
function standIn(k: number): string {
  let word = String.fromCharCode(STAND_IN_FIRST);
  do {
    word += String.fromCharCode(STAND_IN_FIRST + (k % STAND_IN_DIGITS));
    k = Math.floor(k / STAND_IN_DIGITS);
  } while (k > 0);
  return word;
}
