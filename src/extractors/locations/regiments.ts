/** Regiments of the 兵团 (Xinjiang Production and Construction Corps), places of level region. */
import type { SpanMask } from './text-view.js';

/** "一二一团", "一四二团": named by three digits read one by one. */
const REGIMENT = /(?<![一二三四五六七八九十〇零第])[一二三四五六七八九〇]{3}团(?![结体队员伙聚圆购拜长委])/gu;
/** "十团", "十二团", "二十九团": numbered with 十, taken only in an article about the 兵团 (十团人马 is a crowd). */
const TEN_REGIMENT = /(?<![一二三四五六七八九十〇零第])[二三四五六七八九]?十[一二三四五六七八九]?团(?![结体队员伙聚圆购拜长委])/gu;
const BENTUAN_CONTEXT = /兵团|第[一二三四五六七八九十]+师/;

export function findRegiments(norm: string, blocked: SpanMask): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const matches = [...norm.matchAll(REGIMENT), ...(BENTUAN_CONTEXT.test(norm) ? norm.matchAll(TEN_REGIMENT) : [])];
  for (const m of matches) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!blocked.touches(start, end)) out.push({ start, end });
  }
  return out;
}
