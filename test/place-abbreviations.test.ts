/**
 * One-character abbreviations of states and provinces (src/extractors/place-abbreviations.ts, found
 * by src/extractors/locations/abbreviations.ts): the field reports them with the places they stand
 * for, and locations stay two characters or more. Where they are found and where not is the corpus
 * test/corpus/place_abbreviations.tsv. Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { runCli, schemaErrors } from './helpers.js';

const found = (text: string) => (extract(text, { only: ['place_abbreviations'] }).place_abbreviations ?? []);

describe('what each stands for', () => {
  test('a province: its full name, division code and path', () => {
    const [jing] = found('代表团昨天抵京。');
    expect(jing).toMatchObject({ text: '京', level: 'province', names: ['北京市'], code: '110000', path: ['北京市'] });
  });

  test('a state: its name and no code; China at the level locations give it', () => {
    const byText = new Map(found('中美关系稳定发展。').map((a) => [a.text, a]));
    expect(byText.get('美')).toMatchObject({ level: 'foreign', names: ['美国'], code: null, path: null });
    expect(byText.get('中')).toMatchObject({ level: 'region', names: ['中国'], code: null });
    expect(extract('中国和美国签署协议。', { only: ['locations'] }).locations?.[0]).toMatchObject({ text: '中国', level: 'region' });
  });

  test('a character that stands for two places lists both', () => {
    const ao = found('中澳两国签署了自贸协定。').find((a) => a.text === '澳');
    expect(ao?.names).toEqual(['澳大利亚', '澳门']);
  });

  test('every mention is counted with its span', () => {
    const text = '中方愿同美方加强沟通，中美合作前景广阔。';
    const zhong = found(text).find((a) => a.text === '中');
    expect(zhong?.spans).toEqual([[0, 1], [11, 12]]);
  });
});

describe('locations keep to two characters or more', () => {
  test('the same sentence gives its abbreviations here and none as locations', () => {
    const r = extract('中美两国在京举行会谈，北京市有关部门做好了保障。');
    expect(r.locations?.map((l) => l.text)).toEqual(['北京市']);
    expect(r.place_abbreviations?.map((a) => a.text)).toEqual(['中', '美', '京']);
  });

  test('the CLI prints the field in JSON (valid against the schema), CSV and tables', () => {
    const input = '中美两国元首今天通了电话，代表团一行抵京。';
    const json = runCli(['extract', '--format', 'json'], { input });
    expect(json.exitCode).toBe(0);
    const r = JSON.parse(json.stdout);
    expect(schemaErrors(r)).toBeNull();
    expect(r.place_abbreviations.map((a: { text: string }) => a.text)).toEqual(['中', '美', '京']);
    expect(Object.keys(r).indexOf('place_abbreviations')).toBe(Object.keys(r).indexOf('locations') + 1);
    const csv = runCli(['extract', '--format', 'csv', '--only', 'place_abbreviations'], { input });
    expect(csv.stdout).toContain(',place_abbreviations,京,province,110000,,1\r\n');
    const table = runCli(['extract', '--format', 'table', '--only', 'place_abbreviations'], { input });
    expect(table.stdout).toMatch(/Place abbreviations \(3\)/);
    expect(table.stdout).toContain('北京市');
  });
});
