/**
 * The earliest start of the segmenter thread (issue 9): bin/tifa.js calls this before the CLI's own
 * modules load, so jieba's load in the thread overlaps them too (~0.05–0.1 s of wall time on two
 * cores). It imports only Node's modules and the spawn helper, so it costs nothing when it does not start.
 *
 * The command line is only guessed here (commander has not run): a guess that starts the thread
 * wrongly costs a load in a thread that main.ts then stops, one that misses costs the early start;
 * output never depends on it, because main.ts decides again from the parsed options.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { spawnEarly } from '../pipeline/segmenter-spawn.js';

/** Above this size an article's own extraction outweighs the load time the thread saves. */
const ONE_ARTICLE_MAX_BYTES = 1 << 20;

type ArticleOptions = { keywords?: string | undefined; input?: string | undefined };

/**
 * One article from one small file, the interactive case, on a machine with a second core to run
 * the thread on. Not for batches (every later article would ask across threads, which costs more
 * than the one load saved), nor --keywords (jieba loads in this thread with its IDF table), nor
 * stdin. TIFA_SEGMENTER_THREAD=0 turns it off (bench:startup compares both).
 */
export function isOneSmallArticle(inputs: readonly string[], opts: ArticleOptions): boolean {
  return availableParallelism() >= 2 && process.env.TIFA_SEGMENTER_THREAD !== '0' && isOneSmallFile(inputs, opts);
}

/** One small file read as one article, without --keywords: jieba need load only its words (pipeline/jieba-subset.ts). */
export function isOneSmallFile(inputs: readonly string[], opts: ArticleOptions): boolean {
  if (opts.keywords !== undefined || (opts.input ?? 'text') !== 'text' || inputs.length !== 1) return false;
  try {
    const st = statSync(inputs[0] as string);
    return st.isFile() && st.size <= ONE_ARTICLE_MAX_BYTES;
  } catch {
    return false; // "-", or a path the reader will report
  }
}

/**
 * From raw arguments (`extract a.txt --format json`): the words not starting with "-" that name an
 * existing path are the inputs (option values such as "json" name none), --keywords and --input are
 * read in both their forms. Returns the article's path, or null.
 */
export function guessOneSmallArticle(args: readonly string[]): string | null {
  if (args[0] !== 'extract') return null;
  const valueOf = (name: string): string | undefined => {
    const at = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
    if (at < 0) return undefined;
    const a = args[at] as string;
    return a.length > name.length ? a.slice(name.length + 1) : (args[at + 1] ?? '');
  };
  // --only leaves the choice to the fields (`--only dates` never segments): see commands/extract.ts.
  if (valueOf('--only') !== undefined) return null;
  const paths = args.slice(1).filter((a) => !a.startsWith('-') && exists(a));
  return isOneSmallArticle(paths, { keywords: valueOf('--keywords'), input: valueOf('--input') }) ? (paths[0] as string) : null;
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

/** bin/tifa.js: start the thread at once when the arguments look like one small article. */
export function startEarlyIfOneArticle(args: readonly string[]): void {
  const file = guessOneSmallArticle(args);
  if (file !== null) spawnEarly(file);
}
