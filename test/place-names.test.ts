/**
 * The in-place place-name checks (src/extractors/locations/place-names.ts, namesAt in gazetteer.ts):
 * they answer what the slicing ones answer for the same piece of text, without slicing where the
 * name filters rule a piece out.
 */
import { describe, expect, test } from 'vitest';
import { codeOf, gazetteer, namesAt, namesOf } from '../src/extractors/locations/gazetteer.js';
import { isFullPlaceName, isFullPlaceNameAt, isPlaceName, isPlaceNameAt } from '../src/extractors/locations/place-names.js';

describe('namesAt', () => {
  const g = gazetteer();
  const text = '昨天在临汾市尧都区召开会议';
  test('a division written in full, its short form, and no name', () => {
    // 临汾市 (141000) in full, 临汾 its short form, 尧都区 (141002) in full.
    expect(namesAt(g, text, 3, 3).map((h) => [codeOf(g, h.division), h.short])).toEqual([['141000', false]]);
    expect(namesAt(g, text, 3, 2).map((h) => [codeOf(g, h.division), h.short])).toEqual([['141000', true]]);
    expect(namesAt(g, text, 6, 3).map((h) => codeOf(g, h.division))).toEqual(['141002']);
    expect(namesAt(g, text, 9, 2)).toEqual([]); // 召开
    expect(namesAt(g, text, 2, 2)).toEqual([]); // 在临
  });
  test('the same hits as namesOf on every piece of the sentence', () => {
    for (let s = 0; s < text.length; s++) {
      for (let e = s + 1; e <= text.length; e++) expect(namesAt(g, text, s, e - s)).toEqual(namesOf(g, text.slice(s, e)));
    }
  });
});

describe('isPlaceNameAt and isFullPlaceNameAt', () => {
  test('full names, short forms, listed places and a regiment', () => {
    const text = '临汾市和美国的一二一团';
    expect(isFullPlaceNameAt(text, 0, 3)).toBe(true); // 临汾市
    expect(isFullPlaceNameAt(text, 0, 2)).toBe(false); // 临汾: a short form only
    expect(isPlaceNameAt(text, 0, 2)).toBe(true);
    expect(isFullPlaceNameAt(text, 4, 6)).toBe(true); // 美国, listed in dict/places.txt
    expect(isPlaceNameAt(text, 7, 11)).toBe(true); // 一二一团
    expect(isPlaceNameAt(text, 8, 11)).toBe(false); // 二一团
    expect(isPlaceNameAt(text, 2, 5)).toBe(false); // 市和美
  });
  test('the same answers as the slicing checks on every piece of a sentence', () => {
    const text = '北京市与巴黎、临汾市尧都区及一二一团签约';
    for (let s = 0; s < text.length; s++) {
      for (let e = s + 1; e <= text.length; e++) {
        expect(isPlaceNameAt(text, s, e)).toBe(isPlaceName(text.slice(s, e)));
        expect(isFullPlaceNameAt(text, s, e)).toBe(isFullPlaceName(text.slice(s, e)));
      }
    }
  });
});
