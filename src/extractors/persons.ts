import { defineExtractor } from './define.js';
import type { Mention, Person, PersonRole, Span } from '../types.js';
import { businessNames } from './officials/business-names.js';
import { findWords, WordFinder } from './_word-finder.js';
import { alternation, isHanAt } from './_han.js';
import { NAME_DICTS, nameLexicon, type NameLexicon } from './officials/lexicon.js';
import { TokenIndex } from './officials/tokens.js';
import { isAnonymised, isNameTag, nameEndingAt, dottedEndsInElement, readNameAt, surnameAt, wordOfTwoAt, surnamelessNameAt } from './officials/names.js';
import { readCreditNames } from './persons/credits.js';
import { personRoleLabels } from './persons/roles.js';
import { guessNames } from './persons/recognize.js';
import { guessedThings } from './persons/guessed-things.js';
import { isTranslitAt } from './persons/foreign.js';
import { givenPairCount } from './officials/name-model.js';
import { ABBREVIATION_RULE } from './locations/abbreviations.js';
import { scratchBytes } from '../pipeline/scratch.js';

/**
 * `postSpans`: the business posts or role labels around the name ("副总经理", "记者", "教授"), for
 * benchmarks that score posts. Not part of the public JSON.
 */
export interface PersonAttrs { role: PersonRole; postSpans?: Span[] }

interface Rules { before: WordFinder; labelAt: RegExp; after: WordFinder | null; roleBefore: ReadonlyMap<string, PersonRole>; roleAfter: ReadonlyMap<string, PersonRole> }
let compiled: Rules | null = null;
function rules(): Rules {
  if (compiled) return compiled;
  const { before: roleBefore, after: roleAfter } = personRoleLabels();
  compiled = {
    before: new WordFinder(roleBefore.keys()),
    labelAt: new RegExp(`^(?:${alternation(roleBefore.keys())})`, 'u'),
    after: roleAfter.size ? new WordFinder(roleAfter.keys()) : null,
    roleBefore,
    roleAfter,
  };
  return compiled;
}

const CREDIT_ROLES: ReadonlySet<PersonRole> = new Set(['reporter', 'editor', 'photographer']);
/** A title of a work or document in 《》. */
const WORK_TITLE = /《[^《》\n]{1,100}》/gu;
/** The end of a title whose 《 the text cut off: a line that starts inside the title ("…演义》一书"). */
const CUT_TITLE = /^[^《》\n]{1,30}》/gmu;
/** A numeral and a measure of a share or count ("六成", "三倍"): no given name starts so. */
const COUNT_AFTER_SURNAME = /^[一二三四五六七八九十两几半][成倍名个次人]/u;

/** A vessel's, craft's or brand's quoted name: "“蓝梦之星”号邮轮", "“蛟龙”号", "以“…·…”为品牌" name no person. */
const QUOTED_NAME = /“[^“”\n]{2,16}”(?=号|轮|舰|(?:[为的]|城市)?(?:品牌|商标))/gu;
/** A personal name in Latin letters: one word, lower case after its first letter (not an acronym: "CEO", "NBA"). */
const LATIN_NAME_MAX = 15;
const LATIN_NAME = new RegExp(`^[A-Za-z][a-z]{1,${LATIN_NAME_MAX - 1}}(?![A-Za-z0-9])`, 'u');
const LATIN_BEFORE_ADDRESS = /(?<![A-Za-z0-9])([A-Z][a-z]{1,14})(?:先生|女士|小姐)/gu;
/** A byline in parentheses: "…攻坚战。(张浩)" at the end of a paragraph. */
const PAREN_BYLINE = /[(（]([\u3400-\u9fff]{2,6})[)）]/gu;

/**
 * "（袁某乔某某）": two names of two or three characters written together in a byline of five or six
 * characters, where jieba's words split them and each starts with a surname. The spans, or none.
 */
function bylinePair(norm: string, start: number, end: number, idx: TokenIndex, lex: NameLexicon): Span[] {
  for (const cut of [start + 2, start + 3]) {
    const first = idx.startingAt(start);
    const second = idx.startingAt(cut);
    if (end - cut < 2 || end - cut > 3 || surnameAt(norm, cut, lex) !== 1 || surnameAt(norm, start, lex) !== 1) continue;
    if (first?.end === cut && second?.end === end && isNameTag(first.tag) && isNameTag(second.tag)) return [[start, cut], [cut, end]];
  }
  return [];
}

