import type { Doc, Token } from '../../types.js';
import { isAllHan } from '../_han.js';
import type { NameLexicon } from './lexicon.js';
import type { TokenIndex } from './tokens.js';
import { nameMayEndAt, readNameAt } from './names.js';
import { isFullPlaceName, isFullPlaceNameAt, isPlaceNameAt, listedPlaces } from '../locations/place-names.js';
import { givenCharScore } from './name-model.js';

const givenNameOdds = (given: string): number => [...given].reduce((sum, c) => sum + givenCharScore(c), 0);

/**
 * One title as written: [organisation or place prefix][modifier][post], e.g. 市公安局 + 局长.
 * `postStart` is where the modifier and post begin ("副局长" of "市公安局副局长").
 */
export interface TitleUnit { start: number; end: number; postStart: number; group: boolean; company: boolean; descriptor?: boolean }

/** An organisation part naming a business: its posts are no public office ("奇瑞汽车股份有限公司副总经理"). */
const COMPANY_PREFIX = /(?:公司|集团|企业|银行|股份|有限|商会|酒店|商场|超市|事务所|工作室|俱乐部|(?<!供销)合作社)$/u;
/** A post written right after a co-op's name, whatever jieba makes of it ("某某合作社理事长", "合作社，理事长"): a supply and marketing co-op (供销社) is a public body. */
const AFTER_COOP = /(?<!供销)合作社[，,]?$/u;
/** A prefecture's administrative office, the only body a 专员 heads as an official. */
const PREFECTURE_OFFICE = /(?:行署|行政公署|专署|地区)$/u;

/** An organisation prefix is at most this long ("市新冠肺炎疫情防控工作领导小组" is 15). */
const MAX_PREFIX = 24;
/** jieba tags that may belong to the organisation part of a title: nouns, places, bodies, titles. */
/** Units whose level may name a post's tier ("村级河长", "县级林长"). */
const LEVEL_CHARS = '省市县区乡镇村组';
const PREFIX_TAG = /^(?:n|nt|ns|nz|nl|ng|j|vn|title|b|a|an|x|m|s|zg|ag|k|h)$/;
const CHINESE_NUMBER = /^第?[一二三四五六七八九十]+[批团]?$/; // "七师", "第三师", "第三批援青工作队", a 兵团 regiment "五十|一团"

/** The verb of a body sending a post holder to a place ("省派驻十八洞村第一书记"), part of the title after the body. */
const SENDING_VERB = '派驻';

/** Characters that end an organisation or a place ("宣传部", "统/战/部" whatever jieba's tags say). */
export const ORG_END = new Set([...'省市县区镇乡村旗州盟委局厅部办府会院所处队团组']);

/** Prepositions and verbs that open a clause before a title ("据", "由", "图为"). */
const FUNCTION_CHARS = '据为在到由向对从与和及是将把被让给请';
/** One-character units of villages and townships, written right after their name ("某某村"). */
const VILLAGE_UNITS = ['村', '镇', '乡', '屯', '寨'];
/** A word jieba tags as a numeral that names a village before its unit: two or three characters, not ending in a classifier (一名村…: a count of people). */
const VILLAGE_NAME_READ_AS_NUMBER = /^\p{Script=Han}{1,2}[^个些多余几名位\P{Script=Han}]$/u;
const ALL_NUMERALS = /^[零〇一二三四五六七八九十百千万两]+$/u;

/** Last characters of a township, a village or a district written in full ("长毛岭乡", "长龙街道", "长安区"). */
const UNIT_LAST = '乡镇村道区';
/**
 * "类乌齐县长毛岭乡", "宁乡市长龙街道": a division's full name of three to five characters that opens with
 * the post's last character (长) is the place after its county or city, not 县长 or 市长 and a name.
 */
