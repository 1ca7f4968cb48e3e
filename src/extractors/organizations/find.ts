/**
 * Organisation names found from their last characters ("局", "领导小组", "有限公司") by walking back
 * over jieba's tokens to where the name starts, and named bodies matched whole ("国务院", "中央").
 * Nested names become one ("市公安局" + "交警支队" → "市公安局交警支队"), joint forms stay apart
 * ("市委" + "市政府"), and the body inside a title is kept ("临汾市委|副书记").
 */
import { isHan } from '../_han.js';
import type { PairMap } from '../_char-tables.js';
import { isMajorPlaceName, isPlaceName, listedPlaces } from '../locations/place-names.js';
import type { SpanMask, TextView } from '../locations/text-view.js';

export type OrgKind = 'body' | 'parent' | 'gov' | 'dept' | 'named' | 'team' | 'sub' | 'level';
export type OrgStop = 'generic' | 'type' | 'verb' | 'token' | 'whole';

export interface OrgRules {
  kinds: Map<string, OrgKind>;
  suffixRe: RegExp;
  bodies: Map<string, number>;
  bodyPrefixes: PairMap<number>;
  /** Bodies whose local committees follow their name ("共青团|临江市委", "九三学社|中央"). */
  parents: Set<string>;
  stops: Map<string, Set<OrgStop>>;
  posts: Set<string>;
}

export interface OrgHit { start: number; end: number; rule: string }

const STOP_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'rr', 'rz', 'y', 'e', 'o', 'w', 'title', 'slogan', 't']);
const MAX_NAME = 20;

const stopIs = (r: OrgRules, w: string, k: OrgStop) => r.stops.get(w)?.has(k) ?? false;
const isLevelWord = (r: OrgRules, w: string) => r.kinds.get(w) === 'level';
/** A level word written from `at` whatever jieba's cuts: "经|开|区" is 经开区, so its 经 is no verb. */
const startsLevelWord = (r: OrgRules, norm: string, at: number) => [2, 3, 4].some((n) => isLevelWord(r, norm.slice(at, at + n)));

/** True when the text from `at` to the end of its token is an office post ("市委书记" → 书记). */
function postFollows(r: OrgRules, view: TextView, at: number): boolean {
  const t = view.tokens[view.tokenAt[at] ?? -1];
  return t !== undefined && r.posts.has(view.doc.norm.slice(at, t.end));
}

/**
 * May a name end at `end` though jieba's token runs on? Yes before a post ("临汾市委|书记"), when the
 * post shares the last character ("组织部|长" of "组织部长"), and when an unknown word glued a verb
 * to the name ("检查组|到").
 */
function endsHere(r: OrgRules, view: TextView, end: number): boolean {
  if (view.boundary[end] || postFollows(r, view, end)) return true;
  const t = view.tokens[view.tokenAt[end] ?? -1];
  if (!t) return false;
  // Only when a unit name precedes the post inside the title: "组织部长" yes, "副局长" no.
  const unit = view.doc.norm.slice(t.start, end - 1);
  if (t.tag === 'title' && unit.length >= 2 && !/^(?:第一|正)|副|常务|^(?:政治|主任|执行)$/.test(unit) && !unit.endsWith(view.doc.norm.charAt(end - 1)) && r.posts.has(view.doc.norm.slice(end - 1, t.end))) return true;
  // "国防部|长" read as one noun ("国防部长/n"): the body before a post of its own.
  if (t.start <= end - 3 && t.end === end + 1 && t.tag === 'n' && view.doc.norm.charAt(end) === '长' && /[^部]部$/.test(view.doc.norm.slice(t.start, end))) return true;
  // "政协|党组成员": membership of the body the name ends with.
  if (t.tag === 'title' && /^(?:成员|委员)$/.test(view.doc.norm.slice(end, t.end))) return true;
  // "罗马尼亚|队以", "苏格兰|队后": a one-character suffix glued to the word after it.
  if (t.tag === 'x' && t.start === end - 1 && t.end === end + 1 && /^[以后进在对与和的是将把被从向也都又作为召已正要等均]$/.test(view.doc.norm.charAt(end))) return true;
  return t.tag === 'x' && t.end === end + 1 && stopIs(r, view.doc.norm.slice(end, end + 1), 'verb');
}

/** A year, a count of people or a term: "1998年度", "252名", "五千余位", "第四十七届". */
const COUNT_OR_DATE = /^(?:[\d０-９一二三四五六七八九十百千万余多第]+(?:年度?|名|位|届|日|月)|年度?|名|届)$/;

