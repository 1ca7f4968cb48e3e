import { loadWordSet } from '../../lexicon/load.js';
import { isHan, isHanAt } from '../_han.js';
import { CharSet, WordList } from '../_char-tables.js';
import type { NameLexicon } from '../officials/lexicon.js';
import { BEK, foreignWordAt, nameMayEndAt, surnameAt } from '../officials/names.js';
import type { TokenIndex } from '../officials/tokens.js';
import { ORG_END } from '../officials/titles.js';

/**
 * Foreign names standing alone: transliterations ("普罗迪", "克林顿") and names written with a middle
 * dot ("托马斯·哈斯", "阿不都·克力木"). Read by guessNames (recognize.ts).
 */

export interface NameGuess { start: number; end: number; score: number }

/** A guessed name needs at least this score (recognize.ts); foreign names found here get it. */
export const THRESHOLD = 40;

let translit: CharSet | null = null;
const translitChars = (): CharSet => (translit ??= new CharSet(loadWordSet('transliteration-chars.txt')));
/** Is `c`, one character, a transliteration character? */
export const isTranslit = (c: string | undefined): boolean => translitChars().hasChar(c);
/** isTranslit(norm[i]), without making the one-character string. */
export const isTranslitAt = (norm: string, i: number): boolean => translitChars().has(norm, i);

/** Characters that name a kind of thing right after its proper name (peaks, teams, brands, temples). */
export const THING_AFTER = new Set([...'峰岛寺庙楼庄园牌型队球树港湾站馆厂店号仪']);

/**
 * Transliterated foreign names standing alone ("希拉克说", "约纳森表示"): a run of three to eight
 * transliteration characters (dots allowed between parts) that jieba reads as one name, or that a
 * name-follower word closes. Places are written with the same characters ("罗滕堡"), so the run
 * needs that evidence.
 */
/** Last characters of a word for a person's occupation or standing ("经济学家", "削球手", "名将"). */
const OCCUPATION_END = /^[\u3400-\u9fff]+[家手员将师星者匠]$/u;

/** True when a word naming what a person is comes right before `p` ("女高音郑某", "名将高某"). */
export function occupationBefore(norm: string, p: number, idx: TokenIndex): boolean {
  const t = idx.at(p - 1);
  return t !== undefined && t.end === p && t.end - t.start >= 2 && /^n/.test(t.tag) && OCCUPATION_END.test(norm.slice(t.start, t.end));
}

/** Prepositions that take a person before a verb ("与某某打交道", "代替某某上阵"). */
const PREPOSITION_BEFORE = /(?:[与同跟为替让被给把]|代替)$/u;

/** Last characters of transliterated places and things, not people ("罗滕堡", "阿科松博电站"). */
const FOREIGN_PLACE_END = new Set([...'堡港州岛城山河湖']);

/**
 * A run of three or more transliteration characters that closes like a name ("普罗迪权衡再三",
 * "塔拉尔同时"), jieba reading no other word across it, and no place or thing after it.
 */
function foreignRunIsName(norm: string, p: number, q: number, idx: TokenIndex, lex: NameLexicon): boolean {
  // The run starts a word ("加拉塔萨雷" must not yield 拉塔萨雷) and is no team of a fixture ("X vs Y").
  if ((!startsWord(p, idx) && !'和与及'.includes(norm[p - 1] as string)) || /vs\s*$/i.test(norm.slice(Math.max(0, p - 3), p)) || /^\s*vs/i.test(norm.slice(q, q + 3))) return false;
  const first = idx.startingAt(p);
  if (first && first.end >= q && !/^(?:x|nr)/.test(first.tag)) return false; // a dictionary word: "阿拉伯"
  const across = idx.at(q);
  if (across && across.start < q && !/^(?:x|nr)/.test(across.tag)) return false;
  const last = norm[q - 1] as string;
  if (FOREIGN_PLACE_END.has(last) || THING_AFTER.has(norm[q] as string) || ORG_END.has(norm[q] as string)) return false;
  if (nameMayEndAt(norm, q, lex) || /^[在同则将和与对向被把为也还曾已正的都就却又才便]/.test(norm.slice(q))) return true;
  // "瓦杰帕伊政府": a government called after its head (countries are places, found before).
  if (q - p >= 4 && norm.startsWith('政府', q) && !lex.places.has(norm.slice(p, q))) return true;
  // "倾向于与帕斯特拉纳打交道", "为某某赢得胜利": the object of a preposition, then a verb.
  const next = idx.startingAt(q);
  if (PREPOSITION_BEFORE.test(norm.slice(Math.max(0, p - 2), p)) && next !== undefined && next.end - q >= 2 && /^v/.test(next.tag)) return true;
  // "，卡伦布从前卫的位置后撤": a run that opens a clause, then the first word of a predicate.
  if (!clauseStartsAt(norm, p)) return false;
  if (lex.predicateList.someStartsAt(norm, q)) return true;
  // "，扎加洛决意…", "罗纳尔多赞扬…": the subject of a clause, then a verb or an adverb (jieba's tag).
  return next !== undefined && /^(?:v|vd|d)$/.test(next.tag);
}
/**
 * True when a word starts at `p`, or jieba's guess of a new word (x) glued the one character before
 * it ("号佩特|雷斯库", "对多利的"): a transliteration has no word of jieba's to follow.
 */
