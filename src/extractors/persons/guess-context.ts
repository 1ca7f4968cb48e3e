/**
 * What the name guesser (recognize.ts) reads around a guess to turn it down: a transliterated name it
 * sits in, the kinds of place, building, thing or vessel its last character ends, a storm's name, a
 * dictionary word jieba starts at its last character, a verb of saying after it, a fixture's sides.
 */
import { segment, segmenterIsStandIn } from '../../pipeline/segment.js';
import { isHanAt } from '../_han.js';
import type { NameLexicon } from '../officials/lexicon.js';
import type { TokenIndex } from '../officials/tokens.js';
import { givenPairCount } from '../officials/name-model.js';
import { isTranslit, isTranslitAt, type NameGuess } from './foreign.js';

/** "佩特雷斯库", "卡尔·刘易斯", "阿森纳": the guess sits inside a transliterated foreign name. */
export function inForeignName(norm: string, start: number, end: number, idx: TokenIndex, lex: NameLexicon): boolean {
  // A preposition or conjunction before the guess, or a word that follows names after it, is no
  // part of a name ("比李约瑟博士").
  const prev = idx.at(start - 1);
  const before = prev && prev.end - prev.start === 1 && /^[pc]$/.test(prev.tag) ? undefined : norm[start - 1];
  const after = lex.followerList.someStartsAt(norm, end) ? undefined : norm[end];
  if (before === '·' || after === '·' || before === '•' || after === '•') return true;
  let foreign = 0;
  for (let i = start; i < end; i++) if (isTranslitAt(norm, i)) foreign++;
  // Two transliteration characters alone are a name of their own ("鲁某还强调"), unless jieba glued
  // them to a neighbour ("阿尔代尔") or guessed a transliterated word right before ("埃因|霍温").
  if (foreign === end - start) {
    // Nor a unit after a number ("54费丹").
    if (end - start >= 3 || !idx.isBoundary(start) || !idx.isBoundary(end) || /[0-9０-９]/.test(norm[start - 1] ?? '')) return true;
    const left = idx.at(start - 1);
    if (left && left.tag === 'x' && left.end === start && isTranslitAt(norm, left.start)) return true;
  }
  return foreign >= 2 && (isTranslit(before) || isTranslit(after));
}

