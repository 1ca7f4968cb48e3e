import { isHanAt } from './_han.js';
import { defineExtractor } from './define.js';
import type { Candidate, Location, Mention } from '../types.js';
import type { OfficialAttrs } from './officials.js';
import { codeOf, division, longShortForms, GAZETTEER_FILE, GAZETTEER_NAMES_FILE, gazetteer, isDivisionName, levelOf, parentOf, pathOf, surfacesAt, type NameHit } from './locations/gazetteer.js';
import { resolveAll } from './locations/resolve.js';
import { ABBREVIATION_DICTS, ABBREVIATION_RULE, findAbbreviations, isAbbreviationChar } from './locations/abbreviations.js';
import { findTransliteratedPlaces, isTranslit } from './locations/foreign-names.js';
import { findRegiments } from './locations/regiments.js';
import { afterLoneCharacter, fullUnitName, banksOf, givenNameAfterSurname, laterNameInCreditLine, personAfterCreditLabel, personBetweenRoleAndSpeech, subjectNamedInFull, nameRunsOnAfterPlace, gluedPreposition, goneTo, itemAmongPlaces, lineAfter, longerTransliteration, mountainRegionEnd, RIVER_MOUTHS, routeGluedAt, unitGluedBeforeVillage } from './locations/readings.js';
import { scanTownshipShorts } from './locations/township-shorts.js';
import { findListItemsBeforeKind } from './locations/list-before-kind.js';
import { findNamesakeUnits } from './locations/namesake-units.js';
import { findSuffixNames, type StopKind } from './locations/suffix-names.js';
import { insideQuotedName, markQuotedNicknames } from './locations/quoted-names.js';
import { RIVER_PARTS } from './locations/river-names.js';
import { SpanMask, markBookTitles, textView, type TextView } from './locations/text-view.js';
import { rules, type LocationRules as Rules } from './locations/rules.js';
import { businessNames } from './officials/business-names.js';

export interface LocationAttrs {
  level: string | null;
  /** Gazetteer divisions this surface may name (empty for pattern and listed places). */
  divisions: number[];
  code?: string | null;
  path?: string[] | null;
  candidates?: Candidate[];
}

/** A zone a city names by its kind alone ("经开区", "高新区"), right after a 、. */
const BARE_ZONE_ITEM = /、(经开区|高新区)/gu;
/** Autonomous units written after a short form, with the level they name. */
const AUTONOMOUS_UNITS: Record<string, string> = { 自治县: 'county', 自治旗: 'county', 自治州: 'city' };
/** A township's unit: its short form names the port or the station after it ("阳逻|港", "星子|站"). */
const TOWNSHIP_UNITS = ['镇', '乡', '街道'];
/** Units after a foreign place's name: states, provinces, prefectures, counties, cities. */
const FOREIGN_UNIT = /^[州省县郡邦市]$/;
/** Unit characters that may follow a division's short form, with the levels they fit. */
const UNIT_LEVELS: Record<string, string[]> = { 省: ['province'], 市: ['city', 'county'], 县: ['county'], 区: ['county'], 旗: ['county'], 乡: ['township'], 镇: ['township'] };
/** The unit's character starting a word of its own: 市场 ("深圳市场上"), 省直/市直/县直 ("省直机关", not 直辖). */
const UNIT_WORD_AFTER = /^(?:市场|[省市县区]直(?!辖))/;
/** What follows a road or line named by its ends' abbreviations ("京港澳高速", "成渝高铁"). */
const ROAD_AFTER = /^(?:高速|高铁|城际|铁路|公路)/;
/** A part or stretch of a river written right after its name ("河段", "水域", "沿岸", "河道"). */
const RIVER_PART = new RegExp(`^(?:${RIVER_PARTS}|河道)`);
const FOREIGN_FORM = /^(?:共和国|联邦|王国|苏丹国|半岛|群岛|海峡|海湾|湾(?![区])|岛(?![内外上]))/;

