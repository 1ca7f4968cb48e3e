import { UsageError } from '../errors.js';
import { FIELD_NAMES, isFieldName, type FieldName } from '../extractors/index.js';
import { FORMATS, isFormat, type Format } from '../render/index.js';

/** Options shared by commands, validated into typed values; any bad value is a usage error (exit 2). */
export function parseFormat(raw: string | undefined, stdoutIsTty: boolean): Format {
  if (raw === undefined) return stdoutIsTty ? 'table' : 'json';
  if (!isFormat(raw)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${raw}"`);
  return raw;
}

export function parseRefDate(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const ok = m && (() => {
    const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
    return d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
  })();
  if (!ok) throw new UsageError(`--ref-date must be a real date as YYYY-MM-DD (e.g. 2022-04-07); got "${raw}"`);
  return raw;
}

export function parseOnly(raw: string | undefined): FieldName[] | undefined {
  if (raw === undefined) return undefined;
  const names = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = names.filter((n) => !isFieldName(n));
  if (bad.length || !names.length) throw new UsageError(`--only takes fields from ${FIELD_NAMES.join(', ')}; got "${raw}"`);
  return names as FieldName[];
}

export function parsePositiveInt(raw: string | undefined, flag: string): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new UsageError(`${flag} must be a whole number ≥ 1; got "${raw}"`);
  return Number(raw);
}

export function parseInputKind(raw: string): 'text' | 'jsonl' | 'html' {
  if (raw !== 'text' && raw !== 'jsonl' && raw !== 'html') throw new UsageError(`--input must be text or jsonl (or html for web pages); got "${raw}"`);
  return raw;
}

export function parseExts(raw: string): string[] {
  return raw.split(',').map((e) => e.trim()).filter(Boolean).map((e) => (e.startsWith('.') ? e : `.${e}`));
}

/** Colour on when the stream is a terminal, unless --no-color or NO_COLOR. */
export function useColor(flag: boolean | undefined, isTty: boolean): boolean {
  if (flag === false) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return isTty;
}
