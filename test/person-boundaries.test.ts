import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';

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
  });
});
