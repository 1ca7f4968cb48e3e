import { createRequire } from 'node:module';
import type { DictGroup, DictLike, Trie } from 'opencc-js/core';
import { loadWords } from '../lexicon/load.js';
import { UsageError } from '../errors.js';

/** `off` never converts, `on` always, `auto` when the text looks traditional (see `looksTraditional`). */
export type T2sMode = 'off' | 'on' | 'auto';
export const T2S_MODES: readonly T2sMode[] = ['off', 'on', 'auto'];

/** --t2s: absent → auto; anything but off/on/auto is a usage error. */
export function parseT2sMode(raw: string | undefined): T2sMode {
  if (raw === undefined) return 'auto';
  if (!(T2S_MODES as readonly string[]).includes(raw)) throw new UsageError(`--t2s must be off, on or auto; got "${raw}"`);
  return raw as T2sMode;
}

/**
 * Traditional → simplified for MATCHING ONLY, with OpenCC's data (opencc-js): Hong Kong and Taiwan
 * variant forms first (裡 → 裏, 台 → 臺), then OpenCC's t2s phrases and characters (乾隆 stays,
 * 乾淨 → 干净) — the same chain as opencc-js's tw → cn converter. Only entries that keep the UTF-16
 * length are loaded (3,769 of the 3,989 t2s entries; the others turn a BMP character into an astral
 * one), so the view has the input's length and every offset found in it is an offset in the original.
 */
export function toSimplifiedView(text: string): string {
  const [variants, standard] = tries();
  return convert(standard, convert(variants, text));
}

/** Whether `mode` asks for the simplified view of this text. */
export function wantsT2s(text: string, mode: T2sMode): boolean {
  return mode === 'on' || (mode === 'auto' && looksTraditional(text));
}

/** Han characters sampled by `looksTraditional`: enough for a verdict, constant cost on 50 MB inputs. */
const SAMPLE_HAN = 4000;

/**
 * At least 5% of the first 4,000 Han characters change under t2s, and at least two. Traditional
 * news changes 20–40% of its characters (國務院總理 → 国务院总理: 4 of 5); simplified news well under
 * 1% (a rare 乾 or 於 in a name), so simplified text is never touched and its scores cannot move.
 */
export function looksTraditional(text: string): boolean {
  const changing = changingChars();
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length && han < SAMPLE_HAN; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) continue;
    han++;
    changed += changing[c] as number;
  }
  return changed >= 2 && changed * 20 >= han;
}

/** OpenCC's t2s data and Trie, from opencc-js's single-file CommonJS build (the same data as its ESM presets). */
interface OpenCC {
  Trie: new () => Trie;
  Locale: { from: Record<string, readonly DictGroup[]>; to: Record<string, readonly DictGroup[]> };
}
let openccModule: OpenCC | null = null;
/** Required on first use, synchronously (4 ms against 25 ms for its 19 ESM modules): simplified text never needs it. */
const opencc = (): OpenCC => (openccModule ??= createRequire(import.meta.url)('opencc-js/t2cn') as OpenCC);
const variantGroups = (): DictGroup[] => [...(opencc().Locale.from.tw ?? []), ...(opencc().Locale.from.hk ?? [])];
const standardGroups = (): readonly DictGroup[] => opencc().Locale.to.cn ?? [];

let changingCache: Uint8Array | null = null;
/**
 * Code units of the single characters some variant or t2s entry changes (1 = changes), from a list
 * generated out of the same OpenCC data (dict/build/t2s-chars.mjs): simplified text is told apart
 * without loading opencc-js. A table, not a Set: every article's first 4,000 Han characters are read.
 */
function changingChars(): Uint8Array {
  if (!changingCache) {
    changingCache = new Uint8Array(0x10000);
    for (const c of loadWords('t2s-changing-chars.txt')) changingCache[c.charCodeAt(0)] = 1;
  }
  return changingCache;
}

/** A trie of same-length entries, plus the code units that start an entry. */
interface LengthKeepingTrie { trie: Trie; starts: Set<number> }

let cached: [LengthKeepingTrie, LengthKeepingTrie] | null = null;
function tries(): [LengthKeepingTrie, LengthKeepingTrie] {
  if (!cached) cached = [build(variantGroups()), build(standardGroups())];
  return cached;
}

function build(groups: readonly DictGroup[]): LengthKeepingTrie {
  const trie = new (opencc().Trie)();
  const starts = new Set<number>();
  for (const group of groups) {
    // Characters before phrases, so a phrase entry overrides its characters' defaults.
    for (const dict of [...group].reverse()) {
      for (const [from, to] of entries(dict)) {
        if (from.length !== to.length) continue;
        // Identity entries stay: 著名 → 著名 is what stops the character rule 著 → 着 inside it.
        trie.addWord(from, to);
        starts.add(from.charCodeAt(0));
      }
    }
  }
  return { trie, starts };
}

function entries(dict: DictLike): (readonly [string, string])[] {
  if (typeof dict !== 'string') return dict.map((e) => [e[0], e[1]] as const);
  const out: [string, string][] = [];
  for (const line of dict.split('|')) {
    const [from, to] = line.split(' ');
    if (from && to) out.push([from, to]);
  }
  return out;
}

/**
 * Longest match left to right. opencc-js's own `convert` re-scans ideographic description sequences
 * recursively at every position (quadratic, and a stack overflow on a run of ⿰), so the loop is ours;
 * `matchPrefix` walks at most the longest phrase, which keeps this linear.
 */
function convert({ trie, starts }: LengthKeepingTrie, text: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; ) {
    // A code unit that starts no entry (ASCII, punctuation, most Han) costs one Set lookup.
    const m = starts.has(text.charCodeAt(i)) ? trie.matchPrefix(text, i) : null;
    if (m) {
      parts.push(text.slice(from, i), m.value);
      i = m.end;
      from = i;
    } else i++;
  }
  if (from === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}
