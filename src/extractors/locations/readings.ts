/**
 * How the words around a place-like word decide its reading: a given name after a surname, the start
 * of a longer transliterated name, a county's short form after a verb of going there, a line named
 * after its ends, or a township after a preposition jieba glued to it.
 */
import { isHan, isHanAt } from '../_han.js';
import { isTranslit } from './foreign-names.js';
import { division, type Gazetteer, type NameHit } from './gazetteer.js';
import type { TextView } from './text-view.js';

/** Surname odds (dict/surname-odds.txt) from which a lone character read as a name starts one. */
const SURNAME_BEFORE_PLACE = 25;

/**
 * "陈|桂林|对大家讲", "教授朱|英国|培育": a two-character place right after a lone common surname
 * that jieba reads as a name is that person's given name.
 */
export function givenNameAfterSurname(view: TextView, surnameOdds: Map<string, number>, pos: number, end: number): boolean {
  if (end - pos !== 2) return false;
  const before = view.tokens[view.tokenAt[pos - 1] ?? -1];
  return before !== undefined && before.end === pos && before.word.length === 1 && /^nr/.test(before.tag)
    && (surnameOdds.get(before.word) ?? 0) >= SURNAME_BEFORE_PLACE && !/^[·•]$/.test(view.doc.norm.charAt(pos - 2));
}

/**
 * "山南将全面贯彻…", "大同要…": a short form that is also an ordinary word (stop/places.txt) opening a
 * clause as its subject, before an adverb, in an article that names the same division in full
 * ("山南市") — the way a report speaks of the place it is about.
 */
export function subjectNamedInFull(view: TextView, g: Gazetteer, pos: number, end: number, hits: NameHit[]): NameHit[] {
  const norm = view.doc.norm;
  const token = view.tokens[view.tokenAt[pos] ?? -1];
  const next = view.tokens[view.tokenAt[end] ?? -1];
  // jieba's tag does not matter (大同/d, 东方/s): the full name elsewhere and the clause's shape decide.
  if (token?.start !== pos || token.end !== end || next?.start !== end) return [];
  const subject = /^[，。；：！？,;:!?\n]?$/.test(norm.charAt(pos - 1)) && next.tag === 'd';
  if (!subject && !wentThere(view, pos, end) && !PLACE_KIND_AFTER.test(norm.slice(end, end + 3))) return [];
  // Only the divisions named in full: they are what the short form stands for.
  return hits.filter((h) => {
    const name = division(g, h.division)?.name;
    return name !== undefined && name !== norm.slice(pos, end) && norm.includes(name);
  });
}

/** Kinds of place named after their city: "大同古城", "大同站", "大同南站", "大同机场". */
const PLACE_KIND_AFTER = /^(?:古城|[东南西北]?站|机场|火车站|高铁站)/;

/** "在大同调研", "来到大同，": a verb of being or going somewhere before the word, a verb or a clause's end after it. */
function wentThere(view: TextView, pos: number, end: number): boolean {
  const before = view.tokens[view.tokenAt[pos - 1] ?? -1];
  if (before?.end !== pos || before.word !== '在') return goneTo(view, pos, end);
  const after = view.tokens[view.tokenAt[end] ?? -1];
  return after !== undefined && /^(?:v|vn)$/.test(after.tag);
}

/** Does the word before `pos` name a river or a place ("长江|两岸", "沁河干流|两岸", "绵江|两岸")? Then 两岸 are its banks. */
export function banksOf(view: TextView, pos: number): boolean {
  const t = view.tokens[view.tokenAt[pos - 1] ?? -1];
  return t !== undefined && (t.tag === 'ns' || /[江河湖溪流]$/.test(t.word));
}

/** A credit label and its separator right before a name: "编辑：", "记者 ", "通讯员 ". */
const CREDIT_LABEL = /(?:记者|编辑|责编|通讯员|摄影|审核|校对|[初二三终]审)[：:\s]*$/;

/**
 * "编辑：乌兰", "记者 南|永吉": a name after a credit label is the person's, even where it is a county's
 * short form (乌兰县, 永吉县) or its last two characters are. Not a place before the name ("责编:聊城|袁志威").
 */
export function personAfterCreditLabel(norm: string, surnameOdds: Map<string, number>, pos: number, end: number): boolean {
  if (isHanAt(norm, end)) return false;
  if (CREDIT_LABEL.test(norm.slice(Math.max(0, pos - 8), pos))) return true;
  return (surnameOdds.get(norm.charAt(pos - 1)) ?? 0) > 0 && CREDIT_LABEL.test(norm.slice(Math.max(0, pos - 9), pos - 1));
}

