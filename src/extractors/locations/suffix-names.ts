/**
 * Places found by their last characters: villages and communities ("大庄村", "三元社区"), zones and
 * named places ("白城经济开发区", "卓尔山景区", "临汾西站"). From the suffix we walk back over jieba
 * tokens to where the name starts, stopping at punctuation, a verb or preposition ("走进卓尔山景区"),
 * another fact, or — for administrative units — the place before it ("偏城乡|大庄村").
 */
import type { WordFinder } from '../_word-finder.js';
import { isAllHan, isHan } from '../_han.js';
import type { SpanMask, TextView } from './text-view.js';
import { DETERMINER_START, MEASURE_END, RESULT_COMPLEMENT, SHORE, afterGluedAlong, complementAfterVerb, hasKind, productPark, suffixEndsHere } from './suffix-glue.js';
import { afterVerb, gluedToListed, riverStart } from './river-names.js';
import { noPlaceInName, portBefore } from './ports.js';

export type SuffixMode = 'unit' | 'named' | 'token' | 'placed';
export interface SuffixRule { suffix: string; level: string; mode: SuffixMode }
export type StopKind = 'word' | 'generic' | 'type' | 'verb' | 'nickname';

export interface SuffixContext {
  view: TextView;
  /** Characters of organisations, titles and dates: a name never runs into them. */
  blocked: SpanMask;
  /** Gazetteer and listed places already found, by span: a unit's name stops at them, a named place absorbs one. */
  placeEndingAt: Map<number, number>;
  /** Only the Chinese divisions among them: "朝阳站" is a station, "日本站" a leg of a tour. */
  divisionEndingAt?: Map<number, number>;
  /** Whether a word is a division's name or short form, a township's included ("徐闻" of "徐闻港", "阳逻" of "阳逻港"). */
  isDivisionName?: (w: string) => boolean;
  /** Short forms of counties and townships ("龙湖"): before 社区 or 村 they are the unit's own name. */
  shortFormEndingAt?: Map<number, number>;
  stops: Map<string, Set<StopKind>>;
  /** Whether a word is a listed place of dict/places.txt ("沁河"). */
  isListed?: (w: string) => boolean;
  /** How likely a character starts a person's name (dict/surname-odds.txt, log-odds ×10). */
  surnameOdds?: Map<string, number>;
}

export interface SuffixHit { start: number; end: number; level: string; rule: string }

/** Tags that always end a name: prepositions, conjunctions, particles, pronouns. */
const STOP_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'rr', 'rz', 'w', 'title', 'slogan', 'nt']);
const MAX_NAME = { unit: 6, named: 12, token: 6, placed: 0 } as const;
/** Surname odds from which an unknown "X江", "X河" of three characters reads as a person ("杨洪江"). */
const SURNAME_ODDS = 20;
/** "千户苗寨", "十里河滩", "千岛湖": a round number of households or miles names a place. */
const NUMBERED_NAME = /^[一二三四五六七八九十百千万]+[户家里岛峰]$/;
/** "百县千镇万村" is a campaign, not a village: units and round numbers inside one name. */
const NUMBERED_UNITS = /[县镇乡村][百千万]|[百千万][县镇乡村]/;
/** What may follow a river or lake written as name + "河"/"江"/"湖": a list, a conjunction or a part of it. */
/** A level of recognition between a place's name and its kind ("佛坪|国家级|自然保护区", "五女峰|国家|森林公园"): not what makes it generic. */
const LEVEL_QUALIFIER = /^(?:国家级|国家|省级|市级|县级|自治区级)$/;
const UNIT_END = /(?:村|社区|镇|乡|街道|嘎查)$/;
/** A division's full name, ending in its level word. */
const FULL_DIVISION = /(?:省|自治州|市|县|区|旗|镇|乡|街道|苏木|村|社区|嘎查)$/;
/** Times jieba tags t: "今年", "去年", "当天", "近日", parts of a month or year ("10月|中旬", "年底"); not "青年", which it tags t too. */
const TIME_WORD = /^[今去明前后当近昨次往全每]+[年天日月冬春夏秋]$|^(?:目前|当前|以前|以后|此前|从前|过去|现在|如今|近期|日前|同期|近年来|多年来|连日来|近来)$|^(?:[上中下]旬|[年月][初底末中]|岁末)$/;
/** "滨河|大道", "清江|花园": a river's name that starts the name of a road, an estate or a hotel. */
const LONGER_NAME_AFTER = /^(?:大道|大街|路|街|巷|大桥|桥|小区|花园|新村|宾馆|酒店|饭店|公寓)/;
/** Landmarks inside a city, named on their own after the city's name ("上海|龙华公园"). */
const CITY_LANDMARK = /^(?:公园|广场|体育场|体育馆|会堂)$/;

