import { endsInSurnameWord, fullDictKind, givenCharScoreAt, givenPairCount, surnameScore } from '../officials/name-model.js';
import { isHan, isHanAt } from '../_han.js';
import type { NameLexicon } from '../officials/lexicon.js';
import { conjunctionBeforeDe, isNameTag, stopEndsName, surnameAt, surnamelessNameAt } from '../officials/names.js';
import type { TokenIndex } from '../officials/tokens.js';
import { ORG_END } from '../officials/titles.js';
import { clauseStartsAt, dottedNames, foreignNames, isTranslitAt, occupationBefore, THING_AFTER, THRESHOLD, type NameGuess } from './foreign.js';
import { ITEM_CLOSERS, LIST_RELIEF, listNeighbours, marriedNameAt } from './lists.js';
import { scratchBytes } from '../../pipeline/scratch.js';
import { BUILDING_AFTER, CLASSICAL_PARTICLES, describedNoPerson, EARTHLY_BRANCHES, fixtureSides, HEAVENLY_STEMS, inForeignName, placeThenName, PLACE_END, quotedWhole, speechAfter, startsWord, STORM_BEFORE, stormWordEndsAt, THING_END, TWO_CHAR_UNITS, VESSEL_END, WEATHER_AFTER } from './guess-context.js';

export type { NameGuess } from './foreign.js';

/**
 * Names without any label around them ("李九信今年66岁"): surname + one or two characters, scored by
 * how name-like the given characters are (dict/given-name-chars.txt, generated from the person names
 * in jieba's own dictionary) and by jieba's words around them. Tuned for precision: a wrong person is
 * worse than a missed one in political news, where most people carry a title anyway.
 */

const FUNCTION_CHAR = /^(?:c|p|u|uj|ul|uz|ud|ug|uv|y|e|o)$/;
/** A year of four digits. */
const YEAR_AFTER = /^[12]\d{3}年/u;
const PREPOSITION_BEFORE_YEAR = '从自于在到至';
/** Three-character names are about three times as common: the longer reading wins unless clearly worse. */
const PREFER_THREE = 15;
/** Added when the name opens a clause and a verb of saying ("表示", "说") follows it. */
const CLAUSE_SUBJECT_BONUS = 15;
const clauseStart = clauseStartsAt;

/** A two-character given name shared by this many names of jieba's dictionary earns the bonus. */
const KNOWN_PAIR = 3;
const KNOWN_PAIR_BONUS = 10;
/** Added when a word that only follows names comes next ("先生", "教授"). */
const HONORIFIC_BONUS = 15;
/** Lowers a three-character reading whose last character begins a word of jieba's dictionary. */
const GLUED_PENALTY = 15;

