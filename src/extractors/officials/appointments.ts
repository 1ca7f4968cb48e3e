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
/** Longest name read before 为 or 的 at a line start (a four-character compound-surname name). */
const MAX_NAME = 4;

export function appointedNames(doc: Doc, idx: TokenIndex, lex: NameLexicon, known: ReadonlySet<string>): ChainedName[] {
  const norm = doc.norm;
  const out: ChainedName[] = [];
  for (const chain of chainTitleUnits(titleUnits(doc, idx, lex), norm)) {
    if (chain.some((u) => u.company)) continue;
    const titleSpans = chain.map((u): Span => [u.start, u.end]);
    const postSpans = chain.map((u): Span => [u.postStart, u.end]);
    const cs = (chain[0] as TitleUnit).start;
    const before = norm[cs - 1];
    const verbs = before === '为' ? lex.appointVerbs : before === '的' ? lex.dismissVerbs : null;
    const name = verbs ? nameAfterVerb(norm, cs - 1, verbs, idx, lex) : holderBefore(norm, cs, idx, lex, known);
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
  // "接受|赵某辞去…": a verb may open the clause before the name.
  const ne = nameEndingAt(norm, end, idx, lex, known);
  const opener = ne > start ? idx.at(ne - 1) : undefined;
  if (opener && opener.end === ne && opener.start >= start && /^v/.test(opener.tag) && end - ne >= 2) return { start: ne, end };
  if ((start > 0 && HAN.test(norm.charAt(start - 1))) || end - start < 2) return null;
  if (readNameAt(norm, start, idx, lex) === end - start || ne === start) return { start, end };
  return null;
}

/**
 * "任命王某(同志)为|…", "免去李某(同志)的|…职务": the name between a verb of the notice
 * (dict/name-context.txt: appoints before 为, dismisses before 的) and the marker at `at`. In a list the
 * verb heads it and each line starts with the name ("任命：\n王某为市教育局局长；").
 */
function nameAfterVerb(norm: string, at: number, verbs: readonly string[], idx: TokenIndex, lex: NameLexicon): { start: number; end: number } | null {
  const end = norm.endsWith('同志', at) ? at - 2 : at;
  for (const v of verbs) {
    const vAt = norm.lastIndexOf(v, end - 1);
    if (vAt < 0 || end - vAt > APPOINT_WINDOW) continue;
    const start = vAt + v.length;
    if (end - start >= 2 && readNameAt(norm, start, idx, lex) === end - start) return { start, end };
  }
  return lineInitialName(norm, end, idx, lex);
}

/** A name that is the whole start of its line up to `end` ("王某为…", "李某的…"). */
function lineInitialName(norm: string, end: number, idx: TokenIndex, lex: NameLexicon): { start: number; end: number } | null {
  let start = end;
  while (start > 0 && end - start < MAX_NAME && HAN.test(norm.charAt(start - 1))) start--;
  const opening = norm.slice(0, start).match(/(?:^|\n)[ \t\u3000]*$/);
  if (!opening || end - start < 2) return null;
  return readNameAt(norm, start, idx, lex) === end - start ? { start, end } : null;
}
