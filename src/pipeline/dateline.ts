/**
 * The publication date an article states about itself, for resolving year-less dates when the user
 * gave none: a "发布日期/发布时间/来源…" line or a dateline like "2022-04-07" / "2022年4月7日" in the
 * first or last lines. Returns YYYY-MM-DD or null.
 */
export function findDateline(text: string): string | null {
  const lines = text.split(/\n/);
  const head = lines.slice(0, 6);
  const tail = lines.slice(-6);
  const labelled = /(?:发布日期|发布时间|发表时间|时间|日期|来源)[:：]?\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/;
  for (const l of [...head, ...tail]) {
    const m = labelled.exec(l);
    if (m) return iso(m[1], m[2], m[3]);
  }
  const bare = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s|$)/;
  for (const l of [...head, ...tail]) {
    const m = bare.exec(l);
    if (m) return iso(m[1], m[2], m[3]);
  }
  return null;
}

function iso(y?: string, m?: string, d?: string): string | null {
  const Y = Number(y), M = Number(m), D = Number(d);
  if (!(Y >= 1900 && Y <= 2100 && M >= 1 && M <= 12 && D >= 1 && D <= 31)) return null;
  const dt = new Date(Date.UTC(Y, M - 1, D));
  if (dt.getUTCDate() !== D) return null;
  return `${Y}-${String(M).padStart(2, '0')}-${String(D).padStart(2, '0')}`;
}
