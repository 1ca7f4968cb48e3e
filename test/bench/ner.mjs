#!/usr/bin/env node
/**
 * NER benchmark (issue 3). Needs `npm run build` first.
 * Runs tifa's extractors in-process, sentence by sentence (no reference dates: benchmarks are
 * sentence-level), and scores exact [start, end) span matches, micro-averaged:
 *   People's Daily test: PER = officials + persons spans, LOC = locations + place_abbreviations (the
 *   one-character "中|美", "访|华" that People's Daily marks and GOLD-FORMAT leaves out of locations),
 *   ORG = organizations.
 *   CLUENER2020 dev: name = officials + persons, position = the posts in officials' titles
 *   (mention attrs.postSpans: "副局长" of "市公安局副局长", as CLUENER marks them; persons carry the
 *   business posts before their names, "总经理"), "position (any
 *   post)" = every post tifa recognises, named or not (internal findTitleUnits), address = locations + place_abbreviations, government/organization/company each against
 *   organizations (tifa does not type organisations), and all three together.
 * Beside each: plain jieba POS tags (nr* → PER/name, adjacent name pieces joined; ns → LOC/address;
 * nt → ORG), with nodejieba's default dictionary, computed before tifa loads its own words.
 * Usage: node test/bench/ner.mjs [--limit N] [--misses TYPE] [--only pd|cluener|resolution]
 *   --misses PER (or name, position…) lists missed and spurious spans of that type.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BENCH = path.resolve(ROOT, '..', 'shared', 'benchmarks');
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const limit = Number(opt('--limit') ?? Infinity);
const missesOf = opt('--misses');
const only = opt('--only');

function load(file) {
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8').trim().split('\n').slice(0, limit).map((l) => JSON.parse(l));
}
/** CLUENER posts written right next to a named person: what "titles of officials" can match (issue 3). */
const HELD = 'position (held by a name)';
function nextToName(row, e) {
  return row.entities.some((n) => n.type === 'name' && ((n.start >= e.end && n.start <= e.end + 1) || (n.end <= e.start && n.end >= e.start - 1)));
}
const datasets = [
  { name: "People's Daily NER test", key: 'pd', rows: only && only !== 'pd' ? null : load(path.join(BENCH, 'peoples-daily-ner', 'test.jsonl')),
    types: { PER: ['PER'], LOC: ['LOC'], ORG: ['ORG'] } },
  { name: 'CLUENER2020 dev', key: 'cluener', rows: only && only !== 'cluener' ? null : load(path.join(BENCH, 'cluener', 'dev.jsonl')),
    types: { name: ['name'], position: ['position'], [HELD]: ['position'], 'position (any post)': ['position'], address: ['address'], government: ['government'], organization: ['organization'],
      company: ['company'], 'gov+org+company': ['government', 'organization', 'company'] } },
];

// --- plain jieba baseline, before tifa inserts its words ---
const jieba = createRequire(import.meta.url)('nodejieba');
jieba.load();
const JIEBA_TAG = { PER: 'nr', LOC: 'ns', ORG: 'nt', name: 'nr', address: 'ns', government: 'nt', organization: 'nt', company: 'nt', 'gov+org+company': 'nt' };
function jiebaSpans(text) {
  const out = { nr: [], ns: [], nt: [] };
  let pos = 0;
  for (const { word, tag } of jieba.tag(text)) {
    const at = text.startsWith(word, pos) ? pos : text.indexOf(word, pos);
    if (at < 0) continue;
    pos = at + word.length;
    const t = tag.startsWith('nr') ? 'nr' : tag;
    if (!out[t]) continue;
    // Adjacent name pieces are one name ("江/nr 泽民/nr"), as a tagger's user would read them.
    const last = out[t][out[t].length - 1];
    if (t === 'nr' && last && last[1] === at) last[1] = pos;
    else out[t].push([at, pos]);
  }
  return out;
}
const baselines = datasets.map((d) => (d.rows ? d.rows.map((r) => jiebaSpans(r.text)) : null));

// --- tifa, in-process ---
const { buildDoc } = await import('../../dist/pipeline/extract.js');
const { extractors, FIELD_NAMES } = await import('../../dist/extractors/index.js');
const FIELDS = ['organizations', 'locations', 'place_abbreviations', 'officials', 'persons'].filter((f) => FIELD_NAMES.includes(f));
const { findTitleUnits } = await import('../../dist/extractors/officials/titles.js');
const { TokenIndex } = await import('../../dist/extractors/officials/tokens.js');
const { nameLexicon } = await import('../../dist/extractors/officials/lexicon.js');

function tifaSpans(text) {
  const doc = buildDoc(text, null);
  const found = new Map();
  const ctx = { mentions: (f) => found.get(f) ?? [] };
  for (const f of FIELD_NAMES) if (FIELDS.includes(f)) found.set(f, extractors[f].extract(doc, ctx));
  // The mentions each field reports (locations' one-character abbreviations are place_abbreviations).
  const spans = (f) => (found.get(f) ?? []).filter((m) => extractors[f].reported?.(m) ?? true).map((m) => [m.start, m.end]);
  // Posts before named people: officials' titles, and the business posts of persons ("总经理").
  const posts = [...(found.get('officials') ?? []), ...(found.get('persons') ?? [])].flatMap((m) => m.attrs?.postSpans ?? []);
  // Every post tifa recognises, with or without a name after it (internal API).
  const allPosts = findTitleUnits(doc, new TokenIndex(doc), nameLexicon()).map((u) => [u.postStart, u.end]);
  return { person: [...spans('officials'), ...spans('persons')], position: posts, allPosts, location: [...spans('locations'), ...spans('place_abbreviations')], organization: spans('organizations') };
}
const TIFA_SOURCE = { [HELD]: 'position', PER: 'person', LOC: 'location', ORG: 'organization', name: 'person', position: 'position', 'position (any post)': 'allPosts', address: 'location',
  government: 'organization', organization: 'organization', company: 'organization', 'gov+org+company': 'organization' };

