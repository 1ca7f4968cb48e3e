/**
 * One-character place abbreviations, only where they cannot be anything else: a run of them that is
 * a word of its own ("中美", "港澳台", "京津"), one after a verb of travel ("访华", "抵京", "在|京"),
 * a run before a word of relations between states ("中缅边境", "日中两国", "中美关系"), a list of
 * single characters ("中、英、德、法"), and a state's side ("美方", "中方").
 * Alone, "中", "美", "日" are ordinary characters. They are found so that no other rule reads them as
 * names or parts of names, but not reported: GOLD-FORMAT locations have two or more characters.
 */
import { loadDict } from '../../lexicon/load.js';
import type { SpanMask, TextView } from './text-view.js';
import { CharSet } from '../_char-tables.js';
import { gazetteer, isDivisionName } from './gazetteer.js';

/** The rule of these mentions in the locations extractor's output, which place_abbreviations reads. */
export const ABBREVIATION_RULE = 'one-character abbreviation';

export interface AbbreviationHit { start: number; end: number; level: string }

interface Rules {
  /** Characters taken as a bare pair. */
  levels: Map<string, string>;
  /** Those plus characters taken only in context (a relation word, a list). */
  all: Map<string, string>;
  /** The keys of `levels` and `all`, read by character code in the scans. */
  levelChars: CharSet;
  allChars: CharSet;
  stops: Set<string>;
}
let compiled: Rules | null = null;
function rules(): Rules {
  if (compiled) return compiled;
  const rows = loadDict('place-abbreviations.txt', { minCols: 3, maxCols: 4 });
  const all = new Map(rows.map((e) => [e.cols[0] as string, e.cols[1] as string]));
  const levels = new Map(rows.filter((e) => e.cols[3] !== 'context').map((e) => [e.cols[0] as string, e.cols[1] as string]));
  const stops = new Set(loadDict('stop/place-abbreviations.txt', { maxCols: 1 }).map((e) => e.cols[0] as string));
  compiled = { levels, all, levelChars: new CharSet(levels.keys()), allChars: new CharSet(all.keys()), stops };
  return compiled;
}
export const ABBREVIATION_DICTS = ['place-abbreviations.txt', 'stop/place-abbreviations.txt'];

/** Whether a character may abbreviate a state or a province ("京", "港", "美"). */
export function isAbbreviationChar(c: string): boolean {
  return c.length === 1 && rules().all.has(c);
}

/** Verbs of travel and presence that take a one-character place: 访华, 来华, 驻美, 抵京, 赴港. */
const TRAVEL = new Set([...'访来驻在抵进赴旅侵援返离回留']);
const TRAVEL_CHARS = new CharSet(TRAVEL);
/** Words of relations between states that follow a run of abbreviations ("中缅|边境", "日中|两国"). Sticky: tested in place (`at`). */
const RELATION = /(?:关系|两国|双边|双方|友好|友谊|建交|边境|边界|合作|经贸|贸易|人民|首脑|会晤|联合|战争|冲突|交往|之间|两党|外长|领导人|边防|对话|峰会|航线|界江|界河)/y;
/** What may follow the last item of a list of single abbreviations ("中、英、德|等", "美、日|两国"). */
const LIST_END = /^(?:[等两三四五六七八九十多各的和与及不]|[，。；：,.;:）)、]|$)/;
/** What a lone foreign abbreviation may stand before: its government, leaders, economy ("俄|政府", "巴|总理"). Sticky. */
const STATE_NOUN = /(?:政府|总理|总统|首相|外长|外交部|议会|内阁|当局|政局|政策|经济|市场|领导人|大使|使馆|联邦|军方|境内|南部|北部|东部|西部|边界|边境)/y;
/** What a word may add to a run of abbreviations it starts with: "港澳|同胞", "京津|地区", "沪港|两地". */
const PEOPLE_OR_AREA = /^(?:同胞|居民|人士|青年|地区|两地|三地|四地|之间)$/;
/** A state's side in talks: "美方", "中方", "日方". */
const SIDE = /^(?:方|军)$/;

/** Every character of `w` is in `set` (one code unit each: no member is a surrogate pair). */
function everyChar(w: string, set: CharSet, n = w.length): boolean {
  for (let i = 0; i < n; i++) if (!set.has(w, i)) return false;
  return true;
}

/**
 * A sticky regex of words of at most three characters matches at `pos`: what the anchored one tests
 * on `s.slice(pos, pos + 3)`, without making that string at every run of abbreviations.
 */
function at(re: RegExp, s: string, pos: number): boolean {
  re.lastIndex = pos;
  return re.test(s);
}

/** Hoisted: the bundler writes a \p{…} literal as `new RegExp(…)`, built again at each call. */
const HAN = /\p{Script=Han}/u;
const isHan = (c: string | undefined) => c !== undefined && HAN.test(c);

