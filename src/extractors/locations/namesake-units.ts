/**
 * Villages and communities named again: after their township ("潭门镇潭门村", "那金镇那金村"), or once
 * found whole elsewhere in the text ("枫树岭镇下姜村 … 在下姜村"). Where the text writes the township's
 * name before 村 or 社区, or the village's whole name, that is the unit, even where jieba cuts its
 * first character off ("和潭|门村", "在|下|姜村") or the name opens like a pronoun ("在那|金村").
 */
import type { SpanMask } from './text-view.js';

export interface NamesakeHit { start: number; end: number; level: string; rule: string }

/** A township written in full: a name of two to four characters and its unit. */
const TOWNSHIP = /^(\p{Script=Han}{2,4})[镇乡]$/u;
/** A village or community found whole: a name of two to five characters and its unit. */
const UNIT = /^\p{Script=Han}{2,5}(?:村|社区)$/u;
/** 村 starting another word: 村民, 村委, 村级, 村里, 村庄, 村务 are no village's end. */
const WORD_AFTER = /^[民委级里庄务]/;

/** Every "T村"/"T社区" for a township T and every village `places` holds; one regex pass over the text. */
export function findNamesakeUnits(norm: string, places: readonly { start: number; end: number }[], blocked: SpanMask): NamesakeHit[] {
  const names = new Set<string>();
  for (const p of places) {
    const surface = norm.slice(p.start, p.end);
    const t = TOWNSHIP.exec(surface)?.[1];
    if (t) names.add(`${t}村`).add(`${t}社区`);
    else if (UNIT.test(surface)) names.add(surface);
  }
  if (names.size === 0) return [];
  const out: NamesakeHit[] = [];
  // Longest first, so that a village's whole name wins over a township's name inside it.
  const pattern = new RegExp([...names].sort((a, b) => b.length - a.length).join('|'), 'gu');
  for (const m of norm.matchAll(pattern)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (blocked.touches(start, end) || WORD_AFTER.test(norm.slice(end, end + 1))) continue;
    out.push({ start, end, level: m[0].endsWith('社区') ? 'community' : 'village', rule: 'unit named again' });
  }
  return out;
}
