import { Command, CommanderError, Option } from 'commander';
import { createRequire } from 'node:module';
import { TifaError, UsageError, errorMessage } from '../errors.js';
import { boundHeapGrowth } from './heap.js';

const FIELDS = 'officials, persons, locations, organizations, dates, slogans';

/** Declares commands and options only; actions are imported when they run, so `--help` stays light. */
export function program(): Command {
  const version = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
  const p = new Command('tifa')
    .description('Structured facts from Chinese government news: officials, people, places, organisations, dates, policy slogans.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
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
    .action(async (inputs: string[], opts) => (await import('./commands/extract.js')).runExtract(inputs, opts));

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