/** A numbering word inside a name ("第三中学", "一中"), not a count. */
const ORDINAL = /^(?:第[一二三四五六七八九十百零〇\d]+|[一二三四五六七八九十]+)$/;

/** Bodies set up for a task, whose names hold verbs ("扶贫开发领导小组", "疫情防控指挥部"). */
const TASK_BODY = /^(?:领导小组|工作小组|小组|工作组|指挥部|总指挥部|办公室|专班|委员会|中心|指挥中心)/;

/** Bodies a state names after itself: ministries, parliaments, cabinets, parties, central banks. */
const FOREIGN_STYLE_BODY = /(?:部|院|会|议会|内阁|国会|杜马|政府|党|银行|央行|总署|署|省|厅|政协|人大)$/;
/** "九届全国人大", "第四、五届全国政协": a legislature named with its term. */
const TERM = /(?:第?[一二三四五六七八九十]+(?:、[一二三四五六七八九十]+)*届)$/;

/** Named bodies as whole words, longest first. */
function findBodies(r: OrgRules, view: TextView, blocked: SpanMask): OrgHit[] {
  const norm = view.doc.norm;
  const out: OrgHit[] = [];
  for (let pos = 0; pos < norm.length - 1; pos++) {
    if (!view.boundary[pos] || blocked.has(pos)) continue;
    const max = r.bodyPrefixes.at(norm, pos);
    if (max === undefined) continue;
    for (let len = Math.min(max, norm.length - pos); len >= 2; len--) {
      const end = pos + len;
      if (!r.bodies.has(norm.slice(pos, end))) continue;
      if (!endsHere(r, view, end) || stopIs(r, norm.slice(pos, pos + 4), 'whole')) continue;
      // "市人大", "聊城市人大": a body named after a place is found by its suffix, whole.
      const before = view.tokens[view.tokenAt[pos - 1] ?? -1];
      if (r.kinds.has(norm.slice(pos, end)) && before && (isLevelWord(r, before.word) || isPlaceName(before.word))) break;
      // "王|海军", "李|中央": a surname before it makes the word a given name.
      if (before && before.end === pos && before.word.length === 1 && /^nr/.test(before.tag)) break;
      // "基|民盟": a two-character abbreviation after a lone character it belongs with (Germany's CDU).
      if (len === 2 && r.parents.has(norm.slice(pos, end)) && before && before.end === pos && before.word.length === 1 && isHan(before.word) && /^(?:a|ag|ng|x|j)$/.test(before.tag)) break;
      // "巴基斯坦|外交部", "美国|国会", "中国|外交部": a state's own body is named with the state.
      const state = before && before.end === pos && !blocked.has(pos - 1) ? listedPlaces().get(before.word) : undefined;
      const body = norm.slice(pos, end);
      const own = (state === 'foreign' && !/^(?:联合国|国际|世界|欧盟|欧洲|北约|亚太)/.test(body)) || (before?.word === '中国' && FOREIGN_STYLE_BODY.test(body));
      const start = before && own ? before.start : pos;
      const term = /(?:人大|政协|人大常委会)$/.test(norm.slice(pos, end)) ? TERM.exec(norm.slice(Math.max(0, start - 12), start)) : null;
      out.push({ start: term ? start - term[0].length : start, end, rule: 'named body' });
      pos = end - 1;
      break;
    }
  }
  return out;
}

interface Walk { start: number; parts: string[]; nestedIn: number }

