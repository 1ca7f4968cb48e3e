/**
 * Where an organisation name starts: from its suffix ("局", "有限公司") back over jieba's tokens that
 * may belong to it, stopping at a verb, a particle, a date or count, or the body before it (which the
 * name may continue: "市公安局|交警支队").
 */
import { isAllHan, isHan } from '../_han.js';
import { isFullPlaceNameAt, isMajorPlaceName, isPlaceName, isProvinceName, listedPlaces } from '../locations/place-names.js';
import { loadWordSet } from '../../lexicon/load.js';
import type { SpanMask, TextView } from '../locations/text-view.js';
import { isLevelWord, startsLevelWord, stopIs, type OrgKind, type OrgRules } from './rules.js';

const STOP_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'rr', 'rz', 'y', 'e', 'o', 'w', 'title', 'slogan', 't']);
const MAX_NAME = 20;

/** Scopes that open a body's own name: after 与 they start a second body, not the rest of this one. */
const SCOPE_AFTER_WITH = /^(?:国际|全国|中国|世界|国家|中华|中央)/;
/** A year, a count of people or a term: "1998年度", "252名", "五千余位", "第四十七届". */
const COUNT_OR_DATE = /^(?:[\d０-９一二三四五六七八九十百千万余多第]+(?:年度?|名|位|届|日|月)|年度?|名|届)$/;

/** Grains jieba reads as an amount of metres (大|米, tagged m): nouns that may name a co-op's trade. */
const GRAIN = /^[大小玉糯黑粳籼紫]米$/;

/** A numbering word inside a name ("第三中学", "一中", a 兵团 regiment "五十|一团|医院"), not a count. */
const ORDINAL = /^(?:第[一二三四五六七八九十百零〇\d]+|[一二三四五六七八九十]+团?)$/;
/** The batch of an aid team sent in turns ("第三批|援青|工作队"), not a count ("第二批|学校"). */
const BATCH = /^第[一二三四五六七八九十百\d]+批$/;
const BATCH_TEAM = /^工作队/;

/** Bodies set up for a task, whose names hold verbs ("扶贫开发领导小组", "疫情防控指挥部"). */
const TASK_BODY = /^(?:领导小组|工作小组|小组|工作组|指挥部|总指挥部|办公室|专班|委员会|中心|指挥中心|督导组|督查组)/;

/** Words jieba tags as verbs or adjectives that name what a body does (dict/organization-work.txt). */
let workWords: Set<string> | null = null;
export const isWorkWord = (w: string): boolean => (workWords ??= loadWordSet(ORGANIZATION_WORK_FILE)).has(w);
export const ORGANIZATION_WORK_FILE = 'organization-work.txt';

/** Schools and hospitals, which a city names after one of its districts ("宜昌市夷陵中学"). */
const PUBLIC_INSTITUTION = /^(?:中学|小学|学校|医院|幼儿园)/;

/** A company's legal form or kind, after which a village before the name is where it is, not its name. */
const COMPANY_FORM = /^(?:有限|股份|公司|集团|厂)/;

export interface Walk { start: number; parts: string[]; nestedIn: number }

/** The start of "（集团）" or "(中国)" ending at `end`, or -1: a company's group, holding or place in brackets. */
function bracketedForm(norm: string, end: number): number {
  const close = norm.charAt(end - 1);
  if (close !== '）' && close !== ')') return -1;
  const open = norm.lastIndexOf(close === '）' ? '（' : '(', end - 2);
  if (open < 0 || end - open > 7) return -1;
  const inner = norm.slice(open + 1, end - 1);
  if (!/^(?:集团|控股|股份)$/.test(inner) && !isPlaceName(inner)) return -1;
  // A name must stand before the brackets: "（集团）有限公司" alone is no company.
  return open > 0 && isHan(norm.charAt(open - 1)) ? open : -1;
}

