/**
 * Finding dates (resolving is resolve.ts): date cores are matched on `doc.norm`, adjacent cores are
 * joined ("今年" + "3月底", "12月17日" 至 "19日"), then a daypart, a clock time and "以来/期间/时期"
 * are attached. Every pattern is a bounded alternation, so the scan is linear in the text.
 */
import { dateWords } from './words.js';
import { parseNumber } from './numbers.js';
import { alternation } from '../_han.js';

export interface FoundDate { start: number; end: number; rule: string }

const NOT_AFTER_NUMBER = '(?<![0-9.〇零一二三四五六七八九十百千万两几第个])';
const HAN_DIGIT = '〇零一二三四五六七八九';
const YEAR4 = `(?:\\d{4}|[${HAN_DIGIT}]{4})年`;
const YEAR_BEFORE_MONTH = `(?:\\d{2,4}|[${HAN_DIGIT}]{2,4})年`;
const MONTH_NUMBER = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
const MONTH = `${MONTH_NUMBER}月份?`;
const DAY_NUMBER = '(?:3[01]|[12]\\d|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九])';
const DAY = `${DAY_NUMBER}[日号]`;
const RANGE_TO = '(?:至|到|——|[-—～~])';
/** "4月14—16日": the first day is written without 日. */
const DAY_BEFORE_RANGE = `${DAY_NUMBER}(?=${RANGE_TO}${DAY})`;
const MONTH_PART = '(?:上中旬|中下旬|上旬|中旬|下旬|月?初|月?底|月?末)';
/** "前三季度", "前3季度": the year's first quarters. */
const FIRST_QUARTERS = '前[二三两2-4]个?季度';
/** "一至三季度", "1-3季度": the first quarter is written without 季度. */
const QUARTER_RANGE = `[一二三1-3]${RANGE_TO}[二三四2-4]季度`;
/** "今年前5个月", "2021年前十个月": only after a year, since a bare "前两个月" is also "two months ago". */
const FIRST_MONTHS = '前(?:十[一二]?|1[01]|[一二三四五六七八九两2-9])个月';
const YEAR_PART = `(?:年?初|年?底|年?末|上半年|下半年|${FIRST_QUARTERS}|${QUARTER_RANGE}|${FIRST_MONTHS}|第?[一二三四1-4]季度(?:初|末)?|首季度)`;
const QUARTER = `(?:${QUARTER_RANGE}|第?[一二三四1-4]季度(?:初|末)?|首季度|${FIRST_QUARTERS}|上半年|下半年)`;
/** "上世纪", "20世纪", "二十一世纪": a century, before a decade or alone. */
const CENTURY = '(?:上|本|(?<![\\d])(?:1\\d|20|21)|二?十[一二三四五六七八九]?)世纪';
const ERA_PART = '(?:初期|初|前期|中期|后期|末期|末)';
const CONNECTOR = /^(?:至|到|—|——|-|~|～|－)$/;
/** First characters of words ending in 节 (环节, 季节, 细节, 关节, 章节, 调节, 礼节, 情节, 音节, 时节, 使节, 枝节, 竹节, 脱节, 过节, 小节, 春节 …). */
const WORDS_ENDING_IN_JIE = '环季细关章调礼情音时使枝竹脱过小春秋佳令名气';
/** "一周一督查、一月一通报": 一月 before 一 (not 一日/一号) is "once a month", no January. */
const NOT_ONCE_A_MONTH = '(?!一月一(?![日号]))';
/** "日本", "日报", "5日内" (a duration): a bare "N日" followed by these is no date. */
const NOT_A_DAY_AFTER = '(?![本报均常益用夜内子记程趋元币])';

interface Rules { core: RegExp; joinable: Set<string>; afterYear: Set<string>; suffix: RegExp }
let rules: Rules | null = null;

