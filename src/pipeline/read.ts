import { createRequire } from 'node:module';
import type Chardet from 'chardet';
import { TifaError } from '../errors.js';

/** Decoded text, the encoding it was read as, and what (if anything) could not be decoded. */
export interface Decoded {
  text: string;
  encoding: string;
  /** Set when some bytes were replaced by U+FFFD (a truncated or damaged file); the text is still usable. */
  warning?: string;
}

const decoders = new Map<string, TextDecoder>();
function decoder(label: string, fatal: boolean): TextDecoder {
  const key = `${label}:${fatal}`;
  let d = decoders.get(key);
  if (!d) {
    d = new TextDecoder(label, { fatal, ignoreBOM: true });
    decoders.set(key, d);
  }
  return d;
}

/** Legacy Chinese encodings tried after UTF-8, in tie-break order (mainland news first). */
const LEGACY = ['gb18030', 'big5'] as const;
type Legacy = (typeof LEGACY)[number];
/** chardet looks at this many leading bytes; its statistics settle long before 64 KiB. */
const SNIFF_BYTES = 64 * 1024;

/**
 * bytes → text. A strict cascade where it is decidable, statistics only where it is not:
 * 1. BOM (UTF-8, UTF-16 LE/BE) — certain.
 * 2. NUL or many control bytes in the first 8 KiB → binary file, an error.
 * 3. Strict UTF-8 — valid GBK/Big5 text is practically never valid UTF-8, while a detector can
 *    mislabel short UTF-8, so a clean UTF-8 decode wins outright.
 * 4. GB18030 vs Big5: every Big5 byte pair is also a valid GBK pair, so strict decoding cannot tell
 *    them apart; chardet's frequency statistics (a maintained port of ICU's detector) choose between
 *    the candidates that decode strictly. A tie or no opinion → GB18030 (superset of GBK/GB2312).
 * 5. Nothing decodes strictly (a truncated or damaged file): the candidate with the fewest
 *    undecodable bytes, if they are rare, replaced by U+FFFD with a warning; otherwise an error.
 * `forced` (--encoding) skips detection. `hint` (an HTML page's declared charset) is tried after
 * strict UTF-8 — pages re-saved as UTF-8 often keep their old `<meta charset=gbk>` — and kept only if
 * it decodes strictly.
 */
export function decode(bytes: Uint8Array, source: string, forced?: string, hint?: string | null): Decoded {
  if (forced) return decodeForced(bytes, source, forced);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return lenient(bytes.subarray(3), 'utf-8', 'utf-8-bom', source);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return lenient(bytes.subarray(2), 'utf-16le', 'utf-16le', source);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return lenient(bytes.subarray(2), 'utf-16be', 'utf-16be', source);
  if (looksBinary(bytes)) throw new TifaError('E_INPUT_BINARY', `${source}: looks like a binary file (NUL or control bytes), not text`);
  const utf8 = tryStrict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const hinted = hint ? decodeHint(bytes, hint) : null;
  if (hinted) return hinted;

  const strict = LEGACY.filter((enc) => tryStrict(bytes, enc) !== null);
  if (strict.length === 1) return { text: decoder(strict[0]!, false).decode(bytes), encoding: strict[0]! };
  if (strict.length > 1) {
    const enc = preferByStatistics(bytes, strict);
    return { text: decoder(enc, false).decode(bytes), encoding: enc };
  }
  return bestLossy(bytes, source);
}

function decodeHint(bytes: Uint8Array, hint: string): Decoded | null {
  let label: string;
  try {
    label = decoder(hint, true).encoding;
  } catch {
    return null; // an unknown label in a page is the page's problem, not a reason to fail
  }
  const text = tryStrict(bytes, label);
  return text === null ? null : { text, encoding: label };
}

function decodeForced(bytes: Uint8Array, source: string, forced: string): Decoded {
  let label: string;
  try {
    label = decoder(forced, false).encoding;
  } catch {
    throw new TifaError('E_INPUT_DECODE', `${source}: unknown encoding "${forced}" (try utf-8, gb18030, gbk, big5, utf-16le, utf-16be)`);
  }
  return lenient(stripBomBytes(bytes, label), label, label, source);
}

