/**
 * --format csv: RFC 4180 quoting (checked by hand on the cases below) and one row per entity, parsed
 * back by an independent reader written here.
 */
import { describe, expect, test } from 'vitest';
import { csvField, csvRow, csvRows, CSV_COLUMNS } from '../src/render/csv.js';
import type { ArticleResult } from '../src/types.js';
import { runCli } from './helpers.js';

/** A strict RFC 4180 reader (CRLF records, "" inside quoted fields), independent of the writer. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < s.length) {
    if (s[i] === '"' && field === '') {
      i++;
      for (;;) {
        if (s[i] === '"' && s[i + 1] === '"') (field += '"'), (i += 2);
        else if (s[i] === '"') {
          i++;
          break;
        } else if (i >= s.length) throw new Error('unterminated quote');
        else field += s[i++];
      }
    } else if (s[i] === ',') (row.push(field), (field = ''), i++);
    else if (s[i] === '\r' && s[i + 1] === '\n') (row.push(field), rows.push(row), (row = []), (field = ''), (i += 2));
    else if (s[i] === '\n' || s[i] === '\r' || s[i] === '"') throw new Error(`bare ${JSON.stringify(s[i])} at ${i}`);
    else field += s[i++];
  }
  if (field !== '' || row.length) throw new Error('last record not ended by CRLF');
  return rows;
}

describe('RFC 4180 quoting', () => {
  test.each([
    ['临汾市', '临汾市'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line1\nline2', '"line1\nline2"'],
    ['cr\rlf', '"cr\rlf"'],
    ['"', '""""'],
    ['', ''],
    ['，中文逗号不用引', '，中文逗号不用引'],
  ])('%j → %j', (raw, quoted) => expect(csvField(raw)).toBe(quoted));

  test('null and undefined are empty fields; a row ends in CRLF', () => {
    expect(csvRow(['a', null, undefined, 3])).toBe('a,,,3\r\n');
  });
});

describe('rows per entity', () => {
  const r: ArticleResult = {
    id: 'x,1', source: 'dir/x.txt', ref_date: '2022-04-08', title: null,
    officials: [{ name: '王建国', titles: ['省委副书记', '省长'], spans: [[0, 3], [10, 13]] }],
    persons: [{ name: '李四', role: 'reporter', spans: [[20, 22]] }],
    locations: [{ text: '临汾市', level: 'city', code: '141000', path: ['山西省', '临汾市'], spans: [[30, 33]] }],
    organizations: [{ text: '国务院', spans: [[40, 43]] }],
    dates: [{ text: '4月7日', value: '2022-04-07', start: null, end: null, spans: [[50, 54]] }],
    slogans: [{ text: '动态清零', kind: 'lexicon', spans: [[60, 64]] }],
  };
  test('source, id, field, text, value, code, titles, mentions', () => {
    expect(csvRows(r)).toEqual([
      ['dir/x.txt', 'x,1', 'officials', '王建国', '', '', '省委副书记；省长', '2'],
      ['dir/x.txt', 'x,1', 'persons', '李四', 'reporter', '', '', '1'],
      ['dir/x.txt', 'x,1', 'locations', '临汾市', 'city', '141000', '', '1'],
      ['dir/x.txt', 'x,1', 'organizations', '国务院', '', '', '', '1'],
      ['dir/x.txt', 'x,1', 'dates', '4月7日', '2022-04-07', '', '', '1'],
      ['dir/x.txt', 'x,1', 'slogans', '动态清零', 'lexicon', '', '', '1'],
    ]);
  });
  test('an error record is one row with the message as text and the code as value', () => {
    expect(csvRows({ id: null, source: 'a.txt', error: { code: 'E_INPUT_BINARY', message: 'a.txt: binary, "no"' } })).toEqual([['a.txt', '', 'error', 'a.txt: binary, "no"', 'E_INPUT_BINARY', '', '', '']]);
  });
});

describe('tifa extract --format csv', () => {
  test('header, one row per entity, awkward ids survive a round trip through a strict reader', () => {
    const ids = ['plain', 'with,comma', 'with "quotes"', 'two\nlines'];
    const input = ids.map((id) => JSON.stringify({ id, text: '省长王建国在国务院会议上强调，坚持动态清零。' })).join('\n');
    const r = runCli(['extract', '--input', 'jsonl', '--format', 'csv', '--jobs', '1'], { input });
    expect(r.exitCode).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const body = rows.slice(1);
    expect([...new Set(body.map((row) => row[1]))]).toEqual(ids);
    // Every id has its official, read back intact.
    for (const id of ids) expect(body).toContainEqual(expect.arrayContaining([id, 'officials', '王建国']));
  });
});
