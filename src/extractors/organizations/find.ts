/**
 * Organisation names found from their last characters ("局", "领导小组", "有限公司") by walking back
 * over jieba's tokens to where the name starts, and named bodies matched whole ("国务院", "中央").
 * Nested names become one ("市公安局" + "交警支队" → "市公安局交警支队"), joint forms stay apart
 * ("市委" + "市政府"), and the body inside a title is kept ("临汾市委|副书记").
 */
import { isAllHan, isHan } from '../_han.js';
import { isFullPlaceName, isMajorPlaceName, isPlaceName, listedPlaces } from '../locations/place-names.js';
import type { SpanMask, TextView } from '../locations/text-view.js';
import { acceptable, properNameStart, continuesBody, genericKind, verbWithoutProperName } from './accept.js';
import { isLevelWord, stopIs, type OrgHit, type OrgKind, type OrgRules } from './rules.js';
import { findSourceAccounts, findTitledMedia } from './media.js';
import { asAfterName, walkBack, type Walk } from './walk.js';
import { loadWordSet } from '../../lexicon/load.js';
import { findSportsTeams } from './teams.js';
import { anySet, findGroupsOfStates, findKnownNames, findQuotedNames, findShortNames } from './named-forms.js';
import { PARTY_COMMISSION, appointedAs, congressBefore, endsHere, officeAfterLevel, partyCommitteeBefore } from './ends.js';
import { scratchBytes } from '../../pipeline/scratch.js';

let surnameSet: Set<string> | null = null;
const surnames = (): Set<string> => (surnameSet ??= loadWordSet('surnames.txt'));
/** Lengths of the facility endings of stop/organizations.txt checked where a suffix ends a body. */
const PLACE_LIKE_LENGTHS = [3, 4, 6];

export type { OrgHit, OrgKind, OrgRules, OrgStop } from './rules.js';

/** What may stand before a level character that starts a body's name: a preposition, a conjunction, punctuation. */
const GLUED_LEVEL_BEFORE = /^[^\p{Script=Han}]|[对在向从和与及到为由把被给将经据]$/u;

/** "第三大", "两大", "最大": a rank or a count of the largest bodies inside what would be a name. */
const RANK = /(?:第[一二三四五六七八九十\d]+|[两二三四五六七八九十]|最)大(?!学|厦|道|街|桥|队|会|酒店|饭店|剧院)/;

/** A prefecture's party committee or office, a body named bare (地委委员) that its prefecture may open (阿里地委). */
const PREFECTURE_BODY = /^(?:地委|行署)$/;

/** Bodies a state names after itself: ministries, parliaments, cabinets, parties, central banks. */
const FOREIGN_STYLE_BODY = /(?:部|院|会|议会|内阁|国会|杜马|政府|党|银行|央行|总署|署|省|厅|政协|人大)$/;
/** A numbered formula, numeral + word + numeral + word: "一区三中心", "两站一中心" (not "九一八纪念馆"). */
const NUMBERED_FORMULA = /^[一二三四五六七八九十两百千万]+[^一二三四五六七八九十两百千万]{1,2}[一二三四五六七八九十两百千万]+[^一二三四五六七八九十两百千万]{1,3}$/u;
/** "九届全国人大", "第四、五届全国政协": a legislature named with its term. */
const TERM = /(?:第?[一二三四五六七八九十]+(?:、[一二三四五六七八九十]+)*届)$/;

/** A word that may name a party before a party jieba knows ("民族|民主党"): a noun, not a generic or a verb. */
function partyWord(r: OrgRules, t: { word: string; tag: string }): boolean {
  return t.word.length >= 2 && /^(?:n|nz|x|j)$/.test(t.tag) && isAllHan(t.word)
    && !(['generic', 'type', 'verb', 'whole', 'token'] as const).some((k) => stopIs(r, t.word, k)) && !r.posts.has(t.word);
}