const key = ([a, b]) => `${a}:${b}`;
function score(tally, gold, pred) {
  const g = new Set(gold.map(key));
  const p = new Set(pred.map(key));
  for (const x of p) g.has(x) ? tally.tp++ : tally.fp++;
  for (const x of g) if (!p.has(x)) tally.fn++;
}
const prf = ({ tp, fp, fn }) => {
  const P = tp + fp ? tp / (tp + fp) : 0;
  const R = tp + fn ? tp / (tp + fn) : 0;
  return { P, R, F1: P + R ? (2 * P * R) / (P + R) : 0 };
};
const f3 = (x) => x.toFixed(3);

for (const [di, d] of datasets.entries()) {
  if (!d.rows) continue;
  const t0 = Date.now();
  const tally = {};
  const base = {};
  const misses = [];
  for (const type of Object.keys(d.types)) {
    tally[type] = { tp: 0, fp: 0, fn: 0 };
    base[type] = { tp: 0, fp: 0, fn: 0 };
  }
  d.rows.forEach((row, i) => {
    const ours = tifaSpans(row.text);
    const theirs = baselines[di][i];
    for (const [type, goldTypes] of Object.entries(d.types)) {
      const gold = row.entities.filter((e) => goldTypes.includes(e.type) && (type !== HELD || nextToName(row, e))).map((e) => [e.start, e.end]);
      const pred = ours[TIFA_SOURCE[type]] ?? [];
      score(tally[type], gold, pred);
      if (JIEBA_TAG[type]) score(base[type], gold, theirs[JIEBA_TAG[type]]);
      if (type === missesOf) {
        const g = new Set(gold.map(key));
        const p = new Set(pred.map(key));
        const show = ([a, b]) => `${row.text.slice(Math.max(0, a - 6), a)}[${row.text.slice(a, b)}]${row.text.slice(b, b + 6)}`;
        for (const s of gold) if (!p.has(key(s))) misses.push(`miss  ${show(s)}`);
        for (const s of pred) if (!g.has(key(s))) misses.push(`extra ${show(s)}`);
      }
    }
  });
  const secs = (Date.now() - t0) / 1000;
  console.log(`\n${d.name}: ${d.rows.length} sentences, ${secs.toFixed(1)} s for tifa`);
  console.log(`${'type'.padEnd(16)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   ${'jieba POS F1'.padStart(12)}   (tp fp fn)`);
  for (const type of Object.keys(d.types)) {
    const s = prf(tally[type]);
    const b = JIEBA_TAG[type] ? f3(prf(base[type]).F1) : '-';
    const { tp, fp, fn } = tally[type];
    console.log(`${type.padEnd(16)} ${f3(s.P).padStart(6)} ${f3(s.R).padStart(6)} ${f3(s.F1).padStart(6)}   ${b.padStart(12)}   (${tp} ${fp} ${fn})`);
  }
  if (d.key === 'cluener') {
    // tifa reports posts only with the person who holds them (officials' titles, persons' labels):
    // a post written next to a name is all it can score, which bounds recall.
    let near = 0;
    let all = 0;
    for (const row of d.rows) {
      for (const e of row.entities.filter((x) => x.type === 'position')) {
        all++;
        if (nextToName(row, e)) near++;
      }
    }
    console.log(`position entities next to a name: ${near} of ${all} (recall ceiling for posts held by a named person: ${f3(near / all)})`);
  }
  if (misses.length) console.log(`\n${missesOf}: ${misses.length} differences\n${misses.join('\n')}`);
}

// --- resolution to division codes (issue 4), over the corpus written for tifa's tests ---
if (!only || only === 'resolution') {
  const { extract } = await import('../../dist/index.js');
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'corpus', 'resolution.tsv');
  let total = 0;
  let right = 0;
  let undecided = 0;
  let listed = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [text, expected] = line.split('\t');
    const locations = extract(text, { only: ['locations'] }).locations ?? [];
    for (const item of expected.split('|')) {
      const [surface, want] = item.split('=');
      const got = locations.find((l) => l.text === surface);
      if (want.startsWith('?')) {
        undecided++;
        const codes = (got?.candidates ?? []).map((c) => c.code).sort().join(',');
        if (got?.code === null && codes === want.slice(1).split(',').sort().join(',')) listed++;
      } else if (want.length === 6) {
        total++;
        if (got?.code === want) right++;
      }
    }
  }
  console.log(`\nResolution (test/corpus/resolution.tsv, sentences written for tifa): county-or-higher mentions with the right code ${right} of ${total} (${f3(right / total)}); names context cannot decide listing exactly their candidates ${listed} of ${undecided}`);
}
