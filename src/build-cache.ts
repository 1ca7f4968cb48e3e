/**
 * Files `npm run build` derives from others to speed up start-up (V8's code cache for the CLI's
 * bundle, the gazetteer's arrays): each is stamped with its sources' sizes and mtimes, and written
 * beside itself and renamed into place, so a run starting meanwhile reads the old file or the new one whole.
 */
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The sizes and mtimes of `files`: a derived file made from other versions of them is stale. */
export function sourceStamp(files: readonly string[]): string {
  return files.map((f) => {
    const st = statSync(f);
    return `${st.size}:${st.mtimeMs}`;
  }).join(' ');
}

/** Writes `data` to `file` whole or not at all; throws what the write threw. */
export function writeReplacing(file: string, data: Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}
