/**
 * Runs the CLI from its one-file CommonJS bundle (package.json "bundle"), with V8's code cache
 * (issue 9). Node 20 has no module compile cache (module.enableCompileCache() came with 22.1), so
 * every start parsed the CLI's ~100 modules and compiled each function it called: ~45 ms of a
 * ~430 ms one-article run, measured. vm.Script takes the code V8 produced for the same file in an
 * earlier run: `npm run build` makes it by extracting the sample with TIFA_WRITE_CODE_CACHE=1.
 *
 * The cache is used only for the bundle it was made from (its size and mtime head the file: V8
 * itself checks just the source's length), and V8 rejects one made by another V8 or with other flags,
 * so the worst case is the plain compile; a rejected cache is remade at exit when the folder is writable.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { boundHeapGrowth } from './heap.js';
import { sourceStamp, writeReplacing } from '../build-cache.js';

export const BUNDLE_FILE = fileURLToPath(new URL('./main.cjs', import.meta.url));
const CACHE_FILE = `${BUNDLE_FILE}.cache`;

type Main = (argv: string[]) => Promise<void>;

/** The bundle's main(), or null when the build made no bundle (a plain `tsc`). */
export function loadBundledMain(bundle = BUNDLE_FILE, cacheFile = CACHE_FILE): Main | null {
  let source: string;
  let stamp: string;
  try {
    stamp = sourceStamp([bundle]);
    source = readFileSync(bundle, 'utf8');
  } catch {
    return null;
  }
  // V8 keys a cache to its flags: set the CLI's heap flag before compiling, as in the run that made it.
  boundHeapGrowth();
  const cachedData = readCache(cacheFile, stamp);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    ...(cachedData ? { cachedData } : {}),
  });
  if (process.env.TIFA_WRITE_CODE_CACHE === '1' || (cachedData && script.cachedDataRejected)) {
    // At exit, the cache holds every function this run compiled, not only the top level.
    process.once('exit', () => writeCache(cacheFile, stamp, script.createCachedData()));
  }
  const module = { exports: {} as { main?: Main } };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  return module.exports.main ?? null;
}

/** The cached code made for this very bundle, or undefined. */
export function readCache(file: string, stamp: string): Buffer | undefined {
  try {
    const data = readFileSync(file);
    const nl = data.indexOf(10);
    return nl > 0 && data.toString('utf8', 0, nl) === stamp ? data.subarray(nl + 1) : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(file: string, stamp: string, code: Buffer): void {
  try {
    writeReplacing(file, Buffer.concat([Buffer.from(`${stamp}\n`), code]));
  } catch {
    // A read-only install: runs compile as without a cache.
  }
}
