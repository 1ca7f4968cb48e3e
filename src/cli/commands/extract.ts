import { extract } from '../../pipeline/extract.js';
import { tasks } from '../../input/sources.js';
import { renderers } from '../../render/index.js';
import { errorCode, errorMessage } from '../../errors.js';
import type { ErrorResult } from '../../types.js';
import { parseExts, parseFormat, parseInputKind, parseOnly, parsePositiveInt, parseRefDate, useColor } from '../options.js';

export interface ExtractCliOptions {
  format?: string;
  input: string;
  ext: string;
  refDate?: string;
  only?: string;
  keywords?: string;
  encoding?: string;
  withText?: boolean;
  color?: boolean;
  quiet?: boolean;
}

export async function runExtract(inputs: string[], o: ExtractCliOptions): Promise<void> {
  const format = parseFormat(o.format, process.stdout.isTTY === true);
  const refDate = parseRefDate(o.refDate);
  const only = parseOnly(o.only);
  const nKeywords = parsePositiveInt(o.keywords, '--keywords');
  const input = parseInputKind(o.input);
  const out = process.stdout;
  const render = format === 'table' ? renderers.table(out, { color: useColor(o.color, out.isTTY === true) }) : renderers[format](out);
  let failed = 0;
  const fail = (e: ErrorResult) => {
    failed++;
    process.stderr.write(`tifa: ${e.error.message}\n`);
    render.write(e);
  };
  const sourceOpts = { input, exts: parseExts(o.ext), ...(o.encoding ? { encoding: o.encoding } : {}) };
  for await (const t of tasks(inputs, sourceOpts)) {
    if (!t.ok) {
      fail({ id: t.id, source: t.source, error: { code: t.code, message: t.message } });
      continue;
    }
    try {
      render.write(
        extract(t.text, {
          id: t.id,
          source: t.source,
          refDate: refDate ?? t.refDate,
          ...(only ? { only } : {}),
          ...(nKeywords ? { keywords: nKeywords } : {}),
          ...(t.encoding ? { encoding: t.encoding } : {}),
          withText: o.withText === true,
        }),
      );
    } catch (err) {
      fail({ id: t.id, source: t.source, error: { code: errorCode(err), message: `${t.source ?? '<input>'}: ${errorMessage(err)}` } });
    }
  }
  render.end();
  if (failed) process.exitCode = 1;
}
