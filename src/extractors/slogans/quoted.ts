import { loadDict } from '../../lexicon/load.js';
import { HAN, alternation } from '../_han.js';
import type { Candidate } from './candidate.js';

/**
 * Quoted watchwords: “第一落点”, “临汾温度”, “政策稳定、竞争公平、服务高效、成本优惠”. The matching
 * view already turns 「」 into “”; inner quotes ‘动态清零’, 『…』 and straight "…" count too. Inner 、
 * and commas are allowed (a quoted parallel line); sentence punctuation is not, so quoted speech is
 * left out. Each alternative's body excludes its own delimiters, so matching is linear.
 */
const BODY = '{2,32}';
const STOP_PUNCT = '\\n。！？!?；;：:《》';
const QUOTED = new RegExp(
  [`“([^“”‘’${STOP_PUNCT}]${BODY})”`, `‘([^‘’“”${STOP_PUNCT}]${BODY})’`, `『([^『』${STOP_PUNCT}]${BODY})』`, `"([^"“”${STOP_PUNCT}]${BODY})"`].join('|'),
  'gu',
);
const HAN_CHAR = new RegExp(`[${HAN}]`, 'gu');
/** Questions and speech: sentence-final particles, question words. */
const SPEECH = /[吗呢吧啊呀嘛]$|^(?:为什么|怎么|如何|哪)/u;
/**
 * Pronouns mark quoted speech ("我们一定把路修好") once the quote is sentence-long; a short one can
 * be a service line ("你办事我放心", "有困难找我").
 */
const PRONOUN = /[我你您咱她]|他们/u;
const SHORT_LINE = 7;
/** A quoted group continues with more quoted phrases ("“美丽乡村”“美丽公路”等建设"). */
const MORE_QUOTES = /^(?:[、,，\s]*[“‘『"][^“”‘’『』"\n]{0,32}[”’』"])*\s*等?/u;

interface Cues { before: RegExp | null; after: RegExp | null; near: RegExp | null; start: RegExp | null; end: RegExp | null }
let cues: Cues | null = null;

function contextCues(): Cues {
  if (cues) return cues;
  const before: string[] = [];
  const after: string[] = [];
  const near: string[] = [];
  const start: string[] = [];
  const end: string[] = [];
  for (const e of loadDict('slogan-quote-context.txt', { minCols: 3, maxCols: 3 })) {
    const [side, cue] = e.cols as [string, string];
    if (side === 'before') before.push(cue);
    else if (side === 'after') after.push(cue);
    else if (side === 'near') near.push(cue);
    else if (side === 'start') start.push(cue);
    else if (side === 'end') end.push(cue);
    else throw new Error(`${e.file}:${e.line}: side must be "before", "after", "near", "start" or "end", not "${side}"`);
  }
  cues = {
    before: before.length ? new RegExp(`(?:${alternation(before)})$`, 'u') : null,
    after: after.length ? new RegExp(`^(?:${alternation(after)})`, 'u') : null,
    near: near.length ? new RegExp(`^[${HAN}]{0,8}?(?:${alternation(near)})`, 'u') : null,
    start: start.length ? new RegExp(`^(?:${alternation(start)})`, 'u') : null,
    end: end.length ? new RegExp(`(?:${alternation(end)})$`, 'u') : null,
  };
  return cues;
}

/** "三个标杆", "两个确立", "四个全面": a count of two-character parts; "四地", "五大安全": a count of one kind. */
const COUNTED_FORMULA = /^(?:[两二三四五六七八九十]个[\p{Script=Han}]{2}|[两二三四五六七八九十][大项]?[\p{Script=Han}]{1,2})$/u;
/** "“5+2”课后服务", "“1+N”政策体系": a formula of numbers joined by + has no two Han characters. */
const PLUS_FORMULA = /^\d{1,2}\+(?:\d{1,2}|[NnX])$/u;
/**
 * "…不到两个小时，“企业跑一趟就能办完”。": a quoted clause of its own after a comma, closing the
 * sentence, is someone's words reported; a watchword is a part of the sentence ("做到“…”"), and a
 * quoted parallel line (with 、 or ，) stays one.
 */
function isReportedClause(norm: string, open: number, close: number, inner: string): boolean {
  return inner.length >= REPORTED_MIN && /[，,]/.test(norm.charAt(open - 1)) && /^(?:[。！？!?]|\n|$)/.test(norm.charAt(close + 1))
    && (!/[、，,]/.test(inner) || isUnevenSentence(inner));
}
const REPORTED_MIN = 6;

/**
 * "现在孩子上学走几分钟就到，日子越过越有盼头": clauses joined by a comma whose lengths differ by more
 * than a few characters are a sentence someone said; a quoted line pairs clauses of like length
 * ("一座毡房就是一个哨所，一个牧民就是一个哨兵").
 */
function isUnevenSentence(inner: string): boolean {
  if (inner.includes('、') || inner.length < UNEVEN_MIN) return false;
  const lengths = inner.split(/[，,]/u).map((p) => p.length);
  return Math.max(...lengths) - Math.min(...lengths) > UNEVEN_GAP;
}
const UNEVEN_MIN = 12;
const UNEVEN_GAP = 3;

/** “头号工程”, “一号工程”: a task ranked first is a watchword, though it ends like a project's name. */
export const RANKED_FIRST = /^(?:头号|一号)[\p{Script=Han}]{2}$/u;
/**
 * “镍都”, “春城”, “火洲”, “悬湖”, “鹭岛”: a two-character nickname of a city, a land or a lake (not a
 * count: “双城”, “两湖”), also ranked in the country or the world (“中国瓷都”); “西大门”: a gate of a province.
 */
const PLACE_NICKNAME = /^(?:(?:中国|世界)?[^一二两三四五六七八九十双\d][都城洲湖岛]|[东南西北]大门)$/u;

export function findQuoted(norm: string): Candidate[] {
  const { before, after, near, start: opening, end: ending } = contextCues();
  const out: Candidate[] = [];
  for (const m of norm.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    const open = m.index ?? 0;
    const start = open + 1;
    const end = start + inner.length;
    if ((inner.match(HAN_CHAR)?.length ?? 0) < 2 && !PLUS_FORMULA.test(inner)) continue; // “5G”, “12345”, “金”
    if (SPEECH.test(inner) || (inner.length > SHORT_LINE && PRONOUN.test(inner))) continue;
    if (isReportedClause(norm, open, end, inner)) continue;
    if ((ending?.test(inner) || opening?.test(inner)) && inner.length > 2 && !RANKED_FIRST.test(inner)) continue;
    if (PLACE_NICKNAME.test(inner)) continue;
    if (before?.test(norm.slice(Math.max(0, open - 6), open))) continue;
    const rest = norm.slice(end + 1, end + 1 + 120);
    const following = rest.slice(MORE_QUOTES.exec(rest)?.[0].length ?? 0);
    // "“三个标杆”建设": a counted formula is a watchword whatever is built after it.
    if ((after?.test(following) || near?.test(following)) && !COUNTED_FORMULA.test(inner)) continue;
    out.push({ start, end, kind: 'quoted', rule: 'quoted watchword' });
  }
  return out;
}