/** Decodes with replacement, warning when anything was replaced (a BOM-marked file cut short, say). */
function lenient(bytes: Uint8Array, label: string, reported: string, source: string): Decoded {
  const text = decoder(label, false).decode(bytes);
  if (tryStrict(bytes, label) !== null) return { text, encoding: reported };
  return repaired(text, reported, countReplacements(text), source);
}

function tryStrict(bytes: Uint8Array, label: string): string | null {
  try {
    return decoder(label, true).decode(bytes);
  } catch {
    return null;
  }
}

function stripBomBytes(bytes: Uint8Array, label: string): Uint8Array {
  if (label === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3);
  if (label === 'utf-16le' && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2);
  if (label === 'utf-16be' && bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2);
  return bytes;
}

/** A NUL byte, or more than 10% C0 control bytes other than TAB/LF/CR/FF/ESC, in the first 8 KiB. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return head.length > 0 && controls * 10 > head.length;
}

/** chardet (CommonJS) is required on first use: most input is UTF-8 and never needs it. */
let chardetModule: typeof Chardet | null = null;
const chardet = (): typeof Chardet => (chardetModule ??= createRequire(import.meta.url)('chardet') as typeof Chardet);

/** The candidate chardet rates highest on the leading bytes; the first candidate when it has no opinion. */
function preferByStatistics(bytes: Uint8Array, candidates: readonly Legacy[]): Legacy {
  const name: Record<string, Legacy> = { GB18030: 'gb18030', Big5: 'big5' };
  const confidence = new Map<Legacy, number>();
  for (const m of chardet().analyse(bytes.subarray(0, SNIFF_BYTES))) {
    const enc = name[m.name];
    if (enc) confidence.set(enc, Math.max(confidence.get(enc) ?? 0, m.confidence));
  }
  // Strictly greater: equal confidence (chardet's floor of 10 for both on a few bytes) keeps GB18030.
  let best: Legacy = candidates[0]!;
  for (const enc of candidates) if ((confidence.get(enc) ?? 0) > (confidence.get(best) ?? 0)) best = enc;
  return best;
}

/**
 * No encoding decodes strictly (a truncated or damaged file).
 * - UTF-8 when its valid multi-byte characters outnumber the damaged sequences ten to one: bytes of
 *   another encoding almost never form valid UTF-8 sequences, so a UTF-8 file cut mid-character
 *   ("…基调\xe3") loses that one character, not the whole text to a wrong GB18030 decoding.
 * - Else the legacy encoding with the fewest undecodable sequences (statistics break a tie), when the
 *   damage is a cut at the very end or sparse (≤ 1 in 1000 characters); otherwise the bytes are in
 *   some other encoding and any guess would be garbage: an error.
 */
function bestLossy(bytes: Uint8Array, source: string): Decoded {
  const utf8 = decoder('utf-8', false).decode(bytes);
  const utf8Bad = countReplacements(utf8);
  if (countNonAscii(utf8) - utf8Bad >= 10 * utf8Bad) return repaired(utf8, 'utf-8', utf8Bad, source);

  const tried = LEGACY.map((enc) => {
    const text = decoder(enc, false).decode(bytes);
    return { enc, text, bad: countReplacements(text) };
  });
  const fewest = Math.min(...tried.map((t) => t.bad));
  const cleanest = tried.filter((t) => t.bad === fewest);
  const pick = cleanest.length > 1 ? preferByStatistics(bytes, cleanest.map((t) => t.enc)) : cleanest[0]!.enc;
  const b = cleanest.find((t) => t.enc === pick)!;
  const truncated = b.bad === 1 && b.text.endsWith('\ufffd');
  if (!truncated && b.bad * 1000 > b.text.length) {
    throw new TifaError('E_INPUT_DECODE', `${source}: not valid UTF-8, GB18030 or Big5 (${b.bad} undecodable sequences even as ${b.enc}); name the encoding with --encoding`);
  }
  return repaired(b.text, b.enc, b.bad, source);
}

function repaired(text: string, encoding: string, bad: number, source: string): Decoded {
  const what = bad === 1 && text.endsWith('\ufffd') ? 'a truncated multi-byte sequence at the end' : `${bad} undecodable byte sequence(s)`;
  return { text, encoding, warning: `${source}: read as ${encoding}; ${what} replaced by U+FFFD` };
}

function countNonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) n++;
  return n;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}