/** Last characters of small places, landforms and waters, rare in given names ("柳林堡", "向阳坡", "杨家沟", "某某邑", "白龙洞", "金沙滩", "某某荡", "某某淀", "黄湾"). */
export const PLACE_END = '堡港岛坡沟峪洼坝垭塬寨屯邑洞滩荡淀湾';
/** Words for buildings, estates and zones right after their proper name ("某某小区", "某某大厦", "林缘地带"). */
export const BUILDING_AFTER = /^(?:小区|大厦|广场|公寓|花园|家园|酒店|宾馆|大桥|公园|社区|地带)/u;
/** Last characters of buildings, streets, products, crafts and crops, rare in given names ("舍利塔", "某某寺", "贝贝牌", "某某卡", "遮阳伞", "苏绣", "高原夏菜"). */
export const THING_END = '塔寺庙庵牌馆厂店站号型楼街巷卡伞绣菜';
/** Inner Mongolia's units of villages and townships, never a given name ("某某嘎查", "某某苏木"). */
export const TWO_CHAR_UNITS = ['嘎查', '苏木'];
export const WEATHER_AFTER = /^-?\d+(?:℃|°)/u;
/** The kind of storm written right before its name, maybe with an opening quote. */
export const STORM_BEFORE = /(?:台风|飓风|热带风暴|气旋)[“"‘]?$/u;
/** Can STORM_BEFORE match right before `i`? Only after the last character of a storm's kind or a quote. */
export function stormWordEndsAt(norm: string, i: number): boolean {
  const c = norm.charCodeAt(i - 1); // NaN before the text
  return c === 0x98ce /* 风 */ || c === 0x66b4 /* 暴 */ || c === 0x65cb /* 旋 */ || c === 0x201c || c === 0x22 || c === 0x2018;
}
/** Last characters of words for ships ("班轮", "游船", "舰艇"). */
export const VESSEL_END = '轮船舰艇';

/** True when jieba reads a dictionary word of two or more characters from `i` on (not a name, not a guess). */
export function startsWord(norm: string, i: number): boolean {
  const four = norm.slice(i, i + 4);
  let yes = wordStarts.get(four);
  if (yes === undefined) {
    const t = segment(four)[0];
    yes = t !== undefined && t.start === 0 && t.word.length >= 2 && !/^(?:x|nr)/.test(t.tag);
    if (segmenterIsStandIn()) return yes; // the warm-up's single characters are no answer to keep
    // Bounded over any corpus; a corpus asks about the same few thousand pieces again and again.
    if (wordStarts.size >= WORD_STARTS_MAX) wordStarts.clear();
    wordStarts.set(four, yes);
  }
  return yes;
}
/** startsWord's answers by the four characters jieba was given (jieba's answer depends on nothing else). */
const wordStarts = new Map<string, boolean>();
const WORD_STARTS_MAX = 10_000;

/** The stems and branches that name the years of the sixty-year cycle. */
export const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
export const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** Classical particles, no one-character given name ("严之又严", "王羲之" is three characters). */
export const CLASSICAL_PARTICLES = '之乎者也而其焉';

/** A verb of saying at `i`, or after one adverb or time word there ("明确表示", "也认为", "昨天说"). */
export function speechAfter(norm: string, i: number, idx: TokenIndex, lex: NameLexicon): boolean {
  if (lex.speechList.someStartsAt(norm, i)) return true;
  const t = idx.startingAt(i);
  if (t !== undefined && lex.timeWords.someStartsAt(norm, i) && lex.speechList.someStartsAt(norm, t.end)) return true;
  return t !== undefined && /^(?:d|ad)$/.test(t.tag) && lex.speechList.someStartsAt(norm, t.end);
}

/**
 * Between the two sides of a fixture as betting and results pages write it ("主队vs客队"): teams there,
 * far more often than players (not 对阵, which news writes for players too: "某某对阵某某").
 */
const FIXTURE = /vs|VS|Vs|v\.s\./gu;
const SPACE = /[ \t\u3000\u00a0]/u;
/** The longest side of a fixture that a guessed name may be. */
const MAX_SIDE = 6;

/** Every string of two to six Han characters that ends right before or starts right after a fixture's "vs". */
export function fixtureSides(norm: string): Set<string> {
  const sides = new Set<string>();
  for (const m of norm.matchAll(FIXTURE)) {
    let s = m.index ?? 0;
    let e = s + m[0].length;
    while (SPACE.test(norm[s - 1] ?? '')) s--;
    while (SPACE.test(norm[e] ?? '')) e++;
    for (let len = 2; len <= MAX_SIDE; len++) {
      if (isHanAt(norm, s - len) && isHanAt(norm, s - 1)) sides.add(norm.slice(s - len, s));
      if (isHanAt(norm, e) && isHanAt(norm, e + len - 1)) sides.add(norm.slice(e, e + len));
    }
  }
  return sides;
}

/** The shortest listed place a transliterated guess may start with, and the least left after it ("巴基斯坦|苏斯特"). */
const MIN_PLACE_HEAD = 3;
const MIN_AFTER_PLACE = 2;
/** True when a transliterated guess starts with a listed place (a country): a place of that country follows it. */
export function placeThenName(norm: string, g: NameGuess, lex: NameLexicon): boolean {
  for (let k = MIN_PLACE_HEAD; g.end - g.start - k >= MIN_AFTER_PLACE; k++) if (lex.places.has(norm.slice(g.start, g.start + k))) return true;
  return false;
}
/** True when quotation marks enclose the guess and nothing else. */
export function quotedWhole(norm: string, g: NameGuess): boolean {
  return /[“"‘「]/.test(norm.charAt(g.start - 1)) && /[”"’」]/.test(norm.charAt(g.end));
}

/** Last characters of waters, rare in given names: a list of such items is a list of waters ("某河、某某河"). */
const WATER_END = '河湖溪泉潭渠';
/**
 * "巡查怀河、雁栖河": a guess that ends in a water's kind, listed next to an item ending in the same kind,
 * is one of the waters. (Given names often end in 江, 山 or 峰, so those are left alone.)
 */
function waterListItem(norm: string, start: number, end: number): boolean {
  const kind = norm[end - 1] as string;
  if (!WATER_END.includes(kind)) return false;
  const after = /^[、和与及]\p{Script=Han}{1,5}/u.exec(norm.slice(end, end + 7));
  if (after?.[0].endsWith(kind) && !isHanAt(norm, end + after[0].length)) return true;
  return /\p{Script=Han}{2}[、和与及]$/u.test(norm.slice(start - 3, start)) && norm[start - 2] === kind;
}

/**
 * "察看古祠堂保护": a surname character that jieba reads alone as an adjective (古/a, 新/a), then one
 * ordinary noun of two characters that no names share (祠堂/n), is a thing described, no name.
 */
function adjectiveBeforeNoun(norm: string, start: number, sn: number, end: number, idx: TokenIndex): boolean {
  if (sn !== 1 || end - start !== 3) return false;
  const head = idx.startingAt(start);
  const rest = idx.startingAt(start + 1);
  return head?.end === start + 1 && head.tag === 'a' && rest?.end === end && /^(?:n|ns)$/.test(rest.tag) && givenPairCount(norm.slice(start + 1, end)) === 0;
}

/** A count of people or things right after a guess ("寄宿生412人", "某某3户"): the guess is what is counted. */
const COUNT_AFTER = /^[0-9０-９]+(?:人|名|个|户|家|所|头|只|亩|吨)/u;
/** "高三年级", "初二学生": a school year (高一…高三, 初一…初三), no name. */
const SCHOOL_YEAR = /^[高初][一二三]$/u;
const SCHOOL_YEAR_AFTER = /^(?:年级|班|学生|学年)/u;

/** The guess [start, end) is a thing, a water or a school year by what stands around it (the rules above). */
export function describedNoPerson(norm: string, start: number, sn: number, end: number, idx: TokenIndex): boolean {
  if (COUNT_AFTER.test(norm.slice(end, end + 4))) return true;
  if (SCHOOL_YEAR.test(norm.slice(start, end)) && SCHOOL_YEAR_AFTER.test(norm.slice(end, end + 2))) return true;
  return adjectiveBeforeNoun(norm, start, sn, end, idx) || waterListItem(norm, start, end);
}
