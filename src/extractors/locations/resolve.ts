/**
 * Picks the division an ambiguous place name means from the article's other places, as a reader
 * would: "朝阳" beside "辽宁" or "龙城区" is 朝阳市 of 辽宁省; "鼓楼区" beside "福州" is 福州's.
 * Without deciding context the name stays unresolved and every candidate is listed.
 */
import { type Gazetteer, levelOf, lineage } from './gazetteer.js';

const LEVEL_RANK = { province: 0, city: 1, county: 2, township: 3 } as const;

export interface Resolution {
  /** The chosen division, or -1 when context cannot decide. */
  division: number;
  candidates: number[];
}

/**
 * How much a mention of `x` supports a candidate that has `x` at this level of its lineage: the
 * candidate itself or a unit inside it (朝阳市 ⊃ 龙城区) counts most, then a shared county, prefecture,
 * province. Each other surface spreads weight 1 over its candidates, so unresolved names count less.
 */
const SUPPORT = { township: 4, county: 3, city: 2, province: 1 } as const;

/**
 * `surfaces`: each distinct place surface with its candidate divisions. Surfaces with one candidate
 * anchor the others; a resolved surface then anchors the rest. Linear in surfaces × candidates × depth.
 */
export function resolveAll(g: Gazetteer, surfaces: Map<string, number[]>): Map<string, Resolution> {
  const options = new Map<string, number[]>();
  for (const [s, cands] of surfaces) options.set(s, [...new Set(cands)]);
  const lineages = new Map<number, number[]>();
  const lineageOf = (c: number) => {
    let l = lineages.get(c);
    if (!l) lineages.set(c, (l = lineage(g, c)));
    return l;
  };
  const chosen = new Map<string, number>();
  for (const [s, cands] of options) if (cands.length === 1) chosen.set(s, cands[0] as number);

  for (let round = 0; round < 2; round++) {
    // evidence[x]: how many surfaces (fractionally) name x or a unit inside x.
    const evidence = new Map<number, number>();
    const spread = (s: string, sign: number) => {
      const fixed = chosen.get(s);
      const cands = fixed !== undefined ? [fixed] : (options.get(s) as number[]);
      for (const c of cands) for (const x of lineageOf(c)) evidence.set(x, (evidence.get(x) ?? 0) + sign / cands.length);
    };
    for (const s of options.keys()) spread(s, 1);
    for (const [s, cands] of options) {
      if (chosen.has(s)) continue;
      spread(s, -1);
      const scores = cands.map((c) => {
        let score = 0;
        lineageOf(c).forEach((x, k) => {
          const weight = k === 0 ? SUPPORT.township : SUPPORT[levelOf(g, x) ?? 'province'];
          score += (evidence.get(x) ?? 0) * weight;
        });
        return Math.round(score * 1000) / 1000;
      });
      spread(s, 1);
      const top = Math.max(...scores);
      if (top > 0 && scores.filter((x) => x === top).length === 1) chosen.set(s, cands[scores.indexOf(top)] as number);
    }
  }

  const out = new Map<string, Resolution>();
  for (const [s, cands] of options) {
    const pick = chosen.get(s) ?? levelPrior(g, cands);
    if (pick >= 0 && cands.length === 1 && isStrayTownship(g, pick, s, chosen, lineageOf)) {
      out.set(s, { division: -1, candidates: cands });
      continue;
    }
    out.set(s, { division: pick, candidates: pick >= 0 ? [] : cands });
  }
  return out;
}

/**
 * A township known by its name alone ("解放乡" is one township of the gazetteer, in 黑龙江), while every
 * county or higher division the article names lies in other provinces and no other place lies in its
 * province: the article's own township is likely one the gazetteer lacks, so the one candidate is
 * offered, not chosen.
 */
function isStrayTownship(g: Gazetteer, pick: number, surface: string, chosen: Map<string, number>, lineageOf: (c: number) => number[]): boolean {
  if (levelOf(g, pick) !== 'township') return false;
  const own = lineageOf(pick);
  const province = own[own.length - 1];
  let anchors = 0;
  for (const [other, c] of chosen) {
    if (other === surface || c === pick) continue;
    const l = lineageOf(c);
    if (l[l.length - 1] === province) return false; // a neighbour in its province, a township too ("东溪镇、桥溪乡")
    if (LEVEL_RANK[levelOf(g, c) ?? 'township'] <= LEVEL_RANK.county) anchors++;
  }
  return anchors > 0;
}

/**
 * Without context, a name naming a unit and units inside it means the outer one; a name shared by one province and lower units means the province ("吉林", "海南"),
 * and a county-or-higher name beats townships that happen to share it. Otherwise: undecided.
 */
function levelPrior(g: Gazetteer, cands: number[]): number {
  if (cands.length === 1) return cands[0] as number;
  // "喀什" names 喀什地区 and 喀什市 inside it, "乌鲁木齐" the city and its county: the outer unit.
  const outer = cands.find((c) => cands.every((d) => d === c || lineage(g, d).includes(c)));
  if (outer !== undefined) return outer;
  const rank = (c: number) => LEVEL_RANK[levelOf(g, c) ?? 'township'];
  const best = Math.min(...cands.map(rank));
  const atBest = cands.filter((c) => rank(c) === best);
  if (atBest.length !== 1) return -1;
  const othersAllTownships = cands.every((c) => c === atBest[0] || rank(c) === LEVEL_RANK.township);
  return best === LEVEL_RANK.province || othersAllTownships ? (atBest[0] as number) : -1;
}
