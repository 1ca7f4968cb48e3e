/**
 * The organisation finder's rules (src/extractors/organizations/*), one sentence per rule, written
 * for these tests. Each row gives every organisation the sentence should yield, in any order; the
 * corpus in test/corpus/organizations.tsv checks the same extractor on longer text.
 */
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';

const orgs = (text: string) => extract(text, { only: ['organizations'] }).organizations.map((o) => o.text).sort();
const rows = (list: [string, string[]][]) => list.map(([text, want]) => [text, [...want].sort()] as const);

describe('bodies, nesting and joint forms', () => {
  test.each(rows([
    ['市卫健局和市财政局联合发文。', ['市卫健局', '市财政局']],
    ['市公安局刑侦支队破获一起盗窃案。', ['市公安局刑侦支队']],
    ['区委区政府召开全体会议。', ['区委', '区政府']],
    ['临河市委副书记出席活动。', ['临河市委']],
  ]))('%s', (text, want) => expect(orgs(text)).toEqual(want));
});

describe('teams and clubs named by a proper word before 队', () => {
  test.each(rows([
    ['比赛中，巴西队以二比一取胜。', ['巴西队']],
    ['上半场，国安队先入一球。', ['国安队']],
    ['切尔西队的前锋表现出色。', ['切尔西队']],
    ['他们采访沙特阿拉伯队时，球员都很放松。', ['沙特阿拉伯队']],
    ['中国羽毛球队今天出发。', ['中国羽毛球队']],
  ]))('%s', (text, want) => expect(orgs(text)).toEqual(want));

  test.each([
    '这支球队实力很强。',
    '全镇共有12支龙舟队参赛。',
    '客队在第二节追平比分。',
    '该队主教练表示满意。',
    '老将队和青年队进行了友谊赛。',
    '县长亲自率队检查。',
  ])('%s has no team', (text) => expect(orgs(text)).toEqual([]));
});

describe('where a name starts: the walk back stops at the sentence', () => {
  test.each(rows([
    ['7月22日中国银行在非洲建立分行。', ['中国银行']],
    ['他任旅政治委员兼政治部主任。', ['政治部']],
    ['原告律师起诉市供水公司。', ['市供水公司']],
    ['国际鸟类学会第二十届年会开幕。', ['国际鸟类学会']],
    ['他是第十二届国际鸟类学会会员。', ['国际鸟类学会']],
    ['克罗地亚政府和塞尔维亚族政府举行会谈。', []],
    ['他所在的研究所和市气象中心联合发布报告。', ['市气象中心']],
    ['市矿务局第一中学的学生参加比赛。', ['市矿务局第一中学']],
  ]))('%s', (text, want) => expect(orgs(text)).toEqual(want));

  test.each([
    '他在第一局比赛中发挥出色。',
    '这部影片由他导演。',
    '县城处于城乡结合部。',
    '专家围绕头颈部肿瘤展开讨论。',
  ])('%s has no organisation', (text) => expect(orgs(text)).toEqual([]));
});

describe("names nodejieba's dictionary knows as organisations", () => {
  test('found when named after a place or a scope', () => {
    expect(orgs('全国台联和中国青基会举办联谊活动。')).toEqual(['中国青基会', '全国台联']);
  });
  test('not a state\'s government nor a relation', () => {
    expect(orgs('中美关系保持稳定，美国政府表示欢迎。')).toEqual([]);
  });
});

describe('a kind of institution is no name', () => {
  test.each([
    '全县建起了一批农产品加工中心。',
    '这是一家老牌物流服务公司。',
    '该校检验检测中心今年通过认证。',
    '当地出现了几家家具制造厂。',
  ])('%s', (text) => expect(orgs(text)).toEqual([]));

  test.each(rows([
    ['水利部的水文监测局负责此事。', ['水利部', '水文监测局']],
    ['市场监管局的检验检测中心今年通过认证。', ['市场监管局', '检验检测中心']],
  ]))('%s', (text, want) => expect(orgs(text)).toEqual(want));
});

describe('parties', () => {
  test.each(rows([
    ['绿岛党和基督教社会民主党组成联合政府。', ['绿岛党', '基督教社会民主党']],
    ['美国民主党和共和党展开辩论。', ['美国民主党', '共和党']],
  ]))('%s', (text, want) => expect(orgs(text)).toEqual(want));

  test.each([
    '加强党的建设，执政党和反对党展开辩论，全党同志要团结。',
    '学习毛泽东党的建设学说。',
    '他在大学入党。',
  ])('%s has no party', (text) => expect(orgs(text)).toEqual([]));
});

describe('periodicals named by their title in 《》', () => {
  test.each(rows([
    ['据《山海经济》杂志统计，去年产值增长。', ['《山海经济》杂志']],
    ['法国《晨星》周刊报道了此事。', ['法国《晨星》周刊']],
    ['他在市作协《春泥》编辑部工作。', ['市作协《春泥》编辑部']],
  ]))('%s', (text, want) => expect(orgs(text)).toEqual(want));

  test.each([
    '他在《山海经济》上发表文章。',
    '《春泥》报道了这件事。',
  ])('%s: a title alone is none', (text) => expect(orgs(text)).toEqual([]));
});

describe('short names and prefixes of bodies', () => {
  test.each(rows([
    ['国际冰联和全国残协发表声明。', ['国际冰联', '全国残协']],
    ['俄外交部回应了此事。', ['俄外交部']],
    ['中共甘肃省纪委作出决定。', ['中共甘肃省纪委']],
    ['中共中央组织部发出通知。', ['中共中央组织部']],
  ]))('%s', (text, want) => expect(orgs(text)).toEqual(want));

  test('a place-like word before a guessed word is no short name', () => {
    expect(orgs('两国合作还会扩大。')).toEqual([]);
  });
});

describe('committees named by their task, and companies known by name', () => {
  test.each(rows([
    ['会议决定，筹委会下设三个工作小组。', ['筹委会']],
    ['运动会组委会发布了赛程。', ['运动会组委会']],
    ['据了解，华星集团决定扩大投资。', ['华星集团']],
    ['他们和日本索尼有限公司签订协议。', ['日本索尼有限公司']],
  ]))('%s', (text, want) => expect(orgs(text)).toEqual(want));

  test.each([
    '县里先后建起了纺织厂、电器厂和造纸厂。',
  ])('%s: kinds in a list', (text) => expect(orgs(text)).toEqual([]));

  test('a stadium or a gym is a place, not a body', () => {
    expect(orgs('颁奖仪式在红星体育馆进行。')).toEqual([]);
  });
});

describe('a generic word before the suffix makes a reference, not a name', () => {
  test.each([
    '据悉，澳门地区有关法院已受理此案。',
    '全省各级法院加大执行力度。',
  ])('%s', (text) => expect(orgs(text)).toEqual([]));
});