/** Scores the name of `len` characters at `p` (surname of `sn` characters), or null if impossible. */
function candidate(norm: string, p: number, sn: number, len: number, idx: TokenIndex, lex: NameLexicon, listed: boolean): number | null {
  const end = p + len;
  for (let i = p + sn; i < end; i++) if (!isHanAt(norm, i)) return null;
  // A dictionary word from the surname on is no name ("师生", "文明", "高度重视"), unless a third
  // character follows it ("王国/清"): "雷阵雨", "艾滋病" are none at all. (Asked first, as every
  // test up to the score only rules out: it rules out a quarter of the candidates of news text.)
  const first = idx.startingAt(p);
  const wordFirst = first !== undefined && first.end - p >= 2 && !isNameTag(first.tag);
  if (wordFirst && first.end >= end) return null;
  if (lex.firstNameStopChars.has(norm, p + sn)) return null;
  if (len - sn === 2 && stopEndsName(norm, end - 1, idx, lex)) return null;
  // "李某|昨天说", "王某|上午": a time word from the last character on, unless jieba reads the three as one name.
  if (len - sn === 2 && lex.timeWords.someStartsAt(norm, end - 1) && !/^nr/.test(idx.startingAt(p)?.tag ?? '')) return null;
  const word = norm.slice(p, end);
  if (len - sn === 1 && CLASSICAL_PARTICLES.includes(word.slice(sn))) return null;
  // "丁丑盛夏", "辛亥年": a year of the sexagenary cycle (a heavenly stem, then an earthly branch).
  if (!listed && HEAVENLY_STEMS.includes(word[0] as string) && EARTHLY_BRANCHES.includes(word[1] as string)) return null;
  // "哈文则去了", "刘菁还说": a one-character word that opens the predicate ends the name before it.
  // Not one that names often end with ("唐师曾").
  if (len - sn === 2 && lex.predicates.includes(word.slice(-1)) && givenCharScoreAt(norm, end - 1) < 0) return null;
  if (lex.notNames.has(word) || lex.notNames.has(word.slice(0, 2)) || fullDictKind(word) === 'word' || describedNoPerson(norm, p, sn, end, idx)) return null;
  // "班轮|鸣笛", "游轮": a word of jieba's full dictionary for a vessel from the surname on is a ship.
  if (len > sn + 1 && VESSEL_END.includes(norm[p + sn] as string) && fullDictKind(norm.slice(p, p + sn + 1)) === 'word') return null;
  if (lex.addressTerms.has(word.slice(sn))) return null; // "王大娘", "陈先生", "李总"
  if (lex.posts.has(word.slice(sn))) return null; // "王县长", "李书记": a surname and a post address an official
  // "柳林村", "蔡官镇", "楚雄州": a place or body even when the locations extractor missed it.
  if (ORG_END.has(word.slice(-1)) || PLACE_END.includes(word.slice(-1)) || THING_END.includes(word.slice(-1))) return null;
  if (len - sn === 2 && TWO_CHAR_UNITS.includes(word.slice(sn))) return null;
  // Weather reports: "北京雷阵雨13℃", "多云转晴", "晴转雷阵雨".
  // (Each test only where its first or last character is there: they run for every candidate.)
  const next = norm.charCodeAt(end);
  if (((next === 0x2d || (next >= 0x30 && next <= 0x39)) && WEATHER_AFTER.test(norm.slice(end, end + 6)))
    || (norm[p - 1] === '转' && /[晴阴云雨雪]转$/u.test(norm.slice(p - 2, p))) || (norm[end] === '转' && /^转[晴阴多小中大雷阵暴雨雪]/u.test(norm.slice(end, end + 2)))) return null;
  // "阿尔法磁谱仪", "切尔西队", "唐古拉峰": a name-like word before the kind of thing it names.
  if (THING_AFTER.has(norm[end] as string) && !listed) return null;
  // "某某小区", "某某大厦": a name-like word before the kind of building or estate it names.
  if (BUILDING_AFTER.test(norm.slice(end, end + 2))) return null;
  let score = surnameScore(norm.slice(p, p + sn));
  for (let i = p + sn; i < end; i++) score += givenCharScoreAt(norm, i);
  // A given name that many of jieba's person names share ("志强", "建华") is evidence in itself.
  // (Else the glued penalty may apply: bestAt asks, only when it could change the reading.)
  if (len - sn === 2 && givenPairCount(word.slice(sn)) >= KNOWN_PAIR) score += KNOWN_PAIR_BONUS;
  if (len - sn === 1) score += 8; // one given character carries less evidence; do not punish it twice
  // jieba's guessed words (tag x) often swallow a neighbour ("沈洪嘉看"): no boundary evidence either way.
  const across = idx.at(end);
  // Nor jieba's word of the last character and a stop after it ("王宏志|在" read 志在, "美的", "真是").
  const stopAcross = across !== undefined && across.start === end - 1 && across.end === end + 1 && lex.nameStops.has(norm[end] as string);
  score += idx.isBoundary(end) ? 6 : across?.tag === 'x' || stopAcross ? 0 : -20;
  // A rare surname that jieba reads as a pronoun ("那|宏阔"): a demonstrative, in lists too.
  if (first && first.end === p + 1 && first.tag === 'r' && sn === 1 && surnameScore(norm[p] as string) < 20) return null;
  if (wordFirst) score -= 12; // "王国/清": the word from the surname on, then a third character
  // "葛菲／顾俊", "董炯、孙俊": a list item next to another surname-led item.
  // Not a word of jieba's dictionary, which tags many everyday words nr ("海冰", "关怀").
  const dictWord = first !== undefined && first.end === end && /^nr/.test(first.tag);
  const inList = !dictWord && (('、／/和与'.includes(norm[end] ?? '.') && surnameAt(norm, end + 1, lex) > 0) || ('、／/和与'.includes(norm[p - 1] ?? '.') && p >= 3 && surnameAt(norm, p - 3, lex) > 0 && !isHanAt(norm, p - 4)));
  // "姜某：…" opening a line: a speaker in an interview or a commentary.
  const speaker = (p === 0 || norm[p - 1] === '\n') && (norm[end] === '：' || norm[end] === ':');
  // "，赵明在舞蹈界…", "董炯则排在第五": a name opening a clause, then the predicate's first word.
  // Not two characters jieba's dictionary holds as one word: it files many everyday ones as names ("顾客", "阿姨").
  // Or a year right after it ("。陆某1977年作…", "，张某1990年毕业于…"), not after a preposition ("罗|从1992年起").
  const yearAfter = YEAR_AFTER.test(norm.slice(end, end + 5)) && !PREPOSITION_BEFORE_YEAR.includes(norm[end - 1] as string);
  // Or jieba's own guess of a new word (x) that is exactly a name of two characters, then a verb
  // that names seldom end with ("，某海走后"; not "某纯|如", a third character of the name).
  const guessThenVerb = len - sn === 1 && first !== undefined && first.end === end && first.tag === 'x' && idx.startingAt(end)?.tag === 'v' && givenCharScoreAt(norm, end) < 0;
  const subject = clauseStart(norm, p) && (lex.predicateList.someStartsAt(norm, end) || yearAfter || guessThenVerb) && !(len - sn === 1 && first?.end === end && first.tag !== 'x');
  // "，赵某昨天说": a clause that opens with the name, then a time word and a verb of saying.
  const saysLater = clauseStart(norm, p) && !lex.speechList.someStartsAt(norm, end) && lex.timeWords.someStartsAt(norm, end) && speechAfter(norm, end, idx, lex);
  const context = inList || speaker || subject || saysLater || lex.followerList.someStartsAt(norm, end) || lex.cueList.someEndsAt(norm, p) || occupationBefore(norm, p, idx);
  // jieba tags many everyday two-character words nr ("祝福", "吉祥", "辛勤"): a short name needs context.
  // "，丁聪提出…": jieba's own guess of a new word (x) that is exactly the two characters and that a
  // word, a stop character or punctuation closes (not "陈寅|恪", where the name goes on).
  const nextWord = idx.startingAt(end);
  const closed = !isHan(norm[end]) || lex.nameStops.has(norm[end] as string) || (nextWord !== undefined && nextWord.end - end >= 2 && nextWord.tag !== 'x');
  // Not after an adverb ("最普惠的"): a name is no predicate.
  const afterAdverb = idx.at(p - 1)?.tag === 'd';
  const guessedWord = len - sn === 1 && first !== undefined && first.end === end && first.tag === 'x' && closed && !afterAdverb && fullDictKind(word) === undefined;
  if (len - sn === 1 && !context && !listed && !guessedWord) return null;
  if (context) score += 10;
  // "周一良先生", "王国清教授": a word that only ever follows a person's name.
  if (lex.honorificList.someStartsAt(norm, end)) {
    // "也祝黄教授": a verb before a surname and its honorific ("黄教授"), no name of two characters.
    const head = idx.at(p);
    if (len - sn === 1 && surnameAt(norm, end - 1, lex) && head?.end === p + 1 && /^[vpd]$/.test(head.tag)) return null;
    score += HONORIFIC_BONUS;
  }
  // "对此，于友先表示", "王天然认为": a clause that opens with the name and goes on with what the
  // person says or does is the strongest evidence news text gives without a title.
  // So is a line that opens with the name and a colon: the speaker of an interview ("姜某：…").
  if ((clauseStart(norm, p) && speechAfter(norm, end, idx, lex)) || speaker) score += CLAUSE_SUBJECT_BONUS;
  // jieba's dictionary tags junk nr too ("雷阵雨", "杜鹃花"): only its guesses (x) count a little.
  // More when that guess opens a clause as its subject ("，肖某某把群众的意见提交").
  if (first && first.end === end && len - sn === 2 && first.tag === 'x') score += subject ? 12 : 6;
  // "祝福老人": jieba's two-character word from the surname on, then one more character.
  if (first && len - sn === 2 && first.end === p + sn + 1) score -= 15;
  // "区河堤", "和渠道": the given part is an ordinary word.
  const given = idx.startingAt(p + sn);
  if (len - sn === 2 && given && given.end === end && !isNameTag(given.tag)) {
    // "雨林/x 文化/n": a surname that jieba's guess glued to the character before, then an ordinary word
    // that is no common given name ("使耿/x 志军" is a name).
    if (first === undefined && idx.at(p)?.tag === 'x' && givenPairCount(word.slice(sn)) < KNOWN_PAIR) return null;
    score -= /^n/.test(given.tag) || given.tag === 't' ? 4 : 12;
  }
  return score;
}

