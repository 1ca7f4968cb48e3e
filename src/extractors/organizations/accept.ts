/**
 * Whether the name a walk found is a proper body of its kind: a place or level before a government
 * body, two characters or more before a department, a proper name (not a kind of thing, not a
 * sentence) before a company or school; and whether a name right after a body continues it.
 */
import { isAllHan } from '../_han.js';
import { isFullPlaceName, isMajorPlaceName, isPlaceName, listedPlaces } from '../locations/place-names.js';
import type { TextView } from '../locations/text-view.js';
import { isLevelWord, stopIs, type OrgKind, type OrgRules } from './rules.js';
import { isWorkWord } from './walk.js';
/** A division of the Xinjiang Production and Construction Corps: 七师, 第八师. */
const CORPS_DIVISION = /^第?[一二三四五六七八九十]{1,3}师$/;

/** Hoisted: the bundler writes a \p{…} literal as `new RegExp(…)`, built again at each call. */
const THREE_HAN = /\p{Script=Han}{3,}/u;

/**
 * "一家|炼油厂", "著名的|啤酒厂", "到|美容学校", "一批|工程|研究|中心", "的|文化|活动|中心": common
 * words before the suffix, after a count, a particle, a pronoun or a verb, name a kind of
 * institution, not one of them. A department needs two such words ("的|宣传部" is the body).
 */
export function genericKind(r: OrgRules, view: TextView, kind: OrgKind, start: number, suffixStart: number, end: number): boolean {
  const first = view.tokenAt[start] ?? -1;
  const words = [];
  for (let i = first; i >= 0 && i < view.tokens.length; i++) {
    const t = view.tokens[i];
    if (!t || t.start >= suffixStart) break;
    words.push(t);
  }
  const last = words[words.length - 1];
  if (!words.length || words[0]?.start !== start || (last?.end !== suffixStart && last?.end !== end)) return false;
  if (kind === 'dept' ? words.length < 2 : kind !== 'named') return false;
  for (const w of words) {
    if (!/^(?:n|vn|v|a|an|b|l)$/.test(w.tag) || isPlaceName(w.word) || (words.length > 1 && SCOPE_WORD.test(w.word)) || isLevelWord(r, w.word)) return false;
    // "中国惠普有限公司" as one word: a company jieba knows, named after its country.
    if ([2, 3].some((n) => w.word.length > n + 2 && isMajorPlaceName(w.word.slice(0, n)))) return false;
    // "市中心|医院": a longer word led by a level word names that city's body, not a kind ("市场|公司" is one).
    if (w.word.length >= 3 && /^[省市县区镇乡]/.test(w.word)) return false;
  }
  if (kind === 'named' && words.length > 1 && words.some((w) => w.tag === 'l')) return false;
  const before = view.tokens[view.tokenAt[start - 1] ?? -1];
  // At the start of a sentence a name is as likely as a kind ("生命科学院|教授").
  if (before === undefined) return words.length === 1;
  // Several words after "的", "在" or "据" may well be a body's full name ("国防部的|国防|情报局").
  const context = words.length > 1 ? /^(?:u|m|q|mq|r|rz|v)$/ : /^(?:uj|ul|m|q|mq|a|c|p|v|x)$/;
  // A comma or a full stop before the name starts a clause ("，|创维|集团"), no context; a list
  // ("焦化厂、|电器厂") may be of kinds.
  return context.test(before.tag) && !/^[，。；！？,.;!?]/.test(before.word) && !THREE_HAN.test(before.word);
}

/** Whether a word of stop/organizations.txt's unowned kind (2 or 3 characters) stands in `name`, however jieba cut it ("驻|村"). */
function hasUnownedWord(r: OrgRules, name: string): boolean {
  for (let i = 0; i + 2 <= name.length; i++) if (stopIs(r, name.slice(i, i + 2), 'unowned') || stopIs(r, name.slice(i, i + 3), 'unowned')) return true;
  return false;
}

/** Words that make a name as proper as a place does ("国际|清算|银行", "世界|知识|出版社"). */
export const SCOPE_WORD = /^(?:国际|世界|全国|国家|中华|中央|全球|亚洲|欧洲)$/;
/**
 * "钱|存入|银行", "利用|职权|迫使|银行", "黄某|儿子|考上|大学": a plain verb before the suffix with no
 * proper name anywhere before it is the sentence, not a name ("临江|皮革|制造|公司" has its place).
 */