const blocked = (ctx: SuffixContext, s: number, e: number) => ctx.blocked.touches(s, e);

/** Where a place that starts with jieba's guess `t` ends strictly inside it, or -1. */
function placeEndInside(ctx: SuffixContext, t: { word: string; tag: string; start: number; end: number }): number {
  if (t.tag !== 'x') return -1;
  for (let at = t.end - 1; at > t.start + 1; at--) if (ctx.placeEndingAt.get(at) === t.start) return at;
  return -1;
}
/** Where a place that starts before jieba's word `t` ends strictly inside it, or -1. */
function placeEndWithin(ctx: SuffixContext, t: { start: number; end: number }): number {
  for (let at = t.end - 1; at > t.start; at--) { const s = ctx.placeEndingAt.get(at); if (s !== undefined && s < t.start) return at; }
  return -1;
}
/** The start of a place word jieba knows (tag ns) ending at `end`, or undefined. */
function jiebaPlaceEndingAt(ctx: SuffixContext, end: number): number | undefined {
  const t = ctx.view.tokens[ctx.view.tokenAt[end - 1] ?? -1];
  return t && t.end === end && t.tag === 'ns' && t.word.length >= 2 && isAllHan(t.word) && !ctx.blocked.touches(t.start, end) ? t.start : undefined;
}

/** 于 of Uyghur place names ("于孜" of 吉里于孜镇, "于田"), not the preposition. */
const UYGHUR_MORPHEME = /^于[孜田]/;

