import type { Doc, Span } from '../../types.js';
import type { NameLexicon } from './lexicon.js';
import { nameEndingAt, readNameAt } from './names.js';
import { givenCharScoreAt } from './name-model.js';
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
/** The same for a list of names joined by 、 ("补选陈某、刘某、王某为…"). */
const APPOINT_LIST_WINDOW = 40;
/** Longest name read before 为 or 的 at a line start (a four-character compound-surname name). */
const MAX_NAME = 4;
/** Longest dotted name read before a verb of holding a post ("安德烈斯·帕斯特拉纳"). */
const MAX_DOTTED = 16;
/** Longest part before the first dot of such a name ("安德烈斯"). */
const MAX_FIRST_PART = 6;
/** A vote count between a name and 当选: "以226票", "以全票", "高票". */
const VOTE_COUNT = /(?:以)?(?:[0-9０-９]+|[一二三四五六七八九十百千两]+|全|高|满)票$/u;

export function appointedNames(doc: Doc, idx: TokenIndex, lex: NameLexicon, known: ReadonlySet<string>): ChainedName[] {
  const norm = doc.norm;
  const out: ChainedName[] = [];
  for (const whole of chainTitleUnits(titleUnits(doc, idx, lex), norm)) {
    if (whole.some((u) => u.company)) continue;
    const cs = (whole[0] as TitleUnit).start;
    const before = norm[cs - 1];
    const verbs = before === '为' ? lex.appointVerbs : before === '的' ? lex.dismissVerbs : null;
    let names = verbs ? namesAfterVerb(norm, cs - 1, verbs, idx, lex) : [];
    // "当选为|…" ends in 为 too, but its name stands before the verb: "王某当选为县长".
    // In a notice before appointment every post on a person's line is theirs ("宋某，男，…现任…，拟任…").
    const held: { start: number; end: number; clauseOnly?: boolean } | null = names.length ? null : holderBefore(norm, cs, idx, lex, known) ?? noticeHolder(norm, cs, idx, lex);
    // "李某、陈某当选为副县长": every name of a list before the verb holds the post.
    if (held) names = [...listedNamesBefore(norm, held.start, idx, lex), held];
    // A known name in mid-clause holds the posts up to the clause's end ("…担任审判长，县人大代表…旁听" stops at 审判长).
    const chain = held?.clauseOnly ? whole.slice(0, clauseEnd(whole, norm)) : whole;
    const titleSpans = chain.map((u): Span => [u.start, u.end]);
    const postSpans = chain.map((u): Span => [u.postStart, u.end]);
    for (const name of names) out.push({ start: name.start, end: name.end, rule: 'name before 任 + title', titleSpans, postSpans });
  }
  return out;
}

/** How many units of a chain are joined by 、 from its first on (a comma ends the clause). */
function clauseEnd(chain: readonly TitleUnit[], norm: string): number {
  for (let i = 1; i < chain.length; i++) if (norm[(chain[i - 1] as TitleUnit).end] !== '、') return i;
  return chain.length;
}

/** Names joined by 、 that end right before `start` (the list's last name), the list opening its clause. */
function listedNamesBefore(norm: string, start: number, idx: TokenIndex, lex: NameLexicon): { start: number; end: number }[] {
  const names: { start: number; end: number }[] = [];
  let end = start - 1;
  while (norm[end] === '、') {
    let found = -1;
    for (let len = 2; len <= MAX_NAME && found < 0; len++) {
      const s = end - len;
      if (s >= 0 && !(HAN.test(norm.charAt(s - 1)) && norm[s - 1] !== '、') && readNameAt(norm, s, idx, lex) === len) found = s;
    }
    if (found < 0) return [];
    names.push({ start: found, end });
    end = found - 1;
  }
  return names;
}