/**
 * A Japanese name standing alone ("，村山富市访问了…", "野中广务向…"): a family name of
 * dict/name-japanese.txt that starts a word, then a given name of two characters (else three or one)
 * that jieba reads as no ordinary word, closed by punctuation, a stop character, a follower or the
 * first word of a predicate. Its length, or 0.
 */
function japaneseGuessAt(norm: string, p: number, idx: TokenIndex, lex: NameLexicon): number {
  if (!lex.japaneseStarts.at(norm, p)) return 0; // no family name starts here
  if (!idx.isBoundary(p) && idx.at(p)?.tag !== 'x') return 0;
  for (const fn of [3, 2]) {
    if (!lex.japanese.has(norm.slice(p, p + fn))) continue;
    // The family name is no part of an ordinary word of jieba's ("田中|午", "小林|场").
    const head = idx.startingAt(p);
    if (head && !isNameTag(head.tag) && head.end !== p + fn) continue;
    const across = idx.at(p + fn);
    if (across && across.start < p + fn && !isNameTag(across.tag)) continue; // "大|竹筐"
    for (const given of [2, 3, 1]) {
      const end = p + fn + given;
      let han = true;
      for (let i = p + fn; i < end; i++) if (!isHan(norm[i]) || lex.nameStops.has(norm[i] as string)) han = false;
      if (!han || (!idx.isBoundary(end) && idx.at(end)?.tag !== 'x') || ORG_END.has(norm[end - 1] as string)) continue;
      if (lex.predicateList.someStartsAt(norm, p + fn)) continue; // "清水|被…"
      const word = idx.startingAt(p + fn);
      if (word && word.end >= end && word.end - word.start >= 2 && !isNameTag(word.tag)) continue; // "田中|一直"
      // One or three given characters only where jieba reads the whole as a name or a new word.
      const whole = idx.startingAt(p);
      if (given !== 2 && !(whole && whole.end === end && isNameTag(whole.tag))) continue;
      const closes = !isHan(norm[end]) || lex.nameStops.has(norm[end] as string) || lex.followerList.someStartsAt(norm, end) || lex.predicateList.someStartsAt(norm, end);
      if (closes) return fn + given;
    }
  }
  return 0;
}

