import { isHanAt } from '../_han.js';
import type { NameLexicon } from './lexicon.js';
import { readNameAt } from './names.js';
import type { TokenIndex } from './tokens.js';

/** How far after a bare list of names its closing word may stand ("及相关部门主要负责人陪同"). */
const LIST_END_WINDOW = 14;

/**
 * Bare lists of names that accompany a visit: "王五、赵六、钱七及相关部门主要负责人陪同调研" names
 * officials without giving their titles. The list starts a clause, has two names or more joined by
 * 、, and a list-end word (陪同, 出席, 负责人…) follows within a few characters. Returns name spans.
 */
export interface ListedName { start: number; end: number; title: [number, number] | null }

export function bareNameLists(norm: string, idx: TokenIndex, lex: NameLexicon): ListedName[] {
  const out: ListedName[] = [];
  for (let i = norm.indexOf('、'); i >= 0; i = norm.indexOf('、', i + 1)) {
    // Only the first 、 of a list starts the search: the name before it must open a clause.
    let first = -1;
    for (const len of [2, 3, 4]) {
      const s = i - len;
      if (s < 0 || isHanAt(norm, s - 1) || norm[s - 1] === '、') continue;
      if (readNameAt(norm, s, idx, lex) === len && !placeWord(idx, s, i)) {
        first = s;
        break;
      }
    }
    if (first < 0) continue;
    const names: [number, number][] = [[first, i]];
    let p = i + 1;
    for (;;) {
      const len = readNameAt(norm, p, idx, lex);
      if (!len || placeWord(idx, p, p + len)) break;
      names.push([p, p + len]);
      if (norm[p + len] !== '、') break;
      p += len + 1;
    }
    const last = names[names.length - 1] as [number, number];
    if (names.length < 2 || last[1] === i) continue;
    if (!endsList(norm.slice(last[1], last[1] + LIST_END_WINDOW), lex)) {
      // A list starting at any later 、 of this chain reads the same names to the same last one, so it
      // fails too: skip them (a long "张三、张三、…" run was quadratic).
      i = last[1] - 1;
      continue;
    }
    const title = groupPostAfter(norm, last[1], lex);
    out.push(...names.map(([start, end]) => ({ start, end, title })));
    i = last[1];
  }
  return out;
}

/** "王五、赵六等市领导出席": the leadership group named after the list is every name's title. */
function groupPostAfter(norm: string, end: number, lex: NameLexicon): [number, number] | null {
  if (norm[end] !== '等') return null;
  for (const post of lex.groupPosts) if (norm.startsWith(post, end + 1)) return [end + 1, end + 1 + post.length];
  return null;
}

/** "浙江、江苏、安徽等地": jieba reads the item as one place word, not a name. */
function placeWord(idx: TokenIndex, start: number, end: number): boolean {
  const t = idx.startingAt(start);
  return t !== undefined && t.end === end && t.tag === 'ns';
}

/** A list-end word (陪同, 出席, 负责人…) stands in `tail` before the clause ends, after 及/和/等 or at once. */
function endsList(tail: string, lex: NameLexicon): boolean {
  if (!/^[及和等]/.test(tail) && !lex.listEnds.some((w) => tail.startsWith(w))) return false;
  const stop = tail.search(/[，。；,;！!？?\n]/);
  const window = stop >= 0 ? tail.slice(0, stop) : tail;
  return lex.listEnds.some((w) => window.includes(w));
}
