/** Is a word a place name? Used by organisations to see a place prefix ("临汾|市委", "中国|气象局"). */
import { loadDict } from '../../lexicon/load.js';
import { gazetteer } from './gazetteer.js';

let listed: Map<string, string> | null = null;

/** Listed places of dict/places.txt: name → level. */
export function listedPlaces(): Map<string, string> {
  if (!listed) listed = new Map(loadDict('places.txt', { minCols: 2, maxCols: 2 }).map((e) => [e.cols[0] as string, e.cols[1] as string]));
  return listed;
}

export function isPlaceName(word: string): boolean {
  return gazetteer().byName.has(word) || listedPlaces().has(word);
}