/** The best reading of a name starting at `p`, with the context relief given, or null. */
function bestAt(norm: string, p: number, idx: TokenIndex, lex: NameLexicon, relief: number, listed: boolean): NameGuess | null {
  const sn = surnameAt(norm, p, lex);
  if (!sn || functionWordAt(norm, p, idx, lex)) return null;
  const three = candidate(norm, p, sn, sn + 2, idx, lex, listed);
  const two = candidate(norm, p, sn, sn + 1, idx, lex, listed);
  const best = reading(norm, p, sn, three, two, relief, idx, lex);
  // "常某胜张某某，王某胜俞某": a three-character reading glued to the next name by its last
  // character, a one-character verb between two names (a sports result); two names never touch.
  if (best && best.end === p + sn + 2 && !listed && !/[(（]/.test(norm[p - 1] ?? '') && linkedName(norm, best.end, idx, lex)) {
    const short = candidate(norm, p, sn, sn + 1, idx, lex, true);
    return short !== null && short + LIST_RELIEF >= THRESHOLD ? { start: p, end: p + sn + 1, score: short } : null;
  }
  if (three === null || givenPairCount(norm.slice(p + sn, p + sn + 2)) >= KNOWN_PAIR) return best;
  // "丁丑盛/盛夏", "萧瑟秋/秋风": the last character starts a dictionary word with what follows.
  // Asking jieba is the costly part of a guess, so it is asked only when the answer matters.
  const glued = reading(norm, p, sn, three - GLUED_PENALTY, two, relief, idx, lex);
  if (best?.start === glued?.start && best?.end === glued?.end) return best;
  return startsWord(norm, p + sn + 1) ? glued : best;
}

/**
 * "但|卡洛斯", "连|王晓明都": a function word that is also a surname (dict/name-context.txt, function-lead),
 * read alone by jieba as one, or right before a transliteration of two characters or more, or before a
 * three-character name of its own.
 */
function functionWordAt(norm: string, p: number, idx: TokenIndex, lex: NameLexicon): boolean {
  // Not right after 的, where no conjunction or adverb can stand ("报道此事的和|建军说").
  if (!lex.functionLeads.has(norm[p] as string) || norm[p - 1] === '的') return false;
  // Or jieba reads it alone as a conjunction, an adverb or a preposition ("，但|雍某和…" in a list).
  const t = idx.startingAt(p);
  if (t !== undefined && t.end === p + 1 && /^[cdp]$/.test(t.tag)) return true;
  if (isTranslitAt(norm, p + 1) && isTranslitAt(norm, p + 2)) return true;
  // The scores' reading there, not bestAt's (which reads on into the names after it, and back here).
  if (surnameAt(norm, p + 1, lex) !== 1) return false;
  const next = reading(norm, p + 1, 1, candidate(norm, p + 1, 1, 3, idx, lex, false), candidate(norm, p + 1, 1, 2, idx, lex, false), 0, idx, lex);
  return next !== null && next.end - next.start === 3;
}

/**
 * "小|托雷斯", "老|特拉帕" (younger and elder players of one name, sports pages' nicknames): 小 or 老
 * that jieba reads as the start of the transliteration's word, after a word boundary, is the name's.
 */
function withNicknamePrefix(norm: string, g: NameGuess, idx: TokenIndex, covered: (offset: number) => boolean): NameGuess {
  const s = g.start - 1;
  if ((norm[s] !== '小' && norm[s] !== '老') || covered(s) || !idx.isBoundary(s)) return g;
  const t = idx.startingAt(s);
  return t !== undefined && t.end > g.start && t.end <= g.end && t.tag === 'x' ? { ...g, start: s } : g;
}

/** True when a name that closes like a list item starts at `q` (a surname, then what the guesser accepts). */
function linkedName(norm: string, q: number, idx: TokenIndex, lex: NameLexicon): boolean {
  if (!surnameAt(norm, q, lex) || !isHanAt(norm, q - 2)) return false;
  const g = bestAt(norm, q, idx, lex, LIST_RELIEF, true);
  // Bylines do run names together ("（张某明孙某）", "通讯员宋某辉王某）"): not before a bracket.
  return g !== null && !isHanAt(norm, g.end) && !/[)）]/.test(norm[g.end] ?? '');
}