/** A credit label and the names before this one in its line: "记者 达瓦卓嘎 ". */
const CREDIT_LINE = /(?:记者|编辑|责编|通讯员|摄影|审核|校对|[初二三终]审)[：:\s]*(?:\p{Script=Han}{2,6}[ \u3000、，,]+){1,3}$/u;
/** Longest name in a credit line. */
const MAX_CREDIT_NAME = 6;

/**
 * "（记者 达瓦卓嘎 尼玛潘多）": a later name of a credit line is a person, though it opens with a
 * county's short form (尼玛县); the name runs on to the next space or bracket.
 */
export function laterNameInCreditLine(norm: string, pos: number, end: number): boolean {
  if (!CREDIT_LINE.test(norm.slice(Math.max(0, pos - 30), pos))) return false;
  let e = end;
  while (e - pos <= MAX_CREDIT_NAME && isHanAt(norm, e)) e++;
  // "记者 张明 太原报道": the place a report is filed from closes the line.
  return !isHanAt(norm, e) && !/(?:报道|电)$/.test(norm.slice(pos, e));
}

/**
 * "货车司机阿里说", "牧民达瓦表示": a name between a person's role (dict/person-roles.txt) and a verb of
 * speech (dict/name-context.txt, speech) is the person's, not the prefecture or county it spells.
 */
export function personBetweenRoleAndSpeech(norm: string, roles: Set<string>, speech: Set<string>, pos: number, end: number): boolean {
  if (![1, 2, 3].some((n) => speech.has(norm.slice(end, end + n)))) return false;
  return [2, 3, 4].some((n) => pos >= n && roles.has(norm.slice(pos - n, pos)));
}

/**
 * "通讯员 黄海|燕": a two-character place that opens with a surname and runs into one character jieba
 * reads as a name, closing the word, is a person of three characters ("黄海燕"), not the sea.
 */
export function nameRunsOnAfterPlace(view: TextView, surnameOdds: Map<string, number>, pos: number, end: number): boolean {
  if (end - pos !== 2 || (surnameOdds.get(view.doc.norm.charAt(pos)) ?? 0) < SURNAME_BEFORE_PLACE) return false;
  const next = view.tokens[view.tokenAt[end] ?? -1];
  return next !== undefined && next.start === end && next.end === end + 1 && /^nr/.test(next.tag) && !isHan(view.doc.norm.charAt(end + 1));
}

/**
 * "罗马|里|奥", "巴西|利|亚": a foreign name followed by transliteration characters that jieba left
 * as single characters is the start of a longer name (a person's, a club's), not the place.
 */
export function longerTransliteration(view: TextView, end: number): boolean {
  const norm = view.doc.norm;
  for (let i = end; i < end + 2; i++) {
    const t = view.tokens[view.tokenAt[i] ?? -1];
    if (!t || t.start !== i || t.end !== i + 1 || !isTranslit(norm.charAt(i))) return false;
  }
  return true;
}

/** Verbs of going and being somewhere: "赶赴|大足", "到|大足", "地处|X" (not 来自: "他们来自宜君" is not enough). */
const GONE_TO = /^(?:到|赴|去|至|抵|抵达|到达|来到|前往|赶赴|奔赴|回到|返回|进入|途经|路过|经过|离开|地处|位于|落户|扎根|出生于|生于)$/;

/**
 * A county's short form that jieba knows as no word, right after a verb of going or being there
 * and ending the clause, before 的 or before a verb: "考察团赶赴大足，参观石窟".
 */
export function goneTo(view: TextView, start: number, end: number): boolean {
  const before = view.tokens[view.tokenAt[start - 1] ?? -1];
  if (!before || before.end !== start || !GONE_TO.test(before.word)) return false;
  const after = view.doc.norm.charAt(end);
  return after === '' || /^[，。、；：！？,.;:!?）)”的]$/.test(after) || view.tokens[view.tokenAt[end] ?? -1]?.tag === 'v';
}

/** A transport line after a name: "贵南高铁", "郑万铁路", "成渝城际" (not "…高铁站", the town's station). */
const LINE_AFTER = /^(?:高铁|高速铁路|铁路|城际|客专|动车)(?!站)/;
/** Does a line's name go on at `end`? Then the two characters before may be its ends' first characters, not a county. */
export const lineAfter = (norm: string, end: number): boolean => LINE_AFTER.test(norm.slice(end, end + 4));

