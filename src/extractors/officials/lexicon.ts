import { loadDict, loadWords, loadWordSet } from '../../lexicon/load.js';
import { WordFinder } from '../_word-finder.js';
import { CharSet, pairSet, WordList, type PairMap } from '../_char-tables.js';

/** Everything the officials and persons rules read from dict/, loaded once. */
export interface NameLexicon {
  /** Posts of titles.txt, found in a text as their regex alternation (longest first) would find them. */
  postWords: WordFinder;
  /** Posts and descriptors ("干部"), for title units: a descriptor only continues a chain ("第一书记、县财政局干部"). */
  unitWords: WordFinder;
  posts: Set<string>;
  descriptorPosts: Set<string>;
  groupPosts: Set<string>;
  /** Posts of a business ("总经理"): their holders are persons, not officials. */
  companyPosts: Set<string>;
  /** Posts only after a prefecture's administrative office ("行署|副专员"), a business's job elsewhere. */
  prefecturePosts: Set<string>;
  modifiers: string[];
  blockers: string[];
  prefixStops: Set<string>;
  /** 驻 and a one-character place as jieba's one verb ("驻华"): part of a title's organisation. */
  missionWords: Set<string>;
  afterName: Set<string>;
  surnames: Set<string>;
  compoundSurnames: Set<string>;
  /** The same two, read at a text position by character code (surnameAt runs at every position). */
  surnameChars: CharSet;
  compoundSurnamePairs: PairMap<true>;
  nameStops: Set<string>;
  /** Stops that cannot even start a given name ("书记和市长"). */
  firstNameStops: Set<string>;
  /** The same, read at a text position by character code. */
  firstNameStopChars: CharSet;
  /** Stops that end a name only where a word starts with them ("强调", not "赵永强|带领"). */
  wordStops: Set<string>;
  doctrineTails: string[];
  /** A spirit named after a model figure ("焦裕禄精神"): the figure is not in the news. */
  spiritTails: string[];
  listEnds: string[];
  notNames: Set<string>;
  /** Clubs, brands, awards… written like people's names (dict/name-not-people.txt): never a guessed name. */
  notPeople: Set<string>;
  /** Words that follow (`followers`) or precede (`cues`) a personal name. */
  followers: string[];
  /** Followers that say or judge ("表示", "认为"): the name is the subject of the clause. */
  speechVerbs: string[];
  /** Followers that only ever follow a person's name ("先生", "教授"). */
  honorifics: string[];
  /** Words that open a predicate right after a clause's subject ("在", "则", "曾"): a clause opener before them is likely a name. */
  predicates: string[];
  /** National leaders: a bare mention names an official (dict/leaders.txt). */
  leaders: string[];
  leaderSet: Set<string>;
  /** Their first two characters (the whole of a shorter one). */
  leaderStarts: PairMap<true>;
  /** Characters of transliterated foreign names (dict/transliteration-chars.txt). */
  translit: Set<string>;
  /** Elements of Tibetan names (dict/name-tibetan.txt): names without a surname. */
  tibetan: Set<string>;
  tibetanPairs: PairMap<true>;
  /** Elements of Mongolian names (dict/name-mongolian.txt), read only after a title or a label. */
  mongolian: Set<string>;
  /** Elements of Uyghur and Kazakh names (dict/name-uyghur.txt), read like Mongolian ones. */
  uyghur: Set<string>;
  /** Yi family names (dict/name-yi.txt): a Yi name is one and two characters more ("吉克阿呷"). */
  yi: Set<string>;
  /** First characters of surnames (single and compound), Tibetan name elements and Japanese family names. */
  nameStartChars: CharSet;
  translitChars: CharSet;
  /** Named places of dict/places.txt (countries, world cities): no foreign name ends in one. */
  places: Set<string>;
  /** Japanese family names (dict/name-japanese.txt). */
  japanese: Set<string>;
  /** Their first two characters (the whole of a shorter one), to rule a position out at once. */
  japaneseStarts: PairMap<true>;
  cues: string[];
  /** followers, cues and speechVerbs, asked at a position (the rules ask at every name candidate). */
  followerList: WordList;
  cueList: WordList;
  speechList: WordList;
  /** honorifics and predicates, asked at a position the same way. */
  honorificList: WordList;
  predicateList: WordList;
  /** Verbs between a name and the title it holds ("任", "曾任"), longest first, and verbs of appointing ("任命"). */
  holdVerbs: string[];
  appointVerbs: string[];
  dismissVerbs: string[];
  /** Surname characters far more often a conjunction or an adverb ("但", "连"): not before a name of their own. */
  functionLeads: Set<string>;
  /** Surnames read only right after a title or a credit label (区, 回: far more often words of their own). */
  labelSurnames: Set<string>;
  /** Time words of dict/dates.txt ("上月", "昨天", "下午"): a name ends before one ("冀某|上月曾表示"). */
  timeWords: WordList;
  /** Terms of address after a surname ("王大娘", "陈先生"): never a given name. */
  addressTerms: Set<string>;
}

let cached: NameLexicon | null = null;
/** Classes of dict/dates.txt that name a day, week, month, year or part of a day relative to now (not seasons). */
const TIME_CLASSES = /^(?:day-offset|week-offset|month-offset|quarter-offset|year-offset|same-day|daypart|unresolved)\b/u;