export function findAbbreviations(view: TextView, blocked: SpanMask): AbbreviationHit[] {
  const { levels, all, levelChars, allChars, stops } = rules();
  const norm = view.doc.norm;
  const out: AbbreviationHit[] = [];
  const taken = new Set<number>();
  const push = (at: number, level: string) => {
    if (taken.has(at) || blocked.has(at)) return;
    taken.add(at);
    out.push({ start: at, end: at + 1, level });
  };
  for (const t of view.tokens) {
    const w = t.word;
    if (blocked.touches(t.start, t.end)) continue;
    // "加以" is a verb, "宁陕" a county: a run is a pair of places only as a noun that names nothing else.
    const pair = w.length >= 2 && w.length <= 3 && everyChar(w, levelChars) && !/^(?:v|vd|p|c|d|r|u|f|m|q|a)$/.test(t.tag);
    if (pair && !stops.has(w) && !stops.has(w.slice(0, 2)) && !stops.has(w.slice(1)) && !isDivisionName(gazetteer(), w)) {
      [...w].forEach((c, i) => push(t.start + i, levels.get(c) as string));
    } else if (w.length >= 4) {
      // "港澳同胞", "京津地区": jieba's one word is a pair of places and the people or area they hold.
      const run = [3, 2].find((n) => w.length - n >= 2 && everyChar(w, levelChars, n) && PEOPLE_OR_AREA.test(w.slice(n)));
      const head = run === undefined ? '' : w.slice(0, run);
      if (head && !stops.has(head) && !isDivisionName(gazetteer(), head)) [...head].forEach((c, i) => push(t.start + i, levels.get(c) as string));
    } else if (w.length === 2 && TRAVEL_CHARS.has(w, 0) && levelChars.has(w, 1) && /^(?:v|vn|j|ns|n|x)$/.test(t.tag)) {
      push(t.start + 1, levels.get(w[1] as string) as string);
    } else if (w.length === 1 && levelChars.has(w, 0) && /^(?:ns|j)$/.test(t.tag)) {
      // "在|京|召开", "在|华|服务": a lone abbreviation right after a verb of travel.
      const before = view.tokens[view.tokenAt[t.start - 1] ?? -1];
      if (before && before.word.length === 1 && TRAVEL.has(before.word)) push(t.start, levels.get(w) as string);
    } else if (w.length === 2 && allChars.has(w, 0) && all.get(w[0] as string) === 'foreign' && !/[比南亚北新老]/.test(w[0] as string) && SIDE.test(w[1] as string) && !/^(?:v|vd|d|a)$/.test(t.tag)) {
      push(t.start, 'foreign');
    }
  }
  // Runs before a relation word, and lists of single characters: read on characters, since jieba
  // cuts these runs every which way ("中/f 缅/zg 边境", "从美/x 、/x 日/m").
  for (let i = 0; i < norm.length; i++) {
    if (!allChars.has(norm, i) || allChars.has(norm, i - 1)) continue;
    let j = i;
    while (j < norm.length && allChars.has(norm, j)) j++;
    const len = j - i;
    if (len >= 2 && len <= 3 && at(RELATION, norm, j)) {
      const run = norm.slice(i, j);
      if (!/[新老]/.test(run) && !isDivisionName(gazetteer(), run)) {
        for (let k = i; k < j; k++) push(k, all.get(norm.charAt(k)) as string);
        i = j - 1;
        continue;
      }
    }
    if (len !== 1) continue; // what follows reads single characters
    // "对|俄|政策", "，巴|总理": one foreign abbreviation before its state's government or economy.
    // Not "以市场为导向", "非市场经济", "土政策", "同意政府".
    const run = at(STATE_NOUN, norm, j) ? norm.charAt(i) : '';
    if (run && all.get(run) === 'foreign' && !/[非土]/.test(run)
      && !(run === '以' && /^(?:经济|市场)/.test(norm.slice(j, j + 2))) && norm.slice(i - 1, i + 1) !== '同意'
      && (!isHan(norm.charAt(i - 1)) || /[对向与和同在从据及赴访驻援使令把被将]/.test(norm.charAt(i - 1)))) {
      push(i, 'foreign');
      continue;
    }
    // "中、英、德、法不同语种": single characters joined by 、, the first after no Han word.
    if (norm.charCodeAt(j) === 0x3001 /* 、 */) {
      const items = [i];
      let k = j;
      while (norm.charAt(k) === '、' && all.has(norm.charAt(k + 1)) && !all.has(norm.charAt(k + 2))) { items.push(k + 1); k += 2; }
      // Two items need a clear start ("从美、日等国"); three or more are a list wherever they stand.
      const opens = !isHan(norm.charAt(i - 1)) || /[从对与和同向及了]/.test(norm.charAt(i - 1));
      if ((items.length >= 3 || (items.length === 2 && opens)) && LIST_END.test(norm.slice(k, k + 1)) && norm.charAt(k) !== '、') {
        for (const at of items) push(at, all.get(norm.charAt(at)) as string);
      }
      i = k - 1;
    }
  }
  return out;
}