/** Named bodies as whole words, longest first. */
function findBodies(r: OrgRules, view: TextView, blocked: SpanMask): OrgHit[] {
  const norm = view.doc.norm;
  const out: OrgHit[] = [];
  /** Surname + body word read as a person's name after a post ("段红军"): the name wherever it recurs. */
  const namesAfterPosts = new Set<string>();
  for (let pos = 0; pos < norm.length - 1; pos++) {
    if (!view.boundary[pos] || blocked.has(pos)) continue;
    const max = r.bodyPrefixes.at(norm, pos);
    if (max === undefined) continue;
    for (let len = Math.min(max, norm.length - pos); len >= 2; len--) {
      const end = pos + len;
      if (!r.bodyShapes.mayHave(norm, pos, len) || !r.bodies.has(norm.slice(pos, end))) continue;
      if (!endsHere(r, view, end) || stopIs(r, norm.slice(pos, pos + 4), 'whole') || (/^[镇乡]$/.test(norm.charAt(end)) && view.boundary[end + 1])) continue; // "红军|镇": a township
      // "市人大", "聊城市人大": a body named after a place is found by its suffix, whole.
      const before = view.tokens[view.tokenAt[pos - 1] ?? -1];
      if ((r.kinds.has(norm.slice(pos, end)) || PREFECTURE_BODY.test(norm.slice(pos, end))) && before && (isLevelWord(r, before.word) || isPlaceName(before.word))) break;
      // "澳门特区|筹委会", "大赛|组委会": a committee named by its task is found whole by its suffix too.
      if (r.kinds.has(norm.slice(pos, end)) && norm.endsWith('委会', end) && before && before.end === pos && isHan(before.word) && /^(?:n|nz|ns|nt|j|x|vn)$/.test(before.tag)) break;
      // "使我联想到", "汽车奔驰了": a company's short name that is also a verb, used as one.
      if (len === 2 && /^[了着过到]/.test(norm.charAt(end)) && !/^到(?:地方|基层)/.test(norm.slice(end, end + 3))) break;
      // "桥的中央。", "悬在正中央，", "路中央的树荫": the middle of something, not the party's centre.
      if (norm.slice(pos, end) === '中央' && /[正的路桥街场厅]$/.test(norm.slice(0, pos)) && /^(?:[，。、；！？,.;!?]|的|$)/.test(norm.slice(end, end + 1))) break;
      // "任命王卫|华为|市…副市长": a name ending in 华 before 为 ("as") of an appointment, not the company.
      if (asAfterName(view, { word: norm.slice(pos, end), start: pos }) && appointedAs(r, view, end)) break;
      // "王|海军", "李|中央": a surname before it makes the word a given name (jieba tags 刘 zg, not nr).
      if (before && before.end === pos && before.word.length === 1 && (/^nr/.test(before.tag) || (before.tag === 'zg' && surnames().has(before.word)))) break;
      // "副主席|段/q|红军", "书记|包/v|海军": so does any surname right after a post, and the same name again later.
      if (before && before.end === pos && before.word.length === 1 && surnames().has(before.word)
        && (view.tokens[view.tokenAt[pos - 2] ?? -1]?.tag === 'title' || namesAfterPosts.has(norm.slice(pos - 1, end)))) {
        namesAfterPosts.add(norm.slice(pos - 1, end));
        break;
      }
      // "基|民盟": a two-character abbreviation after a lone character it belongs with (Germany's CDU).
      if (len === 2 && r.parents.has(norm.slice(pos, end)) && before && before.end === pos && before.word.length === 1 && isHan(before.word) && /^(?:a|ag|ng|x|j)$/.test(before.tag)) break;
      // "巴基斯坦|外交部", "美国|国会", "中国|外交部": a state's own body is named with the state.
      const state = before && before.end === pos && !blocked.has(pos - 1) ? listedPlaces().get(before.word) : undefined;
      const body = norm.slice(pos, end);
      // "俄|外交部", "美|国会": a state's one-character abbreviation before its own body.
      const abbreviated = before !== undefined && before.end === pos && /^(?:j|ns)$/.test(before.tag) && r.stateAbbreviations.has(before.word);
      const own = ((state === 'foreign' || abbreviated) && !/^(?:联合国|国际|世界|欧盟|欧洲|北约|亚太)/.test(body))
        || (before?.word === '中国' && FOREIGN_STYLE_BODY.test(body))
        // "中共|中央统战部", "中共|十五大": the party's name before its organ.
        || (before?.word === '中共' && before.end === pos);
      let start = before && own ? before.start : pos;
      // "市人大|环资委", "州人大常委会|财经工委": a congress's special committee is named with the congress.
      if (start === pos && body.endsWith('委')) start = congressBefore(r, view, pos) ?? start;
      // "县委|政法委", "市委|政法委": a party committee's commission right after that committee is named with it.
      if (start === pos && PARTY_COMMISSION.test(body)) start = partyCommitteeBefore(r, view, blocked, pos) ?? start;
      // "北京市|社科院", "山西省|科协": a division written in full before a body known by name is its own.
      if (start === pos && before && before.end === pos && !blocked.has(pos - 1) && /[省市县区州旗]$/.test(before.word) && isFullPlaceName(before.word) && !listedPlaces().has(before.word)) start = before.start;
      // "对省|社科院", "和市|科协": a level character jieba glued to the word before names the body's level.
      if (start === pos && /^[省市县]$/.test(norm.charAt(pos - 1)) && !blocked.has(pos - 1) && (pos < 2 || GLUED_LEVEL_BEFORE.test(norm.charAt(pos - 2))) && !r.posts.has(body)) start = pos - 1;
      // "民族|民主党", "佛教|自由民主党": a party's name before the word jieba knows as one.
      if (!own && before && before.end === pos && body.endsWith('党') && body !== '共产党' && partyWord(r, before)) {
        start = before.start;
        const place = view.tokens[view.tokenAt[start - 1] ?? -1];
        if (place && place.end === start && !blocked.has(start - 1) && isMajorPlaceName(place.word)) start = place.start;
      }
      // "人民代表大会制度": the system, not a body.
      if (norm.startsWith('制度', end)) break;
      const term = /(?:人大|政协|人大常委会|人民代表大会|人民代表大会常务委员会)$/.test(norm.slice(pos, end)) ? TERM.exec(norm.slice(Math.max(0, start - 12), start)) : null;
      out.push({ start: term ? placeBeforeTerm(norm, blocked, start - term[0].length) : start, end, rule: 'named body' });
      pos = end - 1;
      break;
    }
  }
  return out;
}

