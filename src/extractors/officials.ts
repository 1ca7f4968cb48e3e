import { defineExtractor } from './define.js';
import type { Mention, Official, Span } from '../types.js';
import { loadDict } from '../lexicon/load.js';
import { isAllHan, isHan } from './_han.js';
import { findWords, WordFinder } from './_word-finder.js';
import { NAME_DICTS, nameLexicon, type NameLexicon } from './officials/lexicon.js';
import { TokenIndex } from './officials/tokens.js';
import { namesAfterChains } from './officials/chains.js';
import { appointedNames } from './officials/appointments.js';
import { bareNameLists } from './officials/lists.js';
import { isFullPlaceNameAt, isMajorPlaceName } from './locations/place-names.js';
import { isAnonymised, nameEndingAt, PLACE_LEVEL_END } from './officials/names.js';
import { ORG_END } from './officials/titles.js';
import { scratchBytes } from '../pipeline/scratch.js';

/**
 * `titles` as written; `titleSpans` are their offsets (same order) and `postSpans` the offsets of
 * their posts alone ("副局长" of "市公安局副局长"), for benchmarks that score title spans
 * (CLUENER "position"). The public JSON shows `titles` only.
 */
export interface OfficialAttrs { name: string; titles: string[]; titleSpans: Span[]; postSpans: Span[] }

type Push = (start: number, end: number, rule: string, titles: Span[], posts?: Span[], written?: string[]) => void;

/** Posts and the words that follow a name ("同志"), as one pattern. */
let afterWords: WordFinder | null = null;

/** Counts between a list of names and their post ("两首相", "三位部长" is not: 位 is no post). */
const COUNTS = '两二三四五六七八九几';

/** Shortest last part of a dotted name that names its official alone ("图门" of "巴·图门" is two). */
const MIN_DOTTED_TAIL = 2;

/** At most this many words of organisation before a name in the inverted form ("市委张明书记"). */
const INVERTED_ORG_WORDS = 3;

/**
 * "习近平总书记", "张明同志": a name right before a post or 同志. In the inverted form "县委张明书记"
 * the organisation before the name belongs to the title: 县委书记 (its span is the post's), as far back
 * as jieba's words or the organisations extractor read it ("桃源县委").
 * Business posts ("王某总经理") are left to the persons extractor.
 */
function namesBeforePosts(norm: string, text: string, idx: TokenIndex, lex: NameLexicon, known: Set<string>, push: Push, startEndingAt: (s: number) => number, orgStartByEnd: ReadonlyMap<number, number>): void {
  // Compiled once, not per article: the lexicon never changes.
  // (As the regex of the posts' alternation, then the words after names: a post wins where both start.)
  afterWords ??= new WordFinder(lex.posts, lex.afterName);
  for (const m of afterWords.all(norm)) {
    const s = m.index;
    const e = s + m.word.length;
    if (!idx.isBoundary(s) || lex.blockers.some((b) => norm.startsWith(b, e)) || lex.companyPosts.has(m.word)) continue;
    const nameAt = (end: number): number => {
      const found = startEndingAt(end);
      return found >= 0 ? found : nameEndingAt(norm, end, idx, lex, known);
    };
    // "翁某、洪某两首相": a count after a list of names ends the last name before it.
    let nameEnd = s;
    let c = -1;
    if (COUNTS.includes(norm[s - 1] ?? '.')) {
      c = nameAt(s - 1);
      if (c >= 0 && norm[c - 1] === '、') nameEnd = s - 1;
      else c = -1;
    }
    if (c < 0) c = nameAt(s);
    // "其中4名左翼议员": after a count of people comes what they are, not a name.
    if (c < 0 || (/[名位个]/.test(norm[c - 1] ?? '') && /[0-9０-９一二三四五六七八九十两几多]/.test(norm[c - 2] ?? ''))) continue;
    // "王某任县长": the name ends before a verb of holding the post (appointments.ts reads it).
    if (lex.holdVerbs.some((v) => s - v.length - c >= 2 && norm.endsWith(v, s))) continue;
    // "哈密|市长检查…": a city's or county's name before its head's post is the title, not a holder.
    if (/^[省市县区州旗盟]/.test(m.word) && isMajorPlaceName(norm.slice(c, nameEnd))) continue;
    if (lex.afterName.has(m.word)) {
      push(c, nameEnd, 'name before post', []);
      continue;
    }
    const org = Math.min(organisationBefore(norm, c, idx), orgStartByEnd.get(c) ?? c);
    push(c, nameEnd, 'name before post', [[s, e]], [[s, e]], org < c ? [text.slice(org, c) + text.slice(s, e)] : undefined);
  }
}

/** Where an organisation written right before `c` starts ("县委" of "县委张明书记"), or `c`. */
function organisationBefore(norm: string, c: number, idx: TokenIndex): number {
  const last = idx.at(c - 1);
  if (!last || !ORG_END.has(norm[c - 1] as string)) return c;
  let start = last.start;
  if (last.end !== c || last.end - last.start < 2) {
    // "华容县/nr 委/zg 邹某书记", "安化县/ns 委周/x 国庆/x 书记": jieba cut the 委 of 县委 off the county's name.
    const place = idx.at(c - 2);
    if (norm[c - 1] !== '委' || !place || place.end !== c - 1 || place.end - place.start < 2 || !isAllHan(norm.slice(place.start, c)) || !PLACE_LEVEL_END.includes(norm[c - 2] as string)) return divisionEndingAt(norm, c);
    start = place.start;
  }
  for (let k = 1; k < INVERTED_ORG_WORDS; k++) {
    const t = idx.at(start - 1);
    if (!t || t.tag !== 'ns' || ![...norm.slice(t.start, t.end)].every((ch) => isHan(ch))) break;
    start = t.start;
  }
  // "孟村/x 回族/nz 自治县/ns": a division's full name reaches further back than the place words.
  return Math.min(start, divisionEndingAt(norm, c));
}

