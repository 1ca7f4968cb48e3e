import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { clauseStartsAt } from '../src/extractors/persons/foreign.js';

/** Names of persons and officials found in `text` (sentences written for these tests). */
const names = (text: string): string[] => {
  const r = extract(text, { only: ['persons', 'officials'] });
  return [...(r.officials ?? []), ...(r.persons ?? [])].map((p) => p.name);
};

describe('foreign names joined by a hyphen', () => {
  test('two transliterated parts joined by a hyphen are one name', () => {
    expect(names('昨天，汤姆-克鲁斯在洛杉矶出席首映礼。')).toEqual(['汤姆-克鲁斯']);
    expect(names('球队缺少了索尔-坎贝尔在后防坐镇。')).toEqual(['索尔-坎贝尔']);
  });
  test('not a score, a fixture of clubs, a pair of countries or one-character parts', () => {
    expect(names('阿森纳-切尔西的比赛将在周日进行。')).toEqual([]);
    expect(names('俄罗斯-白俄罗斯联盟国家的会议。')).toEqual([]);
    expect(names('比分定格在2-1，斯-阿两队握手。').filter((n) => n.includes('-'))).toEqual([]);
  });
});

describe('a function word that is also a surname', () => {
  test('before a transliterated name or a three-character name, it is no part of the name', () => {
    expect(names('但卡洛斯和加图索的回归会给球队带来信心。')).toEqual(['卡洛斯', '加图索']);
    expect(names('能与之匹敌的，连周杰伦的新歌也比不上。')).toEqual(['周杰伦']);
    expect(names('天气很冷，但王明华还是来了。')).toEqual(['王明华']);
  });
  test('the same characters still start names and words of their own', () => {
    expect(names('连建国表示，大家要加强交流。')).toEqual(['连建国']);
    expect(names('但丁和维吉尔是两位诗人。')).not.toContain('但丁和');
    expect(names('和平是大家的愿望。')).toEqual([]);
    expect(names('最早报道此事的和志强说，事情并不复杂。')).toEqual(['和志强']);
  });
});

describe('what ends a name after its given characters', () => {
  test('a time word after a two-character name ends it', () => {
    expect(names('市交通局副局长申涛上月曾表示，线路将延长。')).toEqual(['申涛']);
    expect(names('会议室里，赵军昨天说，准备工作已经就绪。')).toEqual(['赵军']);
  });
  test('a name that opens a clause, then a time word and a verb of saying, is a name; a word there is not', () => {
    expect(names('会上，李洁上午表示同意。')).toEqual(['李洁']);
    expect(names('会上，高层今天表示支持。')).toEqual([]);
  });
  test('a three-character name before a time word keeps its three characters', () => {
    expect(names('市交通局副局长申国涛上月曾表示，线路将延长。')).toEqual(['申国涛']);
  });
  test('a preposition before a title of a work or a number is no given-name character', () => {
    expect(names('青年作者贺林以《山路弯弯》获得新人奖。')).toEqual(['贺林']);
    expect(names('青年作者贺林涛获得新人奖。')).toEqual(['贺林涛']);
  });
});

describe('two names written together in a byline', () => {
  test('a byline of five characters that jieba cuts in two names gives both', () => {
    expect(names('这是改革取得成效的重要原因。（冯洁顾晓燕）')).toEqual(['冯洁', '顾晓燕']);
  });
  test('a rubric in parentheses gives none', () => {
    expect(names('这是改革取得成效的重要原因。（农村文化信息）')).toEqual([]);
  });
});

describe('the speaker of an interview', () => {
  test('a surname-led word opening a line before a colon is a person, though it ends like a place', () => {
    const r = extract('主持人：您怎么看这场比赛？\n林河：我觉得下半场很关键。', { only: ['persons', 'locations'] });
    expect(r.persons?.map((p) => p.name)).toEqual(['林河']);
    expect(r.locations ?? []).toEqual([]);
  });
  test('a place opening a line before a colon stays a place', () => {
    const r = extract('黄山：一场大雪过后景色迷人。', { only: ['persons', 'locations'] });
    expect(r.persons ?? []).toEqual([]);
    expect(r.locations?.map((l) => l.text)).toEqual(['黄山']);
  });
});

