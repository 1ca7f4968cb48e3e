import { HAN } from '../_han.js';
import { loadDict } from '../../lexicon/load.js';
import type { Candidate, TokenIndex } from './candidate.js';
import type { Token } from '../../types.js';

/**
 * Fixed parallel lines: "早落地、早开工、早投产", "守河有责、守河尽责", "资源开发可持续、生态环境可持续",
 * "河清、岸绿、景美", "稳增长、促改革、调结构". A run of Han stretches joined by 、 is cut into items
 * of one length (the first and last stretch may carry surrounding words: "助力项目早落地"); the line
 * is kept when the items are visibly parallel and are predicates, not a list of nouns or entities
 * ("市公安局、市卫健委", "农业、工业、服务业", "党员、干部、群众").
 */
// The look-behind starts a run only where Han text starts: without it a long stretch with no 、
// is re-scanned from every character (quadratic).
const RUN = new RegExp(`(?<![${HAN}])[${HAN}]+(?:、[${HAN}]+){1,5}`, 'gu');
/** A frame line "以现代文化为引领,以科技、教育为支撑": two 以…为… clauses joined by a comma. */
const FRAME = new RegExp(`以[${HAN}、]{1,10}?为[${HAN}]{2},以[${HAN}、]{1,10}?为[${HAN}]{2}`, 'gu');

const MIN_ITEM = 2;
const MAX_ITEM = 8;
/** Function words mark prose, not a watchword: "加强党的建设、加强作风建设". */
const FUNCTION_CHARS = /[的之和与及或并把被将在了着过其这那各每等是]/u;
/** Tags of words that name things (jieba's nouns, numbers, pronouns, times, tifa's titles; zg: the 县 of "县|水利|局"). */
const NOMINAL = /^(?:n|nr|ns|nt|nz|ng|t|m|mq|q|r|f|s|a|b|zg|title|tg)$/u;
/** A shared opening that is a thing, not an action: "市公安局、市卫健委", "发展成效显著、发展潜力巨大". */
const NOUN_OPENING = /^(?:n|nr|ns|nt|nz|ng|vn|r|t|b|title)$/u;
/** A shared ending that is an action: "资源开发可持续、生态环境可持续", "多头跑、来回跑". */
const VERB_ENDING = /^(?:v|vd|vi|d|i|l)$/u;

/** Names and posts make a roll call, not a line: "副市长刘某、秘书长张某". */
const POST = /^(?:title|nt)$/u;
/** The last characters of a road's, a line's or a bridge's name. */
const INFRASTRUCTURE_END = /(?:高速|高铁|铁路|公路|大道|大桥|隧道|机场)$/u;
/** A bureau's or a department's suffix inside an item. */
const BUREAU = /(?<![全大格布结开])局|厅/u;
const COMMITTEE = /^[省市县区州镇乡].{1,3}委$/u;
/** Degree words open comparative prose, not watchwords: "更大力度、更实举措", "最大限度". */
const DEGREE_OPENING = /^[更最很较越]/u;

let surnames: Set<string> | null = null;
function surnameSet(): Set<string> {
  surnames ??= new Set(loadDict('surnames.txt', { minCols: 1, maxCols: 1 }).map((e) => e.cols[0] as string));
  return surnames;
}

/** A post, or a name jieba tags nr that starts with a surname (it also tags "小康" nr). */
function isPersonOrPost(t: Token): boolean {
  if (t.end - t.start < 2) return false;
  return POST.test(t.tag) || (t.tag === 'nr' && surnameSet().has(t.word[0] as string));
}

function sharedPrefix(items: string[]): number {
  const first = items[0] as string;
  let n = 0;
  while (n < first.length && items.every((s) => s[n] === first[n])) n++;
  return n;
}

function sharedSuffix(items: string[]): number {
  const first = items[0] as string;
  let n = 0;
  while (n < first.length && items.every((s) => s[s.length - 1 - n] === first[first.length - 1 - n])) n++;
  return n;
}

/** An item with no verb that ends in a noun of 2+ characters: "市公安局", "新模式", "更多领域". */
function isNominal(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1];
  return last !== undefined && last.end - last.start >= 2 && tokens.every((t) => NOMINAL.test(t.tag));
}

let predicates: Set<string> | null = null;
function predicateSet(): Set<string> {
  predicates ??= new Set(loadDict('slogan-predicates.txt', { minCols: 1, maxCols: 1 }).map((e) => e.cols[0] as string));
  return predicates;
}

/** Verb + object over two words ("稳/增长"), or subject + a one-character predicate ("岸绿", "产业兴"). */
function isPredicateItem(item: string, ts: Token[]): boolean {
  if (predicateSet().has(item[item.length - 1] as string)) return true;
  // Not two verbs of one character each: "分|拣" of "采摘、分拣、装箱" is one verb jieba split.
  return ts.length >= 2 && ts[0]?.tag === 'v' && !(item.length === 2 && /^v/.test(ts[1]?.tag ?? ''));
}

/** The span of each item when every item is `len` characters long. */
function cut(runStart: number, stretches: string[], len: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let pos = runStart;
  stretches.forEach((s, i) => {
    if (i === 0) spans.push([pos + s.length - len, pos + s.length]);
    else spans.push([pos, pos + len]);
    pos += s.length + 1; // the 、
  });
  return spans;
}

