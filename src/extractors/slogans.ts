import { defineExtractor } from './define.js';
import type { Mention, Slogan } from '../types.js';
import { findLexicon, sloganLexicon } from './slogans/lexicon.js';
import { findQuoted, RANKED_FIRST } from './slogans/quoted.js';
import { findNumbered } from './slogans/numbered.js';
import { findParallel } from './slogans/parallel.js';
import { TokenIndex, phraseKey, type Candidate } from './slogans/candidate.js';

export interface SloganAttrs { kind: string }

/** When two rules find the same span, the more informative kind wins. */
const PRIORITY: Record<string, number> = { lexicon: 0, quoted: 1, numbered: 2, parallel: 3 };
const rank = (c: Candidate): number => PRIORITY[c.kind.split(':')[0] as string] ?? 9;

/**
 * One candidate per span, none lying inside a longer one ("动态清零" inside the quoted
 * “坚持动态清零不动摇” is not a second slogan). Sorting plus one sweep: no pairwise scan.
 */
function keepOutermost(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
  const out: Candidate[] = [];
  let reach = -1;
  for (const c of cands) {
    if (c.end <= reach) continue;
    out.push(c);
    reach = c.end;
  }
  return out;
}

/**
 * The lexicon knows where its lines end: a pattern match overlapping one is dropped
 * ("应检尽检、应隔尽隔" is two lexicon lines, not one parallel line). Quotes keep their own extent.
 * Lexicon matches never overlap each other, so the last one starting before `c.end` decides.
 */
function overlapsLexicon(lexicon: Candidate[], c: Candidate): boolean {
  let lo = 0;
  let hi = lexicon.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((lexicon[mid] as Candidate).start < c.end) { last = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return last >= 0 && (lexicon[last] as Candidate).end > c.start;
}

/**
 * A negative phrase rules out the candidate; a numbered match that merely starts with one is ruled
 * out too, as its end is only a guess ("一朝一夕就…"). A quoted or numbered phrase with a name ending
 * (dict/stop/slogan-endings.txt: "…之乡", "…工程") is a nickname or project name.
 */
const STEP_LINK = /[—–\-→]/u;

/**
 * “健康码”, and “船码” too: a one-character ending names a two-character phrase; not what is counted
 * (“三茶”, “双码”, “门前三包”), but a numbered craft or variety is a name (“长征五号”, “白叶一号”).
 */
function endsInName(surface: string, ending: string): boolean {
  if (!surface.endsWith(ending)) return false;
  if (ending !== '号' && COUNT.test(surface.charAt(surface.length - ending.length - 1))) return false;
  return surface.length >= ending.length + 2 || (ending.length === 1 && surface.length === 2 && !COUNT.test(surface.charAt(0)));
}
const COUNT = /[一二两三四五六七八九十百千双]/u;

function isStopped(norm: string, c: Candidate, stops: ReadonlyMap<string, string>, nameEndings: ReadonlyMap<string, string>): boolean {
  const surface = norm.slice(c.start, c.end);
  if (stops.has(phraseKey(surface))) return true;
  // A name has no inner 、, comma or dash: "抓龙头、建基地、创品牌、拓市场" is a line, though it ends
  // in 市场, and so is a chain of steps ("排查—整改—销号", though 号 ends names of trains and ships).
  if ((c.kind === 'quoted' || c.kind === 'numbered') && !RANKED_FIRST.test(surface) && phraseKey(surface) === surface && !STEP_LINK.test(surface)) {
    for (const [ending] of nameEndings) if (endsInName(surface, ending)) return true;
  }
  if (c.kind !== 'numbered') return false;
  for (let len = surface.length - 1; len >= 3; len--) if (stops.has(surface.slice(0, len))) return true;
  return false;
}

/** Titles of documents in 《》: nothing inside them is annotated (GOLD-FORMAT). */
const WORK_TITLE = /《[^《》\n]{1,100}》/gu;

/** Drops candidates inside a 《》 title. Both lists are sorted by start: one merge pass. */
function outsideWorkTitles(norm: string, sorted: Candidate[]): Candidate[] {
  const titles = [...norm.matchAll(WORK_TITLE)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  if (titles.length === 0) return sorted;
  let t = 0;
  return sorted.filter((c) => {
    while (t < titles.length && (titles[t] as readonly [number, number])[1] <= c.start) t++;
    const title = titles[t];
    return !(title && title[0] < c.start && c.end <= title[1]);
  });
}

/**
 * GOLD-FORMAT: "a headline form and a punctuated form are two entries". A headline often drops the
 * 、 of a line the body writes in full: "绘就生态美产业兴百姓富…" beside "生态美、产业兴、百姓富".
 */
function unpunctuatedForms(norm: string, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const c of found) {
    const surface = norm.slice(c.start, c.end);
    const joined = phraseKey(surface);
    if (joined === surface || joined.length < 4 || seen.has(joined)) continue;
    seen.add(joined);
    for (let at = norm.indexOf(joined); at >= 0; at = norm.indexOf(joined, at + joined.length)) {
      out.push({ start: at, end: at + joined.length, kind: c.kind, rule: 'headline form' });
    }
  }
  return out;
}

export default defineExtractor<'slogans', SloganAttrs, Slogan>({
  name: 'slogans',
  dicts: ['slogans.txt', 'stop/slogans.txt', 'stop/slogan-endings.txt', 'slogan-quote-context.txt', 'slogan-predicates.txt', 'surnames.txt'],
  requires: ['dates'],
  readsTokens: true,
  segmentWords: () => sloganLexicon().words.map((w) => [w, 'slogan'] as const),
  extract(doc, ctx) {
    const lex = sloganLexicon();
    const index = new TokenIndex(() => doc.tokens);
    const lexicon = findLexicon(doc.norm, lex);
    const patterns = [...findNumbered(doc.norm, index), ...findParallel(doc.norm, index)].filter((c) => !overlapsLexicon(lexicon, c));
    // “清明”, “五一”, “七下八上”: a quoted date or festival is a date, not a watchword.
    const dates = ctx.mentions('dates');
    const isDate = (c: Candidate) => c.kind === 'quoted' && dates.some((d) => d.start <= c.start && c.end <= d.end);
    const candidates = [...lexicon, ...findQuoted(doc.norm), ...patterns].filter((c) => !isStopped(doc.norm, c, lex.stops, lex.nameEndings) && !isDate(c));
    const kept = keepOutermost(candidates);
    const all = outsideWorkTitles(doc.norm, keepOutermost([...kept, ...unpunctuatedForms(doc.norm, kept)]));
    return all.map((c): Mention<SloganAttrs> => ({
      text: doc.text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      rule: c.rule,
      attrs: { kind: c.kind },
    }));
  },
  toItem(text, mentions) {
    // A surface found by several rules reports the most informative kind.
    let best = mentions[0];
    for (const m of mentions) if (best && (PRIORITY[m.attrs.kind.split(':')[0] as string] ?? 9) < (PRIORITY[best.attrs.kind.split(':')[0] as string] ?? 9)) best = m;
    return { text, kind: best?.attrs.kind ?? 'lexicon' };
  },
});
