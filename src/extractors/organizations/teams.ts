/**
 * Teams named by their country, province or city alone in a sports report: "小组赛中，德国、英格兰、
 * 阿根廷保持大门不失", "名次依次是江苏、浙江和河南", "中国与印尼一战". There the place names a side,
 * as "中国队" does, and is an organisation, not a location. Only in a sentence that speaks of a
 * match, and only for places that stand as sides: two or more places listed or set against each
 * other, and never a list of where people come from ("北京、上海等地的选手").
 */
import { isMajorPlaceName } from '../locations/place-names.js';
import type { SpanMask, TextView } from '../locations/text-view.js';
import type { OrgHit } from './rules.js';

/** Words of a match: a sentence without one is about places. */
const MATCH_WORDS = /比赛|联赛|赛季|决赛|小组赛|淘汰赛|锦标赛|世界杯|对抗赛|友谊赛|球队|主场|客场|出线|夺冠|战胜|击败|负于|逼平|战平|比分|进球|失球|射门|大门不失|一战/;
/** What may stand right before a side: a list's separator, a colon, "对"/"与"/"同", or the sentence's start. */
const BEFORE_SIDE = /^(?:[、：:，,（(]|和|与|及|对|同|有|是|胜|平|负|战胜|击败|负于|逼平|战平|$)$/;
/** What may stand right after a side. */
const AFTER_SIDE = /^(?:[、，,。；;）)]|和|与|及|对|同|一战|等队|队|$)/;
/** A list of where people or things come from ("北京、上海等地", "江苏、浙江的选手") is a list of places. */
const PLACE_LIST_END = /^(?:等地|等省|等国|等城市|等国家|等地区|地区|各地|的|两地|三地|省|市)/;

const SENTENCE_END = /[。！？!?；;]/u;

export function findSportsTeams(view: TextView, blocked: SpanMask, taken: Uint8Array): OrgHit[] {
  const norm = view.doc.norm;
  const out: OrgHit[] = [];
  let sentenceStart = 0;
  const tokens = view.tokens;
  let i = 0;
  while (sentenceStart < norm.length) {
    const m = SENTENCE_END.exec(norm.slice(sentenceStart));
    const sentenceEnd = m ? sentenceStart + m.index + 1 : norm.length;
    const sentence = norm.slice(sentenceStart, sentenceEnd);
    if (MATCH_WORDS.test(sentence)) {
      const sides: OrgHit[] = [];
      let listOfPlaces = false;
      for (; i < tokens.length && (tokens[i]?.start ?? norm.length) < sentenceEnd; i++) {
        const t = tokens[i];
        if (!t || t.start < sentenceStart || t.word.length < 2 || !isMajorPlaceName(t.word)) continue;
        if (blocked.touches(t.start, t.end) || taken.slice(t.start, t.end).some((x) => x === 1)) continue;
        const before = tokens[i - 1];
        const beforeWord = before && before.start >= sentenceStart ? before.word : '';
        const after = norm.slice(t.end, t.end + 3);
        if (PLACE_LIST_END.test(after)) listOfPlaces = true;
        // The last of a list ("…、比利时保持…") follows the side before it.
        const last = sides[sides.length - 1];
        const listed = last !== undefined && /^[、和与]$/.test(norm.slice(last.end, t.start));
        if (BEFORE_SIDE.test(beforeWord) && (AFTER_SIDE.test(after) || listed)) sides.push({ start: t.start, end: t.end, rule: 'place as a side in a match' });
      }
      if (sides.length >= 2 && !listOfPlaces) out.push(...sides);
    }
    for (; i < tokens.length && (tokens[i]?.start ?? norm.length) < sentenceEnd; i++);
    sentenceStart = sentenceEnd;
  }
  return out;
}
