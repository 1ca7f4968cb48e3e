/**
 * Villages and communities named after their township ("潭门镇潭门村", "那金镇那金村"): once the text
 * names the township, its name before 村 or 社区 is the unit's whole name, even where jieba cuts its
 * first character off ("和潭|门村") or the name opens like a pronoun ("在那|金村").
 */
import type { SpanMask } from './text-view.js';

export interface NamesakeHit { start: number; end: number; level: string; rule: string }

/** A township written in full: a name of two to four characters and its unit. */
const TOWNSHIP = /^(\p{Script=Han}{2,4})[镇乡]$/u;
/** 村 starting another word: 村民, 村委, 村级, 村里, 村庄, 村务 are no village's end. */
const WORD_AFTER = /^[民委级里庄务]/;
const UNITS: Record<string, string> = { 村: 'village', 社区: 'community' };

/** Every "T村"/"T社区" where T is the name of a township `places` holds; one regex pass over the text. */
export function findNamesakeUnits(norm: string, places: readonly { start: number; end: number }[], blocked: SpanMask): NamesakeHit[] {
  const names = new Set<string>();
  for (const p of places) {
    const m = TOWNSHIP.exec(norm.slice(p.start, p.end));
    if (m?.[1]) names.add(m[1]);
  }
  if (names.size === 0) return [];
  const out: NamesakeHit[] = [];
  const pattern = new RegExp(`(?:${[...names].join('|')})(?:村|社区)`, 'gu');
  for (const m of norm.matchAll(pattern)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (blocked.touches(start, end) || WORD_AFTER.test(norm.slice(end, end + 1))) continue;
    const unit = m[0].endsWith('社区') ? '社区' : '村';
    out.push({ start, end, level: UNITS[unit] as string, rule: 'unit named after its township' });
  }
  return out;
}