function compile(): Rules {
  if (rules) return rules;
  const w = dateWords();
  const yearWords = w.of('year-offset');
  // "五一", "十一" read as numbers too: only quoted or before a holiday word are they festivals.
  const names = [...w.festivals.keys()];
  // "两节", "双节" (two festivals at once) read as counts too ("两节课", "双节棍").
  const isNumberLike = (n: string) => parseNumber(n) !== null || /^[两双]/.test(n);
  const wordFestivals = `(?:${alternation(names.filter((n) => !isNumberLike(n)))})`;
  const numberFestivals = `(?:${alternation(names.filter(isNumberLike)) || '(?!)'})(?=期间|假期|小长假|长假|黄金周|前后|前夕)`;
  const standalone = w.of('day-offset', 'same-day', 'quarter-offset', 'unresolved');
  const parts: [string, string][] = [
    // Not inside a web address ("…/2019-08-02/3428.html").
    ['iso day', `(?<![\\d./])\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?![\\d./])`],
    ['year range', `(?<![\\d.])\\d{4}(?:——|[-/—～~至到])\\d{4}年度?`],
    // "1至3月", "2018年2—4月": the first month is written without 月.
    ['month range', `${NOT_AFTER_NUMBER}(?:${YEAR_BEFORE_MONTH})?${MONTH_NUMBER}${RANGE_TO}${MONTH}`],
    ['day range', `(?<![0-9月日号〇零一二三四五六七八九十两几第个])${DAY_NUMBER}${RANGE_TO}${DAY}`],
    ['month and day', `${NOT_AFTER_NUMBER}(?:${YEAR_BEFORE_MONTH})?${NOT_ONCE_A_MONTH}${MONTH}(?:${DAY}|${DAY_BEFORE_RANGE}|${MONTH_PART})?`],
    // "腊月二十三", "农历正月初八": lunar dates, resolved to their Gregorian day.
    ['lunar date', `(?:(?:${YEAR_BEFORE_MONTH})?农历)?(?:[正腊冬]月|(?<=农历)${MONTH})(?:初[一二三四五六七八九十]|${DAY_NUMBER}(?![0-9〇零一二三四五六七八九十]))?`],
    // "上世纪90年代", "八十年代末", "本世纪中叶": decades and centuries are periods, as plans are.
    ['decade', `(?<![\\d${HAN_DIGIT}十])(?:${CENTURY})?(?:[1-9]0|[二三四五六七八九]十)年代${ERA_PART}?`],
    ['century', `(?<!第)${CENTURY}(?:初期|初|中期|中叶|末期|末)?`],
    ['two years', '今明两年'],
    ['year', `(?<![\\d.${HAN_DIGIT}])${YEAR4}度?${YEAR_PART}?`],
    ['relative year', `(?:${yearWords})${YEAR_PART}?`],
    ['period', `${NOT_AFTER_NUMBER}${QUARTER}`],
    ['five-year plan', `[“"]十?[一二三四五六七八九]五[”"]|(?<![一二三四五六七八九十百千万零〇两第])十[一二三四五六七八九]五(?![一二三四五六七八九十百千万个年岁%.])`],
    // "国庆节前", "春节后": just before or after the festival (前后 and 前夕 are joined as periods).
    ['festival', `(?:[鼠牛虎兔龙蛇马羊猴鸡狗猪]年)?(?:[“"](?:${w.festivalAlternation})[”"]|${wordFestivals}|${numberFestivals})(?:[前后](?![后夕来面期]))?`],
    ['bare day', `(?<![0-9月日号〇零一二三四五六七八九十两几第个])(?:3[01]|[12]\\d|0?[1-9]|[二三]?十[一二三四五六七八九]?)日${NOT_A_DAY_AFTER}`],
    ['relative month', `(?:${w.of('month-offset')})${MONTH_PART}?`],
    ['relative week', `(?:${w.of('week-offset')})(?:末|[一二三四五六日天](?![次个天周]))?`],
    // A weekday alone is one of the reference week ("星期五"); "周五" reads as a name, so only before a daypart.
    ['weekday', `(?<![每个])(?:(?:星期|礼拜)[一二三四五六日天]|周[一二三四五六日](?=${w.of('daypart')}))(?![次个天周])`],
    // "三明日报", "今日头条": a word ending in 日 that runs into 报 or 头条 is a paper's name ("今日报名" is not).
    // "节前走访" (before the festival), but not the 节 of 环节/季节/细节 before 前 or 后.
    ['relative', `(?:(?<![${WORDS_ENDING_IN_JIE}])(?=节[前后])|(?!节[前后]))(?:${standalone})(?<!日(?=报(?![名到送告道批请销考警])|头条))`],
    // Quoted like a festival: "“七下八上”期间".
    // Not 入秋 of "进入|秋冬季": entering is 进入, the season the word after it.
    ['season', `(?:[“"](?:${w.of('season')})[”"]|(?<!进(?=入))(?:${w.of('season')}))`],
    ['year part', `(?<![\\d${HAN_DIGIT}])(?:年初|年底|年末)`],
  ];
  const source = parts.map(([, p]) => `(${p})`).join('|');
  // Each part consumes at least one character when its word lists are not empty: then a match can
  // only start with a character the pattern names, and the lookahead lets the regex skip all others
  // at once instead of trying 21 alternatives (most behind a lookbehind) at every position.
  const lists = [yearWords, standalone, w.of('season'), w.of('month-offset'), w.of('week-offset'), w.festivalAlternation];
  const starts = lists.every((l) => l !== '') ? namedCharsClass(source) : null;
  const core = new RegExp(starts ? `(?=[${starts}])(?:${source})` : source, 'gu');
  const joinable = new Set(['lunar date', 'weekday', 'relative month', 'iso day', 'year range', 'month range', 'day range', 'month and day', 'year', 'relative year', 'period', 'bare day']);
  // A festival or season continues a year written right before it ("2023年春节", "今年秋天").
  const afterYear = new Set(['festival', 'season']);
  const clock = `(?:\\d{1,2}[:：]\\d{2}|[0-9〇零一二三四五六七八九十]{1,3}[点时](?:半|[0-9〇零一二三四五六七八九十]{1,3}分)?)`;
  // A clock time only after a daypart: "2008年10月10日07:20" in a byline is a timestamp, not a date.
  // "9月底前", "年底前", "6月下旬前", "7月20日前", "明年一季度前": a deadline (前 there cannot start 前往 or 前夕);
  // "国庆假期后", "明年秋季前", "主汛期前", "暑假前": just before or after a holiday or a season, as "国庆节前" is.
  // "元宵节当天", "除夕夜": the festival's own day or night, one date as "春节期间" is.
  const suffix = new RegExp(`(?:(?:${w.of('daypart')})${clock}?|${w.of('since', 'period')}|(?<=节)当[天日]|(?<=除夕)夜|(?<=底|旬|季度|\\d[日号]|[一二三四五六七八九十][日号])前(?![往进行来去夕面])|(?<=假期|汛期|暑期|[暑寒]假|[春夏秋冬]季)[前后](?![往进行来去夕面期天年赛一二两三四五六七八九十几\\d]))`, 'y');
  rules = { core, joinable, afterYear, suffix };
  return rules;
}
/**
 * A class of every character `source` names (ranges expanded), with the digits of \\d: a superset of
 * the characters a match can start with. Null when the pattern may match a character it does not
 * name (., \\s, \\w, \\p{…}, [^…], other escapes) or names half a surrogate pair.
 */