function acceptable(norm: string, spans: Array<[number, number]>, index: TokenIndex): boolean {
  const items = spans.map(([s, e]) => norm.slice(s, e));
  if (items.some((s) => FUNCTION_CHARS.test(s))) return false;
  const first = spans[0] as [number, number];
  const last = spans[spans.length - 1] as [number, number];
  // "…、生态美|的要求": jieba may read the last character and 的 as one word (美的, a brand); 的 still ends the line.
  if (!index.isStart(first[0]) || !(index.isEnd(last[1]) || norm.charAt(last[1]) === '的')) return false;
  const tokens = spans.map(([s, e]) => index.within(s, e));
  if (tokens.some((ts) => ts.some((t) => isPersonOrPost(t)))) return false;
  if (items.every((s) => DEGREE_OPENING.test(s))) return false;
  // "县文广新旅局、县住建局负责同志": a list of bureaus (局, 厅; not 全局, 大局, 格局, 布局), not a line.
  if (items.some((s) => BUREAU.test(s))) return false;
  // "区科委、区经委": a list of commissions named by their level, not a line.
  if (items.every((s) => COMMITTEE.test(s))) return false;
  // "玩得开心、住得放心": a verb and a two-character complement of degree tell how people feel, a
  // local wish, not a watchword ("搬得出、稳得住" have one-character complements).
  if (items.every((s) => s.length >= 4 && s.charAt(1) === '得')) return false;
  // "京港澳高速、大广高速": roads, lines and bridges named in a list.
  if (items.every((s) => INFRASTRUCTURE_END.test(s))) return false;
  // Half or more of the items are things: a list ("新路径、新模式"), though jieba may tag one
  // verb of a real line as a noun ("早落地/n、早开工、早投产").
  if (tokens.filter(isNominal).length * 2 >= items.length) return false;
  const len = items[0]?.length ?? 0;
  // A list of names: most items open with a surname ("李祖X、叶裕X、须汉X").
  // ("路畅、灯明、景美" opens with surnames too, but its items are predicates.)
  if (len === 3 && items.every((s) => surnameSet().has(s[0] as string))) return false;
  if (len <= 3 && items.filter((s, i) => surnameSet().has(s[0] as string) && !isPredicateItem(s, tokens[i] ?? [])).length * 2 > items.length) return false;
  const prefix = sharedPrefix(items);
  const suffix = sharedSuffix(items);
  if (Math.max(prefix, suffix) >= len) return false; // the same item twice
  // "栖息地保护、护林员巡护": one shared last character of longer items is a rhyme of prose, not a line.
  if (prefix === 0 && suffix === 1 && len >= 5) return false;
  // "尊老、爱老", "留下来、住下来", "防碰撞、防火灾": two short items sharing a part are too thin for a
  // line (a national one of that shape, 稳外贸、稳外资, is in the lexicon).
  if (len <= 3 && items.length < 3 && (prefix || suffix)) return false;
  // What differs between the items is only things: "进工地、进车间、进温棚", "生态保护、文物保护".
  const byPrefix = prefix >= suffix;
  const varying = spans.map(([s, e]) => index.within(byPrefix ? s + prefix : s, byPrefix ? e : e - suffix));
  if ((prefix || suffix) && varying.every((ts) => ts.every((t) => NOMINAL.test(t.tag)))) return false;
  const firstTokens = tokens[0] ?? [];
  if (byPrefix && prefix > 0) {
    const opening = firstTokens[0];
    return opening !== undefined && !NOUN_OPENING.test(opening.tag) && !(opening.tag === 'a' && opening.end - opening.start > 1);
  }
  if (suffix > 0) {
    if (len === 2) return false; // "尊老、敬老、爱老", "具体化、清单化": a shared object or suffix, not a line
    return VERB_ENDING.test(firstTokens[firstTokens.length - 1]?.tag ?? '');
  }
  // No shared characters: three or more short items, each verb + object or subject + predicate
  // ("河清、岸绿、景美", "稳增长、促改革、调结构"); one may miss, as jieba splits oddly. "调研、指导、
  // 检查", "桔子、芒果、橄榄" have no such items.
  if (items.length < 3 || len > 3) return false;
  return items.filter((s, i) => !isPredicateItem(s, tokens[i] ?? [])).length <= 1;
}

export function findParallel(norm: string, index: TokenIndex): Candidate[] {
  const out: Candidate[] = [];
  for (const m of norm.matchAll(RUN)) {
    const runStart = m.index ?? 0;
    const stretches = m[0].split('、');
    const inner = stretches.slice(1, -1);
    const firstLen = (stretches[0] as string).length;
    const lastLen = (stretches[stretches.length - 1] as string).length;
    // Inner stretches are whole items and fix the length; otherwise try the longest length first.
    let lengths: number[];
    if (inner.length) {
      const len = (inner[0] as string).length;
      if (inner.some((s) => s.length !== len) || len < MIN_ITEM || len > MAX_ITEM) continue;
      lengths = [len];
    } else {
      lengths = [];
      for (let len = Math.min(firstLen, lastLen, MAX_ITEM); len >= MIN_ITEM; len--) lengths.push(len);
    }
    for (const len of lengths) {
      if (firstLen < len || lastLen < len) continue;
      const spans = cut(runStart, stretches, len);
      if (!acceptable(norm, spans, index)) continue;
      out.push({ start: (spans[0] as [number, number])[0], end: (spans[spans.length - 1] as [number, number])[1], kind: 'parallel', rule: 'parallel line' });
      break;
    }
  }
  for (const m of norm.matchAll(FRAME)) {
    const start = m.index ?? 0;
    if (index.isStart(start)) out.push({ start, end: start + m[0].length, kind: 'parallel', rule: 'parallel frame' });
  }
  return out;
}