export function verbWithoutProperName(view: TextView, start: number, suffixStart: number): boolean {
  // "筹建“翡翠收藏俱乐部”": a name in quotes is proper however it is made.
  if (/[“"「]/.test(view.doc.norm.charAt(start - 1))) return false;
  let verb = false;
  for (let i = view.tokenAt[start] ?? -1; i >= 0 && i < view.tokens.length; i++) {
    const t = view.tokens[i];
    if (!t || t.start >= suffixStart) break;
    if (/^(?:ns|nz|nt|nr|nrt|nrfg|x|j)$/.test(t.tag) || isPlaceName(t.word) || SCOPE_WORD.test(t.word)) return false;
    if (t.tag === 'v') verb = true;
  }
  return verb;
}

/** Does a name part make a proper body of this kind? */
export function acceptable(r: OrgRules, kind: OrgKind, suffix: string, parts: string[], nested: boolean): boolean {
  const name = parts.join('');
  const first = parts[0] ?? '';
  // "情况|和|合作中心": a name does not start at a conjunction; "4|家子公司", "这所纪念馆": nor at a count.
  // "镇级污水处理厂", "县级医院": a level of body, not a body.
  if (/^[省市县区镇乡村]级/.test(name)) return false;
  // "第一|局", "第二|中队": a rank alone is a round or a unit's number, not a name.
  if (!nested && parts.length > 0 && parts.every((p) => /^第[一二三四五六七八九十百零〇\d]+$/.test(p))) return false;
  // …unless a place written in full starts there, which jieba split ("个|旧市|人民医院", "两|当市").
  const placeFirst = isPlaceName(first) || [3, 4].some((n) => isFullPlaceName(name.slice(0, n)));
  if (first === '和' || (/^(?:[家座场间所个各这那该此每几两]|整个|全国性|前[一二三四五六七八九十])/.test(name) && !placeFirst)) return false;
  // "清华大学|电机系", "国家旅游局|管理司": a unit inside a body exists only right after it.
  if (kind === 'sub') return nested && continuesBody(r, kind, parts);
  // "中国人民银行|代表团": a delegation right after its body.
  if (kind === 'team' && nested && parts.length === 0) return true;
  // "奥地利等队": a list of teams, not one.
  if (kind === 'team' && name.includes('等')) return false;
  // "新芬党": only a proper word before it (properNameStart), never a place or a common noun.
  if (kind === 'party') return false;
  // "中国队", "辽宁男篮", "扬州市党政代表团": a team or delegation is named after a place; "市|党政|代表团",
  // "省|人大|代表团": or after its level, when more than the level names it.
  // "第八|师|党政代表团": or after a division of the Production and Construction Corps.
  if (kind === 'team' && (CORPS_DIVISION.test(first) || CORPS_DIVISION.test(first + (parts[1] ?? '')))) return true;
  if (kind === 'team') return isMajorPlaceName(first) || [2, 3, 4].some((n) => first.length > n && isMajorPlaceName(first.slice(0, n)))
    || (parts.length >= 2 && /^[省市县区]$/.test(first) && isLevelWord(r, first));
  // "美国政府", "中国政府" name a state, not a body the way "临汾市政府" does; "意大利公司" is any of its firms.
  if ((suffix === '政府' || suffix === '公司' || suffix === '企业') && parts.length === 1 && listedPlaces().has(first)) return false;
  // "万科|企业股份有限公司": a company's legal form after its short name.
  if (kind === 'named' && nested && continuesBody(r, kind, parts)) return true;
  // "街道|党工委" (like "镇|党委"): a level word alone before a government suffix is the body's level, not a generic.
  const levelBody = kind === 'gov' && parts.length === 1 && isLevelWord(r, first);
  // "乡|中心|小学", "镇|中心|幼儿园": the central school every township has, a kind, not one school.
  if (kind === 'named' && parts.length === 2 && /^[乡镇]$/.test(first) && parts[1] === '中心' && /^(?:小学|学校|校|幼儿园)$/.test(suffix)) return false;
  if (parts.length && !levelBody && (stopIs(r, first, 'generic') || parts.every((p) => stopIs(r, p, 'generic') || stopIs(r, p, 'type')))) return false;
  // "台湾地区|有关|法院", "省|相关|部门": "the relevant courts there", not a court's name.
  // "弋江区|部分|学校": some of the schools there.
  if (/^(?:有关|相关|各|各级|各类|所属|下属|部分|一些)$/.test(parts[parts.length - 1] ?? '')) return false;
  // "设立|研发|中心", "驻村|工作队": a unit every firm or body has, unless its body stands right before it
  // (a company named by its trade, "华星研发有限公司", is no unit).
  if (!nested && kind === 'dept' && hasUnownedWord(r, name)) return false;
  if (nested && continuesBody(r, kind, parts)) return true;
  // "国家现代农业产业园|管委会", "高新技术产业园|管委会": a zone's management committee is named after the zone.
  // "洋山港|海关", "天津港|海关": a customs house is named after its port, too.
  if (kind === 'gov') return startsWithPlaceOrLevel(r, parts) || (suffix === '管委会' && (parts.length > 1 || name.length >= 3) && ZONE_END.test(name))
    || GRASSROOTS_UNIT.test(name) || (suffix === '海关' && PORT_NAME.test(name));
  // "执法|检查组": a group named only by its work is any such group; "市人大常委会执法检查组" is nested above.
  if (kind === 'dept' && suffix.endsWith('组') && parts.length > 0 && parts.every((p) => isWorkWord(p))) return false;
  if (kind === 'dept') return name.length >= 2 || startsWithPlaceOrLevel(r, parts);
  return name.length >= 2;
}

/**
 * A community or village named by two characters or more ("东塘社区|党委", "红星村|党支部"): its party
 * body is named after it, though no gazetteer lists it. Not "农村|党支部" (one character), nor the
 * kinds "新农村", "美丽乡村".
 */
const GRASSROOTS_UNIT = /^[\p{Script=Han}]{2,6}(?:社区|(?<![农乡])村|嘎查)$/u;
/** The last characters of a zone's name, whose committee (管委会) needs no place before it. */
const ZONE_END = /(?:产业园|工业园|科技园|园区|开发区|经开区|高新区|新区|示范区|保税区|试验区|合作区)$/;

/**
 * Does a name right after another body continue it? "市公安局|交警支队", "农业银行|临汾分行" yes;
 * "市委|市政府", "县委|县政府" (a level word), "市委|临汾市政府" (a place before a party or
 * government body) are joint forms: two bodies.
 */
/** A pronoun, a determiner or a count before "队" makes it a reference, not a name ("该队", "两队"). */
const DETERMINER = /^[这那该本此其每各两全某一二三四五六七八九十几]/;
/**
 * "国安|队", "切尔西|队", "五牛队", "新芬|党": a club, a team or a party named by one proper word
 * right before "队" or "党" (a name jieba knows or guessed, not a common noun: "球队", "老将队",
 * "记者队" are none, nor a person or a place: "邓小平|党的建设", "越南|党和国家").
 * The start of that name, or -1.
 */
export function properNameStart(r: OrgRules, view: TextView, suffixStart: number, kind: OrgKind): number {
  const norm = view.doc.norm;
  const holder = view.tokens[view.tokenAt[suffixStart] ?? -1];
  const glued = holder !== undefined && holder.start < suffixStart;
  const t = glued ? holder : view.tokens[view.tokenAt[suffixStart - 1] ?? -1];
  // jieba's own words ending in 队 ("施工队/nt") are kinds of team; its guesses and proper nouns are names.
  if (!t || (!glued && t.end !== suffixStart) || !(glued ? /^(?:nz|x)$/ : /^(?:nz|nr|nrt|nrfg|j|x|nt)$/).test(t.tag)) return -1;
  // "邓小平|党的建设": before 党 a person's name is whose party it is.
  if (kind === 'party' && /^(?:nr|nrfg)$/.test(t.tag)) return -1;
  const name = norm.slice(t.start, suffixStart);
  // "管|党治党": a phrase jieba guessed as one word; no party's name holds 党 before its own.
  if (kind === 'party' && name.includes('党')) return -1;
  // "组四|队", "第二|队": a number ends a team's rank, not its name.
  if (name.length < 2 || !isAllHan(name) || DETERMINER.test(name) || /[一二三四五六七八九十]$/.test(name)) return -1;
  // "17支|龙舟|队": after a count it is a kind of team.
  const before = view.tokens[view.tokenAt[t.start - 1] ?? -1];
  if (before && before.end === t.start && (/^(?:m|q|mq)$/.test(before.tag) || /^[支个只]$/.test(before.word))) return -1;
  if ((['generic', 'type', 'verb', 'whole'] as const).some((k) => stopIs(r, name, k))) return -1;
  // "陈豪率|队": a guessed word holding a verb is the sentence ("率队", "带队"), not a name.
  if (t.tag === 'x' && [...name].some((c) => stopIs(r, c, 'verb'))) return -1;
  return t.start;
}

export function continuesBody(r: OrgRules, kind: OrgKind, parts: string[]): boolean {
  const first = parts[0] ?? '';
  if (first === '') return true;
  if (isLevelWord(r, first) || isLevelWord(r, first.slice(0, 1))) return false;
  return !(kind === 'gov' && isPlaceName(first));
}

/** A port's name of two to four characters and 港 ("洋山港"). */
const PORT_NAME = /^[\p{Script=Han}]{2,4}港$/u;

function startsWithPlaceOrLevel(r: OrgRules, whole: string[]): boolean {
  // "中共|上海市|教卫委": the party's name before the place its committee is named after.
  const parts = whole[0] === '中共' ? whole.slice(1) : whole;
  const first = parts[0] ?? '';
  if (first === '') return false;
  if (isLevelWord(r, first) || isPlaceName(first)) return true;
  // "澳门特区|政府": jieba's one word is a place and a level word after it.
  for (let k = 2; k <= 4 && k < first.length; k++) if (isPlaceName(first.slice(0, k)) && isLevelWord(r, first.slice(k))) return true;
  // A place jieba split in pieces: "第八|师|党委" (a 兵团 division), "一二一|团|党委".
  for (let n = 2, joined = first; n <= Math.min(parts.length, 3); n++) if (isPlaceName((joined += parts[n - 1] ?? ''))) return true;
  // jieba may join the level word to what follows ("市新冠", "师党办") or split it ("经|开|区管委会").
  const name = parts.join('');
  return [1, 2, 3].some((n) => isLevelWord(r, name.slice(0, n)));
}
