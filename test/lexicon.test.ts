import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDict, loadDict } from '../src/lexicon/load.js';
import { TifaError } from '../src/errors.js';

describe('dictionary loader', () => {
  test.each([
    ['strips a UTF-8 BOM', '\uFEFF市长\n', [['市长']]],
    ['skips blank lines and # comments', '# a comment\n\n书记\n  \n# 市长\n', [['书记']]],
    ['splits TAB columns and trims them', '动态清零\tepidemic \n', [['动态清零', 'epidemic']]],
    ['drops a trailing comment after TAB#', '四早\tepidemic\t# 早发现…\n', [['四早', 'epidemic']]],
    ['reads CRLF files', '市长\r\n县长\r\n', [['市长'], ['县长']]],
  ])('%s', (_name, content, expected) => {
    expect(parseDict(content, 'x.txt').map((e) => e.cols)).toEqual(expected);
  });

  test('reports file:line for a wrong column count', () => {
    expect(() => parseDict('a\tb\nc\n', 'dict/x.txt', 2, 2)).toThrowError(/dict\/x\.txt:2: expected 2 TAB-separated columns, got 1/);
  });

  test('keeps the line number of each entry', () => {
    expect(parseDict('# h\n\nfoo\n', 'f').map((e) => e.line)).toEqual([3]);
  });

  test('a missing file is a TifaError E_DICT_MISSING naming the path, not an abort', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tifa-dict-'));
    try {
      loadDict('absent.txt', { dir });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(TifaError);
      expect((err as TifaError).code).toBe('E_DICT_MISSING');
      expect((err as Error).message).toContain(path.join(dir, 'absent.txt'));
    }
  });

  test('loads from a given folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tifa-dict-'));
    writeFileSync(path.join(dir, 'w.txt'), '甲\t1\n乙\t2\n');
    expect(loadDict('w.txt', { dir, minCols: 2, maxCols: 2 }).map((e) => e.cols[1])).toEqual(['1', '2']);
  });
});