function placeAcrossPostEnd(norm: string, end: number): boolean {
  for (let e = end + 2; e <= end + 4; e++) if (UNIT_LAST.includes(norm[e - 1] ?? '.') && isFullPlaceNameAt(norm, end - 1, e)) return true;
  return false;
}

/** Longest aside in brackets read inside an organisation's name ("（地方海事）"). */
const MAX_ASIDE = 8;
/** Where the brackets of an aside of Han characters closing right before `end` open, or -1 (the text's brackets are normalised to ASCII). */
function asideStart(norm: string, end: number): number {
  const from = Math.max(0, end - MAX_ASIDE - 2); // bounded: no scan back to the text's start
  const at = norm.slice(from, end - 1).lastIndexOf('(');
  const open = at < 0 ? -1 : from + at;
  return open >= 0 && isAllHan(norm.slice(open + 1, end - 1)) && end - open >= 4 ? open : -1;
}

/** Length of a guessed word up to and including its last function character, or 0. */
function gluedFunctionCharEnd(word: string): number {
  for (let i = word.length - 1; i >= 0; i--) if (FUNCTION_CHARS.includes(word.charAt(i))) return i + 1;
  return 0;
}

function prefixToken(t: Token, word: string, lex: NameLexicon, rightWord: string): boolean {
  if (!isAllHan(word)) return false;
  if (lex.prefixStops.has(word)) return false;
  // A preposition, conjunction, particle or pronoun is never part of an organisation ("任命某同志为|县…").
  if (/^(?:p|c|u|uj|ul|uz|r|rr|y)$/.test(t.tag)) return false;
  // "七师党委书记"; "万尾/m 村党总支书记", "十里/m 村": a village named with a numeral jieba read as a number, not a count (三个村).
  if (t.tag === 'm') return CHINESE_NUMBER.test(word) || (VILLAGE_UNITS.includes(rightWord) && VILLAGE_NAME_READ_AS_NUMBER.test(word) && !ALL_NUMERALS.test(word));
  // "中国驻|印度大使", "法国|驻华|大使": the mission's state, 驻, the host state and the post are one title.
  if (word === '驻' || lex.missionWords.has(word)) return true;
  // "省|派驻|石门村|第一书记": the body that sends a post holder, before the place it sends them to
  // (never its first word: "被|派驻|村第一书记" is the sentence's verb).
  if (word === SENDING_VERB) return rightWord !== '';
  // A foreign state starts its head's title: before it stands the sentence ("致信|印度总理"), unless
  // another state or a body sends the post there (after 驻, above).
  if (rightWord !== '' && listedPlaces().get(rightWord) === 'foreign' && !/^(?:ns|nt)$/.test(t.tag)) return false;
  // A title's organisation starts at a place written in full: before it, an unknown word or a verb is
  // the sentence's ("宣判|邯郸市|原副市长", "监委对|张家口市|政协原副主席").
  if ((t.tag === 'x' || /^v/.test(t.tag)) && rightWord !== '' && isFullPlaceName(rightWord)) return false;
  if (PREFIX_TAG.test(t.tag)) return true;
  // "县|自然资源/l|局": a fixed phrase inside the organisation, never right before the post ("实事求是|县长").
  if (t.tag === 'l' && rightWord !== '') return true;
  // A verb of two characters or more is the sentence's ("王某辞去|县人民政府县长职务").
  if (/^v/.test(t.tag) && word.length >= 2) return false;
  if (t.tag === 't' && (word === '现代' || word === '当代')) return true; // "现代服务业合作区管理局局长"
  if (word === '师') return true; // a 兵团 division: "师党委书记" (jieba: 师/ng)
  // jieba tags some places nr ("石河子/nr 市委"): a name-tagged word right before an organisation word.
  if (/^nr/.test(t.tag) && rightWord.length >= 2 && ORG_END.has(rightWord.slice(-1))) return true;
  // jieba tags "宣传部" nr and cuts "统战部" 统/v 战/n 部/n: an organisation ending counts anyway.
  return ORG_END.has(word.slice(-1)) || (rightWord.length === 1 && ORG_END.has(rightWord));
}