function startsWord(p: number, idx: TokenIndex): boolean {
  const t = idx.at(p);
  return idx.isBoundary(p) || (t !== undefined && t.tag === 'x' && t.start === p - 1);
}

/** Words before a place, not a person ("在|X举行", "首都|X", "来自|X"). */
const PLACE_BEFORE = /(?:[在于到赴至经往]|来自|首都|城市|城|州|省|邦|岛|边陲)$/u;

/** Words after a place: what is held there, or the kind of place a list of them is. */
const PLACE_AFTER = /^(?:举行|进行|召开|举办|等(?:城镇|城市|地|国|港口))/u;
function placeAround(norm: string, p: number, q: number): boolean {
  return /(?:首都|城市|港口|州府|首府)$/u.test(norm.slice(Math.max(0, p - 2), p)) || PLACE_AFTER.test(norm.slice(q, q + 4));
}

/**
 * "，迈达尼此次视察…", "从阿尔比身上": jieba's guess of one new word (x) that is exactly the run, not
 * after a word that introduces places, and followed by punctuation or by a word that goes on the
 * clause (a verb, an adverb, a pronoun, a particle, a locative, a title), not by a noun it would name.
 */
function guessedLikeName(norm: string, p: number, q: number, tok: { end: number; tag: string } | undefined, idx: TokenIndex): boolean {
  if (!tok || tok.end !== q || tok.tag !== 'x' || PLACE_BEFORE.test(norm.slice(Math.max(0, p - 2), p)) || /vs\s*$/i.test(norm.slice(Math.max(0, p - 3), p))) return false;
  if (!isHan(norm[q])) return /^[，,。；;：:！!？?、）)”"]/.test(norm[q] ?? '');
  const next = idx.startingAt(q);
  return next !== undefined && /^(?:v|vd|d|ad|p|c|r|uj|ul|uz|title)$/.test(next.tag);
}

/** Conjunctions that join nouns, not clauses. */
const NOUN_JOINERS = '和与及跟同或并';
/**
 * "，温德虽然…", "莫兰的作品": two transliteration characters that start with a surname, read by jieba
 * as one new word of its own (x, no dictionary word), where a follower comes next ("的《", "的球队"),
 * or that open a clause before a verb or a conjunction: a foreign name the Chinese guesser scores low.
 */
function surnameLedGuess(norm: string, p: number, q: number, idx: TokenIndex, lex: NameLexicon): boolean {
  const tok = idx.startingAt(p);
  if (tok === undefined || tok.end !== q || tok.tag !== 'x' || !idx.isBoundary(p) || FOREIGN_PLACE_END.has(norm[q - 1] as string)) return false;
  if (lex.followerList.someStartsAt(norm, q)) return true;
  // Not a conjunction that joins nouns ("某某和热刺"): a list of clubs or places.
  const next = idx.startingAt(q);
  return clauseStartsAt(norm, p) && next !== undefined && (next.tag === 'v' || (next.tag === 'c' && !NOUN_JOINERS.includes(norm[q] as string)));
}

/** Characters after which a clause starts. */
export const CLAUSE_OPENERS = '，,。；;：:！!？?“"‘（(\n';
/**
 * Does a clause start at `p`: the text's start, punctuation, or punctuation and a conjunction before it?
 * (A conjunction opening the text is not enough: "而韩文则…" reads as well as an ordinary word.)
 */
