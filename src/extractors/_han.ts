/** Shared character classes for the rule modules. */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
export const isHan = (c: string | undefined): boolean => c !== undefined && /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(c);
/** isHan(text[i]) read by character code (no one-character string): false outside the text. */
export function isHanAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i); // NaN outside the text: every comparison below is false
  return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}
/**
 * `[...s].every((c) => isHan(c))` without an array of characters: every code unit a Han character
 * (a surrogate pair never is), true for the empty string.
 */
export function isAllHan(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isHanAt(s, i)) return false;
  return true;
}
/** Escapes a literal for use inside a RegExp. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An alternation of literals, longest first so the regex prefers the longest match. */
export const alternation = (words: Iterable<string>): string =>
  [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRe).join('|');

/**
 * What `text.matchAll(new RegExp(alternation(words), 'gu'))` finds (leftmost, then longest, never
 * overlapping) as [offset, word] pairs, without compiling a regex: the names an article mentions make
 * a new word list for every article, and compiling its regex cost more than the scan.
 */
export function findWords(text: string, words: Iterable<string>): [number, string][] {
  const list = [...new Set(words)];
  // Unicode-mode matching differs from code units only around surrogates: leave those to the regex.
  if (list.some((w) => w === '' || /[\ud800-\udfff]/.test(w))) {
    return [...text.matchAll(new RegExp(alternation(list), 'gu'))].map((m) => [m.index ?? 0, m[0]]);
  }
  const byFirst = new Map<number, string[]>();
  for (const w of list.sort((a, b) => b.length - a.length)) {
    const c = w.charCodeAt(0);
    const same = byFirst.get(c);
    if (same) same.push(w);
    else byFirst.set(c, [w]);
  }
  const out: [number, string][] = [];
  for (let i = 0; i < text.length; i++) {
    const candidates = byFirst.get(text.charCodeAt(i));
    if (!candidates) continue;
    for (const w of candidates) {
      if (!text.startsWith(w, i)) continue;
      out.push([i, w]);
      i += w.length - 1;
      break;
    }
  }
  return out;
}
