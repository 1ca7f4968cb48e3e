/**
 * Resolution of place names to GB/T 2260 codes over test/corpus/resolution.tsv (sentences written
 * for tifa). Acceptance: ≥ 95% of the county-or-higher mentions get the right code, and a name that
 * context cannot decide keeps code/path null and lists exactly its candidates. Every row is also
 * checked on its own so a regression names the sentence.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extract } from '../src/index.js';
import { ROOT } from './helpers.js';

interface Expectation { surface: string; code: string | null; candidates: string[] | null }

function expectations(cell: string): Expectation[] {
  return cell.split('|').map((item) => {
    const [surface = '', want = ''] = item.split('=');
    if (want.startsWith('?')) return { surface, code: null, candidates: want.slice(1).split(',').sort() };
    return { surface, code: want, candidates: null };
  });
}

/** `## section` headings, `#` comments, rows `text TAB expected`. */
function readRows(file: string): { text: string; expected: string; line: number; section: string }[] {
  let section = '';
  const out: { text: string; expected: string; line: number; section: string }[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line.startsWith('##')) section = line.replace(/^##\s*/, '');
    else if (line && !line.startsWith('#')) {
      const [text = '', expected = ''] = line.split('\t');
      out.push({ text, expected, line: i + 1, section });
    }
  });
  return out;
}
const rows = readRows(path.join(ROOT, 'test', 'corpus', 'resolution.tsv'));

function check(text: string, want: Expectation[]): string[] {
  const locations = extract(text, { only: ['locations'] }).locations ?? [];
  const problems: string[] = [];
  for (const w of want) {
    const got = locations.find((l) => l.text === w.surface);
    if (!got) { problems.push(`"${w.surface}" not found`); continue; }
    if (got.code !== w.code) problems.push(`"${w.surface}": code ${got.code}, want ${w.code}`);
    if (w.candidates) {
      const codes = (got.candidates ?? []).map((c) => c.code).sort();
      if (JSON.stringify(codes) !== JSON.stringify(w.candidates)) problems.push(`"${w.surface}": candidates ${codes.join(',')}, want ${w.candidates.join(',')}`);
      if (got.path !== null) problems.push(`"${w.surface}": path should be null when undecided`);
      for (const c of got.candidates ?? []) if (c.path.length === 0) problems.push(`"${w.surface}": candidate ${c.code} without a path`);
    }
  }
  return problems;
}

describe('resolution corpus', () => {
  test('at least 95% of county-or-higher mentions resolve to the right code', () => {
    let total = 0;
    let right = 0;
    const wrong: string[] = [];
    for (const row of rows) {
      const locations = extract(row.text, { only: ['locations'] }).locations ?? [];
      for (const w of expectations(row.expected)) {
        if (w.code === null || w.code.length !== 6) continue;
        total++;
        const got = locations.find((l) => l.text === w.surface);
        if (got?.code === w.code) right++;
        else wrong.push(`line ${row.line}: ${w.surface} → ${got?.code ?? 'missing'}, want ${w.code}`);
      }
    }
    expect(total).toBeGreaterThan(60);
    expect(right / total, wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  test.each(rows.map((r) => [r.line, r.section, r.text, r.expected] as const))('line %i (%s): %s', (_line, _section, text, expected) => {
    expect(check(text, expectations(expected))).toEqual([]);
  });

  test('a resolved place carries its path from the province down', () => {
    const [l] = extract('铁路东街道开展志愿服务。', { only: ['locations'] }).locations ?? [];
    expect(l).toMatchObject({ text: '铁路东街道', level: 'township', code: '141002007', path: ['山西省', '临汾市', '尧都区', '铁路东街道'] });
  });
});