export function clauseStartsAt(norm: string, p: number): boolean {
  // Read by character code: the guessers ask at every candidate, where a slice was a string each time.
  if (p === 0 || OPENER_CHARS.has(norm, p - 1)) return true;
  const c = norm.charCodeAt(p - 1);
  if ((c === 0x800c /* 而 */ || c === 0x4f46 /* 但 */ || c === 0x53ef /* 可 */) && CLAUSE_PUNCT.has(norm, p - 2)) return true;
  return CLAUSE_PUNCT.has(norm, p - 3) && TWO_CHAR_CONJUNCTIONS.someStartsAt(norm, p - 2);
}
/**
 * Conjunctions that open a clause after punctuation, before its subject ("，而某某则…", "。但某某说"):
 * /[，,。；;：:！!？?\n](?:而|但|可|然而|但是|可是)$/ before `p`, in parts (test/clause-start.test.ts holds them to it).
 */
const OPENER_CHARS = new CharSet(CLAUSE_OPENERS);
const CLAUSE_PUNCT = new CharSet('，,。；;：:！!？?\n');
const TWO_CHAR_CONJUNCTIONS = new WordList(['然而', '但是', '可是']);

export function foreignNames(norm: string, idx: TokenIndex, lex: NameLexicon, covered: (offset: number) => boolean): NameGuess[] {
  const out: NameGuess[] = [];
  for (let p = 0; p < norm.length; p++) {
    if (!isTranslitAt(norm, p) || isTranslitAt(norm, p - 1) || covered(p)) continue;
    let q = p;
    while (q - p < 12 && (isTranslitAt(norm, q) || ((norm[q] === '·' || norm[q] === '•') && isTranslitAt(norm, q + 1)))) q++;
    // "克林顿说": jieba's name holds one character outside the transliteration set.
    const word = foreignWordAt(norm, p, idx, lex);
    if (word > q - p && !covered(p + word - 1)) q = p + word;
    // Two characters only with a follower and no surname first (a Chinese name is the guesser's), or
    // opening a clause before a verb of saying ("，霍顿说": foreign or not, a name).
    const opensClause = clauseStartsAt(norm, p);
    const led = q - p === 2 && surnameLedGuess(norm, p, q, idx, lex);
    const short = q - p === 2 && (!surnameAt(norm, p, lex) || (opensClause && lex.speechVerbs.some((w) => norm.startsWith(w, q))) || led);
    if ((q - p < 3 && !short) || covered(q - 1)) {
      p = q;
      continue;
    }
    // "首都科托努", "在伯诺尼举行", "多普尔及贾拉瓦等城镇": a place, whatever else reads like a name;
    // "阿萨伊树", "切尔西队": a kind of thing after its name.
    if (placeAround(norm, p, q) || THING_AFTER.has(norm[q] as string)) {
      p = q;
      continue;
    }
    const tok = idx.startingAt(p);
    // jieba's own name for the run: nr for three characters or more, nrt (transliterated) for two.
    // jieba files everyday words of two characters as transliterated names too ("默契", "科普"): not
    // after an adverb ("较默契") nor before a noun or a number ("科普作家", "多达二百").
    const prev = idx.at(p - 1);
    const after = idx.startingAt(q);
    const everyday = short && ((prev !== undefined && prev.end === p && prev.tag === 'd') || (after !== undefined && /^(?:n|m)/.test(after.tag) && !/^nr/.test(after.tag)) || /^[0-9０-９一二三四五六七八九十百千万两几]/.test(norm[q] ?? ''));
    const oneName = tok !== undefined && tok.end === q && !everyday && (short ? tok.tag === 'nrt' : /^(?:nr|nrt|nrfg)$/.test(tok.tag));
    // "球星佐拉", "画家塞尚": two characters jieba reads as one word right after an occupation.
    const followed = lex.followerList.someStartsAt(norm, q) || (short && tok !== undefined && tok.end === q && /^(?:x|nrt)$/.test(tok.tag) && occupationBefore(norm, p, idx));
    if ((oneName || followed || led || (!short && guessedLikeName(norm, p, q, tok, idx))) && startsWord(p, idx) && idx.isBoundary(q)) out.push({ start: p, end: q, score: THRESHOLD });
    else if (!short && foreignRunIsName(norm, p, q, idx, lex)) out.push({ start: p, end: q, score: THRESHOLD });
    p = q;
  }
  return out;
}

