import type { Token } from '../../types.js';
import { isAllHan, isHan, isHanAt } from '../_han.js';
import type { NameLexicon } from './lexicon.js';
import type { TokenIndex } from './tokens.js';
import { ORG_END } from './titles.js';
import { FUNCTION_WORD_TAG, isNameTag, nameMayEndAt } from './name-ends.js';
import { dottedNameAt, MAX_DOTTED_NAME, MAX_DOTTED_PART, surnamelessNameAt } from './minority-names.js';
import { unlistedSurnameAt } from './unlisted-surnames.js';
import { fullDictKind, givenCharScoreAt, givenPairCount, plausibleGivenName, surnameScore } from './name-model.js';

/** A given character scoring this or less (dict/given-name-chars.txt) is far more often a word's ("事", "业"). */
const AVOIDED_GIVEN_CHAR = -20;

/** A two-character given name that this many of jieba's person names share ("建国", "志强") is a name whatever jieba reads it as. */
const COMMON_GIVEN_NAME = 3;

/** The last character of a place whose party committee (…县委) or government a title names. */
export const PLACE_LEVEL_END = '省市县区州旗盟';
/** Units whose head's post is the unit and 长 (乡长, 镇长, 县长, 旗长). */
const UNIT_WITH_HEAD = '乡镇县市区旗';

