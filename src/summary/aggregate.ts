import type { ArticleResult, ErrorResult } from '../types.js';

/** How often something was seen: in how many articles, and how many mentions in all. */
export interface Counts { articles: number; mentions: number }

export interface OfficialEntry extends Counts {
  name: string;
  /** Every title seen with the name, most articles first, with the number of articles. */
  titles: { title: string; articles: number }[];
}
export interface SloganEntry extends Counts {
  text: string;
  kind: string;
  /** Earliest and latest article date (YYYY-MM-DD) among the dated articles that use the slogan. */
  first: string | null;
  last: string | null;
}
export interface LocationEntry extends Counts {
  /** Division code, or null for places that did not resolve to one (kept apart by surface). */
  code: string | null;
  level: string | null;
  path: string[] | null;
  /** Every surface seen for this code ("临汾市", "临汾"), most mentions first. */
  names: string[];
}
export interface OrganizationEntry extends Counts { text: string }

export interface CorpusSummary {
  articles: number;
  errors: number;
  /** Articles with a date (ref_date, else their earliest fully resolved date), and the span of dates. */
  dated: number;
  first: string | null;
  last: string | null;
  officials: OfficialEntry[];
  slogans: SloganEntry[];
  locations: LocationEntry[];
  organizations: OrganizationEntry[];
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * The date an article speaks from: its ref_date, else the earliest date in it resolved to a day
 * (a range "2022-04-07/2022-04-10" counts from its start). Year or month values ("2012" in
 * "2012年以来") are too coarse to date an article by.
 */
export function articleDate(r: ArticleResult): string | null {
  if (r.ref_date) return r.ref_date;
  let best: string | null = null;
  for (const d of r.dates ?? []) {
    const day = d.value && DAY.test(d.value) ? d.value.slice(0, 10) : null;
    if (day && (best === null || day < best)) best = day;
  }
  return best;
}

interface Acc<T> { entry: T; seenIn: number }

/** Orders entries deterministically: more articles, then more mentions, then first seen. */
function ranked<T extends Counts>(m: Map<string, Acc<T>>): T[] {
  return [...m.values()].map((a) => a.entry).sort((a, b) => b.articles - a.articles || b.mentions - a.mentions);
}

/**
 * Folds results into a corpus summary, one article at a time: memory grows with the number of
 * distinct entities, not with the corpus. Feed it results in a fixed order for a fixed output
 * (ties keep first-seen order).
 */
export class SummaryBuilder {
  private articles = 0;
  private errors = 0;
  private dated = 0;
  private first: string | null = null;
  private last: string | null = null;
  private readonly officials = new Map<string, Acc<OfficialEntry> & { titles: Map<string, number> }>();
  private readonly slogans = new Map<string, Acc<SloganEntry>>();
  private readonly locations = new Map<string, Acc<LocationEntry> & { names: Map<string, number> }>();
  private readonly organizations = new Map<string, Acc<OrganizationEntry>>();

  add(r: ArticleResult | ErrorResult): void {
    if ('error' in r) {
      this.errors++;
      return;
    }
    const n = ++this.articles;
    const date = articleDate(r);
    if (date) {
      this.dated++;
      if (this.first === null || date < this.first) this.first = date;
      if (this.last === null || date > this.last) this.last = date;
    }
    // `seenIn` marks the article an entry was last counted in, so an entity listed twice in one
    // result (two surfaces of one code) counts one article.
    const touch = <T extends Counts>(a: Acc<T>, mentions: number) => {
      a.entry.mentions += mentions;
      if (a.seenIn !== n) {
        a.seenIn = n;
        a.entry.articles++;
      }
    };

    for (const o of r.officials ?? []) {
      let a = this.officials.get(o.name);
      if (!a) this.officials.set(o.name, (a = { entry: { name: o.name, titles: [], articles: 0, mentions: 0 }, seenIn: 0, titles: new Map() }));
      const before = a.seenIn;
      touch(a, o.spans.length);
      if (before !== n) for (const t of new Set(o.titles)) a.titles.set(t, (a.titles.get(t) ?? 0) + 1);
    }
    for (const s of r.slogans ?? []) {
      let a = this.slogans.get(s.text);
      if (!a) this.slogans.set(s.text, (a = { entry: { text: s.text, kind: s.kind, first: null, last: null, articles: 0, mentions: 0 }, seenIn: 0 }));
      touch(a, s.spans.length);
      if (date) {
        if (a.entry.first === null || date < a.entry.first) a.entry.first = date;
        if (a.entry.last === null || date > a.entry.last) a.entry.last = date;
      }
    }
    for (const l of r.locations ?? []) {
      const key = l.code ?? `?${l.text}`;
      let a = this.locations.get(key);
      if (!a) this.locations.set(key, (a = { entry: { code: l.code, level: l.level, path: l.path, names: [], articles: 0, mentions: 0 }, seenIn: 0, names: new Map() }));
      touch(a, l.spans.length);
      a.names.set(l.text, (a.names.get(l.text) ?? 0) + l.spans.length);
    }
    for (const o of r.organizations ?? []) {
      let a = this.organizations.get(o.text);
      if (!a) this.organizations.set(o.text, (a = { entry: { text: o.text, articles: 0, mentions: 0 }, seenIn: 0 }));
      touch(a, o.spans.length);
    }
  }

  result(): CorpusSummary {
    const byCount = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
    for (const a of this.officials.values()) a.entry.titles = byCount(a.titles).map(([title, articles]) => ({ title, articles }));
    for (const a of this.locations.values()) a.entry.names = byCount(a.names).map(([name]) => name);
    return {
      articles: this.articles,
      errors: this.errors,
      dated: this.dated,
      first: this.first,
      last: this.last,
      officials: ranked(this.officials),
      slogans: [...this.slogans.values()].map((a) => a.entry).sort((a, b) => b.mentions - a.mentions || b.articles - a.articles),
      locations: ranked(this.locations),
      organizations: ranked(this.organizations),
    };
  }
}
