/**
 * The gazetteer's arrays saved at build (src/extractors/locations/gazetteer-index.ts): read back,
 * they answer as the text files do, and they are used only with the files they were made from.
 */
import { copyFileSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { codeOf, GAZETTEER_FILE, GAZETTEER_NAMES_FILE, loadGazetteer, namesOf, parentOf, pathOf, surfacesAt, writeGazetteerIndex } from '../src/extractors/locations/gazetteer.js';
import { loadGazetteerArrays, sourceStamp } from '../src/extractors/locations/gazetteer-index.js';
import { DICT_DIR } from '../src/lexicon/load.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tifa-gazetteer-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const f of [GAZETTEER_FILE, GAZETTEER_NAMES_FILE]) copyFileSync(path.join(DICT_DIR, f), path.join(dir, f));
const index = path.join(dir, 'cache', 'gazetteer.bin');
const sources = [path.join(dir, GAZETTEER_FILE), path.join(dir, GAZETTEER_NAMES_FILE)];

describe('the gazetteer index', () => {
  test('saved and read back, it answers as the text files do', () => {
    writeGazetteerIndex(dir, index);
    expect(loadGazetteerArrays(index, sourceStamp(sources))).not.toBeNull();
    const fromText = loadGazetteer(dir);
    const fromIndex = loadGazetteer(dir, { index });
    expect(fromIndex.count).toBe(fromText.count);
    expect([...fromIndex.parents]).toEqual([...fromText.parents]);
    expect([...fromIndex.prefixes.table]).toEqual([...fromText.prefixes.table]);
    // 临汾 (city, short form) in 山西省; 尧都区 (county) in 临汾市.
    const [linfen] = namesOf(fromIndex, '临汾');
    expect(linfen && codeOf(fromIndex, linfen.division)).toBe('141000');
    expect(linfen && pathOf(fromIndex, linfen.division)).toEqual(['山西省', '临汾市']);
    const [yaodu] = namesOf(fromIndex, '尧都区');
    expect(yaodu && pathOf(fromIndex, parentOf(fromIndex, yaodu.division))).toEqual(['山西省', '临汾市']);
    const text = '山西省临汾市尧都区';
    for (let i = 0; i < text.length; i++) expect(surfacesAt(fromIndex, text, i)).toEqual(surfacesAt(fromText, text, i));
  });

  test('not used once a source file changed (mtime), nor for another format or a missing file', () => {
    writeGazetteerIndex(dir, index);
    const stamp = sourceStamp(sources);
    expect(loadGazetteerArrays(index, stamp)).not.toBeNull();
    const later = new Date(Date.now() + 10_000);
    utimesSync(sources[0] as string, later, later);
    expect(loadGazetteerArrays(index, sourceStamp(sources))).toBeNull();
    expect(loadGazetteerArrays(index, `${stamp} other`)).toBeNull();
    expect(loadGazetteerArrays(path.join(dir, 'absent.bin'), stamp)).toBeNull();
    // A stale index is ignored: loading falls back to the text files, which still answer.
    expect(namesOf(loadGazetteer(dir, { index }), '临汾').length).toBeGreaterThan(0);
  });
});