/** The start of the name whose suffix begins at `suffixStart`, or -1 when there is no proper name. */
export function nameStart(ctx: SuffixContext, suffixStart: number, mode: SuffixMode, suffix: string, level = ''): number {
  const { view, blocked, stops } = ctx;
  const norm = view.doc.norm;
  const parts: string[] = [];
  let start = suffixStart;
  // "背井离|乡", "告老还|乡", "城|乡": words ending in 乡 that name no township ("李家乡" does).
  if (suffix === '乡' && /[离还下回返思故城水他异同老梦醉]/.test(norm.charAt(suffixStart - 1))) return -1;
  // "嘎查村": a Mongolian village (嘎查, a unit of its own) and 村 together are kinds, as in 嘎查村两委.
  if (suffix === '村' && norm.startsWith('嘎查', suffixStart - 2)) return -1;
  // The token holding the suffix may begin before it ("大庄村", "经开区" after "长寿").
  const holder = view.tokenAt[suffixStart] ?? -1;
  const holderToken = holder >= 0 ? view.tokens[holder] : undefined;
  if (holderToken && holderToken.start < suffixStart) {
    // "背井离乡" is an idiom, not a township; "江南|水乡", "美丽|家乡": ordinary words ending in a suffix.
    if (/^(?:i|l)$/.test(holderToken.tag) || hasKind(stops, holderToken.word, 'word')) return -1;
    start = holderToken.start;
    parts.push(norm.slice(start, suffixStart));
    // "龙江|乡三安村": the township's suffix glued to the front; the village starts after it.
    if (mode === 'unit' && suffixStart - start >= 3 && /^[镇乡区县旗]/.test(parts[0] ?? '')) return start + 1;
    // "三元|镇鲁村": so may a one-character village name, when the township ends on that suffix.
    if (mode === 'unit' && suffixStart - start === 2 && /^[镇乡]/.test(parts[0] ?? '') && ctx.placeEndingAt.has(start + 1)) return start + 1;
    // "蔡|塘村", "绿|杨村", "二道|沟村": one character joined to the suffix is the name's end, not all of it.
    const before = view.tokens[view.tokenAt[start - 1] ?? -1];
    // "长寿之乡": a nickname, not a township.
    if (/^[之的]$/.test(parts[0] ?? '')) return -1;
    // "工作队和|村", "驻在|村": jieba's guess glued the sentence to the suffix; the name starts after
    // the last conjunction or verb in it, and may be nothing.
    if (holderToken.tag === 'x') {
      const part = parts[0] ?? '';
      let cut = -1;
      for (let i = part.length - 1; i >= 0 && cut < 0; i--) if (hasKind(stops, part.charAt(i), 'verb') && !UYGHUR_MORPHEME.test(part.slice(i, i + 2))) cut = i;
      // "背崩乡|巴登村": right after a place in a chain, a name may end in a character that is also a verb.
      const afterPlaceInChain = mode === 'unit' && part.length >= 2 && ctx.placeEndingAt.has(start) && ![...part.slice(0, -1)].some((c) => hasKind(stops, c, 'verb'));
      if ((cut === part.length - 1 || hasKind(stops, part, 'verb')) && !afterPlaceInChain) return -1; // "压实|镇、村": a verb word glued to the level
      if (cut >= 0 && !afterPlaceInChain) return start + cut + 1;
    }
    // "巡检镇峡|口村": the guess before holds the place before and the name's first characters; the
    // name starts where that place ends.
    const inside = mode === 'unit' && before && start === before.end ? Math.max(placeEndInside(ctx, before), placeEndWithin(ctx, before)) : -1; // "者相|镇纳|孔村" too
    // "红星|镇王|庄村": the township's suffix glued to the village's first character.
    // "江孜|镇班觉|伦布村": or the first two or three of a longer name (Tibetan villages have four).
    const afterUnit = mode === 'unit' && before && start === before.end && before.tag === 'x' && before.word.length >= 2 && before.word.length <= 4
      && /^[镇乡]/.test(before.word) && ctx.placeEndingAt.has(before.start + 1) && isAllHan(before.word);
    if (afterUnit && before) {
      parts.unshift(before.word.slice(1));
      start = before.start + 1;
    } else if (inside > 0) {
      parts.unshift(norm.slice(inside, start));
      start = inside;
    } else if (mode === 'unit' && suffixStart - start === 1 && before && before.word.length <= 2 && !/[庄村乡镇]/.test(before.word) && !hasKind(stops, before.word, 'word') && [...before.word].every((c) => isHan(c))
      && (/^(?:a|nr|nrfg|ns|nz|x|j|m|f|ng)$/.test(before.tag) || (before.tag === 'n' && (ctx.placeEndingAt.has(before.start) || sameKindListItem(norm, before.start, suffix)))) && (before.tag !== 'f' || /^[上下东西南北前后中]$/.test(before.word))
      && !blocked.has(start - 1) && !/[省市县区旗州盟]$/.test(before.word) && !UNIT_END.test(before.word)
      && ((!hasKind(stops, before.word, 'verb') && !hasKind(stops, before.word, 'generic')) || (before.tag === 'f' && ctx.placeEndingAt.has(before.start))) && !DETERMINER_START.test(before.word)) {
      // A common noun opens the name right after its township ("龙泉关镇|骆驼|湾村"), so does a word of position ("枫树岭镇|下|姜村").
      // "帮乔|庄村": a verb jieba glued to the name's first character is no part of it.
      const glued = before.tag === 'x' && before.word.length === 2 && hasKind(stops, before.word.charAt(0), 'verb') ? 1 : 0;
      parts.unshift(before.word.slice(glued));
      start = before.start + glued;
      // "古夫|镇平|邑|口村": a place before ends inside the word before that; the name starts where it ends.
      const prev = glued ? undefined : view.tokens[view.tokenAt[start - 1] ?? -1];
      const within = prev && prev.end === start && !blocked.has(start - 1) ? placeEndWithin(ctx, prev) : -1;
      if (prev && within > 0) { parts.unshift(norm.slice(within, prev.end)); start = within; }
    }
  }
  // A unit whose name jieba already joined to it ("大庄村") is complete: walking further back over
  // guessed tokens runs into the sentence ("周灵率|队到|蒙村").
  // …but not one that opens with a Uyghur morpheme ("胡|地亚|于孜镇"): the name began before it.
  let guard = mode === 'unit' && parts.length && !UYGHUR_MORPHEME.test(parts[0] ?? '') ? 99 : 0;
  /** The name taken so far is one word jieba guessed or knows as a proper name (x, ns, nz): "塔岗|水库". */
  let guessedName = false;
  while (start > 0 && guard++ < 12) {
    const placeStart = ctx.placeEndingAt.get(start);
    // "办事处|龙湖社区", "尧都区|龙湖社区": a county's or township's short form right before a community
    // or a village is that unit's own name.
    if (mode === 'unit' && start === suffixStart && placeStart !== undefined && ctx.shortFormEndingAt?.get(start) === placeStart && /^(?:村|社区|居民区)$/.test(suffix)) {
      parts.unshift(norm.slice(placeStart, start));
      start = placeStart;
      break;
    }
    if (placeStart !== undefined) {
      // "临汾|西站", "白城|经济开发区": a named place keeps its place prefix; a village stops here.
      // A landmark does not take a division written in full: "于都县|长征大桥", "贡江镇|长征大桥" are two
      // places, where "临汾|西站" is one name.
      // Nor does a city landmark with a name of its own: "北京|先农坛体育场", "上海|龙华公园" name the
      // city and then the place in it, where "临汾|西站", "白城|经济开发区", "日喀则和平机场" are one name.
      const ownName = CITY_LANDMARK.test(suffix) && suffixStart - start >= 2;
      // A division written in full stays apart from a landmark or zone with a name of its own ("于都县|贡江镇|
      // 长征大桥", "余杭区|未来科技城"), not from one named after it alone ("榕江县体育场", "临汾市体育馆").
      // A name of its own is more than words of kind and rank ("五常市|国家|现代|农业|产业园" is one place).
      const properPart = parts.some((p) => !hasKind(stops, p, 'generic') && !hasKind(stops, p, 'type') && !LEVEL_QUALIFIER.test(p));
      // A foreign airport with a name of its own stays apart from its city: "大阪|关西国际机场".
      const foreignAirport = suffix.endsWith('机场') && suffixStart > start && ctx.divisionEndingAt !== undefined && !ctx.divisionEndingAt.has(start);
      if (mode === 'named' && !ownName && !foreignAirport && !(/^(?:poi|zone)$/.test(level) && FULL_DIVISION.test(norm.slice(placeStart, start)) && suffixStart > start && properPart)) {
        parts.unshift(norm.slice(placeStart, start));
        start = placeStart;
        // "陇南·青岛产业园": two places joined by a middle dot name one place.
        // An airport takes its city and its district or town: "黄山|屯溪|国际机场", "北京|大兴|国际机场".
        // "九寨/ns|黄龙|机场": or a place jieba knows that no gazetteer holds.
        const city = suffix.endsWith('机场') ? ctx.divisionEndingAt?.get(start) ?? jiebaPlaceEndingAt(ctx, start) : undefined;
        if (city !== undefined) { parts.unshift(norm.slice(city, start)); start = city; }
        // …and so do two joined by a dash ("磨憨—磨丁经济合作区").
        const before = /^[·—–-]$/.test(norm.charAt(start - 1)) ? ctx.placeEndingAt.get(start - 1) : undefined;
        if (before !== undefined) { parts.unshift(norm.slice(before, start)); start = before; }
      }
      break;
    }
    const ti = view.tokenAt[start - 1] ?? -1;
    const t = ti >= 0 ? view.tokens[ti] : undefined;
    if (!t || blocked.has(start - 1) || !isHan(t.word[0]) || !isAllHan(t.word)) break;
    // "陈|家|院水库", "李|家|沟村": a surname and 家 open the name; 家 is no measure word there.
    const surname = view.tokens[view.tokenAt[t.start - 1] ?? -1];
    const surnameHome = t.word === '家' && surname?.tag === 'nr' && surname.word.length === 1;
    if (STOP_TAGS.has(t.tag) || hasKind(stops, t.word, 'verb') || (MEASURE_END.test(t.word) && !surnameHome) || complementAfterVerb(ctx, ti)) {
      // "靠|泊|凤凰岛": the verb goes on into the first character taken ("靠泊"); the name starts after it.
      if (parts.length && hasKind(stops, t.word + norm.charAt(start), 'verb')) {
        const first = parts[0] as string;
        if (first.length === 1) parts.shift();
        else parts[0] = first.slice(1);
        start++;
      }
      break;
    }
    // "今年|村集体收入", "去年|村里": a time word starts the clause, not a name.
    if (TIME_WORD.test(t.word)) break;
    // An unknown word that glued a verb to the name ("检查组到|西大洋水库"): the name starts after it.
    // "长坝|镇花桥|村", "临江|区白沙|街道", "试验|区营口|片区" (a division's name): jieba glued the suffix of the unit before to the name; the name starts after it.
    // "东陵区|满堂乡": a division jieba knows by its full name (one since renamed, so not in the
    // gazetteer) is the unit before, not part of this one's name.
    if (mode === 'unit' && t.tag === 'ns' && t.word.length >= 3 && /[省市县区旗]$/.test(t.word)) break;
    // "三元|镇鲁村|蔡塘自然村": a village jieba glued to its township's suffix is a unit of its own.
    if (mode === 'unit' && t.tag === 'x' && t.word.length >= 3 && /^[镇乡区县旗]/.test(t.word) && UNIT_END.test(t.word)) break;
    if (t.tag === 'x' && t.word.length >= 3 && /^[镇乡区县旗]/.test(t.word) && (mode === 'unit' || (mode === 'named' && (ctx.isDivisionName?.(t.word.slice(1)) ?? false)))) {
      parts.unshift(t.word.slice(1));
      start = t.start + 1;
      break;
    }
    // "巡检镇峡口|村": jieba's guess holds the place before and the name's first characters.
    // "郭家坝|镇烟|灯堡村", "古夫|镇平|邑口村": a place before ends inside the word jieba glued to the name.
    const inside = mode === 'unit' ? Math.max(placeEndInside(ctx, t), placeEndWithin(ctx, t)) : -1;
    if (inside > 0) {
      parts.unshift(norm.slice(inside, t.end));
      start = inside;
      break;
    }
    if (t.tag === 'x' && t.word.length >= 2) {
      let cut = -1;
      for (let i = t.word.length - 1; i >= 0 && cut < 0; i--) if (hasKind(stops, t.word.charAt(i), 'verb')) cut = i;
      if (cut >= 0) {
        // "守住|黄河流域": a complement of result after the verb is the verb's, not the name's.
        if (cut < t.word.length - 1 && !RESULT_COMPLEMENT.test(t.word.slice(cut + 1))) { parts.unshift(t.word.slice(cut + 1)); start = t.start + cut + 1; }
        break;
      }
    }
    // Two-character verbs and adverbs end the name; single ones are often pieces of an unknown name ("查干浩特").
    // Adjectives do name villages and communities ("幸福里社区", "团结村"), not other places.
    if (t.word.length >= 2 && (/^(?:v|vd|vg|d|ad)$/.test(t.tag) || (mode !== 'unit' && /^(?:a|ag|f)$/.test(t.tag)))) break;
    // Amounts end a name ("50亿元|新能源项目"); numbering words do not ("八一冰川"), nor words jieba tags m
    // that hold no number ("许家/m|坪|机场").
    if (mode !== 'unit' && /^(?:m|mq|q)$/.test(t.tag) && t.word.length >= 2 && !/^[一二三四五六七八九十]+$/.test(t.word) && !NUMBERED_NAME.test(t.word)
      && /[\d０-９零〇一二三四五六七八九十百千万亿两几多数半]/.test(t.word)) break;
    if (suffixStart - t.start > MAX_NAME[mode]) break;
    // "东华村|石板村小组": a unit before a unit is its own place; so is a lone level character, the
    // suffix of the unit before ("临江|区|白沙街道", "上店|村|石头坑村民小组").
    if (mode === 'unit' && ((UNIT_END.test(t.word) && t.word.length >= 2) || /^[省市县区旗镇乡村]$/.test(t.word))) break;
    // "科学调度|塔岗|水库": before a proper name jieba guessed or knows, a common noun of the dictionary is the
    // sentence, not more of the name (a name of common nouns, "人民|公园", has no guess in it).
    // A word of kind or rank does not end it ("延吉|国际|空港经济开发区").
    if (mode === 'named' && guessedName && t.word.length >= 2 && /^(?:n|vn)$/.test(t.tag) && !hasKind(stops, t.word, 'type') && !LEVEL_QUALIFIER.test(t.word)) break;
    guessedName = parts.length === 0 && /^(?:x|ns|nz)$/.test(t.tag) && t.word.length >= 2 && !/^[之的与和及]/.test(t.word);
    parts.unshift(t.word);
    start = t.start;
  }
  // "磨憨—磨丁经济合作区": a zone named by two places joined by a dash, the second no gazetteer's.
  const dashed = mode === 'named' && /^[—–-]$/.test(norm.charAt(start - 1)) ? ctx.placeEndingAt.get(start - 1) : undefined;
  if (dashed !== undefined && start < suffixStart) start = dashed;
  const name = norm.slice(start, suffixStart);
  if (name.length === 0) return -1;
  const core = parts.filter((p) => !LEVEL_QUALIFIER.test(p));
  const first = core[0] ?? name;
  const last = core[core.length - 1] ?? name;
  // "中铺镇|下|铺|村": right after its township, a village's name may open with a character that is
  // generic alone ("干部|下|村" is going down to the villages).
  // So may a name that opens a list item ("、外|舍|水库").
  const inChain = first.length === 1 && name.length >= 2 && !UNIT_END.test(first) && ((mode === 'unit' && ctx.placeEndingAt.has(start)) || (mode !== 'token' && /[、，；：]/.test(norm.charAt(start - 1))));
  // "珲春|铁路|口岸": a division's name and one generic kind word name a place of that division.
  const placeFirst = mode === 'named' && core.length === 2 && (ctx.isDivisionName?.(first) ?? false);
  if ((hasKind(stops, first, 'generic') && !inChain) || (hasKind(stops, last, 'generic') && !placeFirst) || hasKind(stops, name, 'generic')) return -1;
  if (parts.every((p) => hasKind(stops, p, 'generic') || hasKind(stops, p, 'type')) || productPark(ctx, start, suffixStart, suffix)) return -1;
  if (MEASURE_END.test(name) || DETERMINER_START.test(name)) return -1;
  // "任驻|村第一书记", "常驻|村里": 驻村 is "stationed in the village", not a village's name.
  if (name.endsWith('驻') && norm.startsWith('村', suffixStart)) return -1;
  if (mode === 'unit' && NUMBERED_UNITS.test(name + suffix)) return -1;
  if (name.length === 1) {
    // "蒙村": one character is a name only when jieba reads "X村" as one unknown or place word.
    const whole = holderToken && holderToken.start === start && holderToken.end === suffixStart + suffix.length;
    // "思口镇|延|村、", "溪潭镇|廉|村等": or right after its township, as an item of a list.
    const listedAfterTownship = suffix === '村' && ctx.placeEndingAt.has(start) && /[镇乡]$/.test(norm.slice(0, start)) && /^(?:[、，,；]|和|及|与|等)/.test(norm.slice(suffixStart + 1, suffixStart + 2));
    if (!(whole && suffix === '村' && (holderToken.tag === 'x' || holderToken.tag === 'ns')) && !listedAfterTownship) return -1;
  }
  return start;
}

