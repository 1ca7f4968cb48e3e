/**
 * Quoted names: a brand, a campaign, a news account or a city's nickname in quotes (“昌吉有礼”,
 * “清河行动”, “衡水好人”, “中国鞋都”) names no place with the place it opens or ends with. A quoted
 * phrase that is the place itself (“雄安新区”) or a longer quoted clause (“推进赤水河流域生态保护”) does.
 */
import type { SpanMask } from './text-view.js';
import type { StopKind } from './suffix-names.js';

const QUOTED_SHORT = /“([^“”\n]{3,12})”/gu;
/** The longest quoted name whose places are not reported; longer quotes are clauses or lines. */
const MAX_QUOTED_NAME = 8;
const PUNCTUATION = /[，、。；：！？,;:!?\s]/u;

/** “中国砚都”, “中国电都”: the country's capital of a trade, a city's nickname of any trade. */
const COUNTRY_CAPITAL_OF = /^中国\p{Script=Han}{1,2}都$/u;

/** “中原粮仓”, “中华水塔”: a quoted nickname (stop/places.txt, nickname) or “中国X都” names no place inside it. */
export function markQuotedNicknames(norm: string, blocked: SpanMask, stops: Map<string, Set<StopKind>>): void {
  for (const m of norm.matchAll(QUOTED_SHORT)) {
    const inner = m[1] as string;
    if ([2, 3].some((n) => inner.length > n + 1 && stops.get(inner.slice(-n))?.has('nickname')) || COUNTRY_CAPITAL_OF.test(inner)) blocked.mark(m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
}

/** The country itself: “中国威胁论”, “一个中国” name it, as People's Daily marks (and so do foreign places). */
const OWN_COUNTRY = /^(?:中国|中华)$/;

/**
 * Whether a place at [start, end) stands strictly inside a short quoted name: “[昌吉]有礼”, “清风[焦作]”,
 * but not “[雄安新区]”, and not a foreign place or the country (“荷兰模式”, “中国威胁论”), which quoted
 * names of ideas and policies are about.
 */
export function insideQuotedName(norm: string, start: number, end: number, level: string | null): boolean {
  if (level === 'foreign' || OWN_COUNTRY.test(norm.slice(start, end))) return false;
  // Both quotes lie within MAX_QUOTED_NAME + 1 of the place: the search is bounded, so a long text
  // without quote marks is not scanned back to its start for each place.
  let open = -1;
  for (let i = start - 1; i >= Math.max(0, end - MAX_QUOTED_NAME - 1); i--) {
    const c = norm.charAt(i);
    if (c === '”') return false;
    if (c === '“') {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  const close = norm.slice(end, open + MAX_QUOTED_NAME + 2).indexOf('”') + end;
  if (close < end || (open + 1 === start && close === end)) return false;
  const inner = norm.slice(open + 1, close);
  return !inner.includes('“') && !PUNCTUATION.test(inner);
}