/** Walks back from `from` over tokens that may belong to a name; stops at a previous organisation. */
function walkBack(r: OrgRules, view: TextView, blocked: SpanMask, from: number, kind: OrgKind, orgEndingAt: Map<number, number>): Walk {
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
    const t = view.tokens[view.tokenAt[start - 1] ?? -1];
    // Latin letters inside a company's name ("红桃|k|集团"), not at its start.
    const latin = kind === 'named' && t !== undefined && /^[a-zA-Z]{1,4}$/.test(t.word) && isHan(norm.charAt(t.start - 1));
    if (!t || blocked.has(start - 1) || (!latin && ![...t.word].every((c) => isHan(c)))) break;
    // "自然资源和规划局", "住房和城乡建设局": 和 inside a department's name, between two nouns.
    const inner = t.word === '和' && kind !== 'named' && parts.length > 0 && !isLevelWord(r, (parts[0] ?? '').slice(0, 1)) && innerAnd(view, t.start);
    // jieba tags "青年", "老年" as times; in a name they are who the body serves ("务工青年协会").
    // …and "现代", "当代" as what kind of thing it is ("现代服务业合作区", "当代艺术馆").
    const people = t.tag === 't' && /^(?:青年|少年|老年|儿童|妇女|现代|当代)$/.test(t.word);
    if (!inner && !people && (STOP_TAGS.has(t.tag) || stopIs(r, t.word, 'verb') || (stopIs(r, t.word, 'token') && !startsLevelWord(r, norm, t.start)) || (t.word.length >= 2 && r.posts.has(t.word)))) break;
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
    // Companies may hold a verb ("皮革制造公司"), but only after a noun ("从细|抓好|学校" is no name).
    const before = view.tokens[view.tokenAt[t.start - 1] ?? -1];
    const nounBefore = before !== undefined && /^(?:n|nz|ns|nt|nr|x|vn|j)$/.test(before.tag) && !stopIs(r, before.word, 'verb');
    // …and not before a place ("后调|西安|美术学院", "属于|埃及|国家石油公司": the verb is the sentence's).
    const verbLike = /^(?:v|vd|vg)$/.test(t.tag) && (kind !== 'named' || !nounBefore || parts.length > 0);
    // "主办单位|中国|国际象棋协会": a generic word before the place that starts the name ends it.
    if (stopIs(r, t.word, 'generic') && isMajorPlaceName(parts[0] ?? '')) break;
    // "市公安局|高新|分局": right after a body, a word jieba tags as an adverb or adjective names its unit.
    const unitName = !verbLike && /^(?:d|ad|a)$/.test(t.tag) && orgEndingAt.has(t.start) && parts.length === 0 && (kind === 'sub' || kind === 'dept');
    if (!unitName && t.word.length >= 2 && (verbLike || /^(?:d|ad|a|m)$/.test(t.tag)) && !isPlaceName(t.word) && !ORDINAL.test(t.word)) {
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
    // "1965年|清华大学", "十五名|山东轻工学院", "第四十七届|国际新闻学会": a date or a count before the name.
    if (COUNT_OR_DATE.test(t.word) && /^(?:m|mq|q|t|x)$/.test(t.tag)) break;
    // "官井村|赛优牧业有限公司", "伊犁州|伊犁宾馆": a village, or a place right before a place, is not
    // part of a company's name.
    if (kind === 'named' && (t.word.endsWith('村') || (isMajorPlaceName(t.word) && isMajorPlaceName(parts[0] ?? '')))) break;
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
  return { start, parts, nestedIn: -1 };
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
    if (!t || blocked.has(start - 1) || ![...t.word].every((c) => isHan(c))) return -1;
    if (isLevelWord(r, t.word) || (isPlaceName(t.word) && listedPlaces().get(t.word) !== 'poi')) return t.start;
    if (STOP_TAGS.has(t.tag) || stopIs(r, t.word, 'verb') || stopIs(r, t.word, 'generic') || !/^(?:v|vn|n|nz|x)$/.test(t.tag)) return -1;
    start = t.start;
  }
  return orgEndingAt.has(start) ? start : -1;
}

/** The word before "和" is a two-character noun that no body ends in ("资源和", not "市委和"). */
function innerAnd(view: TextView, at: number): boolean {
  const before = view.tokens[view.tokenAt[at - 1] ?? -1];
  return before !== undefined && before.word.length >= 2 && /^(?:n|vn|nz|l)$/.test(before.tag);
}

/**
 * "一家|炼油厂", "著名的|啤酒厂", "到|美容学校": one common noun before the suffix, after a count,
 * a particle or a verb, names a kind of institution, not one of them.
 */
function genericKind(view: TextView, start: number, suffixStart: number, end: number): boolean {
  const name = view.tokens[view.tokenAt[start] ?? -1];
  if (!name || name.start !== start || (name.end !== suffixStart && name.end !== end) || !/^(?:n|vn|v)$/.test(name.tag) || isPlaceName(name.word)) return false;
  // "市中心|医院": a longer word led by a level word names that city's body, not a kind ("市场|公司" is one).
  if (name.word.length >= 3 && /^[省市县区镇乡]/.test(name.word)) return false;
  const before = view.tokens[view.tokenAt[start - 1] ?? -1];
  return before === undefined || /^(?:uj|ul|m|q|mq|a|c|p|v|x)$/.test(before.tag) && !/\p{Script=Han}{3,}/u.test(before.word);
}

/**
 * "钱|存入|银行", "利用|职权|迫使|银行", "黄某|儿子|考上|大学": a plain verb before the suffix with no
 * proper name anywhere before it is the sentence, not a name ("临江|皮革|制造|公司" has its place).
 */