/** "张某(同志)任|…": the name before a verb of holding a post that ends at `cs`. */
function holderBefore(norm: string, cs: number, idx: TokenIndex, lex: NameLexicon, known: ReadonlySet<string>): { start: number; end: number; clauseOnly?: boolean } | null {
  const verb = lex.holdVerbs.find((v) => norm.endsWith(v, cs)); // dict/name-context.txt, longest first
  if (!verb) return null;
  let end = cs - verb.length;
  // "王某以226票当选为县长", "以全票当选": the vote count between the name and the verb.
  end -= VOTE_COUNT.exec(norm.slice(Math.max(0, end - 12), end))?.[0].length ?? 0;
  // "张某在担任县住建局局长期间" (discipline notices): 在 between the name and the verb.
  if (norm[end - 1] === '在' && end - 1 > 0 && HAN.test(norm.charAt(end - 2))) end -= 1;
  // "张某同志不再担任…职务": the posts left are the person's too, split as written.
  if (norm.endsWith('不再', end)) end -= 2;
  if (norm.endsWith('同志', end)) end -= 2;
  // The name opens its clause: "他任市长期间" has none, "会议由张某任组长" is read elsewhere.
  let start = end;
  while (start > 0 && end - start < 5 && HAN.test(norm.charAt(start - 1))) start--;
  // "接受|赵某辞去…": a verb may open the clause before the name.
  const ne = nameEndingAt(norm, end, idx, lex, known);
  const opener = ne > start ? idx.at(ne - 1) : undefined;
  if (opener && opener.end === ne && opener.start >= start && /^v/.test(opener.tag) && end - ne >= 2) return { start: ne, end };
  // "副院长佟某担任审判长": a name the text gave before with its title takes the post after the verb too.
  if (ne >= 0 && end - ne >= 2 && known.has(norm.slice(ne, end))) return { start: ne, end, clauseOnly: true };
  // "安德烈斯·帕斯特拉纳当选…": a dotted name runs on before the walk's stop.
  if (norm.slice(Math.max(0, end - MAX_DOTTED), end).includes('·')) return dottedNameEndingAt(norm, end, idx, lex);
  if ((start > 0 && HAN.test(norm.charAt(start - 1))) || end - start < 2) return null;
  if (readNameAt(norm, start, idx, lex) === end - start || ne === start) return { start, end };
  return null;
}

/**
 * True when the name read at `start` ends at `end`, the marker of the notice (为, 的). jieba may glue the
 * name's last character to 为 ("任命程某华|为" is cut 程某|华为), which reads the name a character short:
 * the marker ends it, so a last character that names take counts.
 */
function nameEndsAtMarker(norm: string, start: number, end: number, idx: TokenIndex, lex: NameLexicon): boolean {
  // A verb of appointing vouches for a name as a title does: label-only surnames count ("任命拓某杰为…").
  const len = readNameAt(norm, start, idx, lex, true);
  if (len === end - start) return true;
  const glued = idx.startingAt(end - 1);
  return len === end - start - 1 && len >= 2 && norm[end] === '为' && glued?.end === end + 1 && givenCharScoreAt(norm, end - 1) > 0;
}

/** A line of a notice: the name, then sex (and the rest of the particulars) — "宋某，男，汉族，1979年3月生，…". */
const NOTICE_LINE = /^[ \t\u3000]*([\p{Script=Han}·]{2,10})[，,][男女][，,]/u;

/**
 * The person a notice line is about, for a title chain starting at `cs` on that line after 现任, 拟任,
 * 任, 原 or a comma ("…，现任迁安市委常委、常务副市长，拟任滦州市委副书记。").
 */
function noticeHolder(norm: string, cs: number, idx: TokenIndex, lex: NameLexicon): { start: number; end: number } | null {
  if (!/[任，,、]/.test(norm.charAt(cs - 1))) return null;
  const lineStart = norm.lastIndexOf('\n', cs - 1) + 1;
  const m = NOTICE_LINE.exec(norm.slice(lineStart, cs));
  if (!m) return null;
  const name = m[1] as string;
  const start = lineStart + (m[0].indexOf(name));
  return readNameAt(norm, start, idx, lex) === name.length || name.includes('·') ? { start, end: start + name.length } : null;
}

