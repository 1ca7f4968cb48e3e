import { isHanAt } from '../_han.js';
import type { NameLexicon } from '../officials/lexicon.js';
import { unlistedSurnameAt } from '../officials/unlisted-surnames.js';
import { labelSurnameAt, namelikePairAt, readNameAt, stopEndsName, surnameAt, surnamelessNameAt } from '../officials/names.js';
import type { TokenIndex } from '../officials/tokens.js';

const SPACE = /[ \t\u3000\u00a0]/;
/** What opens the object of a preposition right after a name: a title of a work, a quote, a number. */
const OBJECT_OPENER = /^[《“‘"「0-9０-９]$/u;

/** Length of the run of Han characters at `p`. */
function hanRun(norm: string, p: number): number {
  let q = p;
  while (isHanAt(norm, q)) q++;
  return q - p;
}

/** Does jieba read an ordinary word of two or more characters from `i` on ("金某|简介"), or across `i`? */
function ordinaryWordAt(i: number, idx: TokenIndex): boolean {
  const t = idx.startingAt(i);
  if (t !== undefined && t.end - i >= 2 && t.tag !== 'x' && !t.tag.startsWith('nr')) return true;
  // Or one that ends inside it ("…记者|金某": 者 is no surname there).
  const held = idx.at(i);
  return held !== undefined && held.start < i && held.end > i && held.tag !== 'x' && !held.tag.startsWith('nr');
}

/** A one-character verb, adverb or distinguishing word of jieba's, then a word ("作者谈|乡土", "作者原|单位"): no surname. */
function verbBeforeWord(p: number, idx: TokenIndex): boolean {
  const head = idx.startingAt(p);
  return head !== undefined && head.end === p + 1 && /^(?:v|d|b)$/.test(head.tag) && ordinaryWordAt(p + 1, idx);
}

/**
 * "本报记者玺某⏎": a run of two or three characters without a known surname that jieba reads as one
 * unknown word (x) or a name, standing alone (no Han character after it): a name all the same
 * ("实习编辑婷婷").
 */
function unknownWordAlone(norm: string, p: number, run: number, idx: TokenIndex, lex: NameLexicon): boolean {
  const t = idx.startingAt(p);
  // Not a verb or a function word jieba glued to the next ("主编|说的“…”"), nor a word for no name (佚名).
  if (lex.nameStops.has(norm[p] as string) || lex.notNames.has(norm.slice(p, p + run))) return false;
  return run <= 3 && !isHanAt(norm, p + run) && t !== undefined && t.end === p + run && (t.tag === 'x' || t.tag.startsWith('nr'));
}

/** Does jieba read exactly `length` characters from `i` as an adverb, adjective, verb or function word ("相同")? */
function notNounAt(i: number, length: number, idx: TokenIndex): boolean {
  const t = idx.startingAt(i);
  return t !== undefined && t.end - i === length && /^(?:d|a|ad|an|v|vd|c|p|r|m)$/.test(t.tag);
}

/**
 * "编辑：付|明月　": a surname and two characters standing alone in the credit (a space, a bracket or the
 * line's end after them) are a name even where jieba reads the surname as a verb (付, "to pay").
 */
function closedName(norm: string, p: number, run: number, sn: number): boolean {
  return sn === 1 && run === 3 && (p + run >= norm.length || /[\s\u3000)）\]】]/.test(norm.charAt(p + run)));
}

/**
 * "通讯员 甘露）": a common surname and one character that reads like a given name, standing alone in the
 * credit, are a name even where jieba reads the two as a verb or an adjective (甘露/v, 严明/a).
 */
function closedWordName(norm: string, p: number, run: number, sn: number): boolean {
  return sn === 1 && run === 2 && (p + run >= norm.length || /[\s\u3000)）\]】]/.test(norm.charAt(p + run))) && namelikePairAt(norm, p);
}

/** Where the parts of a dotted name that continues at `end` ("努尔兰|·卡德尔") end: `end` when none follows. */
function dottedEnd(norm: string, end: number): number {
  let e = end;
  for (let parts = 1; parts < 4 && (norm[e] === '·' || norm[e] === '•'); parts++) {
    const run = hanRun(norm, e + 1);
    if (run < 2 || run > 6) break;
    e += 1 + run;
  }
  // "记者努尔兰·卡德尔报道": the credit's verb written on is no part of the last name.
  const verb = e > end ? CREDIT_VERB_END.exec(norm.slice(Math.max(end, e - 3), e)) : null;
  return verb && e - verb[0].length - norm.lastIndexOf('·', e) > 2 ? e - verb[0].length : e;
}
const CREDIT_VERB_END = /(?:报道|摄影|摄|说)$/;

