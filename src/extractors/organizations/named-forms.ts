/**
 * Bodies found by their form rather than walked back from a suffix: a scope or place and a short
 * name (全国|侨联), names jieba knows (nt), groups of states (八国集团), quoted brands (“金太阳”酒店).
 */
import { isAllHan } from '../_han.js';
import { isFullPlaceName, isMajorPlaceName, isPlaceName } from '../locations/place-names.js';
import type { SpanMask, TextView } from '../locations/text-view.js';
import { SCOPE_WORD } from './accept.js';
import { stopIs, type OrgHit, type OrgRules } from './rules.js';

/** A scope that makes a name proper as a place does ("全国|青联", "国际|棋联"). */
const SCOPE_START = /^(?:全国|国家|国际|世界|亚洲|中共|中华)/;

/**
 * "国际|泳联", "全国|侨联", "国家|计生委", "香港|妇协": a word jieba does not know, ending like a
 * shortened body name (联 of 联合会, 协 of 协会, 委 of 委员会, 会), right after a scope or a place.
 */
/** Hoisted: the bundler writes a \p{…} literal as `new RegExp(…)`, built again at each use. */
const SHORT_NAME = /^\p{Script=Han}{1,3}[联协委会]$/u;
export function findShortNames(view: TextView, blocked: SpanMask, taken: Uint8Array): OrgHit[] {
  const out: OrgHit[] = [];
  view.tokens.forEach((t, i) => {
    const before = view.tokens[i - 1];
    if (t.tag !== 'x' || !SHORT_NAME.test(t.word) || !before || before.end !== t.start) return;
    if (blocked.touches(before.start, t.end) || anySet(taken, before.start, t.end)) return;
    if (!(SCOPE_WORD.test(before.word) || before.word === '对外' || isFullPlaceName(before.word) || (before.tag === 'ns' && isMajorPlaceName(before.word)))) return;
    out.push({ start: before.start, end: t.end, rule: 'scope or place + short name' });
  });
  return out;
}

/**
 * Organisations nodejieba's dictionary knows (tag nt) and that are named after a place or a scope:
 * "中国田协", "全国青联", "印度人民党", "美国参议院". A state's government ("美国政府") names the
 * state, and words that only look like bodies ("中美关系") are in stop/organizations.txt.
 */
export function findKnownNames(r: OrgRules, view: TextView, blocked: SpanMask, taken: Uint8Array): OrgHit[] {
  const out: OrgHit[] = [];
  view.tokens.forEach((t, i) => {
    // "全国|政协常委会", "中共|…": a scope jieba left as a word of its own before a body it knows.
    const scope = view.tokens[i - 1];
    if (t.tag === 'nt' && t.word.length >= 3 && scope && scope.end === t.start && /^(?:全国|中共)$/.test(scope.word) && (r.bodies.has(scope.word + t.word) || r.bodies.has(scope.word + t.word.replace(/常委会$/, '')))
      && !blocked.touches(scope.start, t.end) && !anySet(taken, scope.start, t.end)) out.push({ start: scope.start, end: t.end, rule: 'scope + known organisation (jieba nt)' });
  });
  for (const t of view.tokens) {
    if (t.tag !== 'nt' || t.word.length < 4 || blocked.touches(t.start, t.end) || anySet(taken, t.start, t.end)) continue;
    const scope = SCOPE_START.exec(t.word)?.[0].length ?? [4, 3, 2].find((n) => t.word.length >= n + 2 && isMajorPlaceName(t.word.slice(0, n)));
    if (scope === undefined || t.word.endsWith('政府') || isPlaceName(t.word)) continue;
    if ([0, 1, 2, 3].some((n) => stopIs(r, t.word.slice(t.word.length - 2 - n), 'whole'))) continue;
    // "“中国家电之都”": a nickname of a place, no body.
    if (/^之[都乡城]/.test(view.doc.norm.slice(t.end, t.end + 2))) continue;
    out.push({ start: t.start, end: t.end, rule: 'known organisation (jieba nt)' });
  }
  return out;
}

/** "15国集团", "八国集团", "11国委员会": a group of states named by how many they are. */
const GROUP_OF_STATES = /(?:\d{1,3}|[二三四五六七八九十]{1,3})国(?:集团|委员会|联盟|联军)/gu;

export function findGroupsOfStates(view: TextView, blocked: SpanMask, taken: Uint8Array): OrgHit[] {
  const out: OrgHit[] = [];
  for (const m of view.doc.norm.matchAll(GROUP_OF_STATES)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // "第15|国集团" is no group; the number must start where a word starts.
    if (!view.boundary[start] || /[第\d]/.test(view.doc.norm.charAt(start - 1)) || blocked.touches(start, end) || anySet(taken, start, end)) continue;
    out.push({ start, end, rule: 'group of states' });
  }
  return out;
}

/** Suffixes after a quoted brand: "“红双喜”公司", "“金太阳”酒店". */
const AFTER_QUOTED = /^(?:股份有限公司|有限责任公司|有限公司|公司|集团|酒店|宾馆|饭店|商场|超市|商店|书店)/;

/** The longest quoted brand (8 characters) and the longest kind after it (股份有限公司). */
const MAX_BRAND = 8;
const LONGEST_KIND = 6;

/** A brand in quotes followed by what it is: the quotes belong to the name as written. */
export function findQuotedNames(r: OrgRules, view: TextView, blocked: SpanMask, taken: Uint8Array): OrgHit[] {
  const norm = view.doc.norm;
  const out: OrgHit[] = [];
  for (let close = norm.indexOf('”'); close >= 0; close = norm.indexOf('”', close + 1)) {
    // Bounded both ways: a long text with many closing quotes is not scanned back to its start for each.
    const near = norm.slice(Math.max(0, close - MAX_BRAND - 1), close).lastIndexOf('“');
    const open = near < 0 ? -1 : Math.max(0, close - MAX_BRAND - 1) + near;
    if (open < 0 || close - open < 3) continue;
    const brand = norm.slice(open + 1, close);
    const kind = AFTER_QUOTED.exec(norm.slice(close + 1, close + 1 + LONGEST_KIND))?.[0];
    if (!kind || !isAllHan(brand) || stopIs(r, brand, 'generic')) continue;
    const end = close + 1 + kind.length;
    if (!view.boundary[end] && end < norm.length) continue;
    if (blocked.touches(open, end) || anySet(taken, open, end)) continue;
    out.push({ start: open, end, rule: `quoted name + ${kind}` });
  }
  return out;
}

/** Is any of flags[start, end) set? A loop, not a subarray view per suffix match. */
export function anySet(flags: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (flags[i] === 1) return true;
  return false;
}