/**
 * "临江县|第十九届人民代表大会", "市|第十五届人民代表大会常务委员会": the division (in full) or the
 * level character before a congress's term is whose congress it is.
 */
function placeBeforeTerm(norm: string, blocked: SpanMask, termStart: number): number {
  // Up to an autonomous county's full name ("双江拉祜族佤族布朗族傣族自治县", 15 characters).
  for (let len = 15; len >= 2; len--) {
    const at = termStart - len;
    // "红河州": an autonomous prefecture's short form with its unit counts as written in full.
    if (at >= 0 && !blocked.touches(at, termStart) && /[省市县区州旗]$/.test(norm.slice(at, termStart)) && (isFullPlaceName(norm.slice(at, termStart)) || (len <= 4 && isPlaceName(norm.slice(at, termStart))))) return at;
  }
  return /^[省市县区]$/.test(norm.charAt(termStart - 1)) && !blocked.has(termStart - 1) && !isHanBeforeLevel(norm, termStart - 1) ? termStart - 1 : termStart;
}

/** A Han character right before a level character: the level ends a longer word ("城市", "临江县"), not a level of its own. */
function isHanBeforeLevel(norm: string, levelAt: number): boolean {
  const c = norm.charCodeAt(levelAt - 1);
  return c >= 0x4e00 && c <= 0x9fff;
}

