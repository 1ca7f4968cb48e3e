import { defineExtractor } from './define.js';
import type { Mention, Official, Span } from '../types.js';
import { loadDict } from '../lexicon/load.js';
import { alternation, isHan } from './_han.js';
import { NAME_DICTS, nameLexicon, type NameLexicon } from './officials/lexicon.js';
import { TokenIndex } from './officials/tokens.js';
import { chainTitleUnits, findTitleUnits } from './officials/titles.js';
import { isNameTag, readNameAt, surnameAt } from './officials/names.js';

/**
 * `titles` as written; `titleSpans` are their offsets (same order), for benchmarks that score
 * title spans ("position"). Neither changes the public JSON beyond `titles`.
 */
export interface OfficialAttrs { name: string; titles: string[]; titleSpans: Span[] }

type Push = (start: number, end: number, rule: string, titles: Span[]) => void;

/** Characters that end an organisation or a place, never a name before a post ("石镇党委书记"). */
const ORG_END = new Set([...'省市县区镇乡村旗州盟委局厅部办府会院所处队团组']);

/**
 * "习近平总书记", "张明同志": a name right before a post. jieba often breaks such names (习近/平), so
 * the name is read from the characters; a name-tagged word must start where the name starts, or
 * the text must have named the person before.
 */
function namesBeforePosts(norm: string, idx: TokenIndex, lex: NameLexicon, known: Set<string>, push: Push): void {
  const after = new RegExp(`${lex.postRe.source}|${alternation(lex.afterName)}`, 'gu');
  for (const m of norm.matchAll(after)) {
    const s = m.index ?? 0;
    const e = s + m[0].length;
    if (!idx.isBoundary(s) || lex.blockers.some((b) => norm.startsWith(b, e))) continue;
    for (const len of [4, 3, 2]) {
      const c = s - len;
      if (c < 0) continue;
      const word = norm.slice(c, s);
      const sn = surnameAt(norm, c, lex);
      const given = len - sn;
      if (!sn || given < 1 || given > 2 || ![...word].every((ch) => isHan(ch)) || ORG_END.has(word.slice(-1))) continue;
      const first = idx.startingAt(c);
      const tail = idx.at(s - 1);
      // "落实习近平总书记" is cut 实习/近平: a name-tagged word holding exactly the given name counts too.
      const tailIsGiven = len === 3 && tail !== undefined && isNameTag(tail.tag) && tail.start === c + sn && tail.end === s;
      if (known.has(word) || tailIsGiven || (first && isNameTag(first.tag) && first.end <= s && idx.isBoundary(c))) {
        push(c, s, 'name before post', lex.afterName.has(m[0]) ? [] : [[s, e]]);
        break;
      }
    }
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
    const push: Push = (start, end, rule, titleSpans) => {
      if (taken.has(start)) return;
      taken.add(start);
      const name = text.slice(start, end);
      out.push({ text: name, start, end, rule, attrs: { name, titles: titleSpans.map(([a, b]) => text.slice(a, b)), titleSpans } });
    };

    const units = findTitleUnits(doc, idx, lex);
    const unitStarts = new Set(units.map((u) => u.start));
    for (const chain of chainTitleUnits(units, norm)) {
      const titleSpans = chain.map((u): Span => [u.start, u.end]);
      let p = (chain[chain.length - 1] as { end: number }).end;
      let len = readNameAt(norm, p, idx, lex);
      let rule = 'title chain before name';
      // "市领导高广军、杨斌、王春华": every name of the list gets the chain's titles.
      while (len > 0) {
        push(p, p + len, rule, titleSpans);
        rule = 'name list after title';
        const q = p + len;
        if (norm[q] !== '、' || unitStarts.has(q + 1)) break;
        p = q + 1;
        len = readNameAt(norm, p, idx, lex);
      }
    }

    const known = new Set(out.map((m) => norm.slice(m.start, m.end)));
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
