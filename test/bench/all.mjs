#!/usr/bin/env node
/**
 * `npm run bench`: builds once, then runs every benchmark of test/bench/ (each a plain Node script,
 * found at run time so a new one is picked up without editing this file), one after the other so
 * they do not compete for the cores, and prints a one-line status per benchmark at the end.
 * Usage: node test/bench/all.mjs [name ...]   (e.g. `throughput dates`; default: all)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const wanted = process.argv.slice(2).map((n) => n.replace(/\.mjs$/, ''));
const benches = readdirSync(HERE)
  .filter((f) => f.endsWith('.mjs') && f !== 'all.mjs')
  .map((f) => f.replace(/\.mjs$/, ''))
  .filter((n) => !wanted.length || wanted.includes(n))
  .sort();

const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
  console.error('bench: npm run build failed');
  process.exit(1);
}

const summary = [];
for (const name of benches) {
  console.log(`\n=== ${name} ${'='.repeat(Math.max(0, 60 - name.length))}`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [path.join(HERE, `${name}.mjs`)], { cwd: ROOT, stdio: 'inherit' });
  const secs = ((Date.now() - t0) / 1000).toFixed(0);
  summary.push(`${r.status === 0 ? 'ok  ' : 'FAIL'} ${name.padEnd(12)} ${secs.padStart(5)} s${r.status === 0 ? '' : ` (exit ${r.status ?? r.signal})`}`);
}
console.log(`\n=== summary ${'='.repeat(53)}\n${summary.join('\n')}`);
process.exit(summary.some((l) => l.startsWith('FAIL')) ? 1 : 0);
