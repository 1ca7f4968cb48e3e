import { defineExtractor } from './define.js';
import type { Mention, Person, PersonRole } from '../types.js';
import { loadDict, loadWords } from '../lexicon/load.js';
import { HAN, alternation } from './_han.js';

export interface PersonAttrs { role: PersonRole }

let compiled: { credit: RegExp; paren: RegExp; roles: Map<string, PersonRole> } | null = null;
function rules() {
  if (compiled) return compiled;
  const roles = new Map(loadDict('person-roles.txt', { minCols: 2, maxCols: 2 }).map((e) => [e.cols[0] as string, e.cols[1] as PersonRole]));
  const name = `(?:${alternation(loadWords('surnames.txt'))})[${HAN}]{1,2}`;
  // "记者 张浩", "[编辑:席亚文]", "文/图 X", "责编：X": a credit label, optional colon or space, then the name.
  const credit = new RegExp(`(${alternation(roles.keys())})\\s*[:：]?\\s*(${name})(?![${HAN}])`, 'gu');
  // A byline in parentheses closing a paragraph: "…攻坚战。(张浩)".
  const paren = new RegExp(`[(（](${name})[)）]`, 'gu');
  compiled = { credit, paren, roles };
  return compiled;
}

export default defineExtractor<'persons', PersonAttrs, Person>({
  name: 'persons',
  dicts: ['person-roles.txt', 'surnames.txt'],
  requires: ['officials'],
  extract(doc, ctx) {
    const { credit, paren, roles } = rules();
    const officialNames = new Set(ctx.mentions('officials').map((m) => m.text));
    const out: Mention<PersonAttrs>[] = [];
    const push = (name: string, start: number, role: PersonRole, rule: string) => {
      if (!officialNames.has(name)) out.push({ text: doc.text.slice(start, start + name.length), start, end: start + name.length, rule, attrs: { role } });
    };
    for (const m of doc.norm.matchAll(credit)) {
      const name = m[2] ?? '';
      push(name, (m.index ?? 0) + m[0].length - name.length, roles.get(m[1] ?? '') ?? 'other', 'credit label');
    }
    for (const m of doc.norm.matchAll(paren)) push(m[1] ?? '', (m.index ?? 0) + 1, 'reporter', 'byline in parentheses');
    return out;
  },
  toItem(text, mentions) {
    return { name: text, role: mentions[0]?.attrs.role ?? 'other' };
  },
});