/** Walks back from `from` over tokens that may belong to a name; stops at a previous organisation. */
export function walkBack(r: OrgRules, view: TextView, blocked: SpanMask, from: number, kind: OrgKind, orgEndingAt: Map<number, number>): Walk {
  const norm = view.doc.norm;
  const parts: string[] = [];
  let start = from;
  const holder = view.tokens[view.tokenAt[from] ?? -1];
  if (holder && holder.start < from) {
    parts.push(norm.slice(holder.start, from));
    start = holder.start;
    // "直播|中国队": a team jieba joined to its place is whole.
    if (kind === 'team' && isMajorPlaceName(parts[0] ?? '')) return { start, parts, nestedIn: -1 };
  }
  for (let guard = 0; start > 0 && guard < 12; guard++) {
    const prevOrg = orgEndingAt.get(start);
    if (prevOrg !== undefined) return { start, parts, nestedIn: prevOrg };
    // "久长镇|贵州修文黔峰建材有限公司": a company opening with its province's name; a township or village before
    // it is where the company is, not part of its name (no province follows a township inside a name).
    if (kind === 'named' && /^[镇乡村]$/.test(norm.charAt(start - 1)) && isProvinceName(parts[0] ?? '')) break;
    // "东风汽车零部件（集团）|有限公司", "英特尔（中国）|有限公司": a company's legal form may hold its
    // group or its country in brackets; the name goes on before them.
    const bracket = kind === 'named' ? bracketedForm(norm, start) : -1;
    if (bracket >= 0 && !blocked.touches(bracket, start)) {
      parts.unshift(norm.slice(bracket, start));
      start = bracket;
      continue;
    }
    const t = view.tokens[view.tokenAt[start - 1] ?? -1];
    // Latin letters inside a company's name ("红桃|k|集团"), not at its start.
    const latin = kind === 'named' && t !== undefined && /^[a-zA-Z]{1,4}$/.test(t.word) && isHan(norm.charAt(t.start - 1));
    if (!t || blocked.has(start - 1) || (!latin && !isAllHan(t.word))) break;
    // "学校|里|学会使用": in, inside or outside a place ends the name before it.
    // "沿|特克斯河|乡镇卫生院": a river after 沿 ("along") says where the bodies are; it names none of them.
    if (t.tag === 'ns' && /[河江]$/.test(t.word) && view.tokens[view.tokenAt[t.start - 1] ?? -1]?.word === '沿') break;
    // "任命王卫|华为|市人民政府…": 为 ("as") after a name jieba cut, not a company's name.
    if (asAfterName(view, t)) break;
    // "开学前|中小学": so does before or after, a time ("开学前") or a place ("村后").
    if (t.tag === 'f' && /^[里内外前后]$/.test(t.word)) break;
    // "2024年以来|全市|法院": a time word ends the name before it.
    if (t.tag === 'f' && /^(?:以来|以后|以前|之后|之前|期间)$/.test(t.word)) break;
    // "县卫健局|和县|财政局": jieba read the conjunction and a level word as the county 和县; after a
    // body it joins two bodies, and this one starts after it. So after a town or village: a county's
    // towns come after it ("和县乌江镇"), never before ("石门镇|和县|卫生健康局" is the town and the bureau).
    if (t.word.length >= 2 && /^[和与及]/.test(t.word) && listGoesOnAfter(r, view, t.start)) {
      parts.unshift(t.word.slice(1));
      start = t.start + 1;
      break;
    }
    // "自然资源和规划局", "住房和城乡建设局", "环境与资源保护工作委员会": 和/与 inside a department's name, between two nouns.
    // 与 before a scope opens a second body ("特地与|国际鹤类保护协会": with another body).
    const inner = (t.word === '和' || (t.word === '与' && !SCOPE_AFTER_WITH.test(norm.slice(t.end, t.end + 2)))) && kind !== 'named' && parts.length > 0 && !isLevelWord(r, (parts[0] ?? '').slice(0, 1)) && innerAnd(r, view, t.start);
    // "仁|和|医院", "平|和|中学": jieba split a two-character name ending in 和 right before the suffix.
    const nameAnd = t.word === '和' && kind === 'named' && parts.length === 0 && t.end === from && oneCharacterName(r, view, t.start);
    // jieba tags "青年", "老年" as times; in a name they are who the body serves ("务工青年协会").
    // …and "现代", "当代" as what kind of thing it is ("现代服务业合作区", "当代艺术馆").
    const people = t.tag === 't' && /^(?:青年|少年|老年|儿童|妇女|现代|当代)$/.test(t.word);
    // "市|河长|制|办公室", "林长制": a system named after a post is no post; the name goes on.
    // So is the office of one: "县|河长|办", "市|林长|办".
    const system = t.tag === 'title' && (norm.charAt(t.end) === '制' || (t.end === from && norm.charAt(t.end) === '办' && /长$/.test(t.word)));
    if (!inner && !people && !nameAnd && !system && (STOP_TAGS.has(t.tag) || stopIs(r, t.word, 'verb') || (stopIs(r, t.word, 'token') && !startsLevelWord(r, norm, t.start)) || (t.word.length >= 2 && r.posts.has(t.word)))) break;
    // An unknown word that glued a preposition to the name: "在喆啡|酒店" → 喆啡, "及师|党办" → 师,
    // "组在喆啡|酒店" → 喆啡. The name starts after the last such character.
    if (t.tag === 'x' && t.word.length >= 2 && !stopIs(r, t.word.slice(-1), 'verb')) {
      let cut = -1;
      for (let i = t.word.length - 2; i >= 0 && cut < 0; i--) if (stopIs(r, t.word.charAt(i), 'verb')) cut = i;
      if (cut >= 0) {
        parts.unshift(t.word.slice(cut + 1));
        start = t.start + cut + 1;
        break;
      }
    }
    // "矫梅燕率|海河流域检查组": an unknown word ending in a verb is the sentence, not the name.
    if (t.tag === 'x' && stopIs(r, t.word.slice(-1), 'verb')) break;
    // Companies may hold a verb ("皮革制造公司"), but only after a common noun ("从细|抓好|学校" is no name,
    // "非洲|建立|分行" is the sentence).
    const before = view.tokens[view.tokenAt[t.start - 1] ?? -1];
    const nounBefore = before !== undefined && /^(?:n|nz|nt|nr|x|vn|j)$/.test(before.tag) && !stopIs(r, before.word, 'verb') && !isPlaceName(before.word);
    // …and not before a place ("后调|西安|美术学院", "属于|埃及|国家石油公司": the verb is the sentence's).
    // "控股" (tagged v) is the holding company's own word: "吉利控股集团", "洛阳控股集团" after a place.
    const verbLike = /^(?:v|vd|vg)$/.test(t.tag) && !(kind === 'named' && t.word === '控股') && (kind !== 'named' || !nounBefore || parts.length > 0);
    // "退役|军人事务局", "行政|审批|服务局", "卫生|健康|委员会": the body's own work, not the sentence's verb.
    const work = isWorkWord(t.word);
    // "主办单位|中国|国际象棋协会": a generic word before the place that starts the name ends it.
    if (stopIs(r, t.word, 'generic') && isMajorPlaceName(parts[0] ?? '')) break;
    // "市公安局|高新|分局": right after a body, a word jieba tags as an adverb or adjective names its unit.
    const unitName = !verbLike && /^(?:d|ad|a)$/.test(t.tag) && orgEndingAt.has(t.start) && parts.length === 0 && (kind === 'sub' || kind === 'dept');
    // jieba tags grains m ("大米", read as 大 + the measure 米): no amount ("响水大米专业合作社").
    const amount = t.tag === 'm' && !GRAIN.test(t.word);
    // "老达保|快乐|拉祜演艺有限责任公司": an adjective between proper names inside a company's registered name.
    const adjectiveInName = kind === 'named' && t.tag === 'a' && parts.length > 0 && COMPANY_FORM.test(norm.slice(from, from + 4)) && /^(?:x|nz|ns|nr)$/.test(before?.tag ?? '') && before?.end === t.start && (before?.word.length ?? 0) >= 2;
    if (!unitName && !work && !adjectiveInName && t.word.length >= 2 && (verbLike || /^(?:d|ad|a)$/.test(t.tag) || amount) && !isPlaceName(t.word) && !ORDINAL.test(t.word) && !(BATCH.test(t.word) && BATCH_TEAM.test(norm.slice(from, from + 3)))) {
      // "国务院|扶贫|开发|领导小组", "市|疫情|防控|指挥部": a task named by verbs, right after its body or place.
      // "重庆|酒类|专卖|局", "市场|监督|管理|局": an office named by what it does, anchored by a place.
      const office = parts.length === 0 && /^[局处所站办]/.test(norm.slice(from, from + 1));
      const reach = verbLike && kind === 'dept' && (TASK_BODY.test(norm.slice(from, from + 6)) || office) ? taskNameStart(r, view, blocked, t.start, orgEndingAt) : -1;
      if (reach < 0) break;
      parts.unshift(norm.slice(reach, start));
      start = reach;
      const prevOrg = orgEndingAt.get(start);
      if (prevOrg !== undefined) return { start, parts, nestedIn: prevOrg };
      continue;
    }
    if (from - t.start > MAX_NAME) break;
    if (nounBeforeLoneLevel(view, t, start, parts)) break;
    // "1965年|清华大学", "十五名|山东轻工学院", "第四十七届|国际新闻学会": a date or a count before the name.
    if (COUNT_OR_DATE.test(t.word) && /^(?:m|mq|q|t|x|d)$/.test(t.tag)) break;
    // "7月22|日|中国银行": the day of a date jieba cut from its number (not 日 of "新|日|铁").
    if (/^[日月]$/.test(t.word) && /[\d０-９一二三四五六七八九十]$/.test(norm.slice(0, t.start))) break;
    // "官井村|赛优牧业有限公司", "伊犁州|伊犁宾馆": a village, or a place right before a place, is not
    // part of a company's name.
    // A country, province or city named short before it does belong: "山东|青岛大学", "上海|华东医院".
    // …but a village's own school, clinic or museum carries its name (丁村民俗博物馆, 石门村小学).
    // …and so does a city before a school or hospital named after a district of it ("宜昌市|夷陵|中学",
    // "长沙市|雨花区|砂子塘小学"),
    // unlike a place before its own short form ("伊犁州|伊犁宾馆").
    const districtSchool = PUBLIC_INSTITUTION.test(norm.slice(from, from + 3)) && !(parts[0] ?? '').startsWith(t.word.slice(0, 2));
    // …and a company's registered name opens with its city or county written in full, whatever
    // place its brand names ("宁安市|响水|米业有限公司"), unless it is the brand's own place ("伊犁州|伊犁…").
    // One division only: "黑龙江省|牡丹江市煤气公司" keeps the province apart.
    const registered = COMPANY_FORM.test(norm.slice(from, from + 4)) && !(parts[0] ?? '').startsWith(t.word.slice(0, 2)) && !/[省市县区州旗盟]$/.test(parts[0] ?? '');
    if (kind === 'named' && ((t.word.endsWith('村') && COMPANY_FORM.test(norm.slice(from, from + 4))) || (isMajorPlaceName(t.word) && isMajorPlaceName(parts[0] ?? '') && /[省市县区州旗盟]$/.test(t.word) && !districtSchool && !registered))) break;
    parts.unshift(t.word);
    start = t.start;
    // "轻取|湖北|男排": a team's or delegation's name starts at its place.
    if (kind === 'team' && isMajorPlaceName(t.word)) {
      // "法国|波尔多队", "深圳|平安队": a place right before the place belongs to the name.
      const country = view.tokens[view.tokenAt[start - 1] ?? -1];
      if (country && !blocked.has(start - 1) && isMajorPlaceName(country.word)) { parts.unshift(country.word); start = country.start; }
      break;
    }
  }
  // "敖勒召/其/镇巴|音乌素嘎查党支部": jieba cut a township's full name so that the walk stopped inside it.
  // The name's first part is then that division, and the rest of the word it cut ("巴").
  const across = divisionAcross(view, blocked, start, from);
  if (across) {
    const rest = (parts[0] ?? '').slice(across.end - start);
    parts.splice(0, 1, norm.slice(across.start, across.end), ...(rest ? [rest] : []));
    start = across.start;
  }
  return { start, parts, nestedIn: -1 };
}

