import type { ArticleResult, ErrorResult } from '../types.js';
import type { Renderer, Sink } from './index.js';
import { pieceWriter, spansAtLeast, writeJsonInPieces } from './json-pieces.js';

/** Results with this many spans (a very long article's) are written in pieces, not as one string. */
const SPANS_IN_PIECES = 10_000;

/** One object per line, written as each input finishes. */
export function jsonl(out: Sink): Renderer {
  return {
    write: (r) => {
      if (spansAtLeast(r, SPANS_IN_PIECES)) writeJsonInPieces(r, '\n', pieceWriter(out));
      else out.write(`${JSON.stringify(r)}\n`);
    },
    end: () => undefined,
  };
}

/**
 * Pretty JSON: one object for one input, an array for several. Output streams: the first object is
 * held back until a second arrives (then the array opens) or the input ends (then it stands alone).
 */
export function json(out: Sink): Renderer {
  let held: ArticleResult | ErrorResult | null = null;
  let count = 0;
  const fmt = pretty;
  return {
    write(r) {
      count++;
      if (count === 1) held = r;
      else if (count === 2) {
        out.write(`[\n${indent(fmt(held!))},\n${indent(fmt(r))}`);
        held = null;
      } else out.write(`,\n${indent(fmt(r))}`);
    },
    end() {
      if (count === 0) out.write('[]\n');
      else if (count === 1) out.write(`${fmt(held!)}\n`);
      else out.write('\n]\n');
    },
  };
}

/** JSON.stringify with two-space indent, but each `[start, end]` span kept on one line. */
export function pretty(r: unknown): string {
  return JSON.stringify(r, null, 2).replace(/\[\s*(-?\d+),\s*(-?\d+)\s*\]/g, '[$1, $2]');
}

function indent(s: string): string {
  return s.replace(/^/gm, '  ');
}