/**
 * A joiner of name parts at `i`: a middle dot, or a hyphen between two transliteration characters
 * ("汤姆-克鲁斯", as sports and film pages write it; not "中-美", "1-0").
 */
function joinerAt(norm: string, i: number): boolean {
  const c = norm[i];
  if (c === '·' || c === '•') return true;
  return (c === '-' || c === '－') && isTranslitAt(norm, i - 1) && isTranslitAt(norm, i + 1);
}
/** The next joiner at or after `from`, or -1. */
function nextJoiner(norm: string, from: number): number {
  for (let i = from; i < norm.length; i++) if (joinerAt(norm, i)) return i;
  return -1;
}
/** Longest part of a dotted name ("玛哈·哇集拉隆功"). */
const MAX_PART = 6;
/** At most this many parts ("维克多·许会·罗哈斯" has three). */
const MAX_PARTS = 4;
/** A part read as plain Han characters (Uyghur names: "阿不都·克力木") is at most this long. */
const MAX_UYGHUR_PART = 4;

/** True when all the characters of [start, end) but one are transliteration characters ("费尔南多", jieba's ns). */
function mostlyTranslit(norm: string, start: number, end: number): boolean {
  let other = 0;
  for (let i = start; i < end; i++) if (!isTranslitAt(norm, i)) other++;
  return end - start >= 3 && other <= 1;
}

/** Where the name part ending at `e` starts: its transliteration run, or jieba's name or guess word. */
function partStart(norm: string, e: number, idx: TokenIndex, lex: NameLexicon): number {
  let c = e;
  while (e - c < MAX_PART && c > 0 && isTranslitAt(norm, c - 1)) c--;
  const t = idx.at(e - 1);
  // jieba's word ending at the dot, when the run is short: a name or guess, or a transliteration it
  // tagged otherwise ("费尔南多/ns·"); and a longer name of jieba's that the run only ends ("安东|尼奥/nrt·":
  // 东 is no transliteration character).
  const heldByWord = t !== undefined && (e - c < 2 ? /^(?:x|nr)/.test(t.tag) || mostlyTranslit(norm, t.start, e) : /^nr/.test(t.tag) && mostlyTranslit(norm, t.start, e));
  if (t && t.end === e && heldByWord && e - t.start <= MAX_PART && [...norm.slice(t.start, e)].every((ch) => isHan(ch))) c = Math.min(c, t.start);
  // "阿不都·": a short run takes the Han characters before it, up to a stop character.
  while (e - c < 2 && c > 0 && e - c < MAX_UYGHUR_PART && isHanAt(norm, c - 1) && !lex.nameStops.has(norm[c - 1] as string)) c--;
  return c;
}

/** True when jieba reads a verb of two characters or more from `q` on ("执导", "主演"). */
function verbAt(q: number, idx: TokenIndex): boolean {
  const t = idx.startingAt(q);
  return t !== undefined && t.end - q >= 2 && t.tag === 'v';
}

/** Where the name part starting at `p` ends (the mirror of partStart). */
function partEnd(norm: string, p: number, idx: TokenIndex, lex: NameLexicon): number {
  let q = p;
  while (q - p < MAX_PART && isTranslitAt(norm, q) && !lex.nameStops.has(norm[q] as string)) q++;
  const t = idx.at(p);
  if (q - p < 2 && t && t.start === p && (/^(?:x|nr)/.test(t.tag) || mostlyTranslit(norm, p, t.end)) && t.end - p <= MAX_PART && [...norm.slice(p, t.end)].every((ch) => isHan(ch))) q = Math.max(q, t.end);
  // Not into a verb of jieba's dictionary ("…·某某曼|执导"): the name ends before it.
  if (q - p < 2) while (q - p < MAX_UYGHUR_PART && isHanAt(norm, q) && !lex.nameStops.has(norm[q] as string) && !verbAt(q, idx)) q++;
  // "…·努尔兰别克": the Turkic suffix -bek ends a part of two characters or more.
  if (q - p >= 2 && norm.startsWith(BEK, q)) q += BEK.length;
  return q;
}