/** A province, city or county standing for "this one", which opens a body's name on its own ("向|市|政府", "向|县政府"). */
const LONE_LEVEL = /^[省市县]$/;

/**
 * "书面|报告|市|人大常委会", "通报|县政府": before a level word that starts a word of jieba, a word that is no place
 * (a noun or verb of the sentence) is not part of the body's name; "临汾|市|政府" keeps its city.
 */
function nounBeforeLoneLevel(view: TextView, t: { word: string; tag: string; end: number }, start: number, parts: string[]): boolean {
  const level = view.tokens[view.tokenAt[start] ?? -1];
  return t.end === start && LONE_LEVEL.test(parts[0] ?? '') && level?.start === start
    && t.word.length >= 2 && /^(?:n|vn|v|nz|a|d)$/.test(t.tag) && !isPlaceName(t.word);
}

/** A two-character word ending in 为 ("华为") glued to a name jieba guessed before it ("王卫"): 为 is "as", as in 任命…为. */
export function asAfterName(view: TextView, t: { word: string; start: number }): boolean {
  const before = view.tokens[view.tokenAt[t.start - 1] ?? -1];
  return t.word.length === 2 && t.word.endsWith('为') && before !== undefined && before.end === t.start && /^(?:x|nr|nrfg)$/.test(before.tag);
}

