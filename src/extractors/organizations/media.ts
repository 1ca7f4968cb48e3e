/**
 * A periodical named by its title in 《》 and what it is: "《财富》杂志", "英国《新科学家》周刊",
 * "《晨报》编辑部". The body is the title and the word after it together (GOLD-FORMAT annotates
 * nothing inside a title alone: "《人民日报》" gives no organisation).
 */
import { isMajorPlaceName } from '../locations/place-names.js';
import type { SpanMask, TextView } from '../locations/text-view.js';
import type { OrgHit } from './rules.js';

/** What a title in 《》 is when one of these follows it. */
const PERIODICAL = /^(?:杂志社|杂志|周刊|月刊|半月刊|季刊|画报|编辑部|报社|报|社)/;

export function findTitledMedia(view: TextView, blocked: SpanMask): OrgHit[] {
  const norm = view.doc.norm;
  const out: OrgHit[] = [];
  for (let open = norm.indexOf('《'); open >= 0; open = norm.indexOf('《', open + 1)) {
    const close = norm.indexOf('》', open + 1);
    if (close < 0 || close - open > 30 || close - open < 2) continue;
    const kind = PERIODICAL.exec(norm.slice(close + 1))?.[0];
    if (!kind) continue;
    const end = close + 1 + kind.length;
    // "报道", "社会", "月刊登": the word after the title must end at a word boundary.
    if (!view.boundary[end] && end < norm.length) continue;
    if (blocked.touches(close + 1, end)) continue;
    // "英国《新科学家》周刊": the country or city the periodical belongs to.
    const place = view.tokens[view.tokenAt[open - 1] ?? -1];
    const start = place && place.end === open && !blocked.has(open - 1) && isMajorPlaceName(place.word) ? place.start : open;
    out.push({ start, end, rule: `title + ${kind}` });
  }
  return out;
}

/**
 * "来源：宁乡发布", "稿源：上海发布": a government's news account is named "<place>发布"; only in a
 * source line, where 发布 cannot be the verb ("北京发布了新规" has no account).
 */
const SOURCE_ACCOUNT = /(?:来源|稿源|来自)[:：][ \t\u3000]*([\p{Script=Han}]{2,8}?)发布(?=$|[\s\u3000）)|｜,，])/gmu;

export function findSourceAccounts(view: TextView, blocked: SpanMask): OrgHit[] {
  const norm = view.doc.norm;
  const out: OrgHit[] = [];
  for (const m of norm.matchAll(SOURCE_ACCOUNT)) {
    const place = m[1] as string;
    const start = (m.index ?? 0) + m[0].length - place.length - 2;
    if (!isMajorPlaceName(place) || blocked.touches(start, start + place.length + 2)) continue;
    out.push({ start, end: start + place.length + 2, rule: 'place + 发布 in a source line' });
  }
  return out;
}
