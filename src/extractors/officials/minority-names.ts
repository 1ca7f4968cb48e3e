import { isHanAt } from '../_han.js';
import type { NameLexicon } from './lexicon.js';
import type { TokenIndex } from './tokens.js';
import { FUNCTION_WORD_TAG, nameMayEndAt } from './name-ends.js';

/**
 * Names of peoples that write no Chinese surname: dotted names ("艾尔肯·吐尔逊", "巴·图门"), Tibetan,
 * Mongolian, Uyghur and Yi names read from their listed elements (dict/name-*.txt).
 */

/** True when a post of titles.txt starts at `j` ("…·哈格隆德上将"). */
function postAt(norm: string, j: number, lex: NameLexicon): boolean {
  for (let k = 2; k <= 4; k++) if (lex.posts.has(norm.slice(j, j + k))) return true;
  return false;
}

/** True when a word that follows names (a follower or a predicate's first word: "宣布", "则", "曾经") starts at `j`. */
function afterNameAt(norm: string, j: number, lex: NameLexicon): boolean {
  return lex.followerList.someStartsAt(norm, j) || lex.predicateList.someStartsAt(norm, j);
}

/**
 * "…·买买提|公开接访", "…·吐尔逊|深入": jieba starts a verb, an adverb or a function word of two
 * characters or more at `j`, which ends a dotted name's part (not its guesses: "努尔|别科夫/x").
 */
function verbWordAt(j: number, idx: TokenIndex): boolean {
  return wordOfTwoAt(j, idx, (tag) => tag === 'vn' || FUNCTION_WORD_TAG.test(tag));
}

/** True when jieba starts a word of two characters or more at `j` whose tag passes `tagged`. */
export function wordOfTwoAt(j: number, idx: TokenIndex, tagged: (tag: string) => boolean): boolean {
  const t = idx.startingAt(j);
  return t !== undefined && t.end - j >= 2 && tagged(t.tag);
}

/** The longest part of a dotted name after its dot, and the longest dotted name, read before a post. */
export const MAX_DOTTED_PART = 8;
export const MAX_DOTTED_NAME = 20;

/** The Turkic suffix -bek after a listed name element ("努尔兰别克", "阿斯卡尔别克"). */
export const BEK = '别克';

/** Suffixes of a dotted name's part after a listed element (Uyghur -江 "jan", Mongolian -图 "tu"). */
const DOTTED_SUFFIXES = '江图';

/**
 * True when a dotted name's last part is a listed element (Mongolian, Uyghur) and at most a suffix or a
 * second element ("…·买买提江", "…·努尔兰别克"): the part did not run on into the sentence.
 */
export function dottedEndsInElement(name: string, lex: NameLexicon): boolean {
  const part = name.slice(Math.max(name.lastIndexOf('·'), name.lastIndexOf('•')) + 1);
  const listed = (w: string): boolean => isListedElement(w, lex);
  return [4, 3, 2].some((n) => {
    if (!listed(part.slice(0, n))) return false;
    const rest = part.slice(n);
    return rest === '' || rest === BEK || (rest.length === 1 && DOTTED_SUFFIXES.includes(rest)) || listed(rest);
  });
}

/** A listed Mongolian or Uyghur name element. */
const isListedElement = (w: string, lex: NameLexicon): boolean => lex.mongolian.has(w) || lex.uyghur.has(w);

/** The length of a listed Mongolian or Uyghur name element at `i`, or undefined. */
function listedElementAt(norm: string, i: number, lex: NameLexicon): number | undefined {
  return [4, 3, 2].find((n) => isListedElement(norm.slice(i, i + n), lex));
}

