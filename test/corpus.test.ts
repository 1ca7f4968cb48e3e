/**
 * ONE generic runner for the per-extractor corpora in test/corpus/<field>.tsv (Duckling style).
 * Format: `# ref_date: YYYY-MM-DD` settings, `## heading` sections (a heading starting with
 * "backlog" marks known failures, run as expected failures), and rows `text TAB expected`.
 * Expected items are separated by `|`; `surface=value` checks a value too (dates: ISO value or null;
 * officials: titles joined by 、; persons: role; locations: code; place_abbreviations: names joined by /); `∅` means nothing may be found.
 * The check is exact: missing, extra and wrong-value items are reported separately.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extract, FIELD_NAMES, type FieldName } from '../src/index.js';
import { ROOT } from './helpers.js';
import { extractors } from '../src/extractors/index.js';

interface Row { text: string; expected: string; line: number }
interface Section { name: string; backlog: boolean; rows: Row[] }

export function parseCorpus(content: string): { refDate: string | null; sections: Section[] } {
  let refDate: string | null = null;
  const sections: Section[] = [];
  let cur: Section = { name: 'cases', backlog: false, rows: [] };
  sections.push(cur);
  content.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line.startsWith('##')) {
      const name = line.replace(/^##\s*/, '');
      cur = { name, backlog: /^backlog/i.test(name), rows: [] };
      sections.push(cur);
    } else if (line.startsWith('#')) {
      const m = /^#\s*ref_date:\s*(\S+)/.exec(line);
      if (m) refDate = m[1] === 'null' ? null : (m[1] ?? null);
    } else if (line.trim()) {
      const [text, expected] = line.split('\t');
      if (text === undefined || expected === undefined) throw new Error(`line ${i + 1}: expected "text<TAB>expected"`);
      cur.rows.push({ text, expected, line: i + 1 });
    }
  });
  return { refDate, sections: sections.filter((s) => s.rows.length) };
}

/** The surface and the checked value of each item an extractor returned. */
function actualItems(field: FieldName, r: ReturnType<typeof extract>): Map<string, string | null> {
  const out = new Map<string, string | null>();
  switch (field) {
    case 'officials': for (const o of r.officials ?? []) out.set(o.name, o.titles.join('、')); break;
    case 'persons': for (const p of r.persons ?? []) out.set(p.name, p.role); break;
    case 'locations': for (const l of r.locations ?? []) out.set(l.text, l.code); break;
    case 'place_abbreviations': for (const a of r.place_abbreviations ?? []) out.set(a.text, a.names.join('/')); break;
    case 'organizations': for (const o of r.organizations ?? []) out.set(o.text, null); break;
    case 'dates': for (const d of r.dates ?? []) out.set(d.text, d.value); break;
    case 'slogans': for (const s of r.slogans ?? []) out.set(s.text, s.kind); break;
  }
  return out;
}

export function diff(field: FieldName, text: string, expected: string, refDate: string | null): string[] {
  // The fields it reads when they run (dates reads names) run too: the default, every-field reading.
  const r = extract(text, { refDate, only: [field, ...((extractors[field].readsIfRun ?? []) as FieldName[])] });
  const actual = actualItems(field, r);
  const problems: string[] = [];
  const want = expected.trim() === '∅' ? [] : expected.split('|').map((s) => s.trim()).filter(Boolean);
  const seen = new Set<string>();
  for (const item of want) {
    const eq = item.indexOf('=');
    const surface = eq >= 0 ? item.slice(0, eq) : item;
    seen.add(surface);
    if (!actual.has(surface)) problems.push(`missed "${surface}"`);
    else if (eq >= 0) {
      const v = item.slice(eq + 1);
      const got = actual.get(surface) ?? null;
      const wantV = v === 'null' ? null : v;
      if (got !== wantV) problems.push(`wrong value for "${surface}": got ${JSON.stringify(got)}, want ${JSON.stringify(wantV)}`);
    }
  }
  for (const surface of actual.keys()) if (!seen.has(surface)) problems.push(`extra "${surface}"`);
  return problems;
}

for (const field of FIELD_NAMES) {
  const file = path.join(ROOT, 'test', 'corpus', `${field}.tsv`);
  if (!existsSync(file)) continue; // test/registry.test.ts fails for a missing corpus
  const { refDate, sections } = parseCorpus(readFileSync(file, 'utf8'));
  describe(`corpus ${field}`, () => {
    for (const s of sections) {
      describe(s.name, () => {
        for (const row of s.rows) {
          const run = s.backlog ? test.fails : test;
          run(`${row.line}: ${row.text.slice(0, 40)}`, () => {
            expect(diff(field, row.text, row.expected, refDate)).toEqual([]);
          });
        }
      });
    }
  });
}
