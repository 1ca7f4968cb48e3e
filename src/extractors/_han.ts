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
