import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extractors, FIELD_NAMES } from '../src/index.js';
import { ROOT } from './helpers.js';

describe('extractor registry', () => {
  test.each(FIELD_NAMES)('%s has its dictionary files and a test corpus', (name) => {
    const e = extractors[name];
    expect(e.name).toBe(name);
    expect(e.dicts.length).toBeGreaterThan(0);
    for (const d of e.dicts) expect(existsSync(path.join(ROOT, 'dict', d)), `dict/${d}`).toBe(true);
    expect(existsSync(path.join(ROOT, 'test', 'corpus', `${name}.tsv`)), `test/corpus/${name}.tsv`).toBe(true);
  });

  test('every requirement (and field read if run) names an extractor registered before it', () => {
    FIELD_NAMES.forEach((name, i) => {
      for (const r of [...extractors[name].requires, ...(extractors[name].readsIfRun ?? [])]) expect(FIELD_NAMES.slice(0, i)).toContain(r);
    });
  });

  test('nothing unregistered lies in src/extractors/', () => {
    const files = readdirSync(path.join(ROOT, 'src', 'extractors')).filter((f) => f.endsWith('.ts') && !f.startsWith('_') && f !== 'index.ts' && f !== 'define.ts');
    // Files are named in kebab case after their field: place-abbreviations.ts is place_abbreviations.
    expect(files.map((f) => f.replace(/\.ts$/, '').replace(/-/g, '_')).sort()).toEqual([...FIELD_NAMES].sort());
  });
});
