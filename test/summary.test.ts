/**
 * Corpus summary on a small corpus of results written by hand, so the expected figures are counted
 * by hand and do not move when extractors improve; one end-to-end run from articles checks wiring.
 */
import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SummaryBuilder, articleDate, type CorpusSummary } from '../src/summary/aggregate.js';
import { summaryCsv } from '../src/summary/render.js';
import type { ArticleResult, ErrorResult } from '../src/types.js';
import { runCli } from './helpers.js';

const art = (id: string, ref: string | null, r: Partial<ArticleResult>): ArticleResult => ({ id, source: `${id}.txt`, ref_date: ref, title: null, ...r });

const CORPUS: (ArticleResult | ErrorResult)[] = [
  art('a1', '2021-03-05', {
    officials: [{ name: '王建国', titles: ['副省长'], spans: [[0, 3], [9, 12]] }],
    slogans: [{ text: '乡村振兴', kind: 'lexicon', spans: [[20, 24]] }],
    locations: [
      { text: '临汾市', level: 'city', code: '141000', path: ['山西省', '临汾市'], spans: [[30, 33]] },
      { text: '临汾', level: 'city', code: '141000', path: ['山西省', '临汾市'], spans: [[40, 42], [50, 52]] },
    ],
    organizations: [{ text: '省政府', spans: [[60, 63]] }],
  }),
  // No ref_date: dated by its earliest day-level date (2020-12-31), not by the year-only "2012".
  art('a2', null, {
    officials: [{ name: '王建国', titles: ['省委副书记', '省长'], spans: [[0, 3]] }, { name: '李明', titles: ['市委书记'], spans: [[5, 7]] }],
    dates: [
      { text: '2021年1月2日', value: '2021-01-02', start: null, end: null, spans: [[1, 2]] },
      { text: '2012年', value: '2012', start: null, end: null, spans: [[3, 4]] },
      { text: '2020年12月31日至2021年1月3日', value: '2020-12-31/2021-01-03', start: null, end: null, spans: [[5, 6]] },
    ],
    slogans: [{ text: '乡村振兴', kind: 'lexicon', spans: [[8, 12], [20, 24], [30, 34]] }, { text: '六稳', kind: 'lexicon', spans: [[40, 42]] }],
    locations: [{ text: '西站', level: null, code: null, path: null, spans: [[50, 52]] }],
    organizations: [{ text: '省政府', spans: [[60, 63]] }],
  }),
  { id: 'bad', source: 'bad.txt', error: { code: 'E_INPUT_BINARY', message: 'bad.txt: binary' } },
  art('a3', '2022-07-01', {
    officials: [{ name: '王建国', titles: ['省长'], spans: [[0, 3]] }],
    slogans: [{ text: '六稳', kind: 'lexicon', spans: [[1, 3]] }],
    locations: [{ text: '临汾', level: 'city', code: '141000', path: ['山西省', '临汾市'], spans: [[5, 7]] }],
  }),
  art('a4', null, {}), // undated, empty
];

function build(rs = CORPUS): CorpusSummary {
  const b = new SummaryBuilder();
  for (const r of rs) b.add(r);
  return b.result();
}

