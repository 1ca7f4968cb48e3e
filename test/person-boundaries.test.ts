import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { clauseStartsAt } from '../src/extractors/persons/foreign.js';

/** Names of persons and officials found in `text`. */
const names = (text: string): string[] => {
  const r = extract(text, { only: ['persons', 'officials'] });
  return [...(r.officials ?? []), ...(r.persons ?? [])].map((p) => p.name);
};

/** Rule, sentence written for this test, and every name it holds (checked by hand). */
const CASES: [string, string, string[]][] = [
  ['transliterated parts joined by a hyphen are one name', '昨天，汤姆-克鲁斯在洛杉矶出席首映礼。', ['汤姆-克鲁斯']],
  ['transliterated parts joined by a hyphen are one name', '球队缺少了索尔-坎贝尔在后防坐镇。', ['索尔-坎贝尔']],
  ['no fixture of clubs is a hyphenated name', '阿森纳-切尔西的比赛将在周日进行。', []],
  ['no pair of countries is a hyphenated name', '俄罗斯-白俄罗斯联盟国家的会议。', []],

  ['a function-word surname before a transliteration is no part of it', '但卡洛斯和加图索的回归会给球队带来信心。', ['卡洛斯', '加图索']],
  ['a function-word surname before a three-character name is no part of it', '能与之匹敌的，连周杰伦的新歌也比不上。', ['周杰伦']],
  ['a function-word surname that jieba reads alone is no part of the name', '天气很冷，但王明华还是来了。', ['王明华']],
  ['a function-word surname still starts a name of its own', '连建国表示，大家要加强交流。', ['连建国']],
  ['a function-word surname right after 的 is a surname', '最早报道此事的和志强说，事情并不复杂。', ['和志强']],
  ['a function-word surname in an ordinary word names nobody', '和平是大家的愿望。', []],

  ['a time word after a two-character name ends it (after a title)', '市交通局副局长申涛上月曾表示，线路将延长。', ['申涛']],
  ['a time word after a two-character name ends it (guessed)', '会议室里，赵军昨天说，准备工作已经就绪。', ['赵军']],
  ['a three-character name before a time word keeps its characters', '市交通局副局长申国涛上月曾表示，线路将延长。', ['申国涛']],
  ['a clause-opening name, a time word and a verb of saying', '会上，李洁上午表示同意。', ['李洁']],
  ['a clause-opening word, a time word and a verb of saying', '会上，高层今天表示支持。', []],
  ['a preposition before a title of a work ends a credit name', '青年作者贺林以《山路弯弯》获得新人奖。', ['贺林']],
  ['a credit name of three characters stays whole', '青年作者贺林涛获得新人奖。', ['贺林涛']],

  ['a byline of five characters that jieba cuts in two names', '这是改革取得成效的重要原因。（冯洁顾晓燕）', ['冯洁', '顾晓燕']],
  ['a rubric in parentheses names nobody', '这是改革取得成效的重要原因。（农村文化信息）', []],

  ['a name after punctuation and 而 is the subject of its clause', '前锋状态一般，而邱波则去了另一支球队。', ['邱波']],
  ['a transliteration after punctuation and 而, before 往往', '中场表现稳定，而罗西尼奥往往能够撕开防线。', ['罗西尼奥']],
  ['a transliteration before an adverb (都)', '就连对手的马尔基尼奥都说，这场比赛很难踢。', ['马尔基尼奥']],

  ['a position on a team before a name', '本场比赛，后卫卡西奥伤愈复出。', ['卡西奥']],
  ['the hero of a story before a name', '游戏中，主角米洛在开场被俘。', ['米洛']],
  ['a commentator before a name', '人气很高的解说海平也来到了现场。', ['海平']],
  ['a position before an ordinary word', '他在比赛中担任后卫位置。', []],
  ['positions before ordinary words', '中场休息时，前锋线的队员们喝了水。', []],
  ['an ordinary word after a label, then an adverb', '这部电影的主角光环太强了。', []],
  ['a name whose first two characters are an ordinary word', '这部电影的导演王国清表示很满意。', ['王国清']],

  ['a name before 的《…》', '展品很多，如钱澄的《秋山图》很受欢迎。', ['钱澄']],
  ['a name before 的《…》', '他最喜欢的是宋濂的《送东阳马生序》。', ['宋濂']],
  ['a word before 的《…》', '这是人民的《宪法》。', []],
  ['a word before 的《…》', '我们学习了全会的《决定》。', []],

  ['a dotted name whose first part jieba tags as a place', '我很喜欢费尔南多·托雷斯的进球。', ['费尔南多·托雷斯']],
  ['a dotted name whose first part is a longer name of jieba\'s', '影迷们喜欢安东尼奥·班德拉斯。', ['安东尼奥·班德拉斯']],
  ['places joined by a dot', '圣彼得堡·莫斯科友谊赛开幕。', []],
  ['one more character ends a dotted name before a bracket', '获奖的有玛莎·安德伍（美国）。', ['玛莎·安德伍']],
  ['one more character ends a dotted name before 等', '出席的有克莱尔·帕克彭等人。', ['克莱尔·帕克彭']],
  ['a verb of a credit after a dotted name is not its syllable', '《动物庄园》，乔治·奥威尔著，李明华译。', ['乔治·奥威尔', '李明华']],

  ['a line that starts inside a cut title', '王者归来之吴三桂演义》一书的作者是李明华。', ['李明华']],
  ['a name before a whole title', '李明华说：《红楼梦》很好看。', ['李明华']],

  ['小 glued to a transliteration is part of it', '球队失去了小托雷斯。', ['小托雷斯']],
  ['小 read alone is not', '小卡尔说，比赛很艰苦。', ['卡尔']],

  ['a Latin name after a label of a trade', '这部片子的制片人Steven表示满意。', ['Steven']],
  ['a Latin name in lower case after a label of a trade', '新系列出自设计师anna之手。', ['anna']],
  ['a Latin name before 先生', '你好，Berg先生。', ['Berg']],
  ['an acronym after a label', '导演CEO说，影片很快上映。', []],
  ['a Latin word after a label of citizens', '村民Tom说，路修好了。', []],
  ['a Latin word run into digits', '选手Win7系统很稳定。', []],

  ['a name before 导演', '这部影片由林正明导演。', ['林正明']],
  ['a name before 执导', '这部影片由科斯塔执导。', ['科斯塔']],
  ['a name before 主演', '新片由孙悦明主演，明年上映。', ['孙悦明']],
  ['导演 after a word', '该片导演表示很满意。', []],
  ['导演 after a word', '他担任本片导演。', []],

  ['a village ending in 邑 is no name', '下午的行程从柯久邑出发，前往海边。', []],
  ['a village ending in 邑 is no name', '行程为柯久邑-富安邑-新村。', []],
  ['a name like the village, not ending in 邑', '下午，柯久明出发前往海边。', ['柯久明']],

  ['a name-like word before 小区 is the estate', '距离宁苑小区仅300米。', []],
  ['a person of the estate is still named', '宁苑小区的居民宁远说，水管修好了。', ['宁远']],

  ['a side of a fixture written with vs is a team, there and elsewhere in the text', '焦点战：卡斯塔尼vs莱切，卡斯塔尼主场很强。', []],
  ['players on both sides of 对阵 are still named', '今晚罗西尼对阵哈里斯，罗西尼说他有信心。', ['罗西尼', '哈里斯']],

  ['a party to a lawsuit before 诉称', '韩涛诉称，他收到了银行的短信。', ['韩涛']],
  ['a three-character party to a lawsuit', '原告王小利诉称，被告拖欠货款。', ['王小利']],

  ['a clause-opening name, then a year', '此次拍卖共有三百件作品。柯俨1977年作品《山水》将以80万元起拍。', ['柯俨']],
  ['a preposition before a year is no given name', '。罗从1992年起担任教练。', []],

  ['a surname-led transliteration before 的 and a team', '球迷们都说温德的球队踢得很漂亮。', ['温德']],
  ['a surname-led transliteration before 的 and a work', '我很喜欢莫兰的画作。', ['莫兰']],
  ['a surname-led transliteration opening a clause before a verb', '比赛很艰苦，而温德做了调整。', ['温德']],
  ['a surname-led transliteration opening a clause before a conjunction', '开局不顺。温德虽然换了人，比分还是没变。', ['温德']],
  ['a surname-led transliteration before a conjunction that joins nouns (clubs)', '本轮，华顿和热刺都输了。', []],
  ['a surname-led transliteration ending like a place', '。梅堡虽然下雨了。', []],
  ['an ordinary word before 的作品', '大家的作品都很好。', []],

  ['和 before 的 is no conjunction but the name\'s last character', '对此，林秋和的看法不同。', ['林秋和']],
  ['和 before 的 is no conjunction but the name\'s last character', '他提到了钱林和的建议。', ['钱林和']],
  ['和 between two names is a conjunction', '会上，钱林和李明都发了言。', ['钱林', '李明']],

  ['a dotted name ends before a verb of jieba\'s (执导)', '新片由彼得·山德曼执导，明年上映。', ['彼得·山德曼']],
  ['a dotted name ends before 主演', '新片由彼得·山德曼主演。', ['彼得·山德曼']],
  ['short dotted parts read as plain characters before 是', '阿不都·克力木是村里的医生。', ['阿不都·克力木']],

  ['a surname character doubled is a reduplicated word', '他对这件事一直耿耿于怀。', []],
  ['a surname character doubled is a reduplicated word', '天刚蒙蒙亮，村民们就出发了。', []],
  ['大侠 after a surname is a term of address', '江湖上人人都敬重林大侠。', []],
  ['a name whose given part starts with 大', '林大海说，路修好了。', ['林大海']],
  ['a card\'s name is no person\'s', '银行新推出了金穗卡，用户很多。', []],
  ['an umbrella is no person', '出门请带上一把花雨伞。', []],

  ['a clause-opening guess of two characters before a verb', '雨停了，于澜走出了家门。', ['于澜']],
  ['a clause-opening guess of two characters before a verb', '这件事很难办，而柯齐有自己的想法。', ['柯齐']],
  ['a clause-opening dictionary word before a verb', '天黑了，田野走过一群羊。', []],
  ['a clause-opening conjunction before a verb', '大家都走了，于是走过去。', []],

  ['a name before 的微博', '网友们在祁肇的微博下留言。', ['祁肇']],
  ['an ordinary word before 的博客', '这是花园的博客。', []],

  ['a cave is no person', '游客们都想去看看白龙洞。', []],
  ['a cave is no person', '有人跑到钟乳洞内探险。', []],
  ['a beach is no person', '我们在金沙滩上捡贝壳。', []],

  ['a credit name without a known surname', '（实习编辑楠楠）', ['楠楠']],
  ['a word for no author', '作者：佚名', []],
  ['a verb after a credit label', '本报记者获悉，工程已经完工。', []],
];

