/**
 * Where an organisation's name may end though jieba's token runs on ("临汾市委|书记", "检查组|到"), and
 * the offices and committees whose names start before what jieba reads as their first word.
 */
import { isPlaceName } from '../locations/place-names.js';
import type { SpanMask, TextView } from '../locations/text-view.js';
import { isLevelWord, stopIs, type OrgRules } from './rules.js';

/** Prepositions, conjunctions and adverbs that start a clause after a name jieba glued them to. */
const GLUED_AFTER = /^[以后进在对与和的是将把被从向也都又作为召已正要等均时继连曾则却仍还首再先派]$/;

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
export function endsHere(r: OrgRules, view: TextView, end: number): boolean {
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
  // "县自然资源|局原局|长": a one-character suffix glued to the 原/副/代 of the post after it.
  if (t.tag === 'x' && t.start === end - 1 && t.end > end && /[原副代]/.test(view.doc.norm.charAt(end)) && r.posts.has(view.doc.norm.slice(end + 1, end + 3))) return true;
  // "罗马尼亚|队以", "苏格兰|队后", "国安|队先入": a one-character suffix glued to the words after it.
  if (t.tag === 'x' && t.start === end - 1 && t.end > end && GLUED_AFTER.test(view.doc.norm.charAt(end))) return true;
  return t.tag === 'x' && t.end === end + 1 && stopIs(r, view.doc.norm.slice(end, end + 1), 'verb');
}

/** The start of "市人大", "全国人大" or "州人大常委会" (with its level or place) ending at `pos`, or undefined. */
export function congressBefore(r: OrgRules, view: TextView, pos: number): number | undefined {
  const norm = view.doc.norm;
  const congress = norm.endsWith('人大常委会', pos) ? 5 : norm.endsWith('人大', pos) ? 2 : 0;
  if (!congress) return undefined;
  // "全国人大" as one word of jieba's.
  const word = view.tokens[view.tokenAt[pos - 1] ?? -1];
  if (word && word.end === pos && word.start < pos - congress) return word.start;
  const before = view.tokens[view.tokenAt[pos - congress - 1] ?? -1];
  return before && before.end === pos - congress && (isLevelWord(r, before.word) || isPlaceName(before.word) || before.word === '全国') ? before.start : undefined;
}

/** "市|外事|办", "县|信访|办": 办 after a noun of two or three characters that follows a level word. */
export function officeAfterLevel(r: OrgRules, view: TextView, s: number, suffix: string): boolean {
  if (suffix !== '办') return false;
  const norm = view.doc.norm;
  // The task in one word or two ("市|外事|办", "天津市|合作|交流|办"); a post names one too ("县|河长|办").
  let taskStart = s;
  for (let words = 0; words < 2; words++) {
    const task = view.tokens[view.tokenAt[taskStart - 1] ?? -1];
    if (!task || task.end !== taskStart || task.end - task.start < 2 || task.end - task.start > 3 || !/^(?:n|s|vn|nz|title)$/.test(task.tag)) break;
    taskStart = task.start;
    if ([1, 2, 3].some((n) => isLevelWord(r, norm.slice(taskStart - n, taskStart)))) return true;
  }
  return false;
}

/** A party committee's commission, named bare in titles ("政法委书记") and after its committee ("县委政法委"). */
export const PARTY_COMMISSION = /^(?:政法委|政法委员会)$/;

/** The start of a party committee ("县委", "临汾市委") ending right at `pos`, or undefined. */
export function partyCommitteeBefore(r: OrgRules, view: TextView, blocked: SpanMask, pos: number): number | undefined {
  const before = view.tokens[view.tokenAt[pos - 1] ?? -1];
  if (!before || before.end !== pos || blocked.touches(before.start, pos) || !before.word.endsWith('委')) return undefined;
  const place = before.word.slice(0, -1);
  return isLevelWord(r, place) || isPlaceName(place) ? before.start : undefined;
}

/** A post or the body of one follows: "为|市人民政府副市长", "为|安庆市…": 为 ends an appointment's name. */
export function appointedAs(r: OrgRules, view: TextView, end: number): boolean {
  const next = view.tokens[view.tokenAt[end] ?? -1];
  return next !== undefined && next.start === end && (next.tag === 'title' || isLevelWord(r, next.word) || isPlaceName(next.word) || isLevelWord(r, next.word.charAt(0)));
}