describe('SummaryBuilder', () => {
  const s = build();
  test('corpus counts and date span', () => {
    expect(s).toMatchObject({ articles: 4, errors: 1, dated: 3, first: '2020-12-31', last: '2022-07-01' });
  });
  test('officials: every title seen, with article counts; articles and mentions', () => {
    expect(s.officials).toEqual([
      { name: '王建国', titles: [{ title: '省长', articles: 2 }, { title: '副省长', articles: 1 }, { title: '省委副书记', articles: 1 }], articles: 3, mentions: 4 },
      { name: '李明', titles: [{ title: '市委书记', articles: 1 }], articles: 1, mentions: 1 },
    ]);
  });
  test('slogans by frequency with first and last date seen', () => {
    expect(s.slogans).toEqual([
      { text: '乡村振兴', kind: 'lexicon', first: '2020-12-31', last: '2021-03-05', articles: 2, mentions: 4 },
      { text: '六稳', kind: 'lexicon', first: '2020-12-31', last: '2022-07-01', articles: 2, mentions: 2 },
    ]);
  });
  test('locations by division code: two surfaces of one code are one entry, counted once per article', () => {
    expect(s.locations).toEqual([
      { code: '141000', level: 'city', path: ['山西省', '临汾市'], names: ['临汾', '临汾市'], articles: 2, mentions: 4 },
      { code: null, level: null, path: null, names: ['西站'], articles: 1, mentions: 1 },
    ]);
  });
  test('organizations', () => {
    expect(s.organizations).toEqual([{ text: '省政府', articles: 2, mentions: 2 }]);
  });
  test('article date: ref_date first, else the earliest day-level value', () => {
    expect(articleDate(art('x', '2020-01-01', { dates: [{ text: '', value: '2019-05-05', start: null, end: null, spans: [] }] }))).toBe('2020-01-01');
    expect(articleDate(art('x', null, { dates: [{ text: '', value: '2019-05', start: null, end: null, spans: [] }] }))).toBeNull();
  });
  test('CSV: one table with a section column; titles with counts in detail', () => {
    const lines = summaryCsv(s).split('\r\n');
    expect(lines[0]).toBe('section,text,code,level,detail,articles,mentions,first,last');
    expect(lines).toContain('officials,王建国,,,省长 (2)；副省长 (1)；省委副书记 (1),3,4,,');
    expect(lines).toContain('slogans,乡村振兴,,,lexicon,2,4,2020-12-31,2021-03-05');
    expect(lines).toContain('locations,临汾,141000,city,临汾市；山西省/临汾市,2,4,,');
  });
});

describe('tifa summary', () => {
  test('--input results reads extract output; JSON equals the builder; exit 1 for the error record', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tifa-summary-'));
    const file = path.join(dir, 'results.jsonl');
    writeFileSync(file, `${CORPUS.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const r = runCli(['summary', '--input', 'results', file, '--format', 'json', '--quiet']);
    expect(r.exitCode).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual(build());
  });

  test('from articles: --jobs 1 and workers agree; the official and both his titles are counted', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tifa-summary-'));
    writeFileSync(path.join(dir, '1.txt'), '3月5日，省长王建国主持召开省政府常务会议。');
    writeFileSync(path.join(dir, '2.txt'), '省委副书记王建国到临汾市调研。');
    const j1 = runCli(['summary', dir, '--format', 'json', '--jobs', '1']);
    const j2 = runCli(['summary', dir, '--format', 'json', '--jobs', '2'], { env: { TIFA_WORKERS_ONLY: '1' } });
    expect(j1.exitCode).toBe(0);
    expect(j2.stdout).toBe(j1.stdout);
    const s = JSON.parse(j1.stdout) as CorpusSummary;
    expect(s.articles).toBe(2);
    const wang = s.officials.find((o) => o.name === '王建国');
    expect(wang?.articles).toBe(2);
    expect(wang?.titles.map((t) => t.title).sort()).toEqual(['省委副书记', '省长'].sort());
  });

  test('csv and table formats; bad --format is a usage error', () => {
    const r = runCli(['summary', '--input', 'results', '--format', 'csv'], { input: `${JSON.stringify(CORPUS[0])}\n` });
    expect(r.stdout.split('\r\n')[0]).toBe('section,text,code,level,detail,articles,mentions,first,last');
    const t = runCli(['summary', '--input', 'results', '--format', 'table'], { input: `${JSON.stringify(CORPUS[0])}\n` });
    expect(t.stdout).toMatch(/1 articles/);
    expect(t.stdout).toContain('王建国');
    expect(runCli(['summary', '--format', 'xml'], { input: '' }).exitCode).toBe(2);
  });
});