describe('a clause opened by a conjunction', () => {
  test('after punctuation and 而 or 但, a name is the subject of its clause', () => {
    expect(names('前锋状态一般，而邱波则去了另一支球队。')).toEqual(['邱波']);
    expect(names('中场表现稳定，而罗西尼奥往往能够撕开防线。')).toEqual(['罗西尼奥']);
  });
  test('a conjunction opens a clause only after punctuation or at the start, not inside a word (反而)', () => {
    expect(clauseStartsAt('前锋一般，而邱波则去了', 6)).toBe(true);
    expect(clauseStartsAt('。但是邱波说', 3)).toBe(true);
    expect(clauseStartsAt('但是邱波说', 2)).toBe(false);
    expect(clauseStartsAt('他们反而邱波则去了', 4)).toBe(false);
    expect(clauseStartsAt('他们的邱波则去了', 3)).toBe(false);
  });
  test('a transliterated name before an adverb (都, 就, 却…) is a name', () => {
    expect(names('就连对手的马尔基尼奥都说，这场比赛很难踢。')).toEqual(['马尔基尼奥']);
  });
});

describe('roles of sport, screen and story before a name', () => {
  test('a position on a team, a star or the hero of a story names the person after it', () => {
    expect(names('本场比赛，后卫卡西奥伤愈复出。')).toEqual(['卡西奥']);
    expect(names('游戏中，主角米洛在开场被俘。')).toEqual(['米洛']);
    expect(names('人气很高的解说海平也来到了现场。')).toEqual(['海平']);
  });
  test('the same words before ordinary words name nobody', () => {
    expect(names('他在比赛中担任后卫位置。')).toEqual([]);
    expect(names('中场休息时，前锋线的队员们喝了水。')).toEqual([]);
    expect(names('这部电影的主角光环太强了。')).toEqual([]);
  });
  test('a name whose first two characters are an ordinary word keeps its third character', () => {
    expect(names('这部电影的导演王国清表示很满意。')).toEqual(['王国清']);
  });
});

describe('an author before the title of a work', () => {
  test('a name before 的《…》 is found', () => {
    expect(names('展品很多，如钱澄的《秋山图》很受欢迎。')).toEqual(['钱澄']);
    expect(names('他最喜欢的是宋濂的《送东阳马生序》。')).toEqual(['宋濂']);
  });
  test('a word before 的《…》 is no name', () => {
    expect(names('这是人民的《宪法》。')).toEqual([]);
    expect(names('我们学习了全会的《决定》。')).toEqual([]);
  });
});

describe('parts of a dotted foreign name', () => {
  test('a first part that jieba reads as one word holds all its characters', () => {
    expect(names('我很喜欢费尔南多·托雷斯的进球。')).toEqual(['费尔南多·托雷斯']);
    expect(names('影迷们喜欢安东尼奥·班德拉斯。')).toEqual(['安东尼奥·班德拉斯']);
  });
  test('places joined by a dot are no name', () => {
    expect(names('圣彼得堡·莫斯科友谊赛开幕。')).toEqual([]);
  });
});

describe('a title of a work cut off at the start of the text', () => {
  test('a name before 》 with no 《 before it is inside the title', () => {
    expect(names('王者归来之吴三桂演义》一书的作者是李明华。')).toEqual(['李明华']);
  });
  test('a name before a whole title in 《》 is outside it', () => {
    expect(names('李明华说：《红楼梦》很好看。')).toEqual(['李明华']);
  });
});

describe('小 or 老 before a transliterated name', () => {
  test('the nickname prefix that jieba glues to the name is part of it', () => {
    expect(names('球队失去了小托雷斯。')).toEqual(['小托雷斯']);
  });
  test('小 that jieba reads as a word of its own is not', () => {
    expect(names('小卡尔说，比赛很艰苦。')).toEqual(['卡尔']);
  });
});

describe('names in Latin letters', () => {
  test('after a label of a trade, or before a term of address', () => {
    expect(names('这部片子的制片人Steven表示满意。')).toEqual(['Steven']);
    expect(names('新系列出自设计师anna之手。')).toEqual(['anna']);
    expect(names('你好，Berg先生。')).toEqual(['Berg']);
  });
  test('not an acronym, nor after a label of citizens, nor a word run into digits', () => {
    expect(names('导演CEO说，影片很快上映。')).toEqual([]);
    expect(names('村民Tom说，路修好了。')).toEqual([]);
    expect(names('选手Win7系统很稳定。')).toEqual([]);
  });
});

describe('who made a film, after the name', () => {
  test.each([
    ['这部影片由林正明导演。', ['林正明']],
    ['这部影片由科斯塔执导。', ['科斯塔']],
    ['新片由孙悦明主演，明年上映。', ['孙悦明']],
    ['该片导演表示很满意。', []],
    ['他担任本片导演。', []],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want);
  });
});

describe('a credit name without a known surname', () => {
  test.each([
    ['（实习编辑楠楠）', ['楠楠']],
    ['作者：佚名', []],
    ['本报记者获悉，工程已经完工。', []],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want);
  });
  test('a verb that jieba glues to the next character after a label is no name', () => {
    expect(names('是刚才王主编说的“新名词”。')).not.toContain('说的');
  });
});
