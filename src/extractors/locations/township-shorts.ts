/** Short forms of townships, found only under the counties and cities an article names. */
import { gazetteer, levelOf, townshipShortsUnder } from './gazetteer.js';
import { afterLoneCharacter, laterNameInCreditLine, unitGluedBeforeVillage } from './readings.js';
import type { StopKind } from './suffix-names.js';
import type { SpanMask, TextView } from './text-view.js';

/** A nationality and its township unit after a township's short form: 赫哲族乡, 达斡尔族乡, 回族镇. */
const ETHNIC_UNIT = /^\p{Script=Han}{1,4}族[乡镇]/u;

export interface TownshipShort { start: number; end: number; level: string; rule: string; divisions: number[] }

/**
 * Short forms of townships under the counties the text names ("兴宾区 … 陶邓"): looked up only
 * for those counties, as whole tokens.
 */
export function scanTownshipShorts(view: TextView, stops: Map<string, Set<StopKind>>, blocked: SpanMask, mentioned: Set<number>): TownshipShort[] {
  const g = gazetteer();
  const norm = view.doc.norm;
  const shorts = new Map<string, number[]>();
  /** First characters of the short forms: most boundaries start none, and are passed without slicing. */
  const firsts = new Set<number>();
  let longest = 0;
  for (const parent of mentioned) {
    const level = levelOf(g, parent);
    if (level !== 'county' && level !== 'city') continue;
    for (const [short, t] of townshipShortsUnder(g, parent)) {
      if (stops.get(short)?.has('word')) continue;
      const list = shorts.get(short);
      if (list) list.push(t);
      else shorts.set(short, [t]);
      firsts.add(short.charCodeAt(0));
      longest = Math.max(longest, short.length);
    }
  }
  const out: TownshipShort[] = [];
  if (shorts.size === 0) return out;
  for (let pos = 0; pos < norm.length - 1; pos++) {
    if (!view.boundary[pos] || blocked.has(pos) || !firsts.has(norm.charCodeAt(pos))) continue;
    for (let len = Math.min(longest, norm.length - pos); len >= 2; len--) {
      if (!view.boundary[pos + len]) continue; // before slicing: most lengths end inside a word
      const divisions = shorts.get(norm.slice(pos, pos + len));
      if (!divisions || blocked.touches(pos, pos + len)) continue;
      if (afterLoneCharacter(view, pos) || laterNameInCreditLine(norm, pos, pos + len)) break;
      // "呼和诺尔|湖、", "…河等": a lake or river named after the township, as a list item, is that water.
      if (/^[湖河]$/.test(norm.charAt(pos + len)) && /^[、，。；等和及与]/.test(norm.charAt(pos + len + 1)) && !blocked.has(pos + len)) {
        out.push({ start: pos, end: pos + len + 1, level: 'poi', rule: 'lake or river named after its township', divisions: [] });
        pos += len;
        break;
      }
      // "河渠|乡": the township's own unit written after its short form.
      // "街津口|赫哲族乡": or an ethnic township's full unit, which the gazetteer's name may lack.
      const ethnic = ETHNIC_UNIT.exec(norm.slice(pos + len, pos + len + 6))?.[0].length ?? 0;
      const withUnit = ethnic && view.boundary[pos + len + ethnic] && !blocked.touches(pos + len, pos + len + ethnic) ? ethnic
        : /^[乡镇]$/.test(norm.charAt(pos + len)) && (view.boundary[pos + len + 1] || unitGluedBeforeVillage(view, pos + len)) && !blocked.has(pos + len) ? 1 : 0;
      out.push({ start: pos, end: pos + len + withUnit, level: 'township', rule: 'township short form beside its county', divisions });
      pos += withUnit;
      pos += len - 1;
      break;
    }
  }
  return out;
}
