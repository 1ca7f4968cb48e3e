import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = path.join(ROOT, 'bin', 'tifa.js');
export const SAMPLE = path.join(ROOT, 'samples', 'linfen-epidemic-inspection.txt');
export const SHARED = path.resolve(ROOT, '..', 'shared');

export interface ExecResult { exitCode: number | null; stdout: string; stderr: string }

/** Runs the real CLI as a user would; stdout, stderr and exit code are asserted separately. */
export function runCli(args: string[], opts: { input?: string | Buffer; env?: Record<string, string>; nodeArgs?: string[]; cwd?: string } = {}): ExecResult {
  const r = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...args], {
    input: opts.input ?? '',
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...opts.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { exitCode: r.status, stdout: r.stdout, stderr: r.stderr };
}

let validator: ((x: unknown) => boolean) & { errors?: unknown } | null = null;
/** Validates one output object against schema/result.schema.json; returns the errors or null. */
export function schemaErrors(x: unknown): unknown {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true });
    validator = ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'src', 'schema', 'result.schema.json'), 'utf8')));
  }
  return validator(x) ? null : validator.errors;
}

/** Every surface of every field, each with the spans that should slice back to it from `text`. */
export function surfacesWithSpans(r: {
  officials?: { name: string; spans: [number, number][] }[]; persons?: { name: string; spans: [number, number][] }[];
  locations?: { text: string; spans: [number, number][] }[]; organizations?: { text: string; spans: [number, number][] }[];
  dates?: { text: string; spans: [number, number][] }[]; slogans?: { text: string; spans: [number, number][] }[];
  place_abbreviations?: { text: string; spans: [number, number][] }[];
}): [string, [number, number][]][] {
  return [
    ...(r.officials ?? []).map((o) => [o.name, o.spans] as [string, [number, number][]]),
    ...(r.persons ?? []).map((o) => [o.name, o.spans] as [string, [number, number][]]),
    ...[...(r.locations ?? []), ...(r.place_abbreviations ?? []), ...(r.organizations ?? []), ...(r.dates ?? []), ...(r.slogans ?? [])].map((o) => [o.text, o.spans] as [string, [number, number][]]),
  ];
}
