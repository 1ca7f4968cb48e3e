import type { Mention, Span } from '../types.js';

/**
 * Mentions → items: one item per surface (first-seen order), every mention's span kept.
 * Overlapping duplicates of the same span are dropped; `toItem` sees the mentions in text order.
 */
export function assemble<A, I>(mentions: readonly Mention<A>[], toItem: (text: string, ms: readonly Mention<A>[]) => I): (I & { spans: Span[] })[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const groups = new Map<string, Mention<A>[]>();
  for (const m of sorted) {
    let g = groups.get(m.text);
    if (!g) groups.set(m.text, (g = []));
    // Sorted by span, so a duplicate span can only be the group's last entry: O(1), not a scan of the
    // group (33,000 mentions of "1年2月3日" in a 1 MB adversarial input took 1.2 s that way).
    const last = g[g.length - 1];
    if (!last || last.start !== m.start || last.end !== m.end) g.push(m);
  }
  const out: (I & { spans: Span[] })[] = [];
  for (const [text, ms] of groups) {
    out.push({ ...toItem(text, ms), spans: ms.map((m): Span => [m.start, m.end]) });
  }
  return out;
}
