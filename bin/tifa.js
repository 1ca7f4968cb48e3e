#!/usr/bin/env node
// Thin shim: answer `--help` / `--version` from files (src/cli/help-cache.ts), else enable the compile
// cache where this Node has it (absent on 20.20), start the segmenter thread for one article, and run
// the built CLI: its one-file bundle from V8's code cache (src/cli/code-cache.ts), or its modules
// after a plain `tsc`.
import { readFileSync } from 'node:fs';
import module from 'node:module';

const args = process.argv.slice(2);
const fast = args.length === 1 ? { '--help': 'help', '-h': 'help', '--version': 'version', '-V': 'version' }[args[0]] : undefined;
let answered = false;
if (fast) {
  try {
    const text = fast === 'help'
      ? readFileSync(new URL('../dist/cli/help.txt', import.meta.url), 'utf8')
      : `${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`;
    process.stdout.write(text);
    answered = true;
  } catch {
    // No cached help (a build without it): commander answers.
  }
}
if (!answered) {
  if (typeof module.enableCompileCache === 'function') module.enableCompileCache();
  // One article from a file: jieba starts loading in its own thread before the CLI's modules load.
  (await import('../dist/cli/early-segmenter.js')).startEarlyIfOneArticle(args);
  const main = (await import('../dist/cli/code-cache.js')).loadBundledMain() ?? (await import('../dist/cli/main.js')).main;
  await main(process.argv);
}
