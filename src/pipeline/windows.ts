import type { Mention, Span } from '../types.js';

/**
 * Articles longer than this are extracted window by window (see extract.ts): whole, a 50 MB article
 * held ~10 million tokens and every extractor's indexes at once (3.1 GB RSS). Far above any real
 * article (a government work report is ~20,000 characters), so ordinary output is untouched.
 */
export const WINDOW_MAX = 100_000;
/** A window ends after a line or sentence end found in its last half, else it is cut hard. */
const WINDOW_MIN = WINDOW_MAX / 2;

/** End of the window starting at `from`: after a line break or 。！？; past WINDOW_MIN, else hard. */
export function windowEnd(s: string, from: number): number {
  const hard = from + WINDOW_MAX;
  if (hard >= s.length) return s.length;
  for (let i = hard - 1; i >= from + WINDOW_MIN; i--) {
    const c = s.charCodeAt(i);
    if (c === 0x0a || c === 0x3002 || c === 0xff01 || c === 0xff1f) return i + 1;
  }
  const last = s.charCodeAt(hard - 1);
  return last >= 0xd800 && last <= 0xdbff ? hard + 1 : hard; // never between the halves of a surrogate pair
}

interface Group<A> {
  /** Mentions `toItem` is shown: the first of each distinct `attrs`. */
  kept: Mention<A>[];
  attrKeys: Set<string>;
  /** Every span, flat: start, end, start, end, … in the first `n` slots (a 50 MB article has ~700,000). */
  spans: Int32Array;
  n: number;
}

/**
 * What `assemble` computes, gathered window by window with bounded memory: one group per surface in
 * first-seen order, a span dropped when it repeats the group's last, every other span kept. Of the
 * mentions themselves only the first with each distinct key of `attrs` is kept, because every
 * extractor's `toItem` reads the first mention, the first of the best kind, or the union of `attrs`
 * in order — none of which a later mention with the same key can change (test/windows.test.ts holds the
 * windowed output to the whole-text one).
 */
export class SurfaceGroups<A> {
  private readonly groups = new Map<string, Group<A>>();

  /** `keyOf`: the part of attrs the items are built from (Extractor.itemKey); all of it by default. */
  constructor(private readonly keyOf: (attrs: A) => string = (attrs) => JSON.stringify(attrs) ?? '') {}

  /** One window's mentions, offsets already in the whole text; windows come in text order. */
  add(mentions: readonly Mention<A>[]): void {
    const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const m of sorted) {
      let g = this.groups.get(m.text);
      if (!g) this.groups.set(m.text, (g = { kept: [], attrKeys: new Set(), spans: new Int32Array(4), n: 0 }));
      const n = g.n;
      if (n && g.spans[n - 2] === m.start && g.spans[n - 1] === m.end) continue;
      if (n === g.spans.length) {
        const wider = new Int32Array(n * 2);
        wider.set(g.spans);
        g.spans = wider;
      }
      g.spans[n] = m.start;
      g.spans[n + 1] = m.end;
      g.n = n + 2;
      const key = this.keyOf(m.attrs);
      if (!g.attrKeys.has(key)) {
        g.attrKeys.add(key);
        g.kept.push(m);
      }
    }
  }

  items<I>(toItem: (text: string, ms: readonly Mention<A>[]) => I): (I & { spans: Span[] })[] {
    const out: (I & { spans: Span[] })[] = [];
    for (const [text, g] of this.groups) {
      const spans: Span[] = [];
      for (let i = 0; i < g.n; i += 2) spans.push([g.spans[i] as number, g.spans[i + 1] as number]);
      out.push({ ...toItem(text, g.kept), spans });
    }
    return out;
  }
}
