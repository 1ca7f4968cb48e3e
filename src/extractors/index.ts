import organizations from './organizations.js';
import locations from './locations.js';
import officials from './officials.js';
import persons from './persons.js';
import dates from './dates.js';
import slogans from './slogans.js';
import placeAbbreviations from './place-abbreviations.js';

/**
 * THE registry. Order matters (each extractor runs after those it `requires`): organizations first,
 * so that officials read the bodies in titles and locations skip places inside organisation names
 * ("临汾市第三中学"); officials before locations, which skip places inside their names, and before
 * persons, so a titled name is never also a plain person. Result keys, `--only` choices and eval
 * fields all derive from this object.
 */
export const extractors = { organizations, officials, locations, place_abbreviations: placeAbbreviations, persons, dates, slogans } as const;

export type FieldName = keyof typeof extractors;
export const FIELD_NAMES = Object.keys(extractors) as FieldName[];

/** The field order of the result contract (and of table output). */
export const OUTPUT_ORDER: readonly FieldName[] = ['officials', 'persons', 'locations', 'place_abbreviations', 'organizations', 'dates', 'slogans'];

export function isFieldName(s: string): s is FieldName {
  return Object.hasOwn(extractors, s);
}
