import { loadDict } from '../../lexicon/load.js';
import { normalize } from '../../pipeline/normalize.js';
import { WordFinder } from '../_word-finder.js';
import { phraseKey, type Candidate } from './candidate.js';

export interface SloganLexicon {
  /** The normalised entries, found longest first (as their regex alternation would find them). */
  finder: WordFinder;
  /** Normalised entry → theme. */
  themes: Map<string, string>;
  /** Keys (phraseKey) of phrases that are never slogans, with the reason. */
  stops: Map<string, string>;
  /** Entries as written and as normalised, for the segmenter. */
  words: string[];
  /** Endings that make a quoted or numbered phrase a name (nickname, project, brand), with the reason. */
  nameEndings: Map<string, string>;
}

let cached: SloganLexicon | null = null;

/**
 * A line is the same line whether its parts are joined by 、 or a comma, or run together in a
 * headline ("人民至上、生命至上" / "人民至上，生命至上" / "人民至上生命至上"). Matching is on the
 * normalised view, where ， is ",".
 */
function punctuationVariants(norm: string): string[] {
  if (!/[、,]/u.test(norm)) return [norm];
  return [norm, norm.replace(/[、,]/gu, '、'), norm.replace(/[、,]/gu, ','), norm.replace(/[、,]/gu, '')];
}

export function sloganLexicon(): SloganLexicon {
  if (cached) return cached;
  const stops = new Map<string, string>();
  for (const e of loadDict('stop/slogans.txt', { minCols: 2, maxCols: 2 })) {
    stops.set(phraseKey(normalize(e.cols[0] as string)), e.cols[1] as string);
  }
  const themes = new Map<string, string>();
  const words = new Set<string>();
  for (const e of loadDict('slogans.txt', { minCols: 2, maxCols: 2 })) {
    const written = e.cols[0] as string;
    const norm = normalize(written);
    if (stops.has(phraseKey(norm))) continue;
    words.add(written);
    for (const form of punctuationVariants(norm)) {
      if (!themes.has(form)) themes.set(form, e.cols[1] as string);
      words.add(form);
    }
  }
  const nameEndings = new Map<string, string>();
  for (const e of loadDict('stop/slogan-endings.txt', { minCols: 2, maxCols: 2 })) nameEndings.set(normalize(e.cols[0] as string), e.cols[1] as string);
  cached = { finder: new WordFinder(themes.keys()), themes, stops, words: [...words], nameEndings };
  return cached;
}

/** Every lexicon line in the matching view. */
export function findLexicon(norm: string, lex: SloganLexicon): Candidate[] {
  const out: Candidate[] = [];
  if (lex.themes.size === 0) return out;
  for (const m of lex.finder.all(norm)) {
    const start = m.index;
    out.push({ start, end: start + m.word.length, kind: `lexicon:${lex.themes.get(m.word) ?? ''}`, rule: 'lexicon' });
  }
  return out;
}
