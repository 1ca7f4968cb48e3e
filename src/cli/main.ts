import { createRequire } from 'node:module';
import type * as Commander from 'commander';
import { TifaError, UsageError, errorMessage } from '../errors.js';
import { boundHeapGrowth } from './heap.js';
import { isOneSmallArticle } from './early-segmenter.js';
import { dropEarly } from '../pipeline/segmenter-spawn.js';

// commander is CommonJS: required as such it loads in ~10 ms; imported as ESM, Node first scans its
// source for named exports (cjs-module-lexer), ~20 ms more on every run, `--help` included.
const require = createRequire(import.meta.url);
const { Command, CommanderError, Option } = require('commander') as typeof Commander;

export const HELP_WIDTH = 80;

const FIELDS = 'officials, persons, locations, place_abbreviations, organizations, dates, slogans';

/** Declares commands and options only; actions are imported when they run, so `--help` stays light. */
export function program(): Commander.Command {
  const version = (require('../../package.json') as { version: string }).version;
  const p = new Command('tifa')
    .description('Structured facts from Chinese government news: officials, people, places, organisations, dates, policy slogans.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    // One width everywhere: the cached top-level help (help-cache.ts) is then right on any terminal.
    .configureHelp({ helpWidth: HELP_WIDTH })
    .exitOverride();

  p.command('extract')
    .description('extract facts from articles (files, folders, "-" or nothing for stdin)')
    .argument('[inputs...]', 'files or folders; "-" or none reads stdin')
    .addOption(new Option('-f, --format <format>', 'table, json, jsonl or csv (default: table on a terminal, json otherwise)'))
    .addOption(new Option('--input <kind>', 'text: each input is one article (.html/.htm files are read as pages); jsonl: each line is {"id","text","ref_date"?}; html: each file is a web page (folders: .html, .htm)').default('text'))
    .option('-j, --jobs <n>', 'threads extracting at once (default: the available cores; small inputs stay in one thread)')
    .option('--ext <exts>', 'file extensions taken from folders, comma-separated', '.txt')
    .option('--ref-date <YYYY-MM-DD>', 'date that relative and year-less dates resolve against')
    .option('--only <fields>', `comma-separated fields to compute (${FIELDS})`)
    .option('--keywords <n>', 'add the top n TF-IDF keywords')
    .option('--encoding <label>', 'force the input encoding (e.g. gb18030, utf-16le, big5)')
    .option('--with-text', 'include the article text in JSON output')
    .option('--t2s <mode>', 'traditional characters matched as simplified: off, on, or auto (when the text looks traditional)', 'auto')
    .option('--no-color', 'no colours in table output (NO_COLOR is honoured too)')
    .option('-q, --quiet', 'no warnings or progress on stderr')
    .action(async (inputs: string[], opts) => {
      await startSegmenterEarly(inputs, opts as { keywords?: string; input?: string; only?: string });
      return (await import('./commands/extract.js')).runExtract(inputs, opts);
    });

  p.command('summary')
    .description('corpus summary: officials with every title, slogans with first/last date, places by division code, organisations')
    .argument('[inputs...]', 'files or folders; "-" or none reads stdin')
    .addOption(new Option('-f, --format <format>', 'table, json or csv (default: table on a terminal, json otherwise)'))
    .addOption(new Option('--input <kind>', 'text (articles), jsonl (records {"id","text","ref_date"?}) or results (the JSONL of tifa extract)').default('text'))
    .option('-j, --jobs <n>', 'threads extracting at once (default: the available cores)')
    .option('--top <n>', 'entries per list (default: 20 in tables, all in JSON and CSV)')
    .option('--ext <exts>', 'file extensions taken from folders (default: .txt, or .jsonl for --input jsonl/results)')
    .option('--ref-date <YYYY-MM-DD>', 'date that relative and year-less dates resolve against')
    .option('--only <fields>', `comma-separated fields to compute (${FIELDS})`)
    .option('--encoding <label>', 'force the input encoding')
    .option('--no-color', 'no colours in table output')
    .option('-q, --quiet', 'no progress on stderr')
    .action(async (inputs: string[], opts) => (await import('./commands/summary.js')).runSummary(inputs, opts));

  p.command('segment')
    .description('segment text with tifa\'s dictionaries loaded: word/tag per token, or JSON with offsets')
    .argument('[input]', 'a file; "-" or none reads stdin')
    .addOption(new Option('-f, --format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action(async (input: string | undefined, opts) => (await import('./commands/segment.js')).runSegment(input, opts));

  p.command('keywords')
    .description('TF-IDF keywords of a text')
    .argument('[input]', 'a file; "-" or none reads stdin')
    .option('-n, --top <n>', 'how many keywords', '10')
    .addOption(new Option('-f, --format <format>', 'table or json').choices(['table', 'json']))
    .action(async (input: string | undefined, opts) => (await import('./commands/keywords.js')).runKeywords(input, opts));

  p.command('eval')
    .description('score extraction on an annotated corpus (<dir>/articles/*.txt against <dir>/gold/*.json)')
    .argument('<corpus-dir>', 'folder with articles/ and gold/')
    .addOption(new Option('-f, --format <format>', 'table or json').choices(['table', 'json']).default('table'))
    .action(async (dir: string, opts) => (await import('./commands/eval.js')).runEval(dir, opts));
  return p;
}

/**
 * One article from one file, the interactive case: the segmenter thread loads jieba while the
 * extractors' modules are imported (src/pipeline/segmenter-thread.ts). bin/tifa.js may have started
 * it already from a guess at the arguments: here the parsed options decide whether it is kept.
 */
async function startSegmenterEarly(inputs: string[], opts: { keywords?: string; input?: string; only?: string }): Promise<void> {
  // With --only, the fields decide (commands/extract.ts): `--only dates` never segments.
  if (opts.only !== undefined || !isOneSmallArticle(inputs, opts)) {
    dropEarly();
    return;
  }
  (await import('../pipeline/segmenter-thread.js')).startSegmenterThread(inputs[0] as string);
}

/**
 * The one place where errors become exit statuses: 0 all fine, 1 some input failed (set by the
 * command through process.exitCode), 2 usage error.
 */
export async function main(argv: string[]): Promise<void> {
  boundHeapGrowth();
  const p = program();
  try {
    await p.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version "errors" are successful exits
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`tifa: ${err.message}\n(run with --help for usage)\n`);
      process.exitCode = 2;
      return;
    }
    const code = err instanceof TifaError ? err.code : 'E_INTERNAL';
    process.stderr.write(`tifa: ${code}: ${errorMessage(err)}\n`);
    process.exitCode = 1;
  }
}
