/**
 * A periodical named by its title in 《》 and what it is: "《财富》杂志", "英国《新科学家》周刊",
 * "《晨报》编辑部". The body is the title and the word after it together (GOLD-FORMAT annotates
 * nothing inside a title alone: "《人民日报》" gives no organisation).
 */
import { isMajorPlaceName } from '../locations/place-names.js';
import type { SpanMask, TextView } from '../locations/text-view.js';
import type { OrgHit } from './rules.js';

/** What a title in 《》 is when one of these follows it. */
const PERIODICAL = /^(?:杂志社|杂志|周刊|月刊|半月刊|季刊|画报|编辑部|报社|报|社)/;

export function findTitledMedia(view: TextView, blocked: SpanMask): OrgHit[] {
  const norm = view.doc.norm;
  const out: OrgHit[] = [];
  for (let open = norm.indexOf('《'); open >= 0; open = norm.indexOf('《', open + 1)) {
    const close = norm.indexOf('》', open + 1);
    if (close < 0 || close - open > 30 || close - open < 2) continue;
    const kind = PERIODICAL.exec(norm.slice(close + 1))?.[0];
    if (!kind) continue;
    const end = close + 1 + kind.length;
    // "报道", "社会", "月刊登": the word after the title must end at a word boundary.
    if (!view.boundary[end] && end < norm.length) continue;
    if (blocked.touches(close + 1, end)) continue;
    // "英国《新科学家》周刊": the country or city the periodical belongs to.
    const place = view.tokens[view.tokenAt[open - 1] ?? -1];
    const start = place && place.end === open && !blocked.has(open - 1) && isMajorPlaceName(place.word) ? place.start : open;
    out.push({ start, end, rule: `title + ${kind}` });
  }
  return out;
}

/**
 * "来源：宁乡发布", "来源：平安盐城", "稿源：清风湖州", "来源：清廉临安", "来源：西双版纳报": a government's or a police
 * force's news account, or a local paper, is named after its place with a word of what it speaks for.
 * Only in a source line, where 发布 cannot be the verb ("北京发布了新规" has no account).
 */
const SOURCE_LINE = /(?:来源|稿源|来自)[:：][ \t\u3000]*([\p{Script=Han}]{2,10})(?=$|[\s\u3000）)|｜,，])/gmu;
/** Words around the place in an account's name: before it (平安盐城, 今日闵行, 掌上宁波) or after it (宁乡发布). */
const ACCOUNT_BEFORE = /^(?:平安|清风|清廉|法治|健康|文明|今日|魅力|掌上|最美)/;
const ACCOUNT_AFTER = /(?:发布|公安|检察|政法|网信|融媒|报)$/;

/** "嘉定报　2025年3月2日": a header line naming a local paper (its place and 报) and the day it appeared. */
const PAPER_HEADER = /^([\p{Script=Han}]{2,8}报)[ \t\u3000]+(?=\d{4}[-年.\/])/gmu;

/** A newspaper's name: two characters or more before 报, 日报 or 晚报. */
const PAPER = /^[\p{Script=Han}]{2,}报$/u;

/** "德宏|团结|报": a paper named by its place and a word of one or two characters. */
function paperOfPlace(name: string, rest: string): boolean {
  if (!name.endsWith('报')) return false;
  for (let k = rest.length - 1; k >= 2 && rest.length - k <= 2; k--) if (isMajorPlaceName(rest.slice(0, k))) return true;
  return false;
}

export function findSourceAccounts(view: TextView, blocked: SpanMask): OrgHit[] {
  const norm = view.doc.norm;
  const out: OrgHit[] = [];
  for (const m of norm.matchAll(SOURCE_LINE)) {
    const name = m[1] as string;
    const start = (m.index ?? 0) + m[0].length - name.length;
    const head = ACCOUNT_BEFORE.exec(name)?.[0].length ?? 0;
    const tail = ACCOUNT_AFTER.exec(name)?.[0].length ?? 0;
    const place = name.slice(head, name.length - tail);
    // "来源：大众日报", "来源：团结报": in a source line a paper needs no place in its name.
    const paper = PAPER.test(name) && head === 0;
    if (!paper && ((head > 0) === (tail > 0) || !(isMajorPlaceName(place) || paperOfPlace(name, place)))) continue;
    if (blocked.touches(start, start + name.length)) continue;
    out.push({ start, end: start + name.length, rule: 'news account in a source line' });
  }
  for (const m of norm.matchAll(PAPER_HEADER)) {
    const name = m[1] as string;
    const start = m.index ?? 0;
    if (isMajorPlaceName(name.slice(0, -1)) && !blocked.touches(start, start + name.length)) out.push({ start, end: start + name.length, rule: 'local paper in a header line' });
  }
  return out;
}