/**
 * jieba may cut a place so that the walk above stops inside it ("临/v 桂/nr 区委副书记"): a place name
 * (full or short) that starts up to two characters before `start` and runs across it starts the title.
 */
function placeStartAcross(norm: string, start: number, limit: number): number {
  for (let s0 = Math.max(0, start - 2); s0 < start; s0++) {
    for (let e0 = Math.min(limit, s0 + 5); e0 > start; e0--) if (e0 - s0 >= 2 && isPlaceNameAt(norm, s0, e0)) return s0;
  }
  return start;
}

/**
 * Every title unit in the text. A post ("局长") is found in the characters; its organisation part is
 * taken from jieba's words to the left while they are nouns, places or bodies, so "会议由临汾市委副书记"
 * starts its title after 由. A post that is part of a longer word ("常委会", "河长制", "领导小组",
 * "长期") is no post. `orgStartByEnd`: the organisations found in the text, start by end.
 */
export function findTitleUnits(doc: Doc, idx: TokenIndex, lex: NameLexicon, orgStartByEnd?: ReadonlyMap<number, number>): TitleUnit[] {
  const norm = doc.norm;
  const units: TitleUnit[] = [];
  let from = 0;
  for (let m = lex.unitWords.next(norm, 0); m; m = lex.unitWords.next(norm, from)) {
    const post = m.word;
    const postStart = m.index;
    const end = postStart + post.length;
    from = end;
    if (lex.blockers.some((b) => norm.startsWith(b, end)) || placeAcrossPostEnd(norm, end)) continue;
    const last = idx.at(end - 1);
    // "泰国王储": jieba's title word across the post's end is the post ("国王" yields to 王储).
    if (last && last.end > end && last.start > postStart && last.tag === 'title') {
      from = last.start;
      continue;
    }
    // "市长孙某" is cut 市/长孙/…: a compound surname across the post's end yields to the title.
    // So does jieba's guess across it ("财政部/长扎/多尔诺夫": x), when a name follows.
    // And a two-character word across it ("乡长石磊": 乡/长石/磊, "主任何丽娟": 主/任何/丽娟), when the
    // name closes where a name may end and its given name reads like one ("州长官邸" does not); never
    // a place ("南京市长江大桥": 长江/ns).
    const nameLen = last && last.end > end ? readNameAt(norm, end, idx, lex) : 0;
    const surnameAcross = nameLen > 0 && (lex.compoundSurnames.has(norm.slice(end - 1, end + 1)) || last?.tag === 'x'
      || (last !== undefined && !/^ns/.test(last.tag) && last.start === end - 1 && last.end === end + 1 && nameMayEndAt(norm, end + nameLen, lex) && givenNameOdds(norm.slice(end + 1, end + nameLen)) > 0));
    if (last && last.end > end && !surnameAcross) continue;
    let start = postStart;
    for (const mod of lex.modifiers) {
      if (start >= mod.length && norm.startsWith(mod, start - mod.length)) {
        start -= mod.length;
        break;
      }
    }
    const modStart = start;
    // A word that runs into the post from the left ("市委书记" holding 书记) belongs to the title.
    const first = idx.at(start);
    if (first && first.start < start) start = first.start;
    // jieba cuts "中学校长" 中/f 学校/n 长: the school is 中学 (小学, 大学), whatever 中's tag.
    if (/^[中小大]学校$/.test(norm.slice(start - 1, start + 2))) start -= 1;
    // The name after the previous title is no part of this one's organisation: in
    // "县政协主席刘某率部分县政协委员" jieba's guess 刘某率/x must not join 委员's prefix.
    const prev = units[units.length - 1];
    const nameAfterPrev = prev && prev.end < start ? readNameAt(norm, prev.end, idx, lex) : 0;
    const floor = prev && nameAfterPrev > 0 ? prev.end + nameAfterPrev : -1;
    while (start > 0 && postStart - start < MAX_PREFIX) {
      const t = idx.at(start - 1);
      if (t && t.start < floor) break;
      const right = idx.at(start);
      // Only its part before the post counts ("文明|办主/任": 办).
      const rightWord = right && start < postStart ? norm.slice(right.start, Math.min(right.end, postStart)) : '';
      // "勐/ns 根/p 村/zg|党总支书记": jieba read a rare character of a place as a preposition before its unit.
      const placeChar = t !== undefined && t.end - t.start === 1 && /^[pc]$/.test(t.tag) && VILLAGE_UNITS.includes(rightWord) && idx.at(t.start - 1)?.tag === 'ns';
      // "边境检查|站/v|站长", "所|所长": the body's kind, written again as the post's first character,
      // also before 原 ("服务|站/v|原|站长": a former post holder in a discipline notice).
      const bodyKind = t !== undefined && t.end - t.start === 1 && (t.end === modStart || (t.end === modStart - 1 && norm[t.end] === '原')) && norm[t.start] === norm[postStart];
      // "市港航（地方海事）|管理服务中心主任": a short aside in brackets inside the organisation's name, after a word of it.
      const aside = norm[start - 1] === ')' ? asideStart(norm, start) : -1;
      const beforeAside = aside > 0 ? idx.at(aside - 1) : undefined;
      if (beforeAside && start < postStart && prefixToken(beforeAside, norm.slice(beforeAside.start, beforeAside.end), lex, norm.slice(aside, start))) {
        start = aside;
        continue;
      }
      // "村/zg 级/q|河长": a level (村级, 县级) read as a measure word; not "各级河长".
      const level = t !== undefined && t.end - t.start === 1 && norm[t.start] === '级' && LEVEL_CHARS.includes(norm[t.start - 1] ?? '.');
      if (!t || (!placeChar && !bodyKind && !level && !prefixToken(t, norm.slice(t.start, t.end), lex, rightWord))) break;
      // "任命程某华|为市…": jieba glued an appointee's last character to the notice's 为 ("华为/nt").
      if (gluedMarker(t, norm, lex)) break;
      // jieba's guess glued a preposition or verb to the organisation ("据镇|党委", "图为|市委"):
      // the title starts after it.
      const glued = t.tag === 'x' ? gluedFunctionCharEnd(norm.slice(t.start, t.end)) : 0;
      if (glued > 0) {
        start = t.start + glued;
        break;
      }
      start = t.start;
    }
    // "被|派驻|村第一书记": the verb of sending opens no title; a body before it does ("省派驻…").
    if (norm.startsWith(SENDING_VERB, start)) start += SENDING_VERB.length;
    start = placeStartAcross(norm, start, modStart);
    // An organisation found by its own extractor that ends inside the walked prefix (where the post or
    // a word before it begins: "原局长") is the title's whole organisation part, also where jieba's words
    // stop the walk ("市委理论学习|中心组组长": 学习 is a verb; "住房和|城乡建设局原局长": 和).
    // Where the walk took nothing ("…经济财政|司/nr|司长"), one ending right at the post counts too.
    for (let p = Math.min(start + 1, modStart); orgStartByEnd && p <= modStart; p++) {
      const orgStart = orgStartByEnd.get(p);
      if (orgStart === undefined || orgStart >= start || (prev && orgStart <= prev.end)) continue;
      start = orgStart;
      // Nor does the organisation found hold an appointee ("乙华|为市审计局" read as one body).
      for (let q = orgStart; q < modStart; q++) {
        const t = idx.startingAt(q);
        if (t && gluedMarker(t, norm, lex)) start = t.end;
      }
      break;
    }
    if (prev && start <= prev.end) {
      if (prev.end >= end) continue;
      // Posts written back to back are one title as written: "市长助理", "市委常委副市长".
      prev.end = end;
      prev.group = prev.group && lex.groupPosts.has(post);
      prev.company = prev.company && lex.companyPosts.has(post);
      continue;
    }
    if (lex.prefecturePosts.has(post) && !PREFECTURE_OFFICE.test(norm.slice(start, modStart))) continue;
    const company = lex.companyPosts.has(post) || COMPANY_PREFIX.test(norm.slice(start, modStart)) || (start === modStart && AFTER_COOP.test(norm.slice(Math.max(0, start - 4), start)));
    units.push({ start, end, postStart: modStart, group: lex.groupPosts.has(post), company, descriptor: lex.descriptorPosts.has(post) });
  }
  // A descriptor ("县财政局干部") counts only after another title and 、: "离休干部", "青年干部" are none.
  return units.filter((u, i) => !u.descriptor || (i > 0 && !(units[i - 1] as TitleUnit).descriptor && (units[i - 1] as TitleUnit).end === u.start - 1 && norm[u.start - 1] === '、'));
}

