/** `tifa eval` must agree with the project's judge, shared/tools/score.mjs, on the same data. */
import { describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runCli, SHARED } from './helpers.js';

const corpus = path.join(SHARED, 'corpus', 'dev');
const judge = path.join(SHARED, 'tools', 'score.mjs');
const toJsonl = path.join(SHARED, 'tools', 'to-jsonl.mjs');
const present = existsSync(corpus) && existsSync(judge);

describe.skipIf(!present)('tifa eval against shared/tools/score.mjs', () => {
  test('per-field P/R/F1, titles and date-value accuracy are identical', () => {
    const records = spawnSync(process.execPath, [toJsonl, corpus], { encoding: 'utf8' }).stdout;
    const pred = runCli(['extract', '--input', 'jsonl', '--format', 'jsonl'], { input: records });
    expect(pred.exitCode).toBe(0);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tifa-eval-')), 'p.jsonl');
    writeFileSync(file, pred.stdout);
    const theirs = JSON.parse(spawnSync(process.execPath, [judge, path.join(corpus, 'gold'), file, '--json'], { encoding: 'utf8' }).stdout);
    const ours = JSON.parse(runCli(['eval', corpus, '--format', 'json']).stdout);
    expect(ours.fields).toEqual(theirs.fields);
    expect(ours.titles).toEqual(theirs.titles);
    expect(ours.date_values).toEqual(theirs.date_values);
  });
});