function trySuffix(r: OrgRules, view: TextView, blocked: SpanMask, suffix: string, s: number, e: number, inBody: Uint8Array,
  orgEndingAt: Map<number, number>, hits: (OrgHit | null)[], bodyAt: Map<number, number>): OrgHit | null {
  const norm = view.doc.norm;
  const kind = r.kinds.get(suffix) as OrgKind;
  if (blocked.touches(s, e) || anySet(inBody, s, e)) return null;
  // "县自然资源局|原局长": after 原, 副 or 代 the suffix opens a post (局长, 处长), not a body.
  if (e - s === 1 && norm.charAt(e) === '长' && /[原副代]/.test(norm.charAt(s - 1))) return null;
  // "国际边境合作中心", "游客中心": a place or a facility that ends like a body (dict/stop/organizations.txt, facility).
  if (PLACE_LIKE_LENGTHS.some((n) => e - n >= 0 && stopIs(r, norm.slice(e - n, e), 'facility'))) return null;
  const covering = view.tokens[view.tokenAt[e - 1] ?? -1];
  // "部署", "一处", "广大干部", "这部": a word that merely ends like a body; "一网通办": a slogan's last character.
  if (covering?.tag === 'slogan' && covering.start < s) return null;
  // "市政协委员": 委 begins the post 委员 (a member), so the body is 市政协, not 市政协委.
  if (suffix === '委' && norm.startsWith('委员', s) && !norm.startsWith('委员会', s)) return null;
  // "万州区|第二届|人大常委会", "红河州|十四届|人大常委会": a standing committee of a term, after its place.
  if (suffix === '人大常委会') {
    const term = TERM.exec(norm.slice(Math.max(0, s - 12), s));
    const at = term ? placeBeforeTerm(norm, blocked, s - term[0].length) : s;
    if (term && at < s - term[0].length) return { start: at, end: e, rule: `congress of a term + ${suffix}` };
  }
  // A word jieba knows as an organisation ("中国羽毛球队/nt") is one even if it ends like a common noun (球队).
  const known = covering?.tag === 'nt' && covering.start <= e - 4;
  if (covering && covering.end === e && covering.start < s && (stopIs(r, covering.word, 'whole') || (!known && stopIs(r, norm.slice(e - 2, e), 'whole'))
    || (suffix.length === 1 && /^(?:v|vn|vd|m|q|d|a|ad|r)$/.test(covering.tag)))) return null;
  // "农民办企业", "学会使用": the suffix word used as a verb. Not an office after a level word and its
  // task ("市|外事|办", "抚远市|口岸|办"), which jieba tags as the verb too.
  if (covering && covering.start === s && covering.end === e && /^(?:v|vd|vn)$/.test(covering.tag) && kind !== 'named' && kind !== 'sub'
    && !officeAfterLevel(r, view, s, suffix)) return null;
  // "新华社莫斯科", "阿克谢年科": a one-character unit that ends a place or a person's name is part of that name.
  if (kind === 'sub' && covering && covering.start < s && (suffix.length === 1 || /^(?:ns|nr|nrt|nrfg|x)$/.test(covering.tag))) return null;
  if (!endsHere(r, view, e)) return null;
  // "上街大学城", "大学园区": a place named after the schools, not a school.
  if (/^(?:城|园区)/.test(norm.slice(e, e + 2)) && /(?:大学|学院)$/.test(suffix)) return null;
  // "市政府中心工作", "党委中心组": 中心 as "central", not a body.
  // Not "疾控中心|工作人员": the staff of the body.
  // "周口中心港": the hub port, a place.
  // "乡中心小学": the central school, not a 中心.
  if (suffix === '中心' && /^(?:工作(?!人员)|组|任务|环节|城区|城市|港|渔港|小学|校|幼儿园)/.test(norm.slice(e, e + 4))) return null;
  // "东坡书院|景区": a scenic area named after the institution is a place, not the body.
  if (/^(?:景区|风景区|旅游区)/.test(norm.slice(e, e + 3))) return null;
  const walk = ownBodyAfterVerb(view, walkBack(r, view, blocked, s, kind, orgEndingAt));
  // "欧洲中心", "亚洲中心": the middle of a continent or a country named alone is a place, not a body.
  if (suffix === '中心' && walk.parts.length === 1 && listedPlaces().get(walk.parts[0] ?? '') === 'foreign') return null;
  // "日本第三大证券公司", "两大全国性电视台": a rank among bodies describes one, it does not name it.
  if (RANK.test(norm.slice(walk.start, s))) return null;
  const nested = walk.nestedIn >= 0;
  // "中国建设银行|省分行", "人保财险|市分公司", "中国人民银行|市中心支行": a bank's or company's branch
  // named by its level (and the central bank's 中心支行) is one with it.
  const inner0 = nested ? hits[walk.nestedIn] : null;
  const branch = nested && inner0 != null && /^(?:分行|支行|分公司|营业部)$/.test(suffix)
    && /^[省市县区](?:中心)?$/.test(walk.parts.join('')) && /(?:银行|公司|保险|集团)$/.test(norm.slice(inner0.start, inner0.end));
  if (!branch && !acceptable(r, kind, suffix, walk.parts, nested)) {
    const proper = suffix === '队' || kind === 'party' ? properNameStart(r, view, s, kind) : -1;
    return proper >= 0 && !blocked.touches(proper, s) ? { start: proper, end: e, rule: `proper name + ${suffix}` } : null;
  }
  if (!nested && (genericKind(r, view, kind, walk.start, s, e) || (kind === 'named' && verbWithoutProperName(view, walk.start, s)))) return null;
  if (!nested && afterKindAnd(r, view, walk.start, walk.parts)) return null;
  let start = walk.start;
  if (nested && (branch || continuesBody(r, kind, walk.parts))) {
    // "市公安局" + "交警支队": one body. The inner one gives way to the whole.
    const inner = hits[walk.nestedIn];
    if (inner) start = inner.start;
    hits[walk.nestedIn] = null;
    // "深圳|万科|企业股份有限公司": the place before a company known by its short name belongs to the whole.
    const prev = view.tokens[view.tokenAt[start - 1] ?? -1];
    if (kind === 'named' && prev && prev.end === start && !blocked.has(start - 1) && isMajorPlaceName(prev.word)) start = prev.start;
  }
  // "一区三中心", "两站一中心": a numbered formula (a slogan), not a body.
  if (NUMBERED_FORMULA.test(norm.slice(start, e))) return null;
  // A named body found whole at the same place ("国务院") already covers this.
  const body = bodyAt.get(start);
  if (body !== undefined && hits[body] && (hits[body] as OrgHit).end >= e) return null;
  // "政协|第十三届|昆明市委员会": the CPPCC's or congress's committee of a term and a place is one name.
  const term = suffix === '委员会' ? SESSION_BODY.exec(norm.slice(Math.max(0, start - 16), start)) : null;
  if (term && !blocked.touches(start - term[0].length, start)) start -= term[0].length;
  return { start, end: e, rule: `name ending in ${suffix}` };
}

