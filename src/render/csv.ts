import type { ArticleResult, ErrorResult } from '../types.js';
import type { Renderer, Sink } from './index.js';

/** The columns of `--format csv`: one row per entity (and one per failed input). */
export const CSV_COLUMNS = ['source', 'id', 'field', 'text', 'value', 'code', 'titles', 'mentions'] as const;

/**
 * RFC 4180: a field holding a comma, a double quote, CR or LF is wrapped in double quotes, with
 * quotes doubled; records end in CRLF. Everything else is written bare (Chinese needs no quoting).
 */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** Several titles in one cell: "；" never occurs inside a title, and splits back cleanly in pandas. */
export const TITLE_SEPARATOR = '；';

/** Rows of one result: `value` is the date value, person role, location level or slogan kind. */
export function csvRows(r: ArticleResult | ErrorResult): string[][] {
  const base = [r.source ?? '', r.id ?? ''];
  if ('error' in r) return [[...base, 'error', r.error.message, r.error.code, '', '', '']];
  const rows: string[][] = [];
  const add = (field: string, text: string, value: string | null, code: string | null, titles: string, mentions: number) =>
    rows.push([...base, field, text, value ?? '', code ?? '', titles, String(mentions)]);
  for (const o of r.officials ?? []) add('officials', o.name, null, null, o.titles.join(TITLE_SEPARATOR), o.spans.length);
  for (const p of r.persons ?? []) add('persons', p.name, p.role, null, '', p.spans.length);
  for (const l of r.locations ?? []) add('locations', l.text, l.level, l.code, '', l.spans.length);
  for (const a of r.place_abbreviations ?? []) add('place_abbreviations', a.text, a.level, a.code, '', a.spans.length);
  for (const o of r.organizations ?? []) add('organizations', o.text, null, null, '', o.spans.length);
  for (const d of r.dates ?? []) add('dates', d.text, d.value, null, '', d.spans.length);
  for (const s of r.slogans ?? []) add('slogans', s.text, s.kind, null, '', s.spans.length);
  return rows;
}

/** CSV with a header row, streamed: each input's rows are written as it finishes. */
export function csv(out: Sink): Renderer {
  out.write(csvRow(CSV_COLUMNS));
  return {
    write: (r) => {
      const rows = csvRows(r);
      if (rows.length) out.write(rows.map(csvRow).join(''));
    },
    end: () => undefined,
  };
}
