import type { Doc, Span } from '../../types.js';
import type { NameLexicon } from './lexicon.js';
import { nameEndingAt, readNameAt } from './names.js';
import { titleUnits, type ChainedName } from './chains.js';
import { chainTitleUnits, type TitleUnit } from './titles.js';
import type { TokenIndex } from './tokens.js';

/**
 * Appointments, where the title follows the name: "张某同志任临江市人民政府副市长", "李某曾任县委书记",
 * "任命王某为市财政局局长". Notices of appointment and biographies write every post this way.
 */

const HAN = /\p{Script=Han}/u;
/** How far before its title an appointing verb may stand (the name and 同志 between them). */
const APPOINT_WINDOW = 8;

export function appointedNames(doc: Doc, idx: TokenIndex, lex: NameLexicon, known: ReadonlySet<string>): ChainedName[] {
  const norm = doc.norm;
  const out: ChainedName[] = [];
  for (const chain of chainTitleUnits(titleUnits(doc, idx, lex), norm)) {
    if (chain.some((u) => u.company)) continue;
    const titleSpans = chain.map((u): Span => [u.start, u.end]);
    const postSpans = chain.map((u): Span => [u.postStart, u.end]);
    const cs = (chain[0] as TitleUnit).start;
    const name = norm[cs - 1] === '为' ? appointedBefore(norm, cs - 1, idx, lex) : holderBefore(norm, cs, idx, lex, known);
    if (name) out.push({ ...name, rule: 'name before 任 + title', titleSpans, postSpans });
  }
  return out;
}

/** "张某(同志)任|…": the name before a verb of holding a post that ends at `cs`. */
function holderBefore(norm: string, cs: number, idx: TokenIndex, lex: NameLexicon, known: ReadonlySet<string>): { start: number; end: number } | null {
  const verb = lex.holdVerbs.find((v) => norm.endsWith(v, cs)); // dict/name-context.txt, longest first
  if (!verb) return null;
  let end = cs - verb.length;
  if (norm.endsWith('同志', end)) end -= 2;
  // The name opens its clause: "他任市长期间" has none, "会议由张某任组长" is read elsewhere.
  let start = end;
  while (start > 0 && end - start < 5 && HAN.test(norm.charAt(start - 1))) start--;
  if ((start > 0 && HAN.test(norm.charAt(start - 1))) || end - start < 2) return null;
  if (readNameAt(norm, start, idx, lex) === end - start || nameEndingAt(norm, end, idx, lex, known) === start) return { start, end };
  return null;
}

/** "任命王某(同志)为|…": the name between an appointing verb (dict/name-context.txt) and 为 at `wei`. */
function appointedBefore(norm: string, wei: number, idx: TokenIndex, lex: NameLexicon): { start: number; end: number } | null {
  const end = norm.endsWith('同志', wei) ? wei - 2 : wei;
  for (const v of lex.appointVerbs) {
    const at = norm.lastIndexOf(v, end - 1);
    if (at < 0 || end - at > APPOINT_WINDOW) continue;
    const start = at + v.length;
    if (end - start >= 2 && readNameAt(norm, start, idx, lex) === end - start) return { start, end };
  }
  return null;
}
