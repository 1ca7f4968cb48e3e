/**
 * `npm run build` bundles the CLI and each worker entry into one file (esbuild, see package.json
 * "bundle"): Node then resolves, reads and links one module instead of ~100, which is ~20 ms of every
 * start (issue 9). A tree built by `tsc` alone still runs, from the modules themselves.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `x.bundle.js` beside the entry module `x.js` when the build made it, else `x.js`. */
export function bundledOr(entry: URL): URL {
  const bundle = new URL(entry.href.replace(/\.js$/, '.bundle.js'));
  return existsSync(fileURLToPath(bundle)) ? bundle : entry;
}
