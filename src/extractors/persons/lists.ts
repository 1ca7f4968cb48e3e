import { isHan, isHanAt } from '../_han.js';
import type { NameLexicon } from '../officials/lexicon.js';
import { isNameTag, nameMayEndAt } from '../officials/names.js';
import type { TokenIndex } from '../officials/tokens.js';
import { isTranslitAt, THRESHOLD, type NameGuess } from './foreign.js';

/**
 * Lists of names around the names already found ("李志民、刘于鹤、何栋材", "葛菲／顾俊", "张三和李四"):
 * each neighbour needs much less evidence than a name standing alone. Read by guessNames (recognize.ts).
 */

/** A name next to a known name in a 、 list needs much less evidence ("李志民、刘于鹤、何栋材"). */
export const LIST_RELIEF = 30;

/** The guesser's best reading at `p` with a relief (recognize.ts), given to the list reader. */
export type BestAt = (norm: string, p: number, idx: TokenIndex, lex: NameLexicon, relief: number, listed: boolean) => NameGuess | null;

/** Separators of a list of names: "李志民、刘于鹤", doubles "葛菲／顾俊", pairs "张三和李四". */
const LIST_SEPARATORS = '、／/和与';
/** Characters that may close a list item besides non-Han ones. */
export const ITEM_CLOSERS = '等和与及';

/**
 * A list item of four characters that starts with two surnames ("、周梁淑怡、"): a married woman's
 * name as written in Hong Kong and Taiwan (husband's surname, own surname, given name).
 */
export function marriedNameAt(norm: string, p: number, lex: NameLexicon): NameGuess | null {
  if (!lex.surnames.has(norm[p] as string) || !lex.surnames.has(norm[p + 1] as string)) return null;
  for (let i = p; i < p + 4; i++) if (!isHanAt(norm, i)) return null;
  const after = norm[p + 4];
  return isHan(after) && !ITEM_CLOSERS.includes(after as string) ? null : { start: p, end: p + 4, score: THRESHOLD };
}

/** A transliterated name filling a list item from `p` on ("、弗拉维奥、"), or null. */
function foreignItemAt(norm: string, p: number): NameGuess | null {
  let q = p;
  while (q - p < 8 && isTranslitAt(norm, q)) q++;
  if (q - p < 2 || (isHanAt(norm, q) && !ITEM_CLOSERS.includes(norm[q] as string))) return null;
  return { start: p, end: q, score: THRESHOLD };
}

/**
 * Does a list item end at `e`? Where the text or the Han characters end, at 等/和/与/及, or, for the
 * last item, where the clause goes on: a stop character or a follower ("、董某的伤病"), the first
 * word of a predicate ("和张某还分获") or a word of jieba's dictionary ("和张某此前").
 */
function itemClosesAt(norm: string, e: number, idx: TokenIndex, lex: NameLexicon): boolean {
  if (e >= norm.length || !isHanAt(norm, e) || ITEM_CLOSERS.includes(norm[e] as string)) return true;
  if (!idx.isBoundary(e)) return false;
  if (nameMayEndAt(norm, e, lex) || lex.predicateList.someStartsAt(norm, e)) return true;
  const t = idx.startingAt(e);
  return t !== undefined && t.end - t.start >= 2 && !isNameTag(t.tag) && t.tag !== 'x';
}

/** Names listed around the names already found, read outwards from them. */
export function listNeighbours(norm: string, found: readonly { start: number; end: number }[], idx: TokenIndex, lex: NameLexicon, covered: (offset: number) => boolean, bestAt: BestAt): NameGuess[] {
  const out: NameGuess[] = [];
  const seen = new Set(found.map((f) => f.start));
  const queue = [...found];
  for (let k = 0; k < queue.length && k < 10_000; k++) {
    const { start, end } = queue[k] as { start: number; end: number };
    const next: NameGuess[] = [];
    if (LIST_SEPARATORS.includes(norm[end] ?? '.')) {
      const g = bestAt(norm, end + 1, idx, lex, LIST_RELIEF, true);
      const married = marriedNameAt(norm, end + 1, lex);
      // The name must close where the list item does: "、何栋材、", "、何栋材等".
      if (married) next.push(married);
      else if (g && itemClosesAt(norm, g.end, idx, lex)) next.push(g);
      else if (norm[end] !== '和' && norm[end] !== '与') {
        const f = foreignItemAt(norm, end + 1);
        if (f) next.push(f);
      }
    }
    if (LIST_SEPARATORS.includes(norm[start - 1] ?? '.')) {
      const sep = start - 1;
      const married = sep >= 4 && !isHanAt(norm, sep - 5) ? marriedNameAt(norm, sep - 4, lex) : null;
      if (married) next.push(married);
      else for (const len of [3, 2, 4]) {
        const g = bestAt(norm, sep - len, idx, lex, LIST_RELIEF, true);
        if (g && g.end === sep && (sep - len === 0 || !isHanAt(norm, sep - len - 1))) {
          next.push(g);
          break;
        }
      }
      if (!next.length && norm[sep] !== '和' && norm[sep] !== '与') {
        let c = sep;
        while (sep - c < 8 && c > 0 && isTranslitAt(norm, c - 1)) c--;
        if (sep - c >= 2 && (c === 0 || !isHanAt(norm, c - 1))) next.push({ start: c, end: sep, score: THRESHOLD });
      }
    }
    for (const g of next) {
      if (seen.has(g.start) || covered(g.start) || covered(g.end - 1)) continue;
      seen.add(g.start);
      out.push(g);
      queue.push(g);
    }
  }
  return out;
}
