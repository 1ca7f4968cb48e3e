import Table from 'cli-table3';
import { Chalk } from 'chalk';
import { csvRow } from '../render/csv.js';
import { pretty } from '../render/json.js';
import type { CorpusSummary } from './aggregate.js';

export const SUMMARY_FORMATS = ['table', 'json', 'csv'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

/** The first `top` entries of every list (all of them when top is undefined). */
export function truncate(s: CorpusSummary, top: number | undefined): CorpusSummary {
  if (top === undefined) return s;
  return { ...s, officials: s.officials.slice(0, top), slogans: s.slogans.slice(0, top), locations: s.locations.slice(0, top), organizations: s.organizations.slice(0, top) };
}

export const SUMMARY_CSV_COLUMNS = ['section', 'text', 'code', 'level', 'detail', 'articles', 'mentions', 'first', 'last'] as const;

/**
 * One CSV for the whole summary, a `section` column telling the lists apart (pandas: groupby it).
 * `detail`: an official's titles with their article counts ("市长 (3)；市委副书记 (1)"), a place's
 * other surfaces and division path, a slogan's kind.
 */
export function summaryCsv(s: CorpusSummary): string {
  const rows = [csvRow(SUMMARY_CSV_COLUMNS)];
  rows.push(csvRow(['corpus', '', '', '', `${s.articles} articles, ${s.errors} errors, ${s.dated} dated`, s.articles, '', s.first, s.last]));
  for (const o of s.officials) rows.push(csvRow(['officials', o.name, '', '', o.titles.map((t) => `${t.title} (${t.articles})`).join('；'), o.articles, o.mentions, '', '']));
  for (const x of s.slogans) rows.push(csvRow(['slogans', x.text, '', '', x.kind, x.articles, x.mentions, x.first, x.last]));
  for (const l of s.locations) rows.push(csvRow(['locations', l.names[0] ?? '', l.code, l.level, [l.names.slice(1).join('、'), (l.path ?? []).join('/')].filter(Boolean).join('；'), l.articles, l.mentions, '', '']));
  for (const o of s.organizations) rows.push(csvRow(['organizations', o.text, '', '', '', o.articles, o.mentions, '', '']));
  return rows.join('');
}

export function summaryJson(s: CorpusSummary): string {
  return `${pretty(s)}\n`;
}

/** Tables for a terminal: one per list. */
export function summaryTable(s: CorpusSummary, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const style = { head: color ? ['cyan'] : [], border: color ? ['grey'] : [], compact: true };
  const parts: string[] = [];
  const span = s.first ? `, dated ${s.first} … ${s.last}` : '';
  parts.push(c.bold.cyan(`${s.articles} articles (${s.errors} errors, ${s.dated} dated${span})`));
  const block = (label: string, head: string[], rows: string[][]) => {
    if (!rows.length) return parts.push(`${c.bold(label)} ${c.dim('(none)')}`);
    const t = new Table({ head, style, wordWrap: true });
    for (const r of rows) t.push(r);
    return parts.push(`${c.bold(label)}\n${t.toString()}`);
  };
  const n = (x: number) => String(x);
  block('Officials', ['name', 'titles (articles)', 'articles', 'mentions'], s.officials.map((o) => [c.yellow(o.name), o.titles.map((t) => `${t.title} (${t.articles})`).join('\n'), n(o.articles), n(o.mentions)]));
  block('Slogans', ['slogan', 'kind', 'mentions', 'articles', 'first', 'last'], s.slogans.map((x) => [c.red(x.text), x.kind, n(x.mentions), n(x.articles), x.first ?? '', x.last ?? '']));
  block('Locations', ['place', 'code', 'level', 'path', 'articles', 'mentions'], s.locations.map((l) => [c.green(l.names.join('、')), l.code ?? c.dim('unresolved'), l.level ?? '', (l.path ?? []).join(' › '), n(l.articles), n(l.mentions)]));
  block('Organizations', ['organization', 'articles', 'mentions'], s.organizations.map((o) => [c.magenta(o.text), n(o.articles), n(o.mentions)]));
  return `${parts.join('\n')}\n`;
}