test.each(CASES)('%s: %s', (_rule, text, want) => {
  expect(names(text)).toEqual(want);
});

describe('rules that need more than the names', () => {
  test('a hyphen between one-character parts joins nothing (a score)', () => {
    expect(names('比分定格在2-1，斯-阿两队握手。').filter((n) => n.includes('-'))).toEqual([]);
  });
  test('但丁 is not read with the conjunction after it', () => {
    expect(names('但丁和维吉尔是两位诗人。')).not.toContain('但丁和');
  });
  test('a verb that jieba glues to the next character after a label is no name', () => {
    expect(names('是刚才王主编说的“新名词”。')).not.toContain('说的');
  });
  test('a conjunction opens a clause only after punctuation, not at the text\'s start nor inside a word (反而)', () => {
    expect(clauseStartsAt('前锋一般，而邱波则去了', 6)).toBe(true);
    expect(clauseStartsAt('。但是邱波说', 3)).toBe(true);
    expect(clauseStartsAt('但是邱波说', 2)).toBe(false);
    expect(clauseStartsAt('他们反而邱波则去了', 4)).toBe(false);
    expect(clauseStartsAt('他们的邱波则去了', 3)).toBe(false);
  });
  test('a surname-led word opening a line before a colon is a speaker, not a place ending in 河', () => {
    const r = extract('主持人：您怎么看这场比赛？\n林河：我觉得下半场很关键。', { only: ['persons', 'locations'] });
    expect(r.persons?.map((p) => p.name)).toEqual(['林河']);
    expect(r.locations ?? []).toEqual([]);
  });
  test('a long run of function-lead surnames and names reads without recursing along it', () => {
    for (const unit of ['连', '连王明华', '但都和连', '王明华连周杰伦']) {
      expect(() => extract(unit.repeat(20_000), { only: ['persons'] })).not.toThrow();
    }
  });
  test('a verb of a credit before a dot ends the credit, no dotted name joins across it', () => {
    const found = names('书架上有王守仁撰·李明注的旧书。');
    expect(found).toContain('王守仁');
    expect(found.filter((n) => n.includes('·') || n.includes('撰'))).toEqual([]);
  });
  test('a place opening a line before a colon stays a place', () => {
    const r = extract('黄山：一场大雪过后景色迷人。', { only: ['persons', 'locations'] });
    expect(r.persons ?? []).toEqual([]);
    expect(r.locations?.map((l) => l.text)).toEqual(['黄山']);
  });
});