/** A function word of one character jieba reads alone at `pos` (和/c, 于/p). */
function function1At(view: TextView, pos: number): boolean {
  const t = view.tokens[view.tokenAt[pos] ?? -1];
  return t !== undefined && t.start === pos && t.end === pos + 1 && /^(?:c|p)$/.test(t.tag);
}

/** "尧都区区长", "临汾市长", "邯郸市原副市长": a place that starts a title is part of the title, not a location. */
function startsTitle(r: Rules, view: TextView, end: number): boolean {
  const norm = view.doc.norm;
  // The post may start on the place's last character ("临汾市|长" is 临汾 + 市长) unless a dictionary
  // word starts right after the place ("贡江镇|长征|大桥" holds no 镇长).
  const next = view.tokens[view.tokenAt[end] ?? -1];
  const wordAfter = next !== undefined && next.start === end && next.end - next.start >= 2 && next.tag !== 'x';
  const starts = norm.charAt(end) === '原' ? [end + 1] : wordAfter ? [end] : [end, end - 1];
  for (const from of starts) {
    for (let len = Math.min(r.maxPost, norm.length - from); len >= 2; len--) if (r.posts.has(norm.slice(from, from + len))) return true;
  }
  return false;
}

/**
 * Does a well-known name end at `end` even though jieba's word runs on? "美国政府", "北京地区": yes,
 * the word is the name plus a common noun. Not when jieba reads the whole as a name of its own
 * ("中国银行" nt, "中华民族" nz).
 */
function looseEnd(view: TextView, r: Rules, start: number, end: number): boolean {
  if (view.boundary[end]) return true;
  const t = view.tokens[view.tokenAt[end - 1] ?? -1];
  if (t === undefined || t.start < start) return false;
  // "美国政府", "台湾当局": jieba may tag the whole as a body, but the head is generic.
  // So may a last token that starts inside the name: "川|东北地区" holds 川东北 and then 地区.
  const rest = view.doc.norm.slice(end, t.end);
  if (/^(?:政府|当局|人民|地区|方面|境内|国内|军方)$/.test(rest)) return true;
  if (t.start !== start) return false;
  // "荷兰人", "美国华人", "希腊族": a people named after its country.
  if (/^(?:人|族|籍|裔|华人|华侨|侨民|公民|人士)$/.test(rest) && r.listed.get(view.doc.norm.slice(start, end)) === 'foreign') return true;
  // "北京|人民大会堂", "英国|首相": a listed place or an office follows.
  if (r.listed.has(rest) || r.posts.has(rest)) return true;
  return !/^(?:nt|nz|nr|nrt|nrfg|j|i|l|x)$/.test(t.tag);
}

/** A full name starts at `at`: "上海市|长宁区"; a township only under the place before it ("康县|长坝镇"). */
function startsFullName(g: ReturnType<typeof gazetteer>, norm: string, at: number, parents: NameHit[]): boolean {
  const under = new Set(parents.map((h) => h.division));
  for (const [, hits] of surfacesAt(g, norm, at)) {
    if (hits.some((h) => !h.short && (levelOf(g, h.division) !== 'township' || under.has(parentOf(g, h.division))))) return true;
  }
  return false;
}

/** How a township's name ends when it names its kind of unit ("西江镇", "铁路东街道", "临汾经济开发区"). */
const TOWNSHIP_UNIT_END = /(?:镇|乡|街道|苏木|区|场)$/;

interface Found { start: number; end: number; level: string | null; rule: string; divisions: number[] }