/** Every suffix name in the text. Suffixes are few, so one regex over them is cheap. */
export function findSuffixNames(ctx: SuffixContext, rules: SuffixRule[], suffixWords: WordFinder): SuffixHit[] {
  const { view } = ctx;
  const norm = view.doc.norm;
  const bySuffix = new Map(rules.map((r) => [r.suffix, r]));
  const out: SuffixHit[] = [];
  for (const m of suffixWords.all(norm)) {
    const rule = bySuffix.get(m.word) as SuffixRule;
    const s = m.index;
    const e = s + m.word.length;
    // The suffix must end a token: "村民", "镇长", "山区" are other words.
    // A listed or gazetteer place already ends here ("临汾经济开发区" is itself a division).
    if (!suffixEndsHere(ctx, rule, s, e) || ctx.blocked.touches(s, e) || (ctx.placeEndingAt.has(e) && !(rule.mode === 'placed' && ctx.placeEndingAt.get(e) === s))) continue;
    if (rule.mode === 'placed') {
      // "朝阳|站": only right after a place.
      const placeStart = ctx.divisionEndingAt?.get(s);
      if (placeStart !== undefined) out.push({ start: placeStart, end: e, level: rule.level, rule: `place + ${rule.suffix}` });
      // "徐闻港": jieba's one word, a division's short form and the suffix; "硇洲/ns|岛": a short form
      // jieba tags as a place right before it, which no context confirmed.
      else {
        const t = view.tokens[view.tokenAt[s] ?? -1];
        const before = t?.start === s ? view.tokens[view.tokenAt[s - 1] ?? -1] : undefined;
        const start = t && t.end === e && e - t.start >= 3 ? t.start : before && before.end === s && before.tag === 'ns' && before.word.length >= 2 ? before.start : -1;
        if (start >= 0 && !ctx.blocked.touches(start, e) && ctx.isDivisionName?.(norm.slice(start, s))) out.push({ start, end: e, level: rule.level, rule: `division's word + ${rule.suffix}` });
        // "桃花岛/ns", "东极岛/x": an island jieba reads as one name of three or four characters.
        else if (rule.suffix === '岛' && t && t.end === e && e - t.start >= 3 && e - t.start <= 4 && /^(?:ns|x)$/.test(t.tag) && isAllHan(t.word)
          && !ctx.blocked.touches(t.start, e) && !DETERMINER_START.test(t.word) && !hasKind(ctx.stops, t.word, 'word') && !hasKind(ctx.stops, t.word.slice(0, -1), 'generic')
          && !/[一二三四五六七八九十百千万两]岛$/.test(t.word)) { // "英伦三岛": a count of islands
          out.push({ start: t.start, end: e, level: rule.level, rule: 'island jieba reads as one name' });
        }
      }
      continue;
    }
    if (rule.mode === 'token') {
      // "巡林|和沁河/nr", "对弥河/x": jieba glued a conjunction or preposition to a listed river.
      const glued = gluedToListed(ctx, s, e);
      if (glued >= 0) { out.push({ start: glued, end: e, level: rule.level, rule: `listed river after a glued word` }); continue; }
      // "五花海/ns", "日本海/ns": a lake or sea only as a place word of jieba's, not a person's name
      // ending in 海 ("张坤海", "李北海": a surname opens them) nor a two-character metaphor ("蓝海").
      const sea = rule.suffix === '海';
      const river = sea ? -1 : riverStart(ctx, s, e);
      if (river >= 0) { out.push({ start: river, end: e, level: rule.level, rule: `name before ${rule.suffix}` }); continue; }
      const t = view.tokens[view.tokenAt[s] ?? -1];
      const along = !sea && t && t.end === e && t.start === s - 1 && t.tag === 'x' ? afterGluedAlong(ctx, t.start) : -1;
      if (along >= 0 && !hasKind(ctx.stops, norm.slice(along, s), 'generic')) { out.push({ start: along, end: e, level: rule.level, rule: `name glued to 沿 + ${rule.suffix}` }); continue; }
      const name = t ? norm.slice(t.start, s) : '';
      const before = t ? view.tokens[(view.tokenAt[t.start - 1] ?? -1)] : undefined;
      // "东河沿岸" yes; "守河" (a verb), "县长马天峡" (a person after a title) no.
      // A place jieba's dictionary knows ("清川江/ns", "猫儿山/ns") needs no opening, unless a title or
      // a surname stands before it.
      const known = t?.tag === 'ns' && name.length >= 2 && before !== undefined && before.tag !== 'title' && !/^nr/.test(before.tag);
      const opens = (!before || !isHan(before.word[0]) || /^(?:p|c|v|f|d|uj)$/.test(before.tag) || known || afterVerb(before)) && !LONGER_NAME_AFTER.test(norm.slice(e, e + 2));
      // "杨洪江", "王廷江": an unknown three-character word led by a common surname is a person's name.
      // So is one of two or three opening a line before a colon: the speaker of an interview ("姜某：…").
      const speaker = t !== undefined && (t.start === 0 || norm[t.start - 1] === '\n') && (norm[e] === '：' || norm[e] === ':') && t.word.length <= 3;
      // No given name ends in 荡 ("乌巾荡" is a lake).
      const person = t?.tag === 'x' && rule.suffix !== '荡' && (t.word.length === 3 || speaker) && (ctx.surnameOdds?.get(t.word.charAt(0)) ?? 0) >= SURNAME_ODDS;
      // "中|俄界江", "中朝|界河": a border river between two states, not a river's name.
      const border = name.endsWith('界');
      // "九江|市长": a city's name before its head's post belongs to the title.
      const titleAfter = /^[省市县区州][长委]/.test(norm.slice(e, e + 2));
      const badSea = sea && (t === undefined || t.word.length < 3 || t.tag !== 'ns' || (ctx.surnameOdds?.get(t.word.charAt(0)) ?? 0) >= SURNAME_ODDS);
      if (t && t.end === e && t.start < s && (t.tag === 'ns' || t.tag === 'x') && opens && !badSea && !titleAfter && !person && !border && !DETERMINER_START.test(name) && !blocked(ctx, t.start, e)
        && !hasKind(ctx.stops, t.word, 'word') && !hasKind(ctx.stops, name, 'verb') && !hasKind(ctx.stops, name, 'generic')) {
        out.push({ start: t.start, end: e, level: rule.level, rule: `place token ending in ${rule.suffix}` });
      }
      // "金鸡|湖畔", "汾|河边": jieba took the shore with the suffix; the name is the word before,
      // unless it is a kind of place or a position (stop/places.txt: "公园|湖畔", "村前|河边").
      const shore = t && !sea && t.start === s && SHORE.test(t.word) ? view.tokens[view.tokenAt[s - 1] ?? -1] : undefined;
      if (shore && shore.end === s && shore.word.length >= 2 && shore.word.length <= 3 && /^(?:ns|nz|x|n)$/.test(shore.tag) && [...shore.word].every((c) => isHan(c))
        && !hasKind(ctx.stops, shore.word, 'generic') && !hasKind(ctx.stops, shore.word, 'type') && !hasKind(ctx.stops, shore.word, 'word') && !blocked(ctx, shore.start, e)) {
        out.push({ start: shore.start, end: e, level: rule.level, rule: `name before ${rule.suffix} + shore` });
      }
      continue;
    }
    let start = nameStart(ctx, s, rule.mode, rule.suffix, rule.level);
    if (start < 0 || noPlaceInName(ctx, rule.suffix, start, s)) continue;
    // "北京人民大会堂" as one jieba word: the city before the landmark's own name is a place of its own.
    if (CITY_LANDMARK.test(rule.suffix)) for (let p = s - 2; p >= start + 2; p--) if (ctx.placeEndingAt.get(p) === start) { start = p; break; }
    // "玛纳斯河流域", "滇池流域": the river or lake is the place; its basin is how the text speaks of it.
    if (rule.suffix === '流域' && s - start >= 2 && /[河江湖水池海淀泊溪]$/.test(norm.slice(start, s))) {
      out.push({ start, end: s, level: 'poi', rule: 'river before 流域' });
      continue;
    }
    const port = rule.suffix === '港区' ? portBefore(ctx, start, s) : undefined;
    if (port) {
      out.push(port);
      start = port.end;
    }
    out.push({ start, end: e, level: rule.level, rule: `name ending in ${rule.suffix}` });
  }
  return out;
}

/** "浩门镇、|青石|嘴镇": a common noun opens an item of a list of units of the same kind. */
function sameKindListItem(norm: string, at: number, suffix: string): boolean {
  return norm.charAt(at - 1) === '、' && norm.charAt(at - 2) === suffix.charAt(suffix.length - 1);
}