/** Words that make a name as proper as a place does ("国际|清算|银行", "世界|知识|出版社"). */
const SCOPE_WORD = /^(?:国际|世界|全国|国家|中华|中央|全球|亚洲|欧洲)$/;
function verbWithoutProperName(view: TextView, start: number, suffixStart: number): boolean {
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
function acceptable(r: OrgRules, kind: OrgKind, suffix: string, parts: string[], nested: boolean): boolean {
  const name = parts.join('');
  const first = parts[0] ?? '';
  // "情况|和|合作中心": a name does not start at a conjunction; "4|家子公司", "这所纪念馆": nor at a count.
  // "镇级污水处理厂", "县级医院": a level of body, not a body.
  if (/^[省市县区镇乡村]级/.test(name)) return false;
  if (first === '和' || (/^(?:[家座场间所个各这那该此每几两]|整个|全国性|前[一二三四五六七八九十])/.test(name) && !isPlaceName(first))) return false;
  // "清华大学|电机系", "国家旅游局|管理司": a unit inside a body exists only right after it.
  if (kind === 'sub') return nested && continuesBody(r, kind, parts);
  // "中国人民银行|代表团": a delegation right after its body.
  if (kind === 'team' && nested && parts.length === 0) return true;
  // "奥地利等队": a list of teams, not one.
  if (kind === 'team' && name.includes('等')) return false;
  // "中国队", "辽宁男篮", "扬州市党政代表团": a team or delegation is named after a place.
  if (kind === 'team') return isMajorPlaceName(first) || [2, 3, 4].some((n) => first.length > n && isMajorPlaceName(first.slice(0, n)));
  // "美国政府", "中国政府" name a state, not a body the way "临汾市政府" does; "意大利公司" is any of its firms.
  if ((suffix === '政府' || suffix === '公司' || suffix === '企业') && parts.length === 1 && listedPlaces().has(first)) return false;
  // "万科|企业股份有限公司": a company's legal form after its short name.
  if (kind === 'named' && nested && continuesBody(r, kind, parts)) return true;
  if (parts.length && (stopIs(r, first, 'generic') || parts.every((p) => stopIs(r, p, 'generic') || stopIs(r, p, 'type')))) return false;
  if (nested && continuesBody(r, kind, parts)) return true;
  if (kind === 'gov') return startsWithPlaceOrLevel(r, parts);
  if (kind === 'dept') return name.length >= 2 || startsWithPlaceOrLevel(r, parts);
  return name.length >= 2;
}

/**
 * Does a name right after another body continue it? "市公安局|交警支队", "农业银行|临汾分行" yes;
 * "市委|市政府", "县委|县政府" (a level word), "市委|临汾市政府" (a place before a party or
 * government body) are joint forms: two bodies.
 */
function continuesBody(r: OrgRules, kind: OrgKind, parts: string[]): boolean {
  const first = parts[0] ?? '';
  if (first === '') return true;
  if (isLevelWord(r, first) || isLevelWord(r, first.slice(0, 1))) return false;
  return !(kind === 'gov' && isPlaceName(first));
}

function startsWithPlaceOrLevel(r: OrgRules, parts: string[]): boolean {
  const first = parts[0] ?? '';
  if (first === '') return false;
  if (isLevelWord(r, first) || isPlaceName(first)) return true;
  // A place jieba split in pieces: "第八|师|党委" (a 兵团 division), "一二一|团|党委".
  for (let n = 2, joined = first; n <= Math.min(parts.length, 3); n++) if (isPlaceName((joined += parts[n - 1] ?? ''))) return true;
  // jieba may join the level word to what follows ("市新冠", "师党办") or split it ("经|开|区管委会").
  const name = parts.join('');
  return [1, 2, 3].some((n) => isLevelWord(r, name.slice(0, n)));
}

function trySuffix(r: OrgRules, view: TextView, blocked: SpanMask, suffix: string, s: number, e: number, inBody: Uint8Array,
  orgEndingAt: Map<number, number>, hits: (OrgHit | null)[], bodyAt: Map<number, number>): OrgHit | null {
  const norm = view.doc.norm;
  const kind = r.kinds.get(suffix) as OrgKind;
  if (blocked.touches(s, e) || anySet(inBody, s, e)) return null;
  const covering = view.tokens[view.tokenAt[e - 1] ?? -1];
  // "部署", "一处", "广大干部": a word that merely ends like a body; "一网通办": a slogan's last character.
  if (covering?.tag === 'slogan' && covering.start < s) return null;
  // "市政协委员": 委 begins the post 委员 (a member), so the body is 市政协, not 市政协委.
  if (suffix === '委' && norm.startsWith('委员', s) && !norm.startsWith('委员会', s)) return null;
  if (covering && covering.end === e && covering.start < s && (stopIs(r, covering.word, 'whole') || stopIs(r, norm.slice(e - 2, e), 'whole')
    || (suffix.length === 1 && /^(?:v|vn|vd|m|q|d|a|ad)$/.test(covering.tag)))) return null;
  // "农民办企业", "学会使用": the suffix word used as a verb.
  if (covering && covering.start === s && covering.end === e && /^(?:v|vd|vn)$/.test(covering.tag) && kind !== 'named' && kind !== 'sub') return null;
  // "新华社莫斯科", "阿克谢年科": a one-character unit that ends a place or a person's name is part of that name.
  if (kind === 'sub' && covering && covering.start < s && (suffix.length === 1 || /^(?:ns|nr|nrt|nrfg|x)$/.test(covering.tag))) return null;
  if (!endsHere(r, view, e)) return null;
  // "上街大学城", "大学园区": a place named after the schools, not a school.
  if (/^(?:城|园区)/.test(norm.slice(e, e + 2)) && /(?:大学|学院)$/.test(suffix)) return null;
  // "市政府中心工作", "党委中心组": 中心 as "central", not a body.
  // Not "疾控中心|工作人员": the staff of the body.
  if (suffix === '中心' && /^(?:工作(?!人员)|组|任务|环节|城区|城市)/.test(norm.slice(e, e + 4))) return null;
  const walk = walkBack(r, view, blocked, s, kind, orgEndingAt);
  const nested = walk.nestedIn >= 0;
  if (!acceptable(r, kind, suffix, walk.parts, nested)) return null;
  if (!nested && kind === 'named' && (genericKind(view, walk.start, s, e) || verbWithoutProperName(view, walk.start, s))) return null;
  let start = walk.start;
  if (nested && continuesBody(r, kind, walk.parts)) {
    // "市公安局" + "交警支队": one body. The inner one gives way to the whole.
    const inner = hits[walk.nestedIn];
    if (inner) start = inner.start;
    hits[walk.nestedIn] = null;
    // "深圳|万科|企业股份有限公司": the place before a company known by its short name belongs to the whole.
    const prev = view.tokens[view.tokenAt[start - 1] ?? -1];
    if (kind === 'named' && prev && prev.end === start && !blocked.has(start - 1) && isMajorPlaceName(prev.word)) start = prev.start;
  }
  // A named body found whole at the same place ("国务院") already covers this.
  const body = bodyAt.get(start);
  if (body !== undefined && hits[body] && (hits[body] as OrgHit).end >= e) return null;
  return { start, end: e, rule: `name ending in ${suffix}` };
}

/** Is any of flags[start, end) set? A loop, not a subarray view per suffix match. */
function anySet(flags: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (flags[i] === 1) return true;
  return false;
}

export function findOrganizations(r: OrgRules, view: TextView, blocked: SpanMask): OrgHit[] {
  const norm = view.doc.norm;
  const hits: (OrgHit | null)[] = [];
  const orgEndingAt = new Map<number, number>();
  for (const b of findBodies(r, view, blocked)) {
    orgEndingAt.set(b.end, hits.length);
    hits.push(b);
  }
  const bodyAt = new Map<number, number>();
  hits.forEach((h, i) => h && bodyAt.set(h.start, i));
  const inBody = new Uint8Array(norm.length);
  for (const h of hits) if (h) inBody.fill(1, h.start, h.end);
  r.suffixRe.lastIndex = 0;
  for (let m = r.suffixRe.exec(norm); m; m = r.suffixRe.exec(norm)) {
    const s = m.index;
    const e = s + m[0].length;
    const hit = trySuffix(r, view, blocked, m[0], s, e, inBody, orgEndingAt, hits, bodyAt);
    // A rejected suffix may hide a shorter one inside it ("第三中学": 三中 ✗, 中学 ✓).
    if (!hit) { r.suffixRe.lastIndex = s + 1; continue; }
    orgEndingAt.set(hit.end, hits.length);
    hits.push(hit);
  }
  return joinLocalCommittees(r, norm, hits.filter((h): h is OrgHit => h !== null && h.end - h.start >= 2));
}

/** "共青团|临江市委", "民盟|市委", "九三学社|中央": a national body and its committee right after it are one body. */
function joinLocalCommittees(r: OrgRules, norm: string, hits: OrgHit[]): OrgHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  const out: OrgHit[] = [];
  for (const h of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.end === h.start && r.parents.has(norm.slice(prev.start, prev.end)) && /(?:委|中央)$/.test(norm.slice(h.start, h.end))) {
      out[out.length - 1] = { start: prev.start, end: h.end, rule: `${prev.rule} + local committee` };
    } else out.push(h);
  }
  return out;
}