/** Gazetteer names: full names anywhere a token starts; short forms only as whole tokens. */
function scanGazetteer(view: TextView, r: Rules, blocked: SpanMask, listedEnds: Set<number>): { found: Found[]; needContext: Found[] } {
  const g = gazetteer();
  const norm = view.doc.norm;
  const found: Found[] = [];
  const needContext: Found[] = [];
  const rivers = new Set<string>();
  let chainEnd = -1;
  for (let pos = 0; pos < norm.length - 1; pos++) {
    // Most positions start no gazetteer name at all: one bit answers before the readings below.
    if (g.prefixes.at(norm, pos) === 0) continue;
    // "中国|香港": a place right after a listed one starts where jieba saw no word boundary.
    const glued = !view.boundary[pos] && gluedPreposition(view, pos);
    if ((!view.boundary[pos] && pos !== chainEnd && !listedEnds.has(pos) && !glued) || blocked.has(pos)) continue;
    const surfaces = surfacesAt(g, norm, pos);
    if (surfaces.length === 0) continue;
    const afterPlace = pos === chainEnd || listedEnds.has(pos);
    for (const [surface, allHits] of surfaces) {
      let end = pos + surface.length;
      if (blocked.touches(pos, end)) continue;
      let hits = allHits;
      if (r.stops.get(surface)?.has('word') && !itemAmongPlaces(norm, pos, end, (s) => isDivisionName(g, s))) {
        hits = subjectNamedInFull(view, g, pos, end, allHits);
        if (hits.length === 0) continue;
      }
      const full = hits.filter((h) => !h.short);
      // "长江|安庆|段", "松花江|佳木斯|段": a stretch of a listed river named by the city along it is the
      // river's (GOLD-FORMAT); a county's or district's stretch names it too ("汉江|郧阳|段").
      if (listedEnds.has(pos) && /[江河]$/.test(norm.charAt(pos - 1)) && norm.charAt(end) === '段' && hits.some((h) => levelOf(g, h.division) === 'city')) continue;
      // "东河|河段", "东河|水域": a short form ending in 河 or 江 before a part of a river is the river
      // (found by its suffix), not the district named after it.
      // Named so once, it is the river in every other mention too ("加快推进东河各项水利工程").
      if (full.length === 0 && /[河江]$/.test(surface) && RIVER_PART.test(norm.slice(end, end + 2))) { rivers.add(surface); continue; }
      // After a glued preposition only a township or county written in full ("经|地苏镇"), not a short form.
      if (glued && (full.length === 0 || !fullUnitName(surface))) continue;
      // "芜湖|县", "作登|乡": a short form with its unit written after it, where the full name has changed
      // since (a county made a district) or jieba joined the two.
      const unit = full.length === 0 ? UNIT_LEVELS[norm.charAt(end)] : undefined;
      const whole = view.tokens[view.tokenAt[pos] ?? -1];
      const jiebaWhole = whole !== undefined && whole.start === pos && whole.end === end + 1 && whole.tag === 'ns';
      // "广西|区政府": a province's short form takes no county's unit even where jieba joined them.
      const province = hits.some((h) => levelOf(g, h.division) === 'province');
      let withCountyUnit = false;
      if (unit && (view.boundary[end + 1] || unitGluedBeforeVillage(view, end)) && !blocked.has(end) && !r.continuations.has(norm.slice(end, end + 2))
        && ((jiebaWhole && !province) || hits.some((h) => unit.includes(levelOf(g, h.division) ?? '')))) {
        // "凤翔|县", "芜湖|县": a county's short form with 县 or 旗 written after it names that county
        // (a county made a district since keeps its old name in the news) without more context.
        withCountyUnit = /^[县旗]$/.test(norm.charAt(end)) && hits.some((h) => levelOf(g, h.division) === 'county');
        end++;
      }
      // "威宁|自治县", "恩施|自治州": an autonomous county or prefecture named by its short form.
      const autonomousLevel = full.length === 0 && !withCountyUnit ? AUTONOMOUS_UNITS[norm.slice(end, end + 3)] : undefined;
      if (autonomousLevel && hits.some((h) => levelOf(g, h.division) === autonomousLevel) && !blocked.touches(end, end + 3)) {
        end += 3;
        withCountyUnit = autonomousLevel === 'county';
      }
      const use: NameHit[] = full.length ? full : autonomousLevel && end - pos > surface.length ? hits.filter((h) => levelOf(g, h.division) === autonomousLevel) : hits;
      const major = hits.some((h) => levelOf(g, h.division) === 'province' || levelOf(g, h.division) === 'city');
      const route = routeGluedAt(view, end) && surfacesAt(g, norm, end + 1).length > 0;
      if (full.length === 0 && !((view.boundary[end] || route || (major && looseEnd(view, r, pos, end))) && (view.boundary[pos] || afterPlace))) continue;
      // "湖口县|城": the county's seat (县城, one word of jieba's) names the county.
      if (full.length && !view.boundary[end] && r.continuations.has(norm.slice(end - 1, end + 1)) && !norm.startsWith('县城', end - 1)) continue;
      // "深圳市|场上", "辽宁省|直机关": jieba cut after the unit, but 市场 and 省直 (省直机关, 市直单位)
      // are words that take the unit character; the place is the short form before them.
      if (full.length && UNIT_WORD_AFTER.test(norm.slice(end - 1, end + 2))) continue;
      // "产业和|县城": a conjunction or preposition jieba reads alone, then a word that takes the rest
      // of the name, is no one-character county (和县, 于县…).
      if (end - pos === 2 && function1At(view, pos) && !view.boundary[end]) continue;
      if (givenNameAfterSurname(view, r.surnameOdds, pos, end)) continue;
      if (full.length === 0 && (personAfterCreditLabel(norm, r.surnameOdds, pos, end) || laterNameInCreditLine(norm, pos, end) || personBetweenRoleAndSpeech(norm, r.personRoles, r.speechVerbs, pos, end))) continue;
      // "临汾市长" is a title; "上海市长宁区", "吉林省长春市" are two places.
      if (startsTitle(r, view, end) && !startsFullName(g, norm, end, use)) continue;
      const divisions = use.map((h) => h.division);
      const levels = new Set(divisions.map((d) => levelOf(g, d)));
      const f: Found = { start: pos, end, level: null, rule: full.length ? 'gazetteer name' : 'gazetteer short form', divisions };
      // A short form that may only name a township or county ("陶邓", "兴宾") needs its parent nearby,
      // unless jieba itself reads it as a place.
      const token = view.tokens[view.tokenAt[pos] ?? -1];
      const jiebaPlace = token?.start === pos && token.end === end && token.tag === 'ns' && !afterLoneCharacter(view, pos);
      // "未来|科技城": a township-level unit named without a unit word ("科技城", "航空新城", "社会事务局")
      // is too generic to stand alone: like a short form, it needs its county or city nearby.
      const plainTownship = full.length > 0 && !TOWNSHIP_UNIT_END.test(surface) && full.every((h) => levelOf(g, h.division) === 'township');
      // "巴马县", "石柱县": an autonomous county's short form with 县 (or 旗) is written like any county's name.
      if (!full.length && /[县旗]$/.test(surface) && hits.some((h) => levelOf(g, h.division) === 'county')) withCountyUnit = true;
      if (withCountyUnit) f.divisions = use.filter((h) => levelOf(g, h.division) === 'county').map((h) => h.division);
      // "贵南|高铁", "郑万|高铁": a line named after the first characters of its two ends, which may
      // spell a county's short form; it is that county only where its parent is named too.
      const lineName = !full.length && !levels.has('province') && !levels.has('city') && lineAfter(norm, end);
      if ((!full.length && !withCountyUnit && !levels.has('province') && !levels.has('city') && !(jiebaPlace && !levels.has('township'))) || plainTownship || lineName) needContext.push(f);
      else found.push(f);
      chainEnd = end;
      pos = end - 1;
      break;
    }
  }
  const notRiver = (f: Found) => f.rule !== 'gazetteer short form' || !rivers.has(norm.slice(f.start, f.end));
  return { found: found.filter(notRiver), needContext: needContext.filter(notRiver) };
}

