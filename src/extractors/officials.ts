import { defineExtractor } from './define.js';
import type { Mention, Official, Span } from '../types.js';
import { loadDict } from '../lexicon/load.js';
import { alternation, isHan } from './_han.js';
import { NAME_DICTS, nameLexicon, type NameLexicon } from './officials/lexicon.js';
import { TokenIndex } from './officials/tokens.js';
import { namesAfterChains } from './officials/chains.js';
import { bareNameLists } from './officials/lists.js';
import { nameEndingAt } from './officials/names.js';

/**
 * `titles` as written; `titleSpans` are their offsets (same order) and `postSpans` the offsets of
 * their posts alone ("副局长" of "市公安局副局长"), for benchmarks that score title spans
 * (CLUENER "position"). The public JSON shows `titles` only.
 */
export interface OfficialAttrs { name: string; titles: string[]; titleSpans: Span[]; postSpans: Span[] }

type Push = (start: number, end: number, rule: string, titles: Span[], posts?: Span[]) => void;

/**
 * "习近平总书记", "张明同志": a name right before a post or 同志.
 */
function namesBeforePosts(norm: string, idx: TokenIndex, lex: NameLexicon, known: Set<string>, push: Push): void {
  const after = new RegExp(`${lex.postRe.source}|${alternation(lex.afterName)}`, 'gu');
  for (const m of norm.matchAll(after)) {
    const s = m.index ?? 0;
    const e = s + m[0].length;
    if (!idx.isBoundary(s) || lex.blockers.some((b) => norm.startsWith(b, e))) continue;
    const c = nameEndingAt(norm, s, idx, lex, known);
    if (c >= 0) push(c, s, 'name before post', lex.afterName.has(m[0]) ? [] : [[s, e]]);
  }
}

export default defineExtractor<'officials', OfficialAttrs, Official>({
  name: 'officials',
  dicts: NAME_DICTS,
  requires: [],
  segmentWords: () => loadDict('titles.txt', { maxCols: 2 }).map((e) => [e.cols[0] as string, 'title'] as const),
  extract(doc) {
    const lex = nameLexicon();
    const { norm, text } = doc;
    const idx = new TokenIndex(doc.tokens);
    const out: Mention<OfficialAttrs>[] = [];
    const taken = new Set<number>();
    const push: Push = (start, end, rule, titleSpans, postSpans = titleSpans) => {
      if (taken.has(start)) return;
      taken.add(start);
      const name = text.slice(start, end);
      out.push({ text: name, start, end, rule, attrs: { name, titles: titleSpans.map(([a, b]) => text.slice(a, b)), titleSpans, postSpans } });
    };

    for (const n of namesAfterChains(doc, idx, lex, false)) push(n.start, n.end, n.rule, n.titleSpans, n.postSpans);

    for (const [a, b] of bareNameLists(norm, idx, lex)) push(a, b, 'bare name list before 陪同/出席', []);

    const known = new Set(out.map((m) => norm.slice(m.start, m.end)));
    for (const leader of lex.leaders) if (norm.includes(leader)) known.add(leader);
    namesBeforePosts(norm, idx, lex, known, push);
    for (const m of out) known.add(norm.slice(m.start, m.end));

    // Later mentions of a known name count to the same person ("李云峰指出"), except inside a
    // doctrine name ("习近平新时代中国特色社会主义思想").
    if (known.size) {
      const re = new RegExp(alternation(known), 'gu');
      for (const m of norm.matchAll(re)) {
        const s = m.index ?? 0;
        const e = s + m[0].length;
        if (lex.doctrineTails.some((d) => norm.startsWith(d, e))) continue;
        push(s, e, 'later mention', []);
      }
    }
    return out;
  },
  toItem(text, mentions) {
    const titles: string[] = [];
    for (const m of mentions) for (const t of m.attrs.titles) if (!titles.includes(t)) titles.push(t);
    return { name: text, titles };
  },
});