/**
 * A name without a surname right after a label: two Han characters that are no stop characters and that
 * jieba reads only as its guesses (x) or names, then a verb of saying ("演员娜/x 倮/x 告诉记者"). 2, or 0.
 */
function guessesBeforeSpeech(norm: string, p: number, idx: TokenIndex, lex: NameLexicon): number {
  for (let i = p; i < p + 2; i++) if (!isHanAt(norm, i) || lex.nameStops.has(norm.charAt(i))) return 0;
  for (let i = p; i < p + 2; ) {
    const t = idx.startingAt(i);
    if (!t || t.end > p + 2 || !isNameTag(t.tag)) return 0;
    i = t.end;
  }
  return lex.speechList.someStartsAt(norm, p + 2) ? 2 : 0;
}

export default defineExtractor<'persons', PersonAttrs, Person>({
  name: 'persons',
  dicts: ['person-roles.txt', ...NAME_DICTS],
  requires: ['officials', 'locations', 'organizations'],
  readsTokens: true,
  extract(doc, ctx) {
    const { before, labelAt, after, roleBefore, roleAfter } = rules();
    const lex = nameLexicon();
    const { norm, text } = doc;
    const idx = new TokenIndex(doc);
    /** Does jieba read an ordinary word of two or more characters from `i` on? */
    const wordAt = (i: number): boolean => {
      const t = idx.startingAt(i);
      return t !== undefined && t.end - t.start >= 2 && t.tag !== 'x' && !isNameTag(t.tag);
    };
    const surnameAfterName = (s: number): boolean => {
      const t = idx.at(s - 1);
      // Or a list item ("、谢|朝阳，").
      return t !== undefined && t.start === s - 1 && t.end === s && (/^nr/.test(t.tag) || norm[s - 2] === '、') && surnameAt(norm, s - 1, lex) === 1;
    };
    const officialNames = new Set(ctx.mentions('officials').map((m) => m.text));
    const out: Mention<PersonAttrs>[] = [];
    const taken = new Set<number>();
    const push = (start: number, end: number, role: PersonRole, rule: string, postSpans?: Span[]): void => {
      const name = text.slice(start, end);
      if (officialNames.has(name) || taken.has(start)) return;
      taken.add(start);
      out.push({ text: name, start, end, rule, attrs: postSpans ? { role, postSpans } : { role } });
    };

    // "奇瑞汽车股份有限公司副总经理范某": business posts name a person, not an official.
    for (const n of businessNames(doc, idx)) push(n.start, n.end, 'other', 'business post before name', n.postSpans);

    /** The role of each label by where it ends: a name guessed later right after it takes that role. */
    const labelEndingAt = new Map<number, PersonRole>();
    for (const m of before.all(norm)) {
      const s = m.index;
      const e = s + m.word.length;
      const role = roleBefore.get(m.word) ?? 'other';
      labelEndingAt.set(e, role);
      // A one-character label ("文", "图", "摄") only counts standing alone: not "全国文明城市", "、文物保护".
      if (m.word.length === 1 && !(/^[\s(（[【]?$/.test(norm[s - 1] ?? '') && /^[\s:：/\\]$/.test(norm[e] ?? ''))) continue;
      // "编辑者用心良苦", "记者": jieba's word runs on past the label, which is no label there.
      const last = idx.at(e - 1);
      if (last !== undefined && last.end > e && !isNameTag(last.tag)) continue;
      // "第一书记者某某": a label that starts inside a post (书记|者) is the post and a name, no label.
      const head = idx.at(s);
      if (head !== undefined && head.start < s && head.tag === 'title') continue;
      if (CREDIT_ROLES.has(role)) {
        for (const [a, b] of readCreditNames(norm, e, idx, lex, labelAt)) push(a, b, role, 'credit label', [[s, e]]);
        continue;
      }
      // "制片人Steven", "设计师ron": a name written in Latin letters right after a label of a trade.
      const latin = role === 'citizen' ? null : LATIN_NAME.exec(norm.slice(e, e + LATIN_NAME_MAX + 1));
      if (latin) {
        push(e, e + latin[0].length, role, 'role label before name', [[s, e]]);
        continue;
      }
      // "离休干部刘志敬、高岚亭", "搬迁户董登吉和许相华": the label, then one name or a list.
      let p = e;
      const guessedBeforeSpeech = guessesBeforeSpeech(norm, p, idx, lex);
      let len = readNameAt(norm, p, idx, lex, true) || guessedBeforeSpeech; // a label vouches for label-only surnames ("负责人星某芳")
      // "群众戴口罩" reads like 群众 + a name: the first name must be one name-tagged word, or open a list.
      const word = idx.startingAt(p);
      const oneWord = word !== undefined && isNameTag(word.tag) && word.end === p + len;
      // Or a name without a surname whose elements are listed (Tibetan, Mongolian, Uyghur: "牧民巴特尔").
      const tibetan = len > 0 && surnamelessNameAt(norm, p, lex, true, idx) === len;
      // Or a dotted minority name that punctuation closes, that ends in a listed element ("学生阿某·买买提江|用…")
      // or before a verb jieba reads whole ("护边员巴某·沙某|握手").
      const dotted = len > 2 && norm.slice(p, p + len).includes('·') && (!isHanAt(norm, p + len) || dottedEndsInElement(norm.slice(p, p + len), lex) || wordOfTwoAt(p + len, idx, (tag) => /^v[dni]?$/.test(tag))); // a verb, not a number ("…勒有|一次")
      // Or jieba's guess glued the label and the surname ("护林员盘/x 石生/x"), and its next word is the given name.
      const given = idx.startingAt(p + 1);
      const gluedToLabel = last !== undefined && last.tag === 'x' && last.end === p + 1 && given !== undefined && given.end === p + len && isNameTag(given.tag);
      // Or jieba reads the surname alone as a name or an unknown word (a rare surname: "老党员苌/x 某山") and the name has three characters ("工人唐|关东"),
      // the given part no term of address ("市民王|先生") nor a verb unless names often have it ("建国").
      // Or two characters jieba only guesses at, then a verb of saying ("演员娜/x 倮/x 告诉…": a Hani name).
      const spoken = len === 2 && guessedBeforeSpeech === 2;
      const surnameWord = word !== undefined && word.end === p + 1 && /^(?:nr|x$)/.test(word.tag) && len === 3 && idx.isBoundary(s) && !lex.addressTerms.has(norm.slice(p + 1, p + 3)) && (!/^v/.test(idx.startingAt(p + 1)?.tag ?? '') || givenPairCount(norm.slice(p + 1, p + 3)) >= 3);
      if (role === 'citizen' && !oneWord && !tibetan && !dotted && !gluedToLabel && !spoken && !surnameWord && !'、和与及'.includes(norm[p + len] ?? '.')) len = 0;
      // "护边员|占六成": a share or count after the surname character (numeral + 成/倍/名…) is no given name;
      // "游客|高峰|期间": nor is a word that a time span follows (the peak of visitors).
      if (COUNT_AFTER_SURNAME.test(norm.slice(p + 1, p + 3)) || (role === 'citizen' && /^期[间内]/.test(norm.slice(p + len, p + len + 2)))) len = 0;
      // "学生|宿舍/n|和食堂": a common noun of jieba's, whole, is what the label's people have, not a name.
      if (role === 'citizen' && !tibetan && word !== undefined && word.end === p + len && /^(?:n|vn|v|a|an)$/.test(word.tag)) len = 0;
      while (len > 0) {
        push(p, p + len, role, 'role label before name', [[s, e]]);
        const q = p + len;
        if (!'、和与及'.includes(norm[q] ?? '.')) break;
        p = q + 1;
        len = readNameAt(norm, p, idx, lex);
      }
    }

    if (after) {
      const known = new Set(out.map((m) => norm.slice(m.start, m.end)));
      for (const m of after.all(norm)) {
        const s = m.index;
        const c = nameEndingAt(norm, s, idx, lex, known);
        if (c >= 0) push(c, s, roleAfter.get(m.word) ?? 'other', 'role label after name', [[s, s + m.word.length]]);
      }
    }

    // "Smith先生": a capitalised word in Latin letters before a term of address.
    for (const m of norm.matchAll(LATIN_BEFORE_ADDRESS)) push(m.index ?? 0, (m.index ?? 0) + (m[1] ?? '').length, 'other', 'name before honorific');

    // "王某总经理": a name right before a business post.
    for (const m of lex.postWords.all(norm)) {
      const s = m.index;
      if (!lex.companyPosts.has(m.word) || !idx.isBoundary(s)) continue;
      const c = nameEndingAt(norm, s, idx, lex, new Set());
      if (c >= 0) push(c, s, 'other', 'name before business post', [[s, s + m.word.length]]);
    }

    for (const m of norm.matchAll(PAREN_BYLINE)) {
      const s = m.index ?? 0;
      const e = s + m[0].length;
      const name = m[1] ?? '';
      // Or the dateline's ("郑州6月3日电（张某某）", "本报讯（李某）").
      const closesParagraph = e >= norm.length || norm[e] === '\n' || norm[e] === '\r' || /[。！？!?”"]/.test(norm[s - 1] ?? '') || /(?:日电|报讯|社讯|网讯)$/.test(norm.slice(Math.max(0, s - 2), s));
      // Not a column or rubric name ("（农村杂谈）", "（文化信息）"): jieba reads no ordinary word from the surname on.
      const head = idx.startingAt(s + 1);
      const rubric = head !== undefined && head.end - head.start >= 2 && !isNameTag(head.tag);
      if (!closesParagraph || rubric || surnameAt(norm, s + 1, lex) === 0) continue;
      if (name.length <= 4) push(s + 1, s + 1 + name.length, 'reporter', 'byline in parentheses');
      else for (const [a, b] of bylinePair(norm, s + 1, e - 1, idx, lex)) push(a, b, 'reporter', 'byline in parentheses');
    }

    // Places, bodies and titles in 《》 hold no mention ("某某研究会", "《某某》": GOLD-FORMAT).
    const blocked = scratchBytes(norm.length);
    for (const f of ['locations', 'organizations']) {
      for (const m of ctx.mentions(f)) {
        // "老朋友们重温|苏华|的作品": a one-character abbreviation is too weak to deny a name.
        if (m.rule === ABBREVIATION_RULE) continue;
        // "陈|桂林对大家讲": a place of two characters right after a surname that jieba reads alone as a
        // name is the given name; the guesses below still need their evidence.
        if (f === 'locations' && m.end - m.start === 2 && surnameAfterName(m.start)) continue;
        // "罗马|里奥在记者招待会上说": a foreign place that opens a longer transliteration is part of it.
        // Not before an ordinary word ("苏格兰|比赛").
        if (f === 'locations' && isTranslitAt(norm, m.end) && isTranslitAt(norm, m.end + 1) && !isTranslitAt(norm, m.start - 1) && !wordAt(m.end)) continue;
        blocked.fill(1, m.start, m.end);
      }
    }
    for (const re of [WORK_TITLE, CUT_TITLE, QUOTED_NAME]) for (const m of norm.matchAll(re)) blocked.fill(1, m.index ?? 0, (m.index ?? 0) + m[0].length);
    // An official's name holds no other mention: "帕斯特拉纳" guessed alone is no mention inside "安德烈斯·帕斯特拉纳".
    const official = scratchBytes(norm.length);
    for (const m of ctx.mentions('officials')) official.fill(1, m.start, m.end);
    // Later mentions of a person named once ("朱有勇介绍"), before and after the guesses below.
    const laterMentions = (): void => {
      const names = new Map<string, PersonRole>();
      for (const m of out) if (!names.has(m.text) && !/\s/.test(m.text)) names.set(m.text, m.attrs.role);
      if (names.size) {
        for (const [s, name] of findWords(norm, names.keys())) {
          const e = s + name.length - 1;
          if (blocked[s] !== 1 && blocked[e] !== 1 && official[s] !== 1 && official[e] !== 1) push(s, s + name.length, names.get(name) ?? 'other', 'later mention');
        }
      }
    };
    laterMentions();
    // Names standing alone ("李九信今年66岁"), where no official or labelled person is.
    const covered = blocked.slice();
    for (const m of ctx.mentions('officials')) covered.fill(1, m.start, m.end);
    for (const m of out) covered.fill(1, m.start, m.end);
    const anchors = [...ctx.mentions('officials'), ...out];
    // "种粮大户|张某": a name the label alone did not vouch for, but the statistics did, has its role.
    // A name before 精神 ("焦裕禄精神") names a spirit, not a person in the news; People's Daily
    // marks "邓小平|理论" as a person, so doctrine tails stay the officials' own rule.
    const guesses = [...guessNames(norm, idx, lex, (i) => covered[i] === 1, anchors)];
    // "巡查某某河", "唐文化资源": a guess that names a river or a culture at one mention names it at all.
    const things = guessedThings(norm, guesses, lex);
    for (const g of guesses) {
      if (lex.spiritTails.some((d) => norm.startsWith(d, g.end)) || things.has(norm.slice(g.start, g.end))) continue;
      push(g.start, g.end, labelEndingAt.get(g.start) ?? 'other', 'name by character statistics');
    }

    laterMentions();
    return out;
  },
  reported: (m) => !isAnonymised(m.text),
  toItem(text, mentions) {
    return { name: text, role: mentions[0]?.attrs.role ?? 'other' };
  },
  itemKey: (attrs) => attrs.role,
});