function namedCharsClass(source: string): string | null {
  const codes = new Set<number>();
  let inClass = false;
  let prev = -1;
  const escaped = (e: string | undefined): number => (e !== undefined && /^[\\^$.|?*+()[\]{}/-]$/.test(e) ? e.charCodeAt(0) : -1);
  for (let i = 0; i < source.length; i++) {
    let c = source.charCodeAt(i);
    if (c === 0x5c) {
      const e = source[++i];
      if (e === 'd') {
        for (let d = 0x30; d <= 0x39; d++) codes.add(d);
        prev = -1;
        continue;
      }
      c = escaped(e);
      if (c < 0) return null;
    } else if (inClass && c === 0x5d) {
      inClass = false;
      prev = -1;
      continue;
    } else if (!inClass && c === 0x5b) {
      if (source[i + 1] === '^') return null;
      inClass = true;
      prev = -1;
      continue;
    } else if (!inClass && c === 0x2e) return null;
    else if (inClass && c === 0x2d && prev >= 0 && source[i + 1] !== ']') {
      let hi = source.charCodeAt(++i);
      if (hi === 0x5c) hi = escaped(source[++i]);
      if (hi < prev) return null;
      for (let x = prev; x <= hi; x++) codes.add(x);
      prev = -1;
      continue;
    }
    codes.add(c);
    prev = c;
  }
  if ([...codes].some((x) => x >= 0xd800 && x <= 0xdfff)) return null;
  return [...codes].map((x) => `\\u{${x.toString(16)}}`).join('');
}

