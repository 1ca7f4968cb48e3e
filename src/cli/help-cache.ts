/**
 * `tifa --help` and `tifa --version` answered without loading commander or anything else: bin/tifa.js
 * prints dist/cli/help.txt, written by `npm run build` from the very program() that parses arguments
 * (so it cannot drift; test/startup.test.ts compares the two), and the version from package.json.
 * Help is wrapped at a fixed width so the cached text is what commander prints on any terminal.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { program } from './main.js';

export const HELP_FILE = fileURLToPath(new URL('./help.txt', import.meta.url));

export function writeHelpCache(): void {
  writeFileSync(HELP_FILE, program().helpInformation());
}
