import type { Doc, Span } from '../../types.js';
import type { NameLexicon } from './lexicon.js';
import { readNameAt } from './names.js';
import { chainTitleUnits, findTitleUnits, SECONDMENT, type TitleUnit } from './titles.js';
import type { TokenIndex } from './tokens.js';
import { WordFinder } from '../_word-finder.js';
import { personRoleLabels } from '../persons/roles.js';

/** A name read after a chain of titles, with the chain's title and post spans. */
export interface ChainedName { start: number; end: number; rule: string; titleSpans: Span[]; postSpans: Span[] }

/** Words between a post and the name they introduce. */
const CHAIN_CUES = ['名叫', '叫做'];
/** "广元市副市长（挂职）沈立波": a short note in brackets between a post and its holder's name (the matching view has ASCII brackets). */
const POST_NOTE = /^\([\u4e00-\u9fff]{1,5}\)/u;

/** Posts of a deputy to a congress or a conference: an office held beside any job ("市人大代表、公司职工"). */
const DEPUTY = /(?:人大代表|党代表|政协委员)$/u;
/** How far after a deputy's post the job before the name may run ("江苏某某股份有限公司职工"). */
const MAX_JOB = 24;
let occupations: WordFinder | null = null;

/**
 * Where the name starts after a job that ends in an occupation of dict/person-roles.txt (a label before
 * names: "职工", "教师", "村民"), within one clause from `from` on; -1 when there is none.
 */
function nameAfterOccupation(norm: string, from: number, idx: TokenIndex, lex: NameLexicon): number {
  occupations ??= new WordFinder(personRoleLabels().before.keys());
  const clause = norm.slice(from, from + MAX_JOB + 4).split(/[，。；：、,;:\s]/u)[0] as string;
  for (const m of occupations.all(clause)) {
    const q = from + m.index + m.word.length;
    if (readNameAt(norm, q, idx, lex) > 0) return q;
  }
  return -1;
}

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
    else if (norm[p] === ')' && chain.length > 1 && norm.startsWith(SECONDMENT, (chain[chain.length - 1] as TitleUnit).start - SECONDMENT.length)) p++;
    let len = readNameAt(norm, p, idx, lex, true);
    // "市人大代表、某某公司职工X": a deputy keeps the office whatever their job written after it.
    if (!company && !len && norm[p] === '、' && DEPUTY.test(norm.slice(0, (chain[chain.length - 1] as TitleUnit).end))) {
      const q = nameAfterOccupation(norm, p + 1, idx, lex);
      if (q >= 0) {
        p = q;
        len = readNameAt(norm, p, idx, lex, true);
      }
    }
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