/**
 * `labelAt` matches a label at the start of a string (not global: no lastIndex state shared
 * between documents). The names after a credit label, as [start, end) spans: "记者 李兵 通讯员 …" → 李兵;
 * "(记者 邓坚 姚勃男)" → both; "(记者 崔 霞)" → "崔 霞" (a two-character name padded to the width
 * of three, as typesetters do); "责编:聊城袁志威" → 袁志威 (a place before the name).
 */
export function readCreditNames(norm: string, from: number, idx: TokenIndex, lex: NameLexicon, labelAt: RegExp): [number, number][] {
  let p = from;
  let skipped = 0;
  while (skipped < 4 && (SPACE.test(norm[p] ?? '') || norm[p] === ':' || norm[p] === '：')) {
    p++;
    skipped++;
  }
  const out: [number, number][] = [];
  let listed = false;
  for (let guard = 0; guard < 6; guard++) {
    const run = hanRun(norm, p);
    if (run === 0) break;
    // Another label follows ("记者 李兵 通讯员 王先林"): its own match reads those names.
    const lm = labelAt.exec(norm.slice(p, p + 6));
    if (lm && lm[0].length >= 2) break;
    let start = p;
    let end = p + run;
    // "记者 努尔兰·卡德尔": a name in parts joined by a middle dot is whole, whatever its parts read as.
    const dotted = dottedEnd(norm, end);
    if (dotted > end) {
      out.push([p, dotted]);
      let q = dotted;
      while (SPACE.test(norm[q] ?? '')) q++;
      if (q === dotted || q - dotted > 3) break;
      p = q;
      continue;
    }
    const sn = surnameAt(norm, p, lex) || labelSurnameAt(norm, p, idx, lex) || unlistedSurnameAt(norm, p, idx, lex);
    const tibetan = surnamelessNameAt(norm, p, lex, true);
    if (tibetan === run) {
      // "拉巴次仁 旦增": Tibetan names have no surname.
    } else if (run === 1 && SPACE.test(norm[end] ?? '') && hanRun(norm, end + 1) === 1) end += 2; // 崔 霞
    else if (run === 4 && sn === 1 && surnameAt(norm, p + 2, lex) === 1 && !isHanAt(norm, end) && !ordinaryWordAt(p + 2, idx)) {
      // "（记者贾某陈某）": two names of two characters written together (no name has four
      // characters with a one-character surname).
      out.push([p, p + 2], [p + 2, p + 4]);
      break;
    } else if (run > sn + 2) {
      // Only a short run closing the line or the bracket: "责编:聊城袁志威⏎".
      // Not an ordinary word of jieba's there ("视频调度会召开⏎": 召开 is no name).
      const lineEnds = run >= 5 && run <= 7 && (end >= norm.length || /[\r\n)）\]】]/.test(norm[end] as string));
      if (lineEnds && surnameAt(norm, end - 3, lex) === 1 && !ordinaryWordAt(end - 3, idx)) start = end - 3;
      else if (lineEnds && surnameAt(norm, end - 2, lex) === 1 && !ordinaryWordAt(end - 2, idx)) start = end - 2;
      else {
        const len = readNameAt(norm, p, idx, lex, true);
        if (!len || verbBeforeWord(p, idx)) break;
        end = p + len;
      }
    } else if (run === 1 || (sn === 0 && !unknownWordAlone(norm, p, run, idx, lex)) || (notNounAt(p, run, idx) && !closedWordName(norm, p, run, sn)) || (verbBeforeWord(p, idx) && !closedName(norm, p, run, sn))) break; // "作者相同，": no name ("记者马力" is)
    // "作者林某以《…》获奖", "选手王某以684环": a stop character (a preposition) before the object it introduces.
    else if (run === sn + 2 && sn === 1 && OBJECT_OPENER.test(norm[end] ?? '') && stopEndsName(norm, end - 1, idx, lex)) end--;
    // After the first name, only whole space-separated names follow ("武亭亭 莘县报道" ends at 武亭亭).
    // After 、 the last name may run into the next words: "记者刘某、果某某报道".
    if (out.length && !listed && (start !== p || end !== p + run)) break;
    out.push([start, end]);
    if (end < p + run) break; // the name ran into other words: "记者王金堂报道"
    listed = norm[end] === '、';
    if (listed) {
      p = end + 1;
      continue;
    }
    let q = end;
    while (SPACE.test(norm[q] ?? '')) q++;
    if (q === end || q - end > 3) break;
    p = q;
  }
  return out;
}