/** A dotted name ("安德烈斯·帕斯特拉纳") that ends at `end`, in the run of characters before it. */
function dottedNameEndingAt(norm: string, end: number, idx: TokenIndex, lex: NameLexicon): { start: number; end: number } | null {
  let runStart = end;
  while (runStart > 0 && end - runStart < MAX_DOTTED && (HAN.test(norm.charAt(runStart - 1)) || norm[runStart - 1] === '·')) runStart--;
  const dot = norm.indexOf('·', runStart);
  if (dot < 0 || dot >= end) return null;
  // The shortest first part of two characters or more that starts a word of jieba's ("安德烈斯/x",
  // "路易/n 斯/nr"): not "候选人|…", where jieba's word runs across.
  for (let p = dot - 2; p >= runStart && dot - p <= MAX_FIRST_PART; p--) {
    const first = idx.startingAt(p);
    if (!first || !idx.isBoundary(p) || /^(?:v|r|p|c|u)/.test(first.tag)) continue;
    if (readNameAt(norm, p, idx, lex) === end - p) return { start: p, end };
  }
  return null;
}

/**
 * "任命王某(同志)为|…", "补选陈某、刘某为|…", "免去李某(同志)的|…职务": the names between a verb of the
 * notice (dict/name-context.txt: appoints before 为, dismisses before 的) and the marker at `at`. In a
 * list the verb heads it and each line starts with the name ("任命：\n王某为市教育局局长；").
 */
function namesAfterVerb(norm: string, at: number, verbs: readonly string[], idx: TokenIndex, lex: NameLexicon): { start: number; end: number }[] {
  for (const v of verbs) {
    const vAt = norm.lastIndexOf(v, at - 1);
    if (vAt < 0) continue;
    const start = vAt + v.length;
    const between = norm.slice(start, at);
    if (at - vAt > (between.includes('、') ? APPOINT_LIST_WINDOW : APPOINT_WINDOW)) continue;
    const names = nameList(norm, start, between, idx, lex);
    if (names) return names;
  }
  const end = norm.endsWith('同志', at) ? at - 2 : at;
  const line = lineInitialName(norm, end, idx, lex) ?? clauseInitialName(norm, end, at, verbs, idx, lex);
  return line ? [line] : [];
}

/** Sentence ends before which an appointment does not carry over. */
const SENTENCE_END = /[。；;！!？?\n]/;

/**
 * "任命吴某为市财政局局长，郑某为市教育局局长": after a comma the verb is not written again; a name
 * that is the whole clause up to the marker holds the post when the sentence's verb and marker came
 * before it.
 */
function clauseInitialName(norm: string, end: number, at: number, verbs: readonly string[], idx: TokenIndex, lex: NameLexicon): { start: number; end: number } | null {
  let start = end;
  while (start > 0 && end - start < MAX_NAME && HAN.test(norm.charAt(start - 1))) start--;
  // "…为市财政局局长，郑某为…", "…为省教育厅厅长、郑某为…": a comma or an enumeration comma opens the clause.
  if (end - start < 2 || !/[，,、]/.test(norm.charAt(start - 1))) return null;
  let from = start - 1;
  while (from > 0 && !SENTENCE_END.test(norm.charAt(from - 1))) from--;
  const before = norm.slice(from, start - 1);
  const marker = norm.charAt(at);
  if (!verbs.some((v) => { const i = before.indexOf(v); return i >= 0 && before.indexOf(marker, i + v.length) > 0; })) return null;
  return nameEndsAtMarker(norm, start, end, idx, lex) ? { start, end } : null;
}

/** `between` (from `start`) as names joined by 、, each maybe followed by 同志; else null. */
function nameList(norm: string, start: number, between: string, idx: TokenIndex, lex: NameLexicon): { start: number; end: number }[] | null {
  const names: { start: number; end: number }[] = [];
  let p = start;
  for (const part of between.split('、')) {
    const len = part.endsWith('同志') ? part.length - 2 : part.length;
    if (len < 2 || !nameEndsAtMarker(norm, p, p + len, idx, lex)) return null;
    names.push({ start: p, end: p + len });
    p += part.length + 1;
  }
  return names;
}

/** A name that is the whole start of its line up to `end` ("王某为…", "李某的…"). */
function lineInitialName(norm: string, end: number, idx: TokenIndex, lex: NameLexicon): { start: number; end: number } | null {
  let start = end;
  while (start > 0 && end - start < MAX_NAME && HAN.test(norm.charAt(start - 1))) start--;
  const opening = norm.slice(0, start).match(/(?:^|\n)[ \t\u3000]*$/);
  if (!opening || end - start < 2) return null;
  return nameEndsAtMarker(norm, start, end, idx, lex) ? { start, end } : null;
}