/** The three- or two-character reading the scores choose, if it passes the threshold. */
function reading(norm: string, p: number, sn: number, three: number | null, two: number | null, relief: number, idx: TokenIndex, lex: NameLexicon): NameGuess | null {
  let best: NameGuess | null = null;
  if (three !== null && (two === null || three >= two - PREFER_THREE)) best = { start: p, end: p + sn + 2, score: three };
  // "边某和的回答": a conjunction with 的 after it is none, so the two characters go on to a third.
  else if (two !== null) best = { start: p, end: p + sn + 1 + (conjunctionBeforeDe(norm, p + sn + 1, idx) ? 1 : 0), score: two };
  return best && best.score + relief >= THRESHOLD && !inForeignName(norm, best.start, best.end, idx, lex) ? best : null;
}

/**
 * A name guessed at the start of a list item that runs on to the item's end ("、阎敦|实、", "、梁刘柔|芬、"):
 * the whole item, when it reads as a name of three characters or a married name of four.
 */
function wholeListItem(norm: string, g: NameGuess | null, idx: TokenIndex, lex: NameLexicon): NameGuess | null {
  if (!g || norm[g.start - 1] !== '、') return g;
  let e = g.end;
  while (e - g.start < 4 && isHan(norm[e]) && norm[e] !== '、' && !ITEM_CLOSERS.includes(norm[e] as string)) e++;
  if (e === g.end || (norm[e] !== '、' && norm[e] !== '等')) return g;
  if (e - g.start === 4) return marriedNameAt(norm, g.start, lex) ?? g;
  const sn = surnameAt(norm, g.start, lex);
  const score = e - g.start === sn + 2 ? candidate(norm, g.start, sn, sn + 2, idx, lex, true) : null;
  return score !== null && score + LIST_RELIEF >= THRESHOLD ? { start: g.start, end: e, score } : g;
}

/**
 * Every likely name not already covered (`covered(start)` true for an offset inside another
 * mention). Linear in the text: each surname character is tried once.
 */
