/** Ports: a port before one of its zones, and ports of entry, which are always named after a place. */
import type { SuffixContext, SuffixHit } from './suffix-names.js';

/**
 * "宁波舟山港|金塘港区", "青岛港|董家口港区": a port named by its places, then one of its zones. The port
 * ends at a 港 right after a place (two places joined name one port), leaving two characters or more
 * for the zone's own name.
 */
export function portBefore(ctx: SuffixContext, start: number, s: number): SuffixHit | undefined {
  const norm = ctx.view.doc.norm;
  for (let p = start + 1; p <= s - 3; p++) {
    const placeStart = norm.charAt(p) === '港' ? ctx.placeEndingAt.get(p) : undefined;
    if (placeStart === undefined || placeStart < start) continue;
    const joined = ctx.placeEndingAt.get(placeStart);
    const from = joined ?? placeStart;
    return { start: from, end: p + 1, level: 'poi', rule: 'port before its zone' };
  }
  return undefined;
}

/**
 * A port of entry is named after a place ("抚远口岸", "红其拉甫口岸"), never "优化口岸" or "前三季度口岸":
 * a walk back over common words only (a verb jieba tags vn, a period, a noun) found the sentence.
 */
const NAMED_AFTER_A_PLACE = new Set(['口岸']);
/** Tags of a proper name: a place, a person, a body, an abbreviation, or a word jieba guessed. */
const PROPER_TAG = /^(?:x|ns|nz|nr\w*|nt|j)$/;
/** A lone character jieba read as a word of content ("磨/v|憨/ng|口岸") may be a piece of a name it does not know. */
const NAME_PIECE_TAG = /^(?:v|vg|n|ng|a|ag|g)$/;

/** Whether the name from `start` to the suffix at `s` holds no place and no proper name, where the kind needs one. */
export function noPlaceInName(ctx: SuffixContext, suffix: string, start: number, s: number): boolean {
  if (!NAMED_AFTER_A_PLACE.has(suffix)) return false;
  for (let at = start + 1; at <= s; at++) if ((ctx.placeEndingAt.get(at) ?? -1) >= start) return false;
  const { tokens, tokenAt } = ctx.view;
  for (let i = tokenAt[start] ?? tokens.length; i < tokens.length && (tokens[i]?.start ?? s) < s; i++) {
    const t = tokens[i];
    if (t && (PROPER_TAG.test(t.tag) || (t.word.length === 1 && NAME_PIECE_TAG.test(t.tag)))) return false;
  }
  return true;
}
