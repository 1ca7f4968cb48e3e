/**
 * Set-based scoring of results against gold annotations (shared GOLD-FORMAT), micro-averaged over
 * articles: exact surfaces after removing white space and quote marks. Mirrors the project's judge
 * (shared/tools/score.mjs); test/eval.test.ts checks the two agree.
 */
export interface GoldArticle {
  id: string;
  ref_date?: string | null;
  officials?: { name: string; titles?: string[] }[];
  persons?: { name: string }[];
  locations?: string[];
  organizations?: string[];
  dates?: { text: string; value?: string | null }[];
  slogans?: string[];
}
export interface PredArticle {
  officials?: { name: string; titles?: string[] }[];
  persons?: { name: string }[];
  locations?: ({ text: string } | string)[];
  organizations?: ({ text: string } | string)[];
  dates?: { text: string; value?: string | null }[];
  slogans?: ({ text: string } | string)[];
}
export interface Prf { P: number; R: number; F1: number; tp: number; fp: number; fn: number }
export interface Score {
  articles: number;
  fields: Record<'officials' | 'persons' | 'locations' | 'organizations' | 'dates' | 'slogans', Prf>;
  titles: Prf;
  date_values: { matched: number; accuracy: number };
  misses: Record<string, string[]>;
  spurious: Record<string, string[]>;
}

const norm = (s: unknown) => String(s ?? '').replace(/\s+/g, '').replace(/[“”"‘’]/g, '');
const uniq = (xs: unknown[]) => new Set(xs.map(norm).filter(Boolean));
const text = (x: { text: string } | string) => (typeof x === 'string' ? x : x.text);

const FIELDS = {
  officials: (a: GoldArticle | PredArticle) => (a.officials ?? []).map((o) => o.name),
  persons: (a: GoldArticle | PredArticle) => (a.persons ?? []).map((o) => o.name),
  locations: (a: GoldArticle | PredArticle) => (a.locations ?? []).map(text),
  organizations: (a: GoldArticle | PredArticle) => (a.organizations ?? []).map(text),
  dates: (a: GoldArticle | PredArticle) => (a.dates ?? []).map((d) => d.text),
  slogans: (a: GoldArticle | PredArticle) => (a.slogans ?? []).map(text),
} as const;

function prf(tp: number, fp: number, fn: number): Prf {
  const P = tp + fp ? tp / (tp + fp) : 0;
  const R = tp + fn ? tp / (tp + fn) : 0;
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  // toFixed, as the judge does: 0.4875 rounds to 0.487 there, and must here too.
  const r3 = (x: number) => +x.toFixed(3);
  return { P: r3(P), R: r3(R), F1: r3(F), tp, fp, fn };
}

export function score(gold: readonly GoldArticle[], pred: ReadonlyMap<string, PredArticle>): Score {
  const counts = Object.fromEntries(Object.keys(FIELDS).map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<keyof typeof FIELDS, { tp: number; fp: number; fn: number }>;
  const misses: Record<string, string[]> = {};
  const spurious: Record<string, string[]> = {};
  const titles = { tp: 0, fp: 0, fn: 0 };
  let matched = 0, correct = 0;
  for (const g of gold) {
    const p = pred.get(g.id);
    for (const k of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) {
      const G = uniq(FIELDS[k](g));
      const P = p ? uniq(FIELDS[k](p)) : new Set<string>();
      const c = counts[k];
      for (const x of P) if (G.has(x)) c.tp++; else { c.fp++; (spurious[k] ??= []).push(`${g.id}:${x}`); }
      for (const x of G) if (!P.has(x)) { c.fn++; (misses[k] ??= []).push(`${g.id}:${x}`); }
    }
    const pOff = new Map((p?.officials ?? []).map((o) => [norm(o.name), uniq(o.titles ?? [])]));
    for (const o of g.officials ?? []) {
      const pt = pOff.get(norm(o.name));
      if (!pt) continue;
      const gt = uniq(o.titles ?? []);
      for (const x of pt) gt.has(x) ? titles.tp++ : titles.fp++;
      for (const x of gt) if (!pt.has(x)) titles.fn++;
    }
    const pDates = new Map((p?.dates ?? []).map((d) => [norm(d.text), d.value ?? null]));
    for (const d of g.dates ?? []) {
      const key = norm(d.text);
      if (!pDates.has(key)) continue;
      matched++;
      if ((pDates.get(key) ?? null) === (d.value ?? null)) correct++;
    }
  }
  const fields = Object.fromEntries(Object.entries(counts).map(([k, c]) => [k, prf(c.tp, c.fp, c.fn)])) as Score['fields'];
  return { articles: gold.length, fields, titles: prf(titles.tp, titles.fp, titles.fn), date_values: { matched, accuracy: matched ? +(correct / matched).toFixed(3) : 0 }, misses, spurious };
}