/**
 * Characters jieba glues to the front of a place it does not know: "经地|苏镇", "至下|坳镇", "赴甲|篆镇";
 * and 和/与/及 joining list items ("堤防和北闸口镇" came out as 堤|防和北|闸口镇); 对 and 向 ("对十|渡镇").
 */
const GLUED_PREPOSITION = /^[经至到在赴往抵从于由和与及对向]$/;
/** Does an unknown word holding `pos` have a preposition or conjunction right before `pos`, glued to what follows? */
export function gluedPreposition(view: TextView, pos: number): boolean {
  const t = view.tokens[view.tokenAt[pos] ?? -1];
  return t !== undefined && t.start < pos && t.tag === 'x' && GLUED_PREPOSITION.test(view.doc.norm.charAt(pos - 1));
}
/** A unit written in full (three characters or more, ending in its level word), which a preposition cannot start. */
export const fullUnitName = (surface: string): boolean => surface.length >= 3 && /(?:镇|乡|街道|县|区|市|旗)$/.test(surface);

/** Where a river flows into another, a lake or the sea: common nouns, not places (and 江口 in them is no county). */
export const RIVER_MOUTHS = ['入江口', '入海口', '入河口', '入湖口', '出海口'];

/**
 * "都|安至|巴马": jieba glued the 至 of a route ("A至B高速公路") to the end of the place before it.
 * True when an unknown two-character word ends one character after `end` with 至 at `end`.
 */
export function routeGluedAt(view: TextView, end: number): boolean {
  const t = view.tokens[view.tokenAt[end] ?? -1];
  return t !== undefined && t.start === end - 1 && t.end === end + 1 && t.tag === 'x' && view.doc.norm.charAt(end) === '至';
}

/**
 * "淤泥|乡岩|博村": jieba glued a township's unit (乡, 镇) to the first character of the village after
 * it. True when an unknown word starts with the unit at `at` and a village or community follows within it or right after.
 */
export function unitGluedBeforeVillage(view: TextView, at: number): boolean {
  const t = view.tokens[view.tokenAt[at] ?? -1];
  return t !== undefined && t.start === at && t.tag === 'x' && t.word.length <= 3
    && TOWNSHIP_THEN_VILLAGE.test(view.doc.norm.slice(at, at + 7));
}
/** Hoisted: the bundler writes a \p{…} literal as `new RegExp(…)`, built again at each call. */
const TOWNSHIP_THEN_VILLAGE = /^[乡镇]\p{Script=Han}{1,4}?(?:村|社区)/u;

/** "副师长蔡|新平", "政委刘|新建": after a lone character a place-like word is more likely a given name. */
export function afterLoneCharacter(view: TextView, pos: number): boolean {
  const before = view.tokens[view.tokenAt[pos - 1] ?? -1];
  return before !== undefined && before.word.length === 1 && /^(?:nr|zg|ng|n)$/.test(before.tag);
}

/** What ends an item of a list of places: the next 、, or the word closing the list ("等市", "和"). */
const LIST_ITEM_END = /[、，,。；;：:和及与等（(]/;

/**
 * "太原、大同、长治等市": an ordinary word that is also a place's short form ("大同", "和平") is that
 * place as a whole item of a 、-list whose neighbouring item is a division's name.
 */
export function itemAmongPlaces(norm: string, pos: number, end: number, isPlace: (s: string) => boolean): boolean {
  if (norm.charAt(pos - 1) === '、') {
    let from = pos - 1;
    while (from > 0 && !LIST_ITEM_END.test(norm.charAt(from - 1)) && pos - 1 - from < 8) from--;
    if (isPlace(norm.slice(from, pos - 1))) return true;
  }
  if (norm.charAt(end) === '、') {
    let to = end + 1;
    while (to < norm.length && !LIST_ITEM_END.test(norm.charAt(to)) && to - end - 1 < 8) to++;
    if (isPlace(norm.slice(end + 1, to))) return true;
  }
  return false;
}

/**
 * "武陵山|区", "大别山|区": a mountain range followed by 区 names the region around it, unless 区
 * starts a body or a word of its own ("…山区委", "…山区域").
 */
export function mountainRegionEnd(norm: string, end: number): number {
  if (norm.charAt(end - 1) !== '山' || norm.charAt(end) !== '区') return end;
  return /[委政人党纪法检公财划域长]/.test(norm.charAt(end + 1)) ? end : end + 1;
}
