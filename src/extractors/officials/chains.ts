import type { Doc, Span } from '../../types.js';
import type { NameLexicon } from './lexicon.js';
import { readNameAt } from './names.js';
import { chainTitleUnits, findTitleUnits, type TitleUnit } from './titles.js';
import type { TokenIndex } from './tokens.js';

/** A name read after a chain of titles, with the chain's title and post spans. */
export interface ChainedName { start: number; end: number; rule: string; titleSpans: Span[]; postSpans: Span[] }

/** Words between a post and the name they introduce. */
const CHAIN_CUES = ['名叫', '叫做'];
/** "广元市副市长（挂职）沈立波": a short note in brackets between a post and its holder's name (the matching view has ASCII brackets). */
const POST_NOTE = /^\([\u4e00-\u9fff]{1,5}\)/u;

/** Title units per document: the officials and persons extractors both read them. */
const unitsOf = new WeakMap<Doc, TitleUnit[]>();
export function titleUnits(doc: Doc, idx: TokenIndex, lex: NameLexicon, orgStartByEnd?: ReadonlyMap<number, number>): TitleUnit[] {
  let units = unitsOf.get(doc);
  if (!units) unitsOf.set(doc, (units = findTitleUnits(doc, idx, lex, orgStartByEnd)));
  return units;
}

/**
 * The names after title chains: of public offices (`company` false: officials), or of chains made
 * only of business posts (`company` true: "公司副总经理范某" names a person, not an official).
 * "市领导高广军、杨斌、王春华": every name of the list gets the chain's titles.
 */
export function namesAfterChains(doc: Doc, idx: TokenIndex, lex: NameLexicon, company: boolean, orgStartByEnd?: ReadonlyMap<number, number>): ChainedName[] {
  const norm = doc.norm;
  const units = titleUnits(doc, idx, lex, orgStartByEnd);
  const unitStarts = new Set(units.map((u) => u.start));
  const out: ChainedName[] = [];
  for (const chain of chainTitleUnits(units, norm)) {
    if (chain.every((u) => u.company) !== company) continue;
    const titleSpans = chain.map((u): Span => [u.start, u.end]);
    const postSpans = chain.map((u): Span => [u.postStart, u.end]);
    let p = (chain[chain.length - 1] as TitleUnit).end;
    // "公司总裁名叫保罗·邦珀": a cue that introduces the name.
    const cue = CHAIN_CUES.find((c) => norm.startsWith(c, p));
    if (cue) p += cue.length;
    else if (norm[p] === '(') p += POST_NOTE.exec(norm.slice(p, p + 8))?.[0].length ?? 0;
    let len = readNameAt(norm, p, idx, lex, true);
    let rule = 'title chain before name';
    while (len > 0) {
      out.push({ start: p, end: p + len, rule, titleSpans, postSpans });
      rule = 'name list after title';
      const q = p + len;
      if (norm[q] !== '、' || unitStarts.has(q + 1)) break;
      p = q + 1;
      len = readNameAt(norm, p, idx, lex, true);
    }
  }
  return out;
}