/** True when a part between the dots is an ordinary word of jieba's ("妇女·家园·环境"): a motto, not a name. */
function ordinaryPart(norm: string, start: number, end: number, idx: TokenIndex): boolean {
  for (let i = start; i < end; ) {
    const t = idx.startingAt(i);
    if (t && t.end <= end && t.end - t.start >= 2 && /^(?:n|v|vn|a|an|ns|nt|t)$/.test(t.tag) && (t.end === end || joinerAt(norm, t.end)) && (t.start === start || joinerAt(norm, t.start - 1))) return true;
    i = t && t.end > i ? t.end : i + 1;
  }
  return false;
}

/** Characters after a name that are no syllable of it ("居里夫人", "史密斯们"), verbs of a credit ("某某著", "某某译"). */
const NOT_A_SYLLABLE = new Set([...'人们家氏著编译撰绘摄']);
/**
 * "黛博拉·格里本（", "瑞斯·维瑟斯彭等": one more character outside the transliteration set that ends the
 * last part where the name ends (no Han character, or a list separator, after it). Not a stop
 * character ("…·史密斯说"), nor a kind of body, place or thing. The new end.
 */
function lastSyllable(norm: string, end: number, lex: NameLexicon): number {
  const c = norm[end] as string;
  if (!isHanAt(norm, end) || isTranslitAt(norm, end) || lex.nameStops.has(c) || ORG_END.has(c) || THING_AFTER.has(c) || NOT_A_SYLLABLE.has(c)) return end;
  return !isHanAt(norm, end + 1) || '、等和与及'.includes(norm[end + 1] as string) ? end + 1 : end;
}

/**
 * A hyphen is weaker evidence than a middle dot (scores, fixtures: "阿森纳-切尔西"): every part has two
 * characters or more, the name is mostly transliteration characters, and no part is a club, brand or place.
 */
function hyphenedName(norm: string, start: number, end: number, foreign: number, han: number, lex: NameLexicon): boolean {
  if (foreign * 2 < han) return false;
  return norm.slice(start, end).split(/[-－·•]/u).every((part) => part.length >= 2 && !lex.notPeople.has(part) && !lex.places.has(part));
}

/**
 * Names written with a middle dot ("托马斯·哈斯", "阿不都·黑力力"): parts of Han characters joined by
 * ·, mostly transliteration characters. The dot is the evidence; places ("陇南·青岛产业园") are
 * covered by the locations found before, or fail the transliteration share.
 */
export function dottedNames(norm: string, idx: TokenIndex, lex: NameLexicon, covered: (offset: number) => boolean): NameGuess[] {
  const out: NameGuess[] = [];
  for (let d = nextJoiner(norm, 0); d >= 0; ) {
    // "某某撰·某某注": a verb of a credit before the dot ends a credit, not a part of a name.
    if (NOT_A_SYLLABLE.has(norm[d - 1] as string) && !isTranslitAt(norm, d - 1)) {
      d = nextJoiner(norm, d + 1);
      continue;
    }
    const start = partStart(norm, d, idx, lex);
    let end = d;
    for (let dot = d, parts = 1; dot < norm.length && parts < MAX_PARTS && joinerAt(norm, dot); parts++) {
      const e = partEnd(norm, dot + 1, idx, lex);
      if (e === dot + 1) break;
      end = e;
      dot = e;
    }
    end = lastSyllable(norm, end, lex);
    let free = start < d && end > d;
    let foreign = 0;
    let han = 0;
    for (let i = start; i < end && free; i++) {
      if (covered(i)) free = false;
      if (isHanAt(norm, i)) han++;
      if (isTranslitAt(norm, i)) foreign++;
    }
    // Mostly transliteration characters, or short parts that close like a name ("阿不都·克力木是").
    const last = norm[end - 1] as string;
    const nameLike = foreign * 2 >= han || (end - start <= 2 * MAX_UYGHUR_PART + 1 && !ORG_END.has(last) && !THING_AFTER.has(last) && nameMayEndAt(norm, end, lex) && !ordinaryPart(norm, start, end, idx));
    // "晋善晋美·大运之城": 之 joins the words of a motto or a brand, never the syllables of a name.
    const motto = norm.slice(start, end).includes('之');
    if (free && nameLike && !motto && (!/[-－]/.test(norm.slice(start, end)) || hyphenedName(norm, start, end, foreign, han, lex))) out.push({ start, end, score: THRESHOLD });
    d = nextJoiner(norm, Math.max(end, d + 1));
  }
  return out;
}