/** "中国特色社会主义", "“中国美丽乡村”": 中国 inside a doctrine's or a campaign's name is no place. */
function insideName(norm: string, start: number, end: number): boolean {
  if (/^(?:特色的?社会主义|式现代化|梦)/.test(norm.slice(end, end + 7))) return true;
  if (norm.charAt(start - 1) !== '“') return false;
  const close = norm.indexOf('”', end);
  return close > end && close - end <= 12 && /^(?:建设|活动|工程|行动|计划|项目|品牌|称号|评选|系列|示范)/.test(norm.slice(close + 1, close + 3));
}

/** Listed places (foreign countries and cities, regions, famous rivers and mountains) as whole tokens. */
function scanListed(view: TextView, r: Rules, blocked: SpanMask): Found[] {
  const norm = view.doc.norm;
  const out: Found[] = [];
  let chainEnd = -1;
  for (let pos = 0; pos < norm.length - 1; pos++) {
    if (!view.boundary[pos] && pos !== chainEnd) continue;
    const max = r.listedPrefixes.at(norm, pos);
    if (max === undefined) continue;
    for (let len = Math.min(max, norm.length - pos); len >= 2; len--) {
      if (!r.listedShapes.mayHave(norm, pos, len)) continue;
      const w = norm.slice(pos, pos + len);
      const level = r.listed.get(w);
      if (level === undefined || !looseEnd(view, r, pos, pos + len) || blocked.touches(pos, pos + len)) continue;
      if (w === '中国' && insideName(norm, pos, pos + len)) break;
      // "阿富汗|西部地区", "山西省|中部地区": part of the place before it, not China's economic belt.
      if (/^[东中西]部地区$/.test(w) && isHanAt(norm, pos - 1) && !/[在的和与及到向从对把将为]/.test(norm.charAt(pos - 1))) break;
      // "京|港澳|高速", "沪|昆|高铁": abbreviations naming a motorway or a line by its ends, no place.
      if (isAbbreviationChar(norm.charAt(pos - 1)) && ROAD_AFTER.test(norm.slice(pos + len, pos + len + 2))) break;
      // "长江|两岸": the banks of the river before it, not the two sides of the Strait.
      if (w === '两岸' && banksOf(view, pos)) break;
      if (givenNameAfterSurname(view, r.surnameOdds, pos, pos + len) || nameRunsOnAfterPlace(view, r.surnameOdds, pos, pos + len)) break;
      if (level === 'foreign' && longerTransliteration(view, pos + len)) break;
      // "蒙古族", "朝鲜族", "哈萨克族": a people named after a state, not the state.
      if (norm.charAt(pos + len) === '族' && view.boundary[pos + len + 1]) break;
      // "得克萨斯|州", "兵库|县", "波尔多|市": a foreign place with its unit, unless the unit starts a word ("州长", "市场").
      const unit = norm.charAt(pos + len);
      if (level === 'foreign' && FOREIGN_UNIT.test(unit) && !r.posts.has(norm.slice(pos + len, pos + len + 2)) && !r.continuations.has(norm.slice(pos + len, pos + len + 2))
        && !blocked.has(pos + len)) len++;
      // "俄罗斯联邦", "塞尔维亚共和国", "巴尔干半岛", "几内亚湾": the state's or area's full name.
      else if (level === 'foreign') {
        const more = FOREIGN_FORM.exec(norm.slice(pos + len, pos + len + 3))?.[0];
        if (more && !blocked.touches(pos + len, pos + len + more.length)) len += more.length;
      }
      // "东|洞庭湖", "西|太湖": a direction jieba reads as a place word of its own names part of the lake or river.
      const part = view.tokens[view.tokenAt[pos - 1] ?? -1];
      const start = level === 'poi' && /[湖河江]$/.test(w) && part?.end === pos && part.tag === 'ns' && /^[东西南北]$/.test(part.word) && !blocked.has(pos - 1) ? pos - 1 : pos;
      out.push({ start, end: pos + len, level, rule: start < pos ? 'listed place with its part' : 'listed place', divisions: [] });
      chainEnd = pos + len;
      pos += len - 1;
      break;
    }
  }
  return out;
}