export function nameLexicon(): NameLexicon {
  if (cached) return cached;
  const titles = loadDict('titles.txt', { maxCols: 2 });
  const parts = loadDict('title-parts.txt', { minCols: 2, maxCols: 2 });
  const context = loadDict('name-context.txt', { minCols: 2, maxCols: 2 });
  const kind = (entries: typeof parts, k: string): string[] => entries.filter((e) => e.cols[1] === k).map((e) => e.cols[0] as string);
  const surnames = loadWords('surnames.txt');
  const posts = titles.filter((e) => e.cols[1] !== 'descriptor');
  const followers = [...kind(context, 'follower'), ...kind(context, 'honorific'), ...kind(context, 'speech')];
  const speechVerbs = kind(context, 'speech');
  const cues = kind(context, 'cue');
  const firstStops = loadDict('name-stops.txt', { maxCols: 2 }).filter((e) => e.cols[1] === 'first').map((e) => e.cols[0] as string);
  cached = {
    postWords: new WordFinder(posts.map((e) => e.cols[0] as string)),
    unitWords: new WordFinder(titles.map((e) => e.cols[0] as string)),
    posts: new Set(posts.map((e) => e.cols[0] as string)),
    descriptorPosts: new Set(titles.filter((e) => e.cols[1] === 'descriptor').map((e) => e.cols[0] as string)),
    groupPosts: new Set(titles.filter((e) => e.cols[1] === 'group').map((e) => e.cols[0] as string)),
    companyPosts: new Set(titles.filter((e) => e.cols[1] === 'company').map((e) => e.cols[0] as string)),
    prefecturePosts: new Set(titles.filter((e) => e.cols[1] === 'prefecture').map((e) => e.cols[0] as string)),
    modifiers: kind(parts, 'modifier').sort((a, b) => b.length - a.length),
    blockers: kind(parts, 'blocker'),
    prefixStops: new Set(kind(parts, 'prefix-stop')),
    missionWords: new Set(kind(parts, 'mission')),
    afterName: new Set(kind(parts, 'after-name')),
    surnames: new Set(surnames.filter((s) => s.length === 1)),
    compoundSurnames: new Set(surnames.filter((s) => s.length > 1)),
    surnameChars: new CharSet(surnames.filter((s) => s.length === 1)),
    compoundSurnamePairs: pairSet(surnames.filter((s) => s.length > 1)),
    nameStops: loadWordSet('name-stops.txt'),
    firstNameStops: new Set(firstStops),
    firstNameStopChars: new CharSet(firstStops),
    wordStops: new Set(loadDict('name-stops.txt', { maxCols: 2 }).filter((e) => e.cols[1] === 'word').map((e) => e.cols[0] as string)),
    doctrineTails: kind(context, 'doctrine'),
    spiritTails: kind(context, 'spirit'),
    listEnds: kind(context, 'list-end'),
    notNames: new Set(kind(context, 'not-name')),
    notPeople: new Set(loadDict('name-not-people.txt', { minCols: 2, maxCols: 2 }).map((e) => e.cols[0] as string)),
    followers,
    honorifics: kind(context, 'honorific'),
    speechVerbs,
    predicates: kind(context, 'predicate'),
    leaders: loadWords('leaders.txt'),
    leaderSet: loadWordSet('leaders.txt'),
    leaderStarts: pairSet(loadWords('leaders.txt').map((w) => w.slice(0, 2))),
    translit: loadWordSet('transliteration-chars.txt'),
    translitChars: new CharSet(loadWordSet('transliteration-chars.txt')),
    tibetan: loadWordSet('name-tibetan.txt'),
    tibetanPairs: pairSet(loadWordSet('name-tibetan.txt')),
    mongolian: loadWordSet('name-mongolian.txt'),
    uyghur: loadWordSet('name-uyghur.txt'),
    yi: loadWordSet('name-yi.txt'),
    // Everything guessNames may start a name with: surnames, Tibetan name elements, Japanese family names.
    nameStartChars: new CharSet([...surnames, ...loadWordSet('name-tibetan.txt'), ...loadWordSet('name-mongolian.txt'), ...loadWordSet('name-japanese.txt')].map((w) => w.charAt(0))),
    japanese: loadWordSet('name-japanese.txt'),
    japaneseStarts: pairSet([...loadWordSet('name-japanese.txt')].map((w) => w.slice(0, 2))),
    places: new Set(loadDict('places.txt', { minCols: 2, maxCols: 2 }).map((e) => e.cols[0] as string)),
    cues,
    holdVerbs: kind(context, 'holds').sort((a, b) => b.length - a.length),
    appointVerbs: kind(context, 'appoints'),
    dismissVerbs: kind(context, 'dismisses'),
    functionLeads: new Set(kind(context, 'function-lead')),
    labelSurnames: new Set(kind(context, 'label-surname')),
    timeWords: new WordList(loadDict('dates.txt', { minCols: 2, maxCols: 2 }).filter((e) => (e.cols[0] as string).length >= 2 && TIME_CLASSES.test(e.cols[1] as string)).map((e) => e.cols[0] as string)),
    addressTerms: new Set([...kind(context, 'address'), ...followers.filter((w) => w.length === 2)]),
    followerList: new WordList(followers),
    cueList: new WordList(cues),
    speechList: new WordList(speechVerbs),
    honorificList: new WordList(kind(context, 'honorific')),
    predicateList: new WordList(kind(context, 'predicate')),
  };
  return cached;
}

/** The dictionaries the rules above read (for the extractors' `dicts`). */
export const NAME_DICTS = ['titles.txt', 'title-parts.txt', 'surnames.txt', 'name-stops.txt', 'name-context.txt', 'given-name-chars.txt', 'surname-odds.txt', 'leaders.txt', 'transliteration-chars.txt', 'name-tibetan.txt', 'name-mongolian.txt', 'name-uyghur.txt', 'name-yi.txt', 'name-japanese.txt', 'name-given-pairs.txt', 'name-not-words.txt', 'name-not-people.txt', 'name-nature-words.txt', 'places.txt', 'dates.txt'] as const;