const FUNCTION_CHAR_TAG = /^(?:c|p|u|uj|ul|uz|ud|ug|uv|y|e|o)$/;
const FUNCTION_CHAR_TAG_OR_ADVERB = /^(?:d|c|p|u|uj|ul|uz|ud|ug|uv|y|e|o)$/;
/** What may follow the end of a name: the text's end, punctuation other than opening quotes or brackets, spaces. */
const CLOSING = /^(?:$|[^\p{Script=Han}\p{N}\p{L}《“‘（(「【[])/u;
// Re-exported: the persons extractor reads names through this module.
export { isNameTag, nameMayEndAt } from './name-ends.js';
export { BEK, dottedEndsInElement, surnamelessNameAt, wordOfTwoAt } from './minority-names.js';

/**
 * "原副局长缪某某", "副镇长阮某", "杨某华": a name with 某 in it is anonymised (notices, court news), no
 * named person (GOLD-FORMAT, own corpus README). It is still read, so that its title and the text
 * around it are read right; it is only not reported.
 */
export const isAnonymised = (name: string): boolean => name.includes('某');

/** Length of the surname at `p` (compound ones first: "欧阳"), or 0. */
export function surnameAt(norm: string, p: number, lex: NameLexicon): number {
  if (lex.compoundSurnamePairs.at(norm, p)) return 2;
  return lex.surnameChars.has(norm, p) ? 1 : 0;
}

/**
 * "副镇长区某玲", "记者 回某萍": a surname of dict/name-context.txt's label-surname kind, read only right
 * after a title or a credit label: 1 where jieba reads it and two characters more as one unknown
 * word or name whose given name reads like one, else 0.
 */
export function labelSurnameAt(norm: string, p: number, idx: TokenIndex, lex: NameLexicon): number {
  if (!lex.labelSurnames.has(norm[p] as string)) return 0;
  const t = idx.startingAt(p);
  if (!t) return 0;
  const given = norm.slice(p + 1, p + 3);
  // jieba's unknown word holds the three characters, or the surname and one ("岩温/x 香/ns|来到") where the name
  // closes; or the surname stands alone before a given name many names share ("尧/zg 建军/n").
  const guessed = isNameTag(t.tag) && (t.end === p + 3 || (t.end === p + 2 && nameMayEndAt(norm, p + 3, lex)));
  const alone = t.end === p + 1 && idx.startingAt(p + 1)?.end === p + 3 && givenPairCount(given) >= COMMON_GIVEN_NAME;
  if (!guessed && !alone) return 0;
  return plausibleGivenName(given, false) && givenCharScoreAt(norm, p + 1) + givenCharScoreAt(norm, p + 2) > 0 ? 1 : 0;
}

/**
 * A Japanese name at `p` ("田中一郎"): a family name of dict/name-japanese.txt and a given name of
 * two characters (else one or three) after which a name may end. Its length, or 0.
 */
export function japaneseNameAt(norm: string, p: number, lex: NameLexicon): number {
  if (p >= 0 && !lex.japaneseStarts.at(norm, p)) return 0; // no family name starts here
  for (const sn of [3, 2]) {
    if (!lex.japanese.has(norm.slice(p, p + sn))) continue;
    for (const given of [2, 1, 3]) {
      const end = p + sn + given;
      let ok = true;
      for (let i = p + sn; i < end; i++) if (!isHanAt(norm, i)) ok = false; // stop characters are fine: "一郎"
      if (ok && nameMayEndAt(norm, end, lex)) return sn + given;
    }
  }
  return 0;
}

/**
 * "总统克林顿": a name of jieba's dictionary (nr, nrt) at `p` that starts with no surname and is made
 * of transliteration characters but one. Its length, or 0.
 */
export function foreignWordAt(norm: string, p: number, idx: TokenIndex, lex: NameLexicon): number {
  const t = idx.startingAt(p);
  if (!t || !/^nr/.test(t.tag) || surnameAt(norm, p, lex) || t.end - p < 3 || t.end - p > 6) return 0;
  let foreign = 0;
  for (let i = p; i < t.end; i++) if (lex.translitChars.has(norm, i)) foreign++;
  return foreign >= t.end - p - 1 ? t.end - p : 0;
}

/** Stop characters that are conjunctions joining two nouns. */
const CONJUNCTION_STOPS = '和与及';
/** "边某和的回答": a conjunction at `i` right before 的 (read alone), which no conjunction stands before. */
export function conjunctionBeforeDe(norm: string, i: number, idx: TokenIndex): boolean {
  return CONJUNCTION_STOPS.includes(norm[i] as string) && norm[i + 1] === '的' && idx.startingAt(i + 1)?.end === i + 2;
}
/**
 * Does the stop character at `i` end the name before it? Always for function words and one-character
 * verbs ("李云在", "陈豪率"); for a character that is a stop only as the start of a word ("强调",
 * "出席"), only where jieba starts a word of two or more characters there: "张伟|强调" yes,
 * "赵永强|带领" (jieba reads 赵永强 as one word) no.
 */
export function stopEndsName(norm: string, i: number, idx: TokenIndex, lex: NameLexicon): boolean {
  const c = norm[i] as string;
  if (!lex.nameStops.has(c)) return false;
  // "边某和的回答": a conjunction joins what follows it; before 的 (read alone) it is a given-name character.
  if (conjunctionBeforeDe(norm, i, idx)) return false;
  if (!lex.wordStops.has(c)) return true;
  const t = idx.startingAt(i);
  return t !== undefined && t.end - t.start >= 2;
}

/**
 * A transliterated foreign name at `p` ("部长韦尔特罗尼", "主席阿拉法特", "总理科尔（右）"): a run of
 * four or more transliteration characters, of three that does not start with a surname, or of two
 * that does not start with a surname and ends the word. Its length, or 0.
 */
export function foreignNameAt(norm: string, p: number, lex: NameLexicon, idx?: TokenIndex): number {
  let q = p;
  while (q - p < 8 && lex.translitChars.has(norm, q) && !lex.nameStops.has(norm[q] as string) && !(idx && q - p >= 2 && wordRunsOutAt(norm, q, idx, lex))) q++;
  const run = q - p;
  if (run >= 4 || (run === 3 && !surnameAt(norm, p, lex))) return run;
  if (run === 2 && !surnameAt(norm, p, lex) && nameMayEndAt(norm, q, lex)) return run;
  return 0;
}

/**
 * True when jieba reads an ordinary word from `q` on that goes past the transliteration characters
 * ("约翰松|得意洋洋", "阿姆斯特朗|登上"): the name ends before it.
 */
function wordRunsOutAt(norm: string, q: number, idx: TokenIndex, lex: NameLexicon): boolean {
  const t = idx.startingAt(q);
  if (!t || t.end - q < 2 || /^(?:nr|x)/.test(t.tag)) return false;
  for (let i = q; i < t.end; i++) if (!lex.translitChars.has(norm, i)) return true;
  return false;
}

/**
 * "伊万科维奇": a transliteration of four characters or more with one character outside the
 * transliteration set (not the first, not the last), closing where a name may end. Its length, or 0.
 */
function foreignRunWithOneOtherAt(norm: string, p: number, lex: NameLexicon): number {
  if (!lex.translitChars.has(norm, p)) return 0;
  let q = p + 1;
  let other = -1;
  while (q - p < 8 && isHanAt(norm, q) && !lex.nameStops.has(norm[q] as string)) {
    if (!lex.translitChars.has(norm, q)) {
      if (other >= 0) break;
      other = q;
    }
    q++;
  }
  if (other === q - 1) q--; // the odd character ends the run: it is not the name's
  return q - p >= 4 && other >= 0 && other < q - 1 && nameMayEndAt(norm, q, lex) ? q - p : 0;
}

/**
 * jieba's guess (x) at `q` holds a given name's last character and a stop character after it ("平到",
 * "明到", "平冒雨"): the name ends before the stop. Only a stop that always ends a name, and a character names use.
 */
function thirdGluedToStop(norm: string, q: number, idx: TokenIndex, lex: NameLexicon): boolean {
  const guess = idx.startingAt(q);
  // A stop only where a word starts with it ("强调") is a given name's character in a guess ("强到").
  return guess?.tag === 'x' && guess.end >= q + 2 && guess.end <= q + 4 && isHanAt(norm, q) && (!lex.nameStops.has(norm[q] as string) || lex.wordStops.has(norm[q] as string))
    && !lex.wordStops.has(norm[q + 1] as string) && stopEndsName(norm, q + 1, idx, lex) && givenCharScoreAt(norm, q) > 0;
}

/** A surname at least this likely (dict/surname-odds.txt) may open a name jieba reads as a verb. */
const COMMON_SURNAME = 10;
/** What a post holder does right after being named ("副市长甘露出席"), beyond the followers and verbs of saying. */
const OFFICIAL_DOES = /^(?:出席|参加|陪同|调研|走访|察看|视察|检查|带队|率队|率领|讲话|致辞)/u;
/** jieba reads the one character at `i` alone as a name (蕾/nr). */
function nameCharAlone(idx: TokenIndex, i: number): boolean {
  const t = idx.startingAt(i);
  return t !== undefined && t.end === i + 1 && /^nr/.test(t.tag);
}
/** A common surname and a character that reads like a given name ("甘露", "严明"), whatever jieba reads the two as. */
export function namelikePairAt(norm: string, p: number): boolean {
  return surnameScore(norm.charAt(p)) >= COMMON_SURNAME && givenCharScoreAt(norm, p + 1) > 0;
}
/**
 * "副市长甘露出席…", "县长林立与…": a surname of two characters that jieba reads as a verb or an adjective
 * (甘露/v) right after a title is the holder's name when the surname is common, the given character
 * reads like a name's and the clause goes on as after a name (punctuation, 与/和, a verb of attending or
 * saying). Not "局长明确表示", "书记强调指出", "主任应邀出席": their second characters are no given names.
 */
function wordNameAt(norm: string, p: number, tok: Token, lex: NameLexicon): boolean {
  if (tok.end !== p + 2 || !/^[va]$/.test(tok.tag) || !namelikePairAt(norm, p)) return false;
  const q = p + 2;
  return CLOSING.test(norm[q] ?? '') || '与和及'.includes(norm[q] ?? '.') || OFFICIAL_DOES.test(norm.slice(q, q + 2)) || lex.followerList.someStartsAt(norm, q) || lex.speechList.someStartsAt(norm, q);
}

/**
 * Reads a personal name starting exactly at `p` (right after a title chain, a credit label, or a
 * list comma): its length, or 0 when the text there is not a name. The name is read from the
 * characters, not from jieba's boundaries ("省长金湘军" is cut 金/湘军), but jieba's words decide the
 * doubtful cases: "市长表示", "局长高度重视" and "书记和市长" give no name. `afterLabel`: right after a
 * title or a credit label, where the label-only surnames count too (labelSurnameAt).
 */
export function readNameAt(norm: string, p: number, idx: TokenIndex, lex: NameLexicon, afterLabel = false): number {
  const dotted = dottedNameAt(norm, p, lex, idx);
  if (dotted) return dotted;
  const tibetan = surnamelessNameAt(norm, p, lex, true, idx);
  if (tibetan) return tibetan;
  const japanese = japaneseNameAt(norm, p, lex);
  if (japanese) return japanese;
  const foreign = foreignNameAt(norm, p, lex, idx) || foreignWordAt(norm, p, idx, lex) || foreignRunWithOneOtherAt(norm, p, lex);
  if (foreign) return foreign;
  // A national leader's name is read whole ("国务院总理李克强主持", where 强 would end it early).
  // Not when the name runs on ("陈云林" is no 陈云).
  if (p < 0 || lex.leaderStarts.at(norm, p)) {
    for (const len of [3, 2]) if (lex.leaderSet.has(norm.slice(p, p + len)) && nameMayEndAt(norm, p + len, lex)) return len;
  }
  const listedSn = surnameAt(norm, p, lex) || (afterLabel ? labelSurnameAt(norm, p, idx, lex) : 0);
  // A rare surname's structure is checked where it is read (unlistedSurnameAt): jieba's reading of it alone proves nothing.
  const unlisted = !listedSn && afterLabel ? unlistedSurnameAt(norm, p, idx, lex) : 0;
  const sn = listedSn || unlisted;
  if (!sn) return 0;
  const first = norm[p + sn];
  if (!isHan(first)) return 0;
  // "主任王为民": a stop character opens the given name only when the name closes right after it.
  if (lex.firstNameStops.has(first as string)) {
    const given = idx.startingAt(p + 1);
    const whole = idx.startingAt(p);
    const oneWord = given?.end === p + 3 || (whole?.end === p + 3 && isNameTag(whole.tag));
    return sn === 1 && oneWord && isHan(norm[p + 2]) && !lex.nameStops.has(norm[p + 2] as string) && nameMayEndAt(norm, p + 3, lex) ? 3 : 0;
  }
  const tok: Token | undefined = idx.startingAt(p);
  // "副县长于有斌", "乡长和卫东主持": a preposition or conjunction before one of jieba's new words that
  // closes like a name is a surname.
  const guessedAfter = idx.startingAt(p + 1);
  // So is one jieba reads alone as a verb, a preposition or a conjunction before a two-character word it
  // tags as a name, or a given name many names share ("副县长摆|建国", "县领导向|红梅、…").
  const surnameBeforeGuess = sn === 1 && tok?.end === p + 1 && guessedAfter !== undefined && nameMayEndAt(norm, guessedAfter.end, lex) && (
    ((tok.tag === 'p' || tok.tag === 'c') && guessedAfter.tag === 'x' && guessedAfter.end - p <= 3)
    || (/^[pcv]$/.test(tok.tag) && guessedAfter.end === p + 3 && guessedAfter.tag !== 'title' && (isNameTag(guessedAfter.tag) || givenPairCount(norm.slice(p + 1, p + 3)) >= COMMON_GIVEN_NAME)))
    // After a title, jieba's verb may hold the surname and the first given character ("镇党委书记揭晓|东主持"):
    // a given name many names share that closes is still the name.
    // So is a third character jieba tags as a name alone ("副市长揭晓/v 蕾/nr 参加").
    || (afterLabel && sn === 1 && tok?.end === p + 2 && /^v/.test(tok.tag) && (givenPairCount(norm.slice(p + 1, p + 3)) >= COMMON_GIVEN_NAME || nameCharAlone(idx, p + 2)) && nameMayEndAt(norm, p + 3, lex))
    // Or a surname jieba reads alone as a verb before its guess of the given name, where the text names the
    // three characters again ("原书记锁/v 占某/x 截留…", then "锁占某利用…").
    || (afterLabel && sn === 1 && tok?.end === p + 1 && /^v/.test(tok.tag) && guessedAfter?.end === p + 3 && guessedAfter.tag === 'x' && norm.includes(norm.slice(p, p + 3), p + 3));
  // "副市长单于|某某": jieba's word for a compound surname alone (单于/d, 司空/n) is the surname, whatever its tag.
  const compoundAlone = sn === 2 && tok?.end === p + 2;
  // "市长夏国|平到", "县长夏至|明到": jieba read the surname and a character as a word and guessed the third with a stop.
  const glued = afterLabel && sn === 1 && tok?.end === p + 2 && thirdGluedToStop(norm, p + 2, idx, lex);
  if (tok && !surnameBeforeGuess && !compoundAlone && !unlisted && !glued) {
    const len = tok.end - tok.start;
    // "高度重视" runs past any name ("矫梅燕率" is one unknown word, cut later by the stop characters).
    if (len > sn + 2 && !isNameTag(tok.tag)) return 0;
    if ((len === 1 ? FUNCTION_CHAR_TAG : FUNCTION_WORD_TAG).test(tok.tag) && !(afterLabel && wordNameAt(norm, p, tok, lex))) return 0;
    // "主任何时到场": a conjunction of two characters and a word after it is no name; one character
    // after it may end a name ("区政协主席何以龙，").
    if (len === 2 && tok.tag === 'c' && (idx.startingAt(p + 2)?.end ?? 0) - (p + 2) >= 2) return 0;
    // "州长官邸": a word of jieba's full dictionary that the lean one lacks, guessed anew (x), opens no name.
    if (len === 2 && sn === 1 && tok.tag === 'x' && fullDictKind(norm.slice(p, p + 2)) === 'word') return 0;
    // "委员要聚焦": a rare surname that jieba reads as a word of its own (要/v) starts no name.
    if (len === 1 && sn === 1 && FUNCTION_WORD_TAG.test(tok.tag) && surnameScore(norm.charAt(p)) <= 0) return 0;
    // "教练曾高兴地说", "记者曾采访": an adverb (曾/d) before a verb or an adverb is no surname.
    const after = idx.startingAt(p + 1);
    // So before a time word or a distinguishing word ("曾先后赴津", "曾高兴地").
    if (len === 1 && /^[dp]$/.test(tok.tag) && after !== undefined && /^(?:v|vd|vn|d|ad|a|m|t|b)$/.test(after.tag)) return 0;
  }
  let len = sn + 1;
  const second = norm[p + sn + 1];
  // In a list ("邱金来、黄建军") a stop character right before 、 is still part of the name.
  const listed = norm[p + sn + 2] === '、' && !lex.firstNameStops.has(second as string);
  // "副局长周富强，他表示", "经理孔祥同介绍": the stop character closes the name where a name may
  // end right after it (punctuation or a follower word), unless it is a speech verb itself ("王明说，").
  // Punctuation closes it, not an opening quote or bracket a conjunction introduces ("导演张扬和《…》")
  // nor a number a preposition introduces ("选手王娴以684环").
  const closes = !lex.firstNameStops.has(second as string) && !lex.followerList.someStartsAt(norm, p + sn + 1)
    && (CLOSING.test(norm[p + sn + 2] ?? '') || lex.followerList.someStartsAt(norm, p + sn + 2) || lex.timeWords.someStartsAt(norm, p + sn + 2));
  // "李克强主持": jieba's dictionary has the three characters as one name (nr; a guess x proves
  // nothing: "陈豪率"), so 强 is no stop here.
  const whole = tok !== undefined && tok.end === p + sn + 2 && /^nr/.test(tok.tag) && !lex.firstNameStops.has(second as string);
  // "副主任冀某|上月曾表示": a time word from the second given character on ends the name before it.
  const timeAfter = !whole && lex.timeWords.someStartsAt(norm, p + sn + 1);
  // "县委常委邬某来出席", "居民尹某文说": a given name many names share (春来, 学文), then what an official
  // does or a follower, is whole, whatever jieba reads across its end (来/v 出席, 文说/n).
  const sharedGiven = givenPairCount(norm.slice(p + sn, p + sn + 2)) >= COMMON_GIVEN_NAME
    && (OFFICIAL_DOES.test(norm.slice(p + sn + 2, p + sn + 4)) || lex.followerList.someStartsAt(norm, p + sn + 2) || lex.speechList.someStartsAt(norm, p + sn + 2));
  if (isHan(second) && !timeAfter && (listed || whole || closes || sharedGiven || glued || !stopEndsName(norm, p + sn + 1, idx, lex))) {
    const next = idx.startingAt(p + sn + 1);
    // "张伟主持": a word of two or more characters starts after the first given character.
    const wordStarts = next !== undefined && next.end - next.start >= 2 && !isNameTag(next.tag) && !(sharedGiven && next.end === p + sn + 3);
    // "主角光环|太强": an ordinary word of jieba's from the surname on, then an adverb, a preposition,
    // a conjunction or a particle standing alone, or a word that runs on past the third character,
    // is no name of three characters ("王国|清" is).
    // After a title, a given name many names share that a word ends right after ("局长程志/n 刚/d|汇报") is whole.
    const sharedAfterLabel = afterLabel && next?.end === p + sn + 2 && idx.isBoundary(p + sn + 2) && givenPairCount(norm.slice(p + sn, p + sn + 2)) >= COMMON_GIVEN_NAME;
    const wordThenFunction = !glued && tok !== undefined && tok.end === p + sn + 1 && tok.end - tok.start >= 2 && !isNameTag(tok.tag)
      && next !== undefined && ((next.end === next.start + 1 && FUNCTION_CHAR_TAG_OR_ADVERB.test(next.tag) && !sharedAfterLabel) || next.end > p + sn + 2);
    if (!wordStarts && !wordThenFunction) len = sn + 2;
  }
  const name = norm.slice(p, p + len);
  const isWord = tok !== undefined && tok.end === p + len && !isNameTag(tok.tag);
  // "党员干部和群众": a post or a descriptor of tifa's titles (干部/title) is no name.
  if (isWord && tok.tag === 'title') return 0;
  // "总统国家安全事务顾问": an ordinary two-character word that runs on into more words.
  if (isWord && len === 2 && !nameMayEndAt(norm, p + len, lex)) return 0;
  // "公布县长信访的时间": an ordinary word of jieba's full dictionary is what the post holder does.
  if (len === 2 && fullDictKind(name) === 'word') return 0;
  if (!plausibleGivenName(name.slice(sn), isWord)) return 0;
  // "河长和护河员": characters that run into 员 name a post (护河员, 网格员), not a person.
  if (norm.charAt(p + len) === '员') return 0;
  return lex.notNames.has(name) ? 0 : len;
}

/**
 * The start of a name that ends right at `s` (before a post: "习近平总书记", "朱有勇院士"), or -1.
 * jieba often breaks such names, so the name is read from the characters; it must be a name the
 * text gave before (`known`), or jieba must tag a word starting there (or the given name) as a name.
 */
export function nameEndingAt(norm: string, s: number, idx: TokenIndex, lex: NameLexicon, known: ReadonlySet<string>): number {
  // A name the text gave before wins: "区政协主席洪涛同志" is 洪涛, not 席洪涛.
  for (const len of [4, 3, 2]) if (s - len >= 0 && known.has(norm.slice(s - len, s))) return s - len;
  // So is a dotted one ("艾尔肯·吐尔逊书记" after "市委书记艾尔肯·吐尔逊"), its dot at most a part's length back.
  if (/[·•]/.test(norm.slice(Math.max(0, s - MAX_DOTTED_PART - 1), s))) {
    for (let len = Math.min(s, MAX_DOTTED_NAME); len >= 5; len--) if (known.has(norm.slice(s - len, s))) return s - len;
  }
  // "县委阿西木呷书记": a Yi family name and a given name of two characters.
  if (s >= 4 && lex.yi.has(norm.slice(s - 4, s - 2)) && isAllHan(norm.slice(s - 4, s))) return s - 4;
  for (const len of [4, 3, 2]) {
    const c = s - len;
    if (c < 0) continue;
    const word = norm.slice(c, s);
    // A label-only surname counts before a post or a verb of holding one too ("接受疏某平辞去…职务").
    const sn = surnameAt(norm, c, lex) || (len === 3 ? labelSurnameAt(norm, c, idx, lex) : 0);
    const given = len - sn;
    if (!sn || given < 1 || given > 2 || !isAllHan(word) || ORG_END.has(word.slice(-1))) continue; // "石镇党委书记"
    if (idx.at(c)?.tag === 'title' || lex.notNames.has(word) || lex.firstNameStops.has(word.slice(-1))) continue; // "乐居的总经理"
    const first = idx.startingAt(c);
    // jieba's guess (x) of a surname and one character that names avoid is a word ("海事/x 局长"), not a name.
    const avoided = first?.tag === 'x' && given === 1 && givenCharScoreAt(norm, c + sn) <= AVOIDED_GIVEN_CHAR;
    if (first && isNameTag(first.tag) && first.end <= s && idx.isBoundary(c) && !avoided) return c;
    // "落实习近平总书记" is cut 实习/近平: a name-tagged word holding exactly the given name counts too.
    const tail = idx.at(s - 1);
    // Not when the surname ends a place or body word ("中国驻加大使", "全国侨联主席").
    const head = idx.at(c);
    // Nor an adverb jieba reads there ("大连/d 海事/x 局长": a city, not 连某事).
    const glued = head !== undefined && head.start < c && /^(?:ns|nt|nz|j|n|v|d)$/.test(head.tag);
    // Not a transliterated name there ("大公储|亨利亲王"): a Chinese surname takes no foreign given name.
    if (len === sn + 2 && !glued && tail !== undefined && isNameTag(tail.tag) && tail.tag !== 'nrt' && tail.start === c + sn && tail.end === s) return c;
    // "永顺县/ns 委李/x 建军/n 书记": jieba glued the 委 of a county's committee to the surname; the
    // inverted title (县委李某书记) vouches for a name whose given name reads like one.
    // So does the committee read as its own word ("蓬莱/nr 区委/n 乔国/ns 梁/nr 书记"), whatever jieba makes of the name.
    const committeeBefore = (head?.tag === 'x' && head.start === c - 1 && head.end === c + 1) || idx.at(c - 1)?.end === c;
    if (len === sn + 2 && sn === 1 && committeeBefore && norm[c - 1] === '委'
      && PLACE_LEVEL_END.includes(norm[c - 2] ?? '.') && plausibleGivenName(word.slice(1), false) && givenCharScoreAt(norm, c + 1) + givenCharScoreAt(norm, c + 2) > 0) return c;
    // "菱塘回族乡沙某鹏乡长" (沙海/ns 鹏/nr): a township, town or county ending right before the name, whose
    // head's post follows (乡 … 乡长, 镇 … 副镇长), vouches for the name the same way.
    const unit = norm[c - 1] ?? '.';
    const headOfUnit = UNIT_WITH_HEAD.includes(unit) && idx.at(c - 1)?.end === c && (norm.startsWith(unit, s) || norm.startsWith(`副${unit}`, s));
    if (len === sn + 2 && headOfUnit && plausibleGivenName(word.slice(sn), false) && givenCharScoreAt(norm, c + sn) + givenCharScoreAt(norm, c + sn + 1) > 0) return c;
  }
  return foreignNameEndingAt(norm, s, idx, lex);
}

/**
 * "克林顿总统", "科尔总理": a transliterated name right before a post, that jieba reads as one name or
 * unknown word (not a place: "巴基斯坦总理"). Its start, or -1.
 */
function foreignNameEndingAt(norm: string, s: number, idx: TokenIndex, lex: NameLexicon): number {
  let c = s;
  while (s - c < 8 && c > 0 && lex.translitChars.has(norm, c - 1)) c--;
  const run = s - c;
  // "斯里兰卡议长", "多米尼加总理": a country before a post.
  for (let k = 2; k <= 6; k++) if (lex.places.has(norm.slice(s - k, s))) return -1;
  // jieba's word holds the run, or its guess glues a character before it ("同希拉克/x 总统").
  const tok = idx.at(c);
  const held = tok !== undefined && tok.end === s && (tok.start === c ? isNameTag(tok.tag) : tok.tag === 'x' && run >= 3);
  if (run >= 2 && (run >= 4 || !surnameAt(norm, c, lex)) && held) return c;
  // "克林顿总统": jieba's name holds a character or so outside the transliteration set.
  const word = idx.at(s - 1);
  if (!word || word.end !== s || !/^nr/.test(word.tag) || word.end - word.start < 3 || surnameAt(norm, word.start, lex)) return -1;
  let foreign = 0;
  for (let i = word.start; i < s; i++) if (lex.translitChars.has(norm, i)) foreign++;
  return foreign >= s - word.start - 1 ? word.start : -1;
}
