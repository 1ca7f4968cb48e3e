import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { buildDoc } from '../src/pipeline/extract.js';
import { TokenIndex } from '../src/extractors/officials/tokens.js';
import { nameLexicon } from '../src/extractors/officials/lexicon.js';
import { readCreditNames } from '../src/extractors/persons/credits.js';

const LABELS = /^(?:记者|通讯员|编辑)/u;

describe('credit names', () => {
  const credit = (text: string, from: number): string[] => {
    const doc = buildDoc(text, null);
    return readCreditNames(doc.norm, from, new TokenIndex(doc), nameLexicon(), LABELS).map(([a, b]) => text.slice(a, b));
  };
  test.each([
    ['(记者 邓立 姚晓男)', 3, ['邓立', '姚晓男']],
    ['(记者 李冰 通讯员 王先森)', 3, ['李冰']],
    ['(记者 崔 霞)昨天', 3, ['崔 霞']],
    ['责编:临汾袁志强\n', 2, ['袁志强']],
    ['(记者王金堂)5月', 3, ['王金堂']],
    ['记者 了解到', 2, []],
  ])('%j from %i', (text, from, want) => {
    expect(credit(text, from)).toEqual(want);
  });
});

describe('persons in results', () => {
  const persons = (text: string) => (extract(text, { only: ['persons'] }).persons ?? []).map((p) => [p.name, p.role]);

  test('an official is never also a person', () => {
    expect(persons('市委书记张明华主持会议。记者 李冰 报道')).toEqual([['李冰', 'reporter']]);
  });

  test('a short form guessed alone is no mention inside an official\'s dotted name', () => {
    const text = '候选人路易斯·马丁内斯当选总统。图为马丁内斯向支持者致意。';
    const r = extract(text, { only: ['persons'] });
    for (const p of r.persons ?? []) for (const [s] of p.spans ?? []) expect(s).toBeGreaterThan(text.indexOf('当选'));
  });

  test('an expert named after the label, and named again later', () => {
    const text = '调研组跟随朱有才院士深入田间。朱有才介绍，项目效益明显。';
    const r = extract(text, { only: ['persons'] });
    expect(r.persons?.map((p) => [p.name, p.role, p.spans])).toEqual([['朱有才', 'other', [[5, 8], [15, 18]]]]);
  });

  test('a later mention inside a title in 《》 is no mention (GOLD-FORMAT)', () => {
    const text = '调研组跟随朱有才院士深入田间。他写了《我与朱有才》一文。';
    const r = extract(text, { only: ['persons'] });
    expect(r.persons?.map((p) => [p.name, p.spans])).toEqual([['朱有才', [[5, 8]]]]);
  });

  test('a name standing alone is found by its characters; ordinary words are not', () => {
    expect(persons('王建华说，今年的收成不错。')).toEqual([['王建华', 'other']]);
    expect(persons('祝愿大家吉祥如意，感谢辛勤付出。')).toEqual([]);
  });
});

describe('names with middle dots stay bounded', () => {
  test('a long run of dotted syllables gives names of at most four parts', () => {
    const text = `市长${'阿·'.repeat(2000)}讲话。${'托马斯·'.repeat(500)}`;
    const r = extract(text, { only: ['persons', 'officials'] });
    for (const item of [...(r.persons ?? []), ...(r.officials ?? [])]) expect(item.name.split('·').length).toBeLessThanOrEqual(4);
  });
});
