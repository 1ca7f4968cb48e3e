import { Trie, type DictGroup, type DictLike } from 'opencc-js/core';
import * as t2cn from 'opencc-js/preset/t2cn';
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
  const [variants, standard] = tries();
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length && han < SAMPLE_HAN; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) continue;
    han++;
    if (standard.single.has(c) || variants.single.has(c)) changed++;
  }
  return changed >= 2 && changed * 20 >= han;
}

/** A trie of same-length entries, plus the single-character ones by code unit for the quick test. */
interface LengthKeepingTrie { trie: Trie; single: Set<number>; starts: Set<number> }

let cached: [LengthKeepingTrie, LengthKeepingTrie] | null = null;
function tries(): [LengthKeepingTrie, LengthKeepingTrie] {
  if (!cached) {
    const variants = [...(t2cn.from.tw ?? []), ...(t2cn.from.hk ?? [])];
    cached = [build(variants), build(t2cn.to.cn ?? [])];
  }
  return cached;
}

function build(groups: readonly DictGroup[]): LengthKeepingTrie {
  const trie = new Trie();
  const single = new Set<number>();
  const starts = new Set<number>();
  for (const group of groups) {
    // Characters before phrases, so a phrase entry overrides its characters' defaults.
    for (const dict of [...group].reverse()) {
      for (const [from, to] of entries(dict)) {
        if (from.length !== to.length) continue;
        // Identity entries stay: 著名 → 著名 is what stops the character rule 著 → 着 inside it.
        trie.addWord(from, to);
        starts.add(from.charCodeAt(0));
        if (from.length === 1 && from !== to) single.add(from.charCodeAt(0));
      }
    }
  }
  return { trie, single, starts };
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