export function guessNames(norm: string, idx: TokenIndex, lex: NameLexicon, coveredBy: (offset: number) => boolean, anchors: readonly { start: number; end: number }[] = []): NameGuess[] {
  // "台风“杜苏芮”", "台风利奇马": a storm's name reads like a person's; no guess starts there.
  const covered = (i: number): boolean => coveredBy(i) || (stormWordEndsAt(norm, i) && STORM_BEFORE.test(norm.slice(Math.max(0, i - 5), i)));
  const dotted = dottedNames(norm, idx, lex, covered);
  const inDotted = scratchBytes(norm.length);
  for (const g of dotted) inDotted.fill(1, g.start, g.end);
  const out: NameGuess[] = [...dotted];
  for (let p = 0; p < norm.length; p++) {
    // Most characters start neither a surname nor a Tibetan name element: nothing below can fire.
    if (inDotted[p] === 1 || !lex.nameStartChars.has(norm, p)) continue;
    // Two Tibetan name elements written together ("格桑卓玛家中") are a name: they have no surname.
    const tibetan = surnamelessNameAt(norm, p, lex, false);
    if (tibetan && !covered(p) && !covered(p + tibetan - 1) && !lex.tibetan.has(norm.slice(p - 2, p))) {
      out.push({ start: p, end: p + tibetan, score: THRESHOLD });
      p += tibetan - 1;
      continue;
    }
    const japanese = japaneseGuessAt(norm, p, idx, lex);
    if (japanese && !covered(p) && !covered(p + japanese - 1)) {
      out.push({ start: p, end: p + japanese, score: THRESHOLD });
      p += japanese - 1;
      continue;
    }
    const sn = surnameAt(norm, p, lex);
    if (!sn || covered(p)) continue;
    // A doubled character is an adverb or adjective ("殷殷嘱托", "冉冉升起", "某某于怀"), not a surname.
    if (norm[p - 1] === norm[p] || norm[p + 1] === norm[p]) continue;
    // "1937年夏奉派回国": a season after a year.
    if (norm[p] === '夏' && norm[p - 1] === '年') continue;
    // A name starts a word: the surname must not be glued to the word before ("实习"), unless
    // that is one of jieba's guesses ("使耿/志军").
    const at = idx.at(p);
    if (isHanAt(norm, p - 1) && !idx.isBoundary(p) && at?.tag !== 'x') continue;
    // Nor when that guess starts with a word ending in the surname ("重温|苏某", "负于|马某"): jieba's
    // full dictionary knows the two characters as one word.
    if (at !== undefined && at.start === p - 1 && isHanAt(norm, p - 1) && endsInSurnameWord(norm.slice(p - 1, p + 1))) continue;
    // "辛蒂和莱昂纳德": a conjunction before a transliterated name is no surname.
    if ('和与及同跟'.includes(norm[p] as string) && isTranslitAt(norm, p + 1)) continue;
    // A surname character that jieba reads as a function word: "和密宗", "都要", "过冠军".
    // Not right after 的, where no preposition or conjunction can stand ("的于|金山回忆说").
    if (at && at.start === p && at.end === p + 1 && FUNCTION_CHAR.test(at.tag) && !(norm[p - 1] === '的' && /^[pc]$/.test(at.tag))) continue;
    // "政策向小微|企业倾斜": 向 mid-clause in jieba's guess, then a noun, is the preposition ("towards").
    const after = norm[p] === '向' && at?.tag === 'x' && at.start === p && isHanAt(norm, p - 1) ? idx.startingAt(at.end) : undefined;
    if (after && after.end - after.start >= 2 && /^(?:n|vn|nz)$/.test(after.tag)) continue;
    const best = wholeListItem(norm, bestAt(norm, p, idx, lex, 0, false), idx, lex);
    if (best && !covered(best.end - 1) && inDotted[best.end - 1] !== 1) {
      out.push(best);
      p = best.end - 1;
    }
  }
  const taken = scratchBytes(norm.length);
  for (const g of out) taken.fill(1, g.start, g.end);
  const foreign = foreignNames(norm, idx, lex, (i) => covered(i) || taken[i] === 1).map((g) => withNicknamePrefix(norm, g, idx, covered)).filter((g) => !placeThenName(norm, g, lex));
  const found = [...out, ...foreign];
  // "切尔西", "迪士尼", "奥斯卡": clubs, brands and awards read like names (dict/name-not-people.txt).
  // Nor a side of a fixture anywhere in the text ("某某vs某某"): a team.
  const teams = fixtureSides(norm);
  // Nor a village or township named by its unit ("某某图嘎查"), nor a dotted phrase quoted whole (“祭某·醒某” is a rite).
  const person = (g: NameGuess): boolean => {
    const name = norm.slice(g.start, g.end);
    return !lex.notPeople.has(name) && !teams.has(name) && !TWO_CHAR_UNITS.some((u) => name.endsWith(u)) && !(name.includes('·') && quotedWhole(norm, g));
  };
  return [...found, ...listNeighbours(norm, [...anchors, ...found], idx, lex, (i) => covered(i) || inDotted[i] === 1, bestAt)].filter(person);
}
