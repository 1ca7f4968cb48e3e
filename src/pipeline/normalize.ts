/**
 * The matching view of a text. It has exactly the same length as the input (one UTF-16 unit in, one
 * out), so an offset found in it is an offset in the original: surfaces are always sliced from the
 * original text, never from this view.
 */
export function normalize(text: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const m = mapUnit(c);
    if (m !== c) {
      parts.push(text.slice(from, i), String.fromCharCode(m));
      from = i + 1;
    }
  }
  if (from === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

function mapUnit(c: number): number {
  // Full-width ASCII (！ … ～) → ASCII, except the punctuation that Chinese rules key on.
  if (c >= 0xff10 && c <= 0xff19) return c - 0xfee0; // ０-９
  if (c >= 0xff21 && c <= 0xff3a) return c - 0xfee0; // Ａ-Ｚ
  if (c >= 0xff41 && c <= 0xff5a) return c - 0xfee0; // ａ-ｚ
  switch (c) {
    case 0x3000: return 0x20; // ideographic space
    case 0x00a0: return 0x20;
    case 0xff1a: return 0x3a; // ：
    case 0xff0c: return 0x2c; // ，
    case 0xff08: return 0x28; // （
    case 0xff09: return 0x29; // ）
    case 0xff3b: return 0x5b; // ［
    case 0xff3d: return 0x5d; // ］
    case 0xff0f: return 0x2f; // ／
    case 0xff0d: return 0x2d; // －
    case 0x300c: return 0x201c; // 「 → “
    case 0x300d: return 0x201d; // 」 → ”
    case 0x2027: return 0x00b7; // hyphenation point → middle dot (奇·达楞太)
    case 0x30fb: return 0x00b7; // katakana middle dot
    case 0x2022: return 0x00b7;
    default: return c;
  }
}