/** The part of an appointee's name before a word jieba glued to 为: a name of four characters but its last. */
const APPOINTEE_HEAD = 3;
/** Where an appointing sentence's next appointee starts ("任命甲为…、乙为…", "…，乙为…"). */
const NEXT_APPOINTEE = '、，,';
/** A word of jieba's that glues an appointee's last character to the notice's 为 ("任命程某|华为/nt|市…"). */
function gluedMarker(t: Token, norm: string, lex: NameLexicon): boolean {
  return t.end - t.start >= 2 && norm[t.end - 1] === '为' && appointeeBefore(norm, t.start, lex);
}

/**
 * True when up to APPOINTEE_HEAD characters before `at` follow a verb of appointing ("任命") or, in a
 * sentence that has one, a comma or an enumeration comma: they are the head of an appointee's name.
 */
function appointeeBefore(norm: string, at: number, lex: NameLexicon): boolean {
  for (let h = at - 1; h >= at - APPOINTEE_HEAD && h > 0; h--) {
    if (lex.appointVerbs.some((v) => norm.endsWith(v, h))) return true;
    if (NEXT_APPOINTEE.includes(norm.charAt(h - 1))) {
      const sentence = norm.slice(Math.max(0, norm.slice(0, h).search(/[。；;！!？?\n][^。；;！!？?\n]*$/u)), h);
      return lex.appointVerbs.some((v) => sentence.includes(v));
    }
  }
  return false;
}

