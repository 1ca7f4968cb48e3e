/**
 * The publication date an article states about itself, for resolving year-less dates when the user
 * gave none. Looked for in the first and last lines only, in this order:
 * 1. a labelled line: "发布日期:2020-07-21", "发布于:2021-08-19", "发布时间：2022年4月7日";
 * 2. a full date followed by a clock time, as page headers print it ("2008年10月10日07:20  深圳商报");
 * 3. a line that starts with a bare numeric date ("2022-04-07").
 * Returns YYYY-MM-DD or null.
 */
const LABELLED = /(?:发布日期|发布时间|发表时间|发布于|发表于|更新时间|日期|时间|来源)\s*[:：]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const STAMPED = /(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?\s*\d{1,2}[:：]\d{2}/;
const BARE = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s|$)/;

export function findDateline(text: string): string | null {
  const lines = text.split(/\n/);
  const edges = lines.length <= 12 ? lines : [...lines.slice(0, 6), ...lines.slice(-6)];
  // Header lines are short; a body sentence's dates are events, not the publication date.
  const candidates = edges.map((l) => l.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))).filter((l) => l.length <= 200);
  for (const re of [LABELLED, STAMPED, BARE]) {
    for (const l of candidates) {
      const m = re.exec(l);
      const iso = m ? toIso(m[1], m[2], m[3]) : null;
      if (iso) return iso;
    }
  }
  return null;
}

function toIso(y?: string, m?: string, d?: string): string | null {
  const Y = Number(y), M = Number(m), D = Number(d);
  if (!(Y >= 1900 && Y <= 2100 && M >= 1 && M <= 12 && D >= 1 && D <= 31)) return null;
  const dt = new Date(Date.UTC(Y, M - 1, D));
  if (dt.getUTCDate() !== D) return null;
  return `${Y}-${String(M).padStart(2, '0')}-${String(D).padStart(2, '0')}`;
}
