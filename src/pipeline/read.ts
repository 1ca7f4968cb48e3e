import { TifaError } from '../errors.js';

/** Decoded text and the encoding it was read as. */
export interface Decoded { text: string; encoding: string }

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

/**
 * bytes → text. Order: BOM (UTF-8, UTF-16 LE/BE) → strict UTF-8 → GB18030.
 * Strict UTF-8 first because valid GBK text is almost never valid UTF-8, while the reverse is common;
 * GB18030 is a superset of GBK and GB2312, and Node's full ICU decodes it without a dependency.
 * `forced` skips detection. A NUL byte in the first 8 KiB (outside UTF-16) marks a binary file.
 */
export function decode(bytes: Uint8Array, source: string, forced?: string): Decoded {
  if (forced) {
    try {
      return { text: stripBom(decoder(forced, false).decode(bytes)), encoding: forced.toLowerCase() };
    } catch (err) {
      throw new TifaError('E_INPUT_DECODE', `${source}: cannot decode as ${forced}: ${(err as Error).message}`, { cause: err });
    }
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decoder('utf-8', false).decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decoder('utf-16le', false).decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decoder('utf-16be', false).decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (bytes.subarray(0, 8192).includes(0)) throw new TifaError('E_INPUT_BINARY', `${source}: looks like a binary file (NUL bytes), not text`);
  try {
    return { text: decoder('utf-8', true).decode(bytes), encoding: 'utf-8' };
  } catch {
    try {
      return { text: decoder('gb18030', true).decode(bytes), encoding: 'gb18030' };
    } catch {
      throw new TifaError('E_INPUT_DECODE', `${source}: neither valid UTF-8 nor GB18030; name the encoding with --encoding`);
    }
  }
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
