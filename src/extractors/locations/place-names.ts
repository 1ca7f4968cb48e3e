/** Is a word a place name? Used by organisations to see a place prefix ("临汾|市委", "中国|气象局"). */
import { loadDict } from '../../lexicon/load.js';
import { WordShapes } from '../_char-tables.js';
import { gazetteer, isDivisionName, levelOf, namesAt, namesOf } from './gazetteer.js';

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

/** The shapes of the listed places, to rule a piece of text out before slicing it. */
let listedShapes: WordShapes | null = null;
function mayBeListed(text: string, start: number, end: number): boolean {
  if (!listedShapes) {
    listedShapes = new WordShapes();
    for (const name of listedPlaces().keys()) listedShapes.add(name);
  }
  return end - start < 2 || listedShapes.mayHave(text, start, end - start);
}

/**
 * isPlaceName and isFullPlaceName of text[start, end) (inside the text), slicing only a piece that
 * may be a name: the rules that look for a place across a position try every piece around it.
 */
export function isPlaceNameAt(text: string, start: number, end: number): boolean {
  if (mayBeListed(text, start, end) && listedPlaces().has(text.slice(start, end))) return true;
  return namesAt(gazetteer(), text, start, end - start).length > 0 || (text.charCodeAt(end - 1) === 0x56e2 && REGIMENT_NAME.test(text.slice(start, end)));
}
export function isFullPlaceNameAt(text: string, start: number, end: number): boolean {
  if (mayBeListed(text, start, end) && listedPlaces().has(text.slice(start, end))) return true;
  return namesAt(gazetteer(), text, start, end - start).some((h) => !h.short);
}

/** A name of a county or higher unit, full or short ("伊犁"), but not a township's short form ("第三"). */
export function isMajorPlaceName(word: string): boolean {
  const g = gazetteer();
  return listedPlaces().has(word) || namesOf(g, word).some((h) => !h.short || levelOf(g, h.division) !== 'township');
}

/** A province's name, full or short ("贵州省", "贵州"). */
export function isProvinceName(word: string): boolean {
  const g = gazetteer();
  return namesOf(g, word).some((h) => levelOf(g, h.division) === 'province');
}
