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
  let yes = placeNames.get(word);
  if (yes === undefined) remember(placeNames, word, (yes = isDivisionName(gazetteer(), word) || listedPlaces().has(word) || REGIMENT_NAME.test(word)));
  return yes;
}

/** A place written in full ("伊犁州") or listed, not a bare short form ("伊犁", "古城"). */
export function isFullPlaceName(word: string): boolean {
  let yes = fullPlaceNames.get(word);
  if (yes === undefined) remember(fullPlaceNames, word, (yes = listedPlaces().has(word) || namesOf(gazetteer(), word).some((h) => !h.short)));
  return yes;
}

/** A name of a county or higher unit, full or short ("伊犁"), but not a township's short form ("第三"). */
export function isMajorPlaceName(word: string): boolean {
  let yes = majorPlaceNames.get(word);
  if (yes === undefined) {
    const g = gazetteer();
    yes = listedPlaces().has(word) || namesOf(g, word).some((h) => !h.short || levelOf(g, h.division) !== 'township');
    remember(majorPlaceNames, word, yes);
  }
  return yes;
}

/**
 * The answers above by word: the organisation walk asks them of the same tokens again and again, and
 * they depend on nothing but the word and the (process-wide) gazetteer and list. Bounded over any corpus.
 */
const placeNames = new Map<string, boolean>();
const fullPlaceNames = new Map<string, boolean>();
const majorPlaceNames = new Map<string, boolean>();
const REMEMBERED_MAX = 100_000;
function remember(answers: Map<string, boolean>, word: string, yes: boolean): void {
  if (answers.size >= REMEMBERED_MAX) answers.clear();
  answers.set(word, yes);
}
