import type { ArticleResult, ErrorResult } from '../types.js';
import { json, jsonl } from './json.js';
import { csv } from './csv.js';

/** Where a renderer writes: a stream (stdout), with its file descriptor when it has one. */
export interface Sink { write(s: string): unknown; fd?: number; writableLength?: number }
/** A streaming renderer: `write` per input as it finishes, `end` once. */
export interface Renderer {
  write(r: ArticleResult | ErrorResult): void;
  end(): void;
}

/** Factories are async so the table renderer's chalk and cli-table3 load only when a table is asked for. */
export const renderers = {
  table: async (out: Sink, opts: { color: boolean }): Promise<Renderer> => (await import('./table.js')).table(out, opts),
  json: async (out: Sink): Promise<Renderer> => json(out),
  jsonl: async (out: Sink): Promise<Renderer> => jsonl(out),
  csv: async (out: Sink): Promise<Renderer> => csv(out),
} as const;

export type Format = keyof typeof renderers;
export const FORMATS = Object.keys(renderers) as Format[];
export const isFormat = (s: string): s is Format => Object.hasOwn(renderers, s);
