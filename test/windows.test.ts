/**
 * Articles over WINDOW_MAX units are extracted window by window (src/pipeline/windows.ts) so memory
 * stays bounded. Ordinary articles never reach that path; these tests hold the windowed one to the
 * whole-text one where a rule cannot see across a window's edge anyway.
 */
import { describe, expect, test } from 'vitest';
import { extract } from '../src/pipeline/extract.js';
import { assemble } from '../src/pipeline/assemble.js';
import { SurfaceGroups, WINDOW_MAX, windowEnd } from '../src/pipeline/windows.js';
import type { Mention } from '../src/types.js';

const PARAGRAPH = '2023年3月5日，山西省临汾市市长张建国在尧都区主持召开会议，强调坚持稳中求进工作总基调。\n';

describe('windowEnd', () => {
  test('cuts after the last sentence end inside the window', () => {
    const text = `${'中'.repeat(WINDOW_MAX - 10)}。${'中'.repeat(100)}`;
    expect(windowEnd(text, 0)).toBe(WINDOW_MAX - 9);
  });
  test('cuts hard when no sentence ends, never inside a surrogate pair', () => {
    const text = '中'.repeat(WINDOW_MAX - 1) + '𠀀'.repeat(10);
    expect(windowEnd(text, 0)).toBe(WINDOW_MAX + 1);
    expect(windowEnd('中'.repeat(WINDOW_MAX * 2), 0)).toBe(WINDOW_MAX);
  });
  test('the last window ends at the text end', () => {
    expect(windowEnd('中'.repeat(10), 0)).toBe(10);
  });
});

describe('SurfaceGroups', () => {
  const m = (text: string, start: number, attrs: Record<string, unknown>): Mention<Record<string, unknown>> => ({ text, start, end: start + text.length, rule: 'r', attrs });
  const union = (text: string, ms: readonly Mention<Record<string, unknown>>[]) => ({ text, tags: [...new Set(ms.map((x) => x.attrs.t))], first: ms[0]?.attrs.t });

  test('gives what assemble gives, fed in windows', () => {
    const all = [m('甲', 0, { t: 1 }), m('乙', 2, { t: 1 }), m('甲', 5, { t: 2 }), m('甲', 5, { t: 3 }), m('甲', 9, { t: 1 }), m('乙', 12, { t: 4 })];
    const g = new SurfaceGroups<Record<string, unknown>>();
    g.add(all.slice(0, 3).reverse());
    g.add(all.slice(3));
    expect(g.items(union)).toEqual(assemble(all, union));
    expect(g.items(union)[0]).toEqual({ text: '甲', tags: [1, 2], first: 1, spans: [[0, 1], [5, 6], [9, 10]] });
  });

  test('keeps one mention per item key, so mentions whose attrs hold offsets do not pile up', () => {
    const many = Array.from({ length: 1000 }, (_, i) => m('甲', i * 3, { t: 1, at: i }));
    const count = (text: string, ms: readonly Mention<Record<string, unknown>>[]) => ({ text, seen: ms.length });
    const byT = new SurfaceGroups<Record<string, unknown>>((a) => String(a.t));
    byT.add(many);
    expect(byT.items(count)).toEqual([expect.objectContaining({ seen: 1 })]);
    expect(byT.items(count)[0]?.spans).toHaveLength(1000);
    const byAll = new SurfaceGroups<Record<string, unknown>>();
    byAll.add(many);
    expect(byAll.items(count)).toEqual([expect.objectContaining({ seen: 1000 })]);
  });
});

describe('a very long article', () => {
  test('finds in every window what the paragraph alone gives, spans shifted', () => {
    const copies = Math.ceil((WINDOW_MAX * 2.5) / PARAGRAPH.length);
    const text = PARAGRAPH.repeat(copies);
    const one = extract(PARAGRAPH, { refDate: '2023-03-06' });
    const long = extract(text, { refDate: '2023-03-06' });
    for (const field of ['officials', 'locations', 'dates', 'slogans'] as const) {
      const short = one[field] as { spans: [number, number][] }[];
      const got = long[field] as { spans: [number, number][] }[];
      expect(got.map(({ spans, ...rest }) => rest)).toEqual(short.map(({ spans, ...rest }) => rest));
      for (let k = 0; k < short.length; k++) {
        expect(got[k]?.spans.length).toBe((short[k]?.spans.length ?? 0) * copies);
        const [s, e] = got[k]?.spans.at(-1) ?? [0, 0];
        const [s0, e0] = short[k]?.spans.at(-1) ?? [0, 0];
        expect([s, e]).toEqual([s0 + (copies - 1) * PARAGRAPH.length, e0 + (copies - 1) * PARAGRAPH.length]);
      }
    }
    expect(long.officials.length).toBeGreaterThan(0);
  });
});