/** A division's full name (3 to 8 characters) that starts before `at` and ends one to three characters after it, before `limit`. */
function divisionAcross(view: TextView, blocked: SpanMask, at: number, limit: number): { start: number; end: number } | null {
  const norm = view.doc.norm;
  for (let s0 = Math.max(0, at - 7); s0 < at; s0++) {
    if (blocked.touches(s0, at)) continue;
    for (let e0 = Math.min(limit, at + 3, s0 + 8); e0 > at; e0--) if (e0 - s0 >= 3 && isFullPlaceNameAt(norm, s0, e0)) return { start: s0, end: e0 };
  }
  return null;
}

/**
 * Where a task name made of verbs and nouns ("扶贫开发", "疫情防控") starts, when a body or a place
 * stands right before it; else -1. `at` is the start of the verb nearest the suffix.
 */
function taskNameStart(r: OrgRules, view: TextView, blocked: SpanMask, at: number, orgEndingAt: Map<number, number>): number {
  const verb = view.tokens[view.tokenAt[at] ?? -1];
  if (!verb || stopIs(r, verb.word, 'verb')) return -1;
  let start = at;
  for (let n = 0; n < 4 && start > 0; n++) {
    if (orgEndingAt.has(start)) return start;
    const t = view.tokens[view.tokenAt[start - 1] ?? -1];
    if (!t || blocked.has(start - 1) || !isAllHan(t.word)) return -1;
    if (isLevelWord(r, t.word) || (isPlaceName(t.word) && listedPlaces().get(t.word) !== 'poi')) return t.start;
    // "县|矛盾/an|纠纷|调处|化解|中心": a noun jieba tags as an adjective names the task too.
    if (STOP_TAGS.has(t.tag) || stopIs(r, t.word, 'verb') || stopIs(r, t.word, 'generic') || !/^(?:v|vn|n|an|nz|x)$/.test(t.tag)) return -1;
    start = t.start;
  }
  return orgEndingAt.has(start) ? start : -1;
}

