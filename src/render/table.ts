import Table from 'cli-table3';
import { Chalk, type ChalkInstance } from 'chalk';
import type { ArticleResult, ErrorResult, Span } from '../types.js';
import type { Renderer, Sink } from './index.js';

/** Human-readable tables, one block per input; errors are reported on stderr by the caller. */
export function table(out: Sink, opts: { color: boolean }): Renderer {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  let first = true;
  return {
    write(r) {
      if ('error' in r) return;
      out.write(`${first ? '' : '\n'}${renderArticle(r, c, opts.color)}`);
      first = false;
    },
    end: () => undefined,
  };
}

const count = (spans: Span[]) => String(spans.length);

export function renderArticle(r: ArticleResult, c: ChalkInstance, color: boolean): string {
  const parts: string[] = [];
  const head = [r.source ?? r.id ?? '<stdin>', r.title ? `— ${r.title}` : '', r.ref_date ? `(ref ${r.ref_date})` : ''].filter(Boolean).join(' ');
  parts.push(c.bold.cyan(head));
  const block = (label: string, header: string[], rows: string[][]) => {
    if (!rows.length) {
      parts.push(`${c.bold(label)} ${c.dim('(none)')}`);
      return;
    }
    const t = new Table({ head: header, style: { head: color ? ['cyan'] : [], border: color ? ['grey'] : [] }, wordWrap: true });
    for (const row of rows) t.push(row);
    parts.push(`${c.bold(label)} ${c.dim(`(${rows.length})`)}\n${t.toString()}`);
  };
  if (r.officials) block('Officials', ['name', 'titles', 'mentions'], r.officials.map((o) => [c.yellow(o.name), o.titles.join('、'), count(o.spans)]));
  if (r.persons) block('Persons', ['name', 'role', 'mentions'], r.persons.map((p) => [c.yellow(p.name), p.role, count(p.spans)]));
  if (r.locations)
    block('Locations', ['place', 'level', 'code', 'path', 'mentions'], r.locations.map((l) => [c.green(l.text), l.level ?? '', l.code ?? (l.candidates?.length ? c.dim(`${l.candidates.length} candidates`) : ''), (l.path ?? []).join(' › '), count(l.spans)]));
  if (r.place_abbreviations?.length)
    block('Place abbreviations', ['abbreviation', 'level', 'stands for', 'code', 'mentions'], r.place_abbreviations.map((a) => [c.green(a.text), a.level, a.names.join(' / '), a.code ?? '', count(a.spans)]));
  if (r.organizations) block('Organizations', ['organization', 'mentions'], r.organizations.map((o) => [c.magenta(o.text), count(o.spans)]));
  if (r.dates) block('Dates', ['expression', 'value', 'mentions'], r.dates.map((d) => [c.blue(d.text), d.value ?? c.dim('unresolved'), count(d.spans)]));
  if (r.slogans) block('Slogans', ['slogan', 'kind', 'mentions'], r.slogans.map((s) => [c.red(s.text), s.kind, count(s.spans)]));
  if (r.keywords) block('Keywords', ['word', 'weight'], r.keywords.map((k) => [k.word, k.weight.toFixed(3)]));
  return `${parts.join('\n')}\n`;
}

export type { ErrorResult };