/**
 * "加工企业和|烘干中心", "部门与|服务中心": after a kind of body ("企业", "单位") and a conjunction,
 * a name without a place or level of its own is another kind in the list, not a body.
 */
function afterKindAnd(r: OrgRules, view: TextView, start: number, parts: string[]): boolean {
  const and = view.tokens[view.tokenAt[start - 1] ?? -1];
  const kindWord = and ? view.tokens[view.tokenAt[and.start - 1] ?? -1] : undefined;
  if (!and || and.end !== start || !/^[和与及]$/.test(and.word) || !kindWord || kindWord.end !== and.start) return false;
  if (!stopIs(r, kindWord.word, 'generic') && !stopIs(r, kindWord.word, 'type')) return false;
  const first = parts[0] ?? '';
  return !(isPlaceName(first) || isLevelWord(r, first) || isLevelWord(r, first.slice(0, 1)));
}

/**
 * "甘肃省人民医院|对口|帮扶|华池县人民医院": a walk that ran from one body over a verb to a place
 * written in full holds two bodies; the second starts at that place and continues none.
 */
function ownBodyAfterVerb(view: TextView, walk: Walk): Walk {
  if (walk.nestedIn < 0) return walk;
  let at = walk.start;
  let verb = false;
  for (const [i, p] of walk.parts.entries()) {
    if (verb && /[省市县区旗州盟]$/.test(p) && isFullPlaceName(p)) return { start: at, parts: walk.parts.slice(i), nestedIn: -1 };
    const t = view.tokens[view.tokenAt[at] ?? -1];
    if (t && t.start === at && t.word === p && /^(?:v|vn|vd)$/.test(t.tag)) verb = true;
    at += p.length;
  }
  return walk;
}

