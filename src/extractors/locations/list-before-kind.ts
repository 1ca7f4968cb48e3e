/**
 * Places named in a list that ends in their kind: "普陀山、朱家尖、桃花岛等景区", "九寨沟、黄龙两大景区",
 * "越南胡志明、泰国林查班等港口". The kind says what every item is, where jieba and the gazetteer know
 * none of the names (朱家尖 reads as a person, 黄龙 as a word). Kinds live in dict/place-list-kinds.txt.
 */
import { isAllHan } from '../_han.js';
import type { StopKind } from './suffix-names.js';
import type { SpanMask, TextView } from './text-view.js';

export interface ListItemHit { start: number; end: number; level: string; rule: string }

/** What closes the list before the kind: 等, or a count ("两大", "三个", "四座"). */
const LIST_CLOSE = /(?:等|[两二三四五六七八九十几多]+[大个座处])$/;
/** The last characters LIST_CLOSE can end with. */
const CLOSE_LAST = new Set([...'等大个座处']);
/** A character after the kind that makes it a longer word: 村干部, 镇政府, 县领导, 景区管委会, 乡镇长. */
const KIND_GOES_ON = /^[干政领委民长书党集级内外里办管]/;
/** Tags that cannot be part of a place's name at the list's open end. */
const NOT_NAME_TAG = /^(?:v|vd|vn|p|c|d|r|u|uj|ul|m|q|t|a|ad)$/;
const MAX_ITEM = 6;
/** A unit of a chain: its place is the unit, not the item that holds it. */
const UNIT_END = /(?:村|社区|镇|乡|街道|区|县|市|旗)$/;

export function findListItemsBeforeKind(view: TextView, kinds: Map<string, string>, stops: Map<string, Set<StopKind>>, blocked: SpanMask, placeEndingAt: Map<number, number>): ListItemHit[] {
  const norm = view.doc.norm;
  const out: ListItemHit[] = [];
  for (const [kind, level] of kinds) {
    const longer = [...kinds.keys()].filter((k) => k.length > kind.length && k.endsWith(kind));
    for (let at = norm.indexOf(kind); at >= 0; at = norm.indexOf(kind, at + 1)) {
      // Most "村", "镇", "县" close no list: look at the character before them before slicing.
      if (!CLOSE_LAST.has(norm.charAt(at - 1))) continue;
      const close = LIST_CLOSE.exec(norm.slice(Math.max(0, at - 4), at));
      if (!close || KIND_GOES_ON.test(norm.slice(at + kind.length, at + kind.length + 1)) || !view.boundary[at + kind.length]) continue;
      // A longer kind at the same place wins ("景区景点" over "景区").
      if (longer.some((k) => norm.startsWith(k, at + kind.length - k.length))) continue;
      const items = itemsBefore(view, at - close[0].length, stops, blocked, placeEndingAt);
      if (items.length < 2) continue;
      // An item already read as a place keeps that reading (and its division).
      // So does a chain of units ("石门镇|大村"); "屯溪|老街" is one name, longer than the place in it.
      for (const [s, e] of items) {
        const known = placeEndingAt.get(e);
        if (known === s || (known !== undefined && UNIT_END.test(norm.slice(known, e)))) continue;
        out.push({ start: s, end: e, level, rule: `item of a list of ${kind}` });
      }
    }
  }
  return out;
}

/** The items of the 、-separated list ending at `end`, as [start, end) spans; the first may be open-ended. */
function itemsBefore(view: TextView, end: number, stops: Map<string, Set<StopKind>>, blocked: SpanMask, placeEndingAt: Map<number, number>): [number, number][] {
  const norm = view.doc.norm;
  const items: [number, number][] = [];
  let e = end;
  for (;;) {
    let s = e;
    while (s > 0 && e - s <= MAX_ITEM && isAllHan(norm.charAt(s - 1))) s--;
    // "五女峰国家森林公园、…等景区": a place already found, longer than an item is read, is the item whole.
    const known = placeEndingAt.get(e);
    const long = known !== undefined && e - known > MAX_ITEM;
    if (long) s = known;
    const closed = norm.charAt(s - 1) === '、';
    if (!long && (e - s > MAX_ITEM || !closed)) s = openStart(view, e, stops);
    if (s < 0) break;
    // "越南|胡志明", "泰国|林查班": a known place opens the item; the name is the rest.
    const placeEnd = placeStartingAt(placeEndingAt, s, e);
    const nameStart = placeEnd ?? s;
    const name = norm.slice(nameStart, e);
    if (name.length < 2 || blocked.touches(nameStart, e) || stops.get(name)?.has('word') || stops.get(name)?.has('generic')) break;
    items.push([nameStart, e]);
    if (!closed) break;
    e = s - 1;
  }
  return items;
}

/** Where a known place starting at `s` ends strictly inside [s, e), or undefined. */
function placeStartingAt(placeEndingAt: Map<number, number>, s: number, e: number): number | undefined {
  for (let p = e - 2; p > s + 1; p--) if (placeEndingAt.get(p) === s) return p;
  return undefined;
}

/** The first item has no 、 before it: it starts at jieba's tokens that can be part of a name, at most MAX_ITEM back. */
function openStart(view: TextView, e: number, stops: Map<string, Set<StopKind>>): number {
  let s = e;
  for (;;) {
    const t = view.tokens[view.tokenAt[s - 1] ?? -1];
    // A stop-listed verb jieba tagged otherwise ("串联/ns|大风|堡") ends it too.
    if (!t || t.end !== s || !isAllHan(t.word) || NOT_NAME_TAG.test(t.tag) || stops.get(t.word)?.has('verb') || e - t.start > MAX_ITEM) break;
    s = t.start;
  }
  return s < e ? s : -1;
}