/** How often a county's short form must stand as a word for the article to be about that county. */
const REPEATED_COUNTY = 3;
const FEW_READINGS = 3;
export default defineExtractor<'locations', LocationAttrs, Location>({
  name: 'locations',
  dicts: ['locations.txt', 'places.txt', 'person-roles.txt', 'name-context.txt', 'transliteration-chars.txt', 'surname-odds.txt', 'stop/places.txt', 'stop/place-continuations.txt', 'titles.txt', 'place-list-kinds.txt', GAZETTEER_FILE, GAZETTEER_NAMES_FILE, ...ABBREVIATION_DICTS],
  requires: ['organizations', 'officials'],
  readsTokens: true,
  // Foreign names jieba does not know it cuts across their neighbours ("同吉布|提", "科托|努对"): as
  // words of their own they stand as tokens, where the listed scan looks for them.
  // Two-character ones only when both are transliteration characters ("埃塞"), not words like 贝宁, 牛津.
  // A river's mouth ("褒河|入江口") is a word: jieba would glue 入 to the river and leave 江口 (a county's short form).
  segmentWords: () => [
    ...[...rules().listed].filter(([w, level]) => level === 'foreign' && (w.length >= 3 || [...w].every((c) => isTranslit(c)))).map(([w]) => [w, 'ns'] as const),
    // "粤港澳大湾区|高质量": a listed region of four characters or more, which jieba cut as 大湾|区高.
    // "浦|阳江", "月|牙|河", "到景|迈山": a listed river or mountain of three characters, which jieba cut into a city's short form or single characters.
    ...[...rules().listed].filter(([w, level]) => level !== 'foreign' && (w.length >= 4 || (w.length === 3 && /[江河溪渠山]$/.test(w)))).map(([w]) => [w, 'ns'] as const),
    ...RIVER_MOUTHS.map((w) => [w, 'n'] as const),
    // "通江达海": an idiom of the stop list holding a short form is one word, so the short form is not cut out of it.
    ...[...rules().stops].filter(([w, kinds]) => kinds.has('word') && w.length >= 4).map(([w]) => [w, 'i'] as const),
    // "霍尔果斯|站": a division's short form of three characters or more jieba would cut across.
    ...longShortForms(gazetteer()).filter((w) => !rules().stops.get(w)?.has('word')).map((w) => [w, 'ns'] as const),
  ],
  extract(doc, ctx) {
    const r = rules();
    const g = gazetteer();
    const view = textView(doc);
    const blocked = new SpanMask(doc.norm.length);
    // No place inside a body's name, an official's ("…、尚德山、…" holds no 德山) or a business post holder's
    // (合作社理事长付长海), nor inside a title ("城川镇大沟湾村第三村民小组组长", "新加坡副总理": GOLD-FORMAT; People's Daily differs).
    for (const { start: s, end: e } of [...ctx.mentions('organizations'), ...ctx.mentions('officials'), ...businessNames(doc)]) blocked.mark(s, e);
    for (const o of ctx.mentions('officials') as readonly Mention<OfficialAttrs>[]) {
      for (const [s, e] of o.attrs.titleSpans) blocked.mark(s, e);
    }
    markBookTitles(doc.norm, blocked);
    markQuotedNicknames(doc.norm, blocked, r.stops);

    const transliterated = findTransliteratedPlaces(view, blocked).map((h): Found => ({ ...h, level: 'foreign', rule: 'transliterated name + unit', divisions: [] }));
    const listed = [...scanListed(view, r, blocked), ...findRegiments(view.doc.norm, blocked).map((h): Found => ({ ...h, level: 'region', rule: '兵团 regiment', divisions: [] })), ...transliterated];
    const { found, needContext } = scanGazetteer(view, r, blocked, new Set(listed.map((f) => f.end)));
    // Context for short forms of small units: a division (or its parent) named elsewhere in the text,
    // by a name of few readings (岳阳: the city or its county; not 河西街道, a street office in 17 cities).
    const mentioned = new Set<number>();
    for (const f of found) if (f.divisions.length <= FEW_READINGS) for (const d of f.divisions) for (let at = d; at >= 0; at = parentOf(g, at)) mentioned.add(at);
    // An article about a county names it again and again ("支持宁陕各项事业…宁陕文化事业"): a short form
    // that can only be one county and that jieba knows as no word ("资源", "合作" are words), standing
    // alone three times or more, is that county.
    const unknownWord = (f: Found) => { const t = view.tokens[view.tokenAt[f.start] ?? -1]; return t?.start === f.start && t.end === f.end && t.tag === 'x'; };
    const oneCounty = (f: Found) => f.divisions.length === 1 && levelOf(g, f.divisions[0] as number) === 'county' && unknownWord(f);
    const repeats = new Map<string, number>();
    for (const f of needContext) if (oneCounty(f)) { const w = doc.norm.slice(f.start, f.end); repeats.set(w, (repeats.get(w) ?? 0) + 1); }
    const divisionsEndingAt = new Map<number, Set<number>>();
    for (const f of found) divisionsEndingAt.set(f.end, new Set(f.divisions));
    // "乐至|站", "武当山|站": a county's short form or a listed landmark names the station after it, context or not.
    const stationNames = [...needContext.filter((f) => f.divisions.some((d) => levelOf(g, d) === 'county')), ...listed.filter((f) => f.level === 'poi')];
    for (const f of needContext) {
      // "江苏|海安", "新疆的|库尔勒": a county right after its province (or its city) is that county.
      const before = divisionsEndingAt.get(f.start) ?? (doc.norm.charAt(f.start - 1) === '的' ? divisionsEndingAt.get(f.start - 1) : undefined);
      const under = (d: number) => before !== undefined && levelOf(g, d) === 'county' && [parentOf(g, d), parentOf(g, parentOf(g, d))].some((a) => before.has(a));
      const related = f.divisions.filter((d) => mentioned.has(parentOf(g, d)) || mentioned.has(d) || under(d));
      if (related.length) found.push({ ...f, divisions: related, rule: 'gazetteer short form with its parent nearby' });
      else if (oneCounty(f) && (repeats.get(doc.norm.slice(f.start, f.end)) ?? 0) >= REPEATED_COUNTY) found.push({ ...f, rule: 'short form of one county, repeated' });
      else if (oneCounty(f) && goneTo(view, f.start, f.end)) found.push({ ...f, rule: 'short form of one county, gone to' });
    }
    found.push(...scanTownshipShorts(view, r.stops, blocked, mentioned));

    const placeEndingAt = new Map<number, number>();
    for (const f of [...found, ...listed]) placeEndingAt.set(f.end, f.start);
    // "北部湾|港": a listed region names its port too.
    const divisionEndingAt = new Map([...stationNames, ...found, ...listed.filter((f) => f.level === 'region')].map((f) => [f.end, f.start]));
    const abbreviated = findAbbreviations(view, blocked).map((h): Found => ({ ...h, rule: ABBREVIATION_RULE, divisions: [] }));
    const small = (f: Found) => f.rule.includes('short form') && f.divisions.every((d) => !/^(?:province|city)$/.test(levelOf(g, d) ?? ''));
    const shortFormEndingAt = new Map(found.filter(small).map((f) => [f.end, f.start]));
    const suffixed = findSuffixNames({ view, blocked, placeEndingAt, divisionEndingAt, shortFormEndingAt, stops: r.stops, surnameOdds: r.surnameOdds, isListed: (w) => r.listed.has(w), isDivisionName: (w) => isDivisionName(g, w) || TOWNSHIP_UNITS.some((u) => isDivisionName(g, w + u)) }, r.suffixRules, r.suffixWords)
      .map((h): Found => ({ ...h, divisions: [] }));
    // "中哈|霍尔果斯国际边境合作中心", "中新|天津生态城": a zone of China and another state opens with their abbreviations.
    for (const f of suffixed) {
      if (f.level === 'zone' && doc.norm.charAt(f.start - 2) === '中' && isAbbreviationChar(doc.norm.charAt(f.start - 1)) && !blocked.touches(f.start - 2, f.start)) {
        f.start -= 2;
        f.rule += ', with its two states';
      }
    }
    // "桥东区、经开区": the city's zone named by its kind alone, as an item after a place.
    for (const m of doc.norm.matchAll(BARE_ZONE_ITEM)) {
      const s = (m.index ?? 0) + 1;
      const e = s + (m[1] as string).length;
      if (placeEndingAt.has(s - 1) && !blocked.touches(s, e) && view.boundary[e]) suffixed.push({ start: s, end: e, level: 'zone', rule: 'zone named by its kind, an item after a place', divisions: [] });
    }
    const knownEndingAt = new Map(placeEndingAt);
    for (const f of suffixed) knownEndingAt.set(f.end, f.start);
    const listItems = findListItemsBeforeKind(view, r.listKinds, r.stops, blocked, knownEndingAt).map((h): Found => ({ ...h, divisions: [] }));

    // "武陵山区": a mountain (listed or by suffix) and 区 after it are the region around it.
    const mountainRegion = (f: Found): Found => {
      const end = f.divisions.length ? f.end : mountainRegionEnd(doc.norm, f.end);
      return end === f.end || blocked.has(f.end) ? f : { ...f, end, level: 'region', rule: `${f.rule}, mountain region` };
    };
    // Longest first; a span overlapping a kept one is dropped. The mask keeps this linear. Villages named after their township: namesake-units.ts.
    const all = [...found, ...listed.map(mountainRegion), ...suffixed.map(mountainRegion), ...listItems, ...findNamesakeUnits(doc.norm, [...found, ...suffixed], blocked).map((h): Found => ({ ...h, divisions: [] })), ...abbreviated].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken = new SpanMask(doc.norm.length);
    const kept: Found[] = [];
    for (const f of all) {
      if ((f.end - f.start < 2 && f.rule !== ABBREVIATION_RULE) || taken.touches(f.start, f.end)) continue;
      taken.mark(f.start, f.end);
      if (f.rule === ABBREVIATION_RULE || !insideQuotedName(doc.norm, f.start, f.end, f.level)) kept.push(f);
    }

    // Each surface once with all it may name (a Set: a long text repeats its places many times).
    const candidateSets = new Map<string, Set<number>>();
    for (const f of kept) {
      if (!f.divisions.length) continue;
      const text = doc.text.slice(f.start, f.end);
      let set = candidateSets.get(text);
      if (!set) candidateSets.set(text, (set = new Set()));
      for (const d of f.divisions) set.add(d);
    }
    const resolved = resolveAll(g, new Map([...candidateSets].map(([t, set]) => [t, [...set]])));

    // One-character abbreviations ("中|缅") stay mentions for place_abbreviations; see `reported`.
    return kept.map((f): Mention<LocationAttrs> => {
      const text = doc.text.slice(f.start, f.end);
      const res = resolved.get(text);
      const attrs: LocationAttrs = { level: f.level, divisions: f.divisions };
      if (res) {
        const pick = division(g, res.division);
        const levels = [...new Set(res.candidates.map((c) => levelOf(g, c)))];
        attrs.level = pick?.level ?? (levels.length === 1 ? (levels[0] ?? null) : null);
        attrs.code = pick?.code ?? null;
        attrs.path = pick ? pathOf(g, res.division) : null;
        if (!pick) attrs.candidates = res.candidates.map((c) => ({ code: codeOf(g, c), path: pathOf(g, c) }));
      }
      return { text, start: f.start, end: f.end, rule: f.rule, attrs };
    });
  },
  // GOLD-FORMAT: places of two or more characters; abbreviations are the place_abbreviations field.
  reported: (m) => m.end - m.start >= 2,
  toItem(text, mentions) {
    const a = mentions[0]?.attrs;
    const item: Omit<Location, 'spans'> = { text, level: a?.level ?? null, code: a?.code ?? null, path: a?.path ?? null };
    if (a?.candidates?.length) item.candidates = a.candidates;
    return item;
  },
});