/** The body and term before a local committee's name: "政协第十三届", "中国人民政治协商会议第五届". */
const SESSION_BODY = /(?:中国人民政治协商会议|政协)第[一二三四五六七八九十]+届$/;

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
  const inBody = scratchBytes(norm.length);
  for (const h of hits) if (h) inBody.fill(1, h.start, h.end);
  let from = 0;
  for (let m = r.suffixWords.next(norm, 0); m; m = r.suffixWords.next(norm, from)) {
    const s = m.index;
    const e = s + m.word.length;
    const hit = trySuffix(r, view, blocked, m.word, s, e, inBody, orgEndingAt, hits, bodyAt);
    // A rejected suffix may hide a shorter one inside it ("第三中学": 三中 ✗, 中学 ✓).
    from = hit ? e : s + 1;
    if (!hit) continue;
    orgEndingAt.set(hit.end, hits.length);
    hits.push(hit);
  }
  // Known names where no rule found a body: "中国驻|美国大使馆" stays the embassy the suffix found.
  const taken = scratchBytes(norm.length);
  for (const h of hits) if (h) taken.fill(1, h.start, h.end);
  const known = findKnownNames(r, view, blocked, taken);
  for (const h of known) taken.fill(1, h.start, h.end);
  hits.push(...known, ...findShortNames(view, blocked, taken), ...findGroupsOfStates(view, blocked, taken), ...findQuotedNames(r, view, blocked, taken));
  for (const h of hits) if (h) taken.fill(1, h.start, h.end);
  hits.push(...findSportsTeams(view, blocked, taken));
  for (const m of findSourceAccounts(view, blocked)) if (!taken[m.start]) hits.push(m);
  for (const m of findTitledMedia(view, blocked)) {
    // "江西省文联|《创作评谭》杂志社": a body's periodical is one with it.
    hits.forEach((h, i) => { if (h && h.start >= m.start && h.end <= m.end) hits[i] = null; });
    const owner = orgEndingAt.get(m.start);
    const inner = owner === undefined ? null : hits[owner];
    if (owner !== undefined && inner) { hits[owner] = null; hits.push({ ...m, start: inner.start }); } else hits.push(m);
  }
  const kept = hits.filter((h): h is OrgHit => h !== null && h.end - h.start >= 2);
  return joinLocalCommittees(r, norm, kept.map((h) => withInnerUnit(view, blocked, h, kept)));
}

/** The last characters of a unit inside a ministry, an academy or a committee. */
const INNER_UNIT = /(?:理事会|外委会|研究所|研究室|编辑室|干休所|司|局|处|所)$/;
/** Words of two characters that end like a unit but are not one ("场所", "住所", "厕所", "时局"). */
const NOT_UNIT = /^(?:场所|住所|厕所|诊所|处所|时局|大局|全局|格局|布局|结局|到处|好处|各处|此处|用处|难处)$/;

/**
 * "教育部|社科司", "中科院|电工所", "欧盟|部长理事会", "北京市体委|场馆处": a unit named by one or two
 * words right after a ministry, an academy or a committee, before a pause or a post, is that body's unit.
 */
function withInnerUnit(view: TextView, blocked: SpanMask, h: OrgHit, all: OrgHit[]): OrgHit {
  const norm = view.doc.norm;
  if (!/(?:部|院|委|省|厅|会|盟|社)$/.test(norm.slice(h.start, h.end))) return h;
  let end = h.end;
  for (let n = 0; n < 2; n++) {
    const t = view.tokens[view.tokenAt[end] ?? -1];
    if (!t || t.start !== end || !/^(?:n|nz|x|j|ns|title|vn|ng)$/.test(t.tag) || !isAllHan(t.word)) break;
    end = t.end;
    const unit = norm.slice(h.end, end);
    if (unit.length < 2 || unit.length > 7 || !INNER_UNIT.test(unit) || NOT_UNIT.test(unit) || /^(?:部长|外长|局长)$/.test(unit)) continue;
    if (blocked.touches(h.end, end) || all.some((o) => o !== h && o.start < end && h.end < o.end)) break;
    return { start: h.start, end, rule: `${h.rule} + inner unit` };
  }
  return h;
}

/** "共青团|临江市委", "民盟|市委", "九三学社|中央": a national body and its committee right after it are one body. */
function joinLocalCommittees(r: OrgRules, norm: string, hits: OrgHit[]): OrgHit[] {
  // "共青团|十四大", "九三学社|七大": a national body's congress, numbered.
  const sorted = [...hits].map((h) => {
    const congress = r.parents.has(norm.slice(h.start, h.end)) ? /^[一二三四五六七八九十]{1,3}大(?![学会厦街道桥院])/.exec(norm.slice(h.end, h.end + 5)) : null;
    return congress ? { ...h, end: h.end + congress[0].length, rule: `${h.rule} + congress` } : h;
  }).filter((h, _, all) => !all.some((o) => o !== h && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start)).sort((a, b) => a.start - b.start);
  const out: OrgHit[] = [];
  for (const h of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.end === h.start && r.parents.has(norm.slice(prev.start, prev.end)) && /(?:委|中央|^[一二三四五六七八九十]{1,3}大)$/.test(norm.slice(h.start, h.end))) {
      out[out.length - 1] = { start: prev.start, end: h.end, rule: `${prev.rule} + local committee` };
    } else out.push(h);
  }
  return out;
}