/**
 * Units joined by 、, 兼 or a comma form one chain of titles for the name
 * after it ("来宾市人大常委会副主任,兴宾区委书记周灵"). A comma after a name separates people instead.
 */
/** "淳安县副县长（挂职台江县副县长）": the post held on secondment, in brackets, continues the chain (the matching view has ASCII brackets). */
export const SECONDMENT = '(挂职';
export function chainTitleUnits(units: readonly TitleUnit[], norm: string): TitleUnit[][] {
  const chains: TitleUnit[][] = [];
  let cur: TitleUnit[] = [];
  for (const read of units) {
    const prev = cur[cur.length - 1];
    // The unit may hold the note's verb ("挂职黔东南州副州长"): the title starts after it.
    const u = prev !== undefined && read.start === prev.end + 1 && norm.startsWith(SECONDMENT, prev.end) && read.postStart >= prev.end + SECONDMENT.length
      ? { ...read, start: prev.end + SECONDMENT.length } : read;
    const linked = prev !== undefined && ((u.start === prev.end + 1 && '、兼,，'.includes(norm[prev.end] as string)) || (u.start === prev.end + SECONDMENT.length && norm.startsWith(SECONDMENT, prev.end)));
    if (!linked && cur.length) {
      chains.push(cur);
      cur = [];
    }
    cur.push(u);
  }
  if (cur.length) chains.push(cur);
  return chains;
}