/** A minority name with a middle dot at `p` ("奇·达楞太"): its length, or 0. */
export function dottedNameAt(norm: string, p: number, lex: NameLexicon, idx: TokenIndex): number {
  let i = p;
  while (i < norm.length && i - p < 6 && isHanAt(norm, i)) i++;
  if (i === p || (norm[i] !== '·' && norm[i] !== '•')) return 0;
  let end = i;
  for (let parts = 1; parts < 4 && (norm[end] === '·' || norm[end] === '•'); parts++) {
    // A part that is a listed element is whole even with a stop character in it ("巴特尔·孟和").
    const element = listedElementAt(norm, end + 1, lex);
    let j = end + 1 + (element ?? 0);
    // "努尔兰别克": a Kazakh or Kyrgyz name element takes the suffix -bek (别克), whose 别 would end it.
    if (element && norm.startsWith(BEK, j)) j += BEK.length;
    const elementEnd = j;
    // A part ends before a stop character, a post, or what follows a name ("…钱德勒|宣布", "…康德苏|则担心").
    while (j < norm.length && j - end <= MAX_DOTTED_PART && isHanAt(norm, j) && !lex.nameStops.has(norm[j] as string) && !postAt(norm, j, lex) && !(j > end + 1 && afterNameAt(norm, j, lex)) && !(j > end + 2 && verbWordAt(j, idx))) j++;
    // After a listed element the part goes on with a name suffix (-江, -图) or transliteration characters,
    // one other among them ("努尔|别科夫"), not into the sentence ("…·买买提江|用国家…", "…·格日勒图|汇报了冰…").
    if (element) {
      // A second listed element ("买买提|依明") or a suffix.
      const second = listedElementAt(norm, elementEnd, lex);
      let k = elementEnd + (second ?? (DOTTED_SUFFIXES.includes(norm.charAt(elementEnd)) ? 1 : 0));
      let other = false;
      while (k < j && (lex.translitChars.has(norm, k) || (!other && lex.translitChars.has(norm, k - 1) && lex.translitChars.has(norm, k + 1)))) {
        if (!lex.translitChars.has(norm, k)) other = true;
        k++;
      }
      j = Math.min(j, k);
    }
    if (j === end + 1) break;
    end = j;
  }
  return end > i ? end - p : 0;
}

/**
 * A name without a surname at `p`. Tibetan: two elements written together ("扎西多吉", length 4), or,
 * when `single` (right after a title or a label), one element that closes the word ("记者 旦增 报道").
 * Mongolian (dict/name-mongolian.txt) and Uyghur (dict/name-uyghur.txt): only when `single`, one or two
 * elements ("副旗长其木格", "书记斯琴高娃", "记者 阿依古丽"); in running text several are words or places.
 */
export function surnamelessNameAt(norm: string, p: number, lex: NameLexicon, single: boolean, idx?: TokenIndex): number {
  if (lex.tibetanPairs.at(norm, p)) {
    if (lex.tibetanPairs.at(norm, p + 2)) return 4;
    if (single && nameMayEndAt(norm, p + 2, lex)) return 2;
    // Amdo women's names end in -吉 (skyid) after an element ("绣娘才让吉说"): after a title or a label.
    if (single && norm.charAt(p + 2) === TIBETAN_SUFFIX && nameMayEndAt(norm, p + 3, lex)) return 3;
  }
  return single ? elementsNameAt(norm, p, lex, lex.mongolian, MONGOLIAN_SUFFIX, idx) || elementsNameAt(norm, p, lex, lex.uyghur, '', idx) || yiNameAt(norm, p, lex) : 0;
}

/** A Yi name at `p`: a family name of dict/name-yi.txt and a given name of two characters ("吉克|阿呷"). */
function yiNameAt(norm: string, p: number, lex: NameLexicon): number {
  return lex.yi.has(norm.slice(p, p + 2)) && isHanAt(norm, p + 2) && isHanAt(norm, p + 3) && nameMayEndAt(norm, p + 4, lex) ? 4 : 0;
}
const TIBETAN_SUFFIX = '吉';
/** "宝音图", "巴雅尔图", "朝克图": -tu ("having") ends many Mongolian names after an element. */
const MONGOLIAN_SUFFIX = '图';

/** One or two name elements of a listed people's names (Mongolian, Uyghur) at `p`, after a title or a label. */
function elementsNameAt(norm: string, p: number, lex: NameLexicon, elements: ReadonlySet<string>, suffix = '', idx?: TokenIndex): number {
  for (const a of [4, 3, 2]) {
    if (!elements.has(norm.slice(p, p + a))) continue;
    // Two listed elements in a row after a title are the name whatever follows ("斯琴高娃|发言").
    for (const b of [4, 3, 2]) if (elements.has(norm.slice(p + a, p + a + b))) return a + b;
    if (suffix && norm.charAt(p + a) === suffix && nameMayEndAt(norm, p + a + 1, lex)) return a + 1;
    if (nameMayEndAt(norm, p + a, lex)) return a;
    // "阿拉|坦仓/x|参加": jieba's guess holds the element's end and one character more, where the name closes.
    const guess = idx?.at(p + a - 1);
    if (guess && guess.tag === 'x' && guess.start >= p && guess.end === p + a + 1 && isHanAt(norm, p + a) && nameMayEndAt(norm, p + a + 1, lex)) return a + 1;
  }
  return 0;
}

