import type { ArticleResult, ErrorResult } from '../types.js';
import { json, jsonl } from './json.js';
import { csv } from './csv.js';
import { table } from './table.js';

export interface Sink { write(s: string): unknown }
/** A streaming renderer: `write` per input as it finishes, `end` once. */
export interface Renderer {
  write(r: ArticleResult | ErrorResult): void;
  end(): void;
}

export const renderers = {
  table: (out: Sink, opts: { color: boolean }) => table(out, opts),
  json: (out: Sink) => json(out),
  jsonl: (out: Sink) => jsonl(out),
  csv: (out: Sink) => csv(out),
} as const;

export type Format = keyof typeof renderers;
export const FORMATS = Object.keys(renderers) as Format[];
export const isFormat = (s: string): s is Format => Object.hasOwn(renderers, s);