/** Longest of the places tried before a name in the inverted form ("积石山保安族东乡族撒拉族自治县"). */
const MAX_DIVISION_NAME = 15;
/**
 * "菱塘回族乡沙某某乡长" (菱塘/x 回族/nz 乡/n): a division's full name that jieba cut into pieces,
 * ending right before the name at `c`: where it starts, or `c`.
 */
function divisionEndingAt(norm: string, c: number): number {
  for (let k = Math.min(c, MAX_DIVISION_NAME); k >= 3; k--) if (isAllHan(norm.slice(c - k, c)) && isFullPlaceNameAt(norm, c - k, c)) return c - k;
  return c;
}

export default defineExtractor<'officials', OfficialAttrs, Official>({
  name: 'officials',
  dicts: NAME_DICTS,
  requires: ['organizations'],
  readsTokens: true,
  // Posts, and the verbs of holding one that open a title ("拟任|乐亭县委副书记", which jieba cut 拟|任乐亭).
  segmentWords: () => [
    ...loadDict('titles.txt', { maxCols: 2 }).map((e) => [e.cols[0] as string, 'title'] as const),
    ...loadDict('title-parts.txt', { maxCols: 2 }).filter((e) => e.cols[1] === 'prefix-stop' && /任$/.test(e.cols[0] as string)).map((e) => [e.cols[0] as string, 'v'] as const),
  ],
  extract(doc, ctx) {
    const lex = nameLexicon();
    const orgStartByEnd = new Map<number, number>();
    for (const o of ctx.mentions('organizations')) if (o.start < (orgStartByEnd.get(o.end) ?? Infinity)) orgStartByEnd.set(o.end, o.start);
    const { norm, text } = doc;
    const idx = new TokenIndex(doc);
    const out: Mention<OfficialAttrs>[] = [];
    const taken = new Set<number>();
    const cover = scratchBytes(norm.length);
    /** The mention ending at each offset (no scans of `out`: inputs can be 50 MB). */
    const byEnd = new Map<number, Mention<OfficialAttrs>>();
    const push: Push = (start, end, rule, titleSpans, postSpans = titleSpans, written) => {
      const titles = written ?? titleSpans.map(([a, b]) => text.slice(a, b));
      // A post after a name found whole before: "…·哈格隆德上将" adds 上将 to that name, not a person 隆德.
      const prior = cover[start] === 1 ? byEnd.get(end) : undefined;
      const whole = prior && prior.start <= start ? prior : undefined;
      if (whole) {
        for (const t of titles) if (!whole.attrs.titles.includes(t)) whole.attrs.titles.push(t);
        whole.attrs.titleSpans.push(...titleSpans);
        whole.attrs.postSpans.push(...postSpans);
        return;
      }
      if (taken.has(start) || cover[start] === 1 || cover[end - 1] === 1) return;
      taken.add(start);
      cover.fill(1, start, end);
      const name = text.slice(start, end);
      const m: Mention<OfficialAttrs> = { text: name, start, end, rule, attrs: { name, titles, titleSpans, postSpans } };
      out.push(m);
      byEnd.set(end, m);
    };

    for (const n of namesAfterChains(doc, idx, lex, false, orgStartByEnd)) push(n.start, n.end, n.rule, n.titleSpans, n.postSpans);

    for (const n of bareNameLists(norm, idx, lex)) push(n.start, n.end, 'bare name list before 陪同/出席', n.title ? [n.title] : []);

    const known = new Set(out.map((m) => norm.slice(m.start, m.end)));
    for (const leader of lex.leaders) if (norm.includes(leader)) known.add(leader);
    namesBeforePosts(norm, text, idx, lex, known, push, (s) => byEnd.get(s)?.start ?? -1, orgStartByEnd);
    for (const m of out) known.add(norm.slice(m.start, m.end));
    for (const n of appointedNames(doc, idx, lex, known)) push(n.start, n.end, n.rule, n.titleSpans, n.postSpans);
    for (const m of out) known.add(norm.slice(m.start, m.end));
    // A dotted name's last part said alone is the same official ("帕斯特拉纳表示" after
    // "安德烈斯·帕斯特拉纳"), not a person guessed inside it ("科夫" of "卡斯木别科夫").
    for (const name of [...known]) {
      const tail = name.slice(name.lastIndexOf('·') + 1);
      if (name.includes('·') && tail.length >= MIN_DOTTED_TAIL) known.add(tail);
    }

    // Later mentions of a known name count to the same person ("李云峰指出"), except inside a
    // doctrine name ("习近平新时代中国特色社会主义思想").
    if (known.size) {
      for (const [s, name] of findWords(norm, known)) {
        const e = s + name.length;
        if (lex.doctrineTails.some((d) => norm.startsWith(d, e))) continue;
        push(s, e, 'later mention', []);
      }
    }
    return out;
  },
  reported: (m) => !isAnonymised(m.text),
  toItem(text, mentions) {
    const titles: string[] = [];
    for (const m of mentions) for (const t of m.attrs.titles) if (!titles.includes(t)) titles.push(t);
    return { name: text, titles };
  },
  itemKey: (attrs) => attrs.titles.join('\n'),
});