const RULE_NAMES = ['iso day', 'year range', 'month range', 'day range', 'month and day', 'lunar date', 'decade', 'century', 'two years', 'year', 'relative year', 'period', 'five-year plan', 'festival', 'bare day', 'relative month', 'relative week', 'weekday', 'relative', 'season', 'year part'];

/** Every date surface in `norm` (the normalised text), in text order, not overlapping. */
export function findDates(norm: string): FoundDate[] {
  const { core, joinable, afterYear, suffix } = compile();
  const cores: { start: number; end: number; rule: string }[] = [];
  for (const m of norm.matchAll(core)) {
    const start = m.index ?? 0;
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    cores.push({ start, end: start + m[0].length, rule: RULE_NAMES[group - 1] ?? 'date' });
  }
  const out: FoundDate[] = [];
  for (let i = 0; i < cores.length; i++) {
    const cur = { ...cores[i]! };
    const first = cur.rule;
    for (;;) {
      // "上午", "下午3时", "以来", "期间": attached after each part ("9月21号下午5点~9月22号上午5点").
      for (let k = 0; k < 3; k++) {
        suffix.lastIndex = cur.end;
        const sfx = suffix.exec(norm);
        if (!sfx || sfx[0] === '') break;
        cur.end += sfx[0].length;
      }
      while (i + 1 < cores.length && cores[i + 1]!.start < cur.end) i++; // swallowed by a suffix
      if (i + 1 >= cores.length || !joinable.has(first)) break;
      // Join the next core when it continues this one ("今年"+"一季度") or closes a range ("至19日").
      const next = cores[i + 1]!;
      if (next.start - cur.end > 2) break;
      const gap = norm.slice(cur.end, next.start);
      const continuesYear = gap === '' && afterYear.has(next.rule) && (first === 'year' || first === 'relative year');
      if (!continuesYear && (!joinable.has(next.rule) || !(gap === '' || CONNECTOR.test(gap)))) break;
      if (gap !== '' && cur.rule === 'range') break; // one connector per date
      cur.end = next.end;
      if (gap !== '') cur.rule = 'range';
      i++;
    }
    // "2022年4月8日（星期五）": the weekday only restates the date before it.
    const prev = out[out.length - 1];
    if (cur.rule === 'weekday' && prev && /^[\s（(]{0,2}$/.test(norm.slice(prev.end, cur.start))) continue;
    out.push(cur);
  }
  return out;
}

/** `[start, end)` ranges of document titles in 《》, where GOLD-FORMAT annotates nothing. */
export function titleRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf('《'); i >= 0; i = text.indexOf('《', i + 1)) {
    const close = text.indexOf('》', i);
    // An unclosed 《 must not swallow the article: titles are short.
    if (close < 0 || close - i > 200) continue;
    out.push([i, close + 1]);
    i = close;
  }
  return out;
}
