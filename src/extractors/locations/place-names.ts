/** Is a word a place name? Used by organisations to see a place prefix ("临汾|市委", "中国|气象局"). */
import { loadDict } from '../../lexicon/load.js';
import { gazetteer, isDivisionName, levelOf, namesOf } from './gazetteer.js';

let listed: Map<string, string> | null = null;

/** Listed places of dict/places.txt: name → level. */
export function listedPlaces(): Map<string, string> {
  if (!listed) listed = new Map(loadDict('places.txt', { minCols: 2, maxCols: 2 }).map((e) => [e.cols[0] as string, e.cols[1] as string]));
  return listed;
}

/** A 兵团 regiment ("一二一团"): three digits read one by one. */
const REGIMENT_NAME = /^[一二三四五六七八九〇]{3}团$/;

export function isPlaceName(word: string): boolean {
  return isDivisionName(gazetteer(), word) || listedPlaces().has(word) || REGIMENT_NAME.test(word);
}

/** A place written in full ("伊犁州") or listed, not a bare short form ("伊犁", "古城"). */
export function isFullPlaceName(word: string): boolean {
  return listedPlaces().has(word) || namesOf(gazetteer(), word).some((h) => !h.short);
}

/** A name of a county or higher unit, full or short ("伊犁"), but not a township's short form ("第三"). */
export function isMajorPlaceName(word: string): boolean {
  const g = gazetteer();
  return listedPlaces().has(word) || namesOf(g, word).some((h) => !h.short || levelOf(g, h.division) !== 'township');
}