/**
 * The word before "和" is a two-character noun that no body ends in ("资源和", not "市委和",
 * "政府和", "研究所和"): a list of two bodies is no single name.
 */
function innerAnd(r: OrgRules, view: TextView, at: number): boolean {
  const before = view.tokens[view.tokenAt[at - 1] ?? -1];
  if (before === undefined || before.word.length < 2 || (!/^(?:n|vn|nz|l|an)$/.test(before.tag) && !isWorkWord(before.word))) return false;
  // "加工企业|和|烘干中心", "部门|和|单位": a kind of body before 和 starts a list of bodies.
  // A task word is none ("文化广电体育|和|旅游局": 体育 is also a kind, as in 体育学校).
  if (stopIs(r, before.word, 'generic') || (stopIs(r, before.word, 'type') && !isWorkWord(before.word))) return false;
  return !endsInSuffix(r, before.word);
}

/**
 * A lone character before `at` that may start a name with 和 ("仁和", "平和"): a proper-name or
 * unknown character, not a level or unit word, a verb or a kind of thing ("学校和医院" is a list).
 */
function oneCharacterName(r: OrgRules, view: TextView, at: number): boolean {
  const before = view.tokens[view.tokenAt[at - 1] ?? -1];
  return before !== undefined && before.end === at && before.word.length === 1 && isHan(before.word) && /^(?:ng|nr|x|zg|a)$/.test(before.tag)
    && !/^[省市县区镇乡村州旗]$/.test(before.word) && !stopIs(r, before.word, 'verb') && !stopIs(r, before.word, 'generic');
}

const TOWN_OR_VILLAGE = /(?:镇|乡|村|街道|社区)$/u;

/**
 * What before `at` makes a following 和县 the conjunction and a county body: a body's name ("县卫健局"),
 * a town's or village's unit (石门镇/ns, 沟镇/x, 黑|竹|沟|镇/n; not the verb 坐镇/v), or a kind of body
 * or place ("种植基地"): a list goes on after each.
 */
function listGoesOnAfter(r: OrgRules, view: TextView, at: number): boolean {
  const before = view.tokens[view.tokenAt[at - 1] ?? -1];
  if (before === undefined) return false;
  return (before.word.length >= 2 && endsInSuffix(r, before.word))
    || (!before.tag.startsWith('v') && TOWN_OR_VILLAGE.test(view.doc.norm.slice(Math.max(0, at - 2), at)))
    || (before.end === at && stopIs(r, before.word, 'type'));
}

function endsInSuffix(r: OrgRules, word: string): boolean {
  return [1, 2, 3, 4].some((n) => { const k = r.kinds.get(word.slice(-n)); return k !== undefined && k !== 'level'; });
}

