import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { buildDoc } from '../src/pipeline/extract.js';
import officials from '../src/extractors/officials.js';
import { TokenIndex } from '../src/extractors/officials/tokens.js';
import { chainTitleUnits, findTitleUnits, type TitleUnit } from '../src/extractors/officials/titles.js';
import { nameLexicon } from '../src/extractors/officials/lexicon.js';
import { readNameAt } from '../src/extractors/officials/names.js';
import { plausibleGivenName } from '../src/extractors/officials/name-model.js';
import type { Token } from '../src/types.js';

const tok = (word: string, start: number, tag = 'n'): Token => ({ word, tag, start, end: start + word.length });

describe('TokenIndex', () => {
  // 市长 | 金 | 湘军 | 指出
  const text = '市长金湘军指出';
  const idx = new TokenIndex({ text, norm: text, tokens: [tok('市长', 0, 'title'), tok('金', 2, 'nr'), tok('湘军', 3), tok('指出', 5, 'v')], refDate: null, title: null });
  test('finds the token covering an offset', () => {
    expect(idx.at(0)?.word).toBe('市长');
    expect(idx.at(1)?.word).toBe('市长');
    expect(idx.at(4)?.word).toBe('湘军');
    expect(idx.at(7)).toBeUndefined();
  });
  test('startingAt only answers at a token start', () => {
    expect(idx.startingAt(3)?.word).toBe('湘军');
    expect(idx.startingAt(4)).toBeUndefined();
  });
  test('isBoundary is true between tokens and at the ends', () => {
    expect([0, 1, 2, 3, 4, 5, 7].map((i) => idx.isBoundary(i))).toEqual([true, false, true, true, false, true, true]);
  });
});

describe('title chains', () => {
  const unit = (start: number, end: number): TitleUnit => ({ start, end, postStart: start, group: false });
  test('units joined by 、, 兼 or a comma form one chain; a name between them splits it', () => {
    //         0123456789
    const norm = '市长、书记,主任张三、局长';
    const chains = chainTitleUnits([unit(0, 2), unit(3, 5), unit(6, 8), unit(11, 13)], norm);
    expect(chains.map((c) => c.length)).toEqual([3, 1]);
  });

  test('the organisation part stops at a verb or preposition, not inside it', () => {
    const doc = buildDoc('会议由临汾市委副书记主持。', null);
    const units = findTitleUnits(doc, new TokenIndex(doc), nameLexicon());
    expect(units.map((u) => doc.text.slice(u.start, u.end))).toEqual(['临汾市委副书记']);
    expect(units.map((u) => doc.text.slice(u.postStart, u.end))).toEqual(['副书记']);
  });

  test('a post inside a longer word is no post', () => {
    const doc = buildDoc('市人大常委会召开会议，推行河长制，加强领导班子建设。', null);
    const posts = findTitleUnits(doc, new TokenIndex(doc), nameLexicon()).map((u) => doc.text.slice(u.postStart, u.end));
    expect(posts).not.toContain('常委');
    expect(posts).not.toContain('河长');
    expect(posts).not.toContain('领导');
  });
});

describe('reading a name after a title', () => {
  const lex = nameLexicon();
  const nameAfter = (text: string, at: number): string => {
    const doc = buildDoc(text, null);
    return text.slice(at, at + readNameAt(doc.norm, at, new TokenIndex(doc), lex));
  };
  test.each([
    ['省长金湘涛指出', 2, '金湘涛'],
    ['区委书记王岚强调', 4, '王岚'],
    ['县长张伟主持会议', 2, '张伟'],
    ['部长欧阳明辉出席', 2, '欧阳明辉'],
    ['旗委书记巴·图门到苏木调研', 4, '巴·图门'],
    ['市领导王蛟、邱金来、黄建华', 6, '邱金来'],
    ['市长表示', 2, ''],
    ['书记和市长出席', 2, ''],
    ['局长高度重视', 2, ''],
  ])('%s at %i → "%s"', (text, at, want) => {
    expect(nameAfter(text, at)).toBe(want);
  });

  test('given names of characters names avoid are refused only on strong evidence', () => {
    expect(plausibleGivenName('要', false)).toBe(false); // "县长都要"
    expect(plausibleGivenName('丕显', false)).toBe(true);
    expect(plausibleGivenName('流', false)).toBe(true); // "主席洪流" stays a name
  });
});

describe('officials in results', () => {
  test('every span points at the name as written, and titles keep their order', () => {
    const text = '市委书记陈志远主持会议。市委副书记、代市长郑海涛出席。陈志远强调，郑海涛同志要抓好落实。';
    const r = extract(text, { only: ['officials'] });
    for (const o of r.officials ?? []) for (const [a, b] of o.spans) expect(text.slice(a, b)).toBe(o.name);
    expect(r.officials?.map((o) => [o.name, o.titles, o.spans.length])).toEqual([
      ['陈志远', ['市委书记'], 2],
      ['郑海涛', ['市委副书记', '代市长'], 2],
    ]);
  });

  test('a doctrine name is no mention of the leader', () => {
    const text = '习近平总书记强调，要用习近平新时代中国特色社会主义思想武装头脑。';
    const r = extract(text, { only: ['officials'] });
    expect(r.officials).toEqual([{ name: '习近平', titles: ['总书记'], spans: [[0, 3]] }]);
  });

  test('mentions carry title and post offsets for benchmarks, outside the public JSON', () => {
    const text = '市公安局副局长张涛出席。';
    const doc = buildDoc(text, null);
    const [m] = officials.extract(doc, { mentions: () => [] });
    expect(m?.attrs.titleSpans.map(([a, b]) => text.slice(a, b))).toEqual(['市公安局副局长']);
    expect(m?.attrs.postSpans.map(([a, b]) => text.slice(a, b))).toEqual(['副局长']);
    expect(Object.keys(extract(text, { only: ['officials'] }).officials?.[0] ?? {})).toEqual(['name', 'titles', 'spans']);
  });
});

describe('notices of appointment and removal', () => {
  const titlesOf = (text: string) => Object.fromEntries((extract(text).officials ?? []).map((o) => [o.name, o.titles]));
  test('a list headed by its verb: each line opens with the name, then 为 or 的 and the title', () => {
    const notice = '决定任命：\n孙立平为市交通运输局局长；\n周晓梅为市审计局副局长。\n任命：\n吴海涛为区人民法院审判员。\n决定免去：\n郑国庆的市审计局局长职务。';
    expect(titlesOf(notice)).toEqual({
      孙立平: ['市交通运输局局长'],
      周晓梅: ['市审计局副局长'],
      吴海涛: ['区人民法院审判员'],
      郑国庆: ['市审计局局长'],
    });
  });
  test('removal and resignation in running text; a verb before the post ends the name', () => {
    expect(titlesOf('会议决定免去钱志强同志的县财政局局长职务。')).toEqual({ 钱志强: ['县财政局局长'] });
    expect(titlesOf('会议接受冯玉林辞去县人民政府副县长职务的请求。')).toEqual({ 冯玉林: ['县人民政府副县长'] });
    expect(titlesOf('何建华任县长以来，全县经济稳步增长。')).toEqual({ 何建华: ['县长'] });
  });
  test('a post\'s duties are no post; a line that does not open with a name gives nobody', () => {
    expect(titlesOf('他认真履行县委书记职责，县长职数为一正四副。')).toEqual({});
    expect(titlesOf('任命：\n全体成员为领导小组成员。')).toEqual({});
  });
});
