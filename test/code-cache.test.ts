/**
 * The CLI run from its CommonJS bundle with V8's code cache (src/cli/code-cache.ts): the bundle's
 * main() whatever the cache holds, and a cache used only for the bundle it was made from.
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadBundledMain, readCache } from '../src/cli/code-cache.js';
import { sourceStamp } from '../src/build-cache.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tifa-code-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bundle = path.join(dir, 'main.cjs');
const cache = `${bundle}.cache`;
writeFileSync(bundle, "exports.main = async (argv) => argv.join('|') + ':' + require('node:path').basename(__filename);\n");
const stamp = () => sourceStamp([bundle]);

describe('loadBundledMain', () => {
  test('no bundle (a build by tsc alone): null, and the CLI runs its modules', () => {
    expect(loadBundledMain(path.join(dir, 'absent.cjs'), path.join(dir, 'absent.cache'))).toBeNull();
  });

  test('the bundle\'s main, with CommonJS require and __filename, without a cache', async () => {
    const main = loadBundledMain(bundle, cache);
    expect(await main?.(['a', 'b'])).toBe('a|b:main.cjs');
  });

  test('a cache of garbage for this very bundle is rejected by V8, and the bundle still runs', async () => {
    writeFileSync(cache, Buffer.concat([Buffer.from(`${stamp()}\n`), Buffer.from('not code at all')]));
    expect(await loadBundledMain(bundle, cache)?.(['x'])).toBe('x:main.cjs');
  });
});

describe('readCache', () => {
  test('the code after the stamp line when the stamp is the bundle\'s size and mtime', () => {
    writeFileSync(cache, Buffer.concat([Buffer.from(`${stamp()}\n`), Buffer.from([1, 2, 3])]));
    expect([...(readCache(cache, stamp()) ?? [])]).toEqual([1, 2, 3]);
  });

  test('nothing for a cache made from another build of the bundle (V8 itself checks only the length)', () => {
    writeFileSync(cache, Buffer.concat([Buffer.from(`${stamp()}\n`), Buffer.from([1, 2, 3])]));
    const t = new Date(Date.now() + 5000);
    utimesSync(bundle, t, t); // a rebuild of the same length
    expect(readCache(cache, stamp())).toBeUndefined();
    expect(readCache(path.join(dir, 'none.cache'), stamp())).toBeUndefined();
  });
});
