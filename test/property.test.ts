/** Inputs no one thought of: random Unicode and random article-like text never break the contract. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { extract, decode, TifaError } from '../src/index.js';
import { htmlToArticle } from '../src/pipeline/html.js';
import { toSimplifiedView } from '../src/pipeline/t2s.js';
import { pretty } from '../src/render/json.js';
import { schemaErrors, surfacesWithSpans } from './helpers.js';
import type { ArticleResult } from '../src/types.js';

const pieces = ['市委书记', '副市长', '、', '，', '。', '“', '”', '张', '李云峰', '4月7日', '今年以来', '尧都区', '街道', '社区', '动态清零', '三区两通道', '(', ')', '记者', '\n', '２０２２年', '😀', '十四五', '局', '领导小组组长'];
const articleLike = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((xs) => xs.join(''));

/** Pieces that date rules key on, in orders no article would use ("至至", "年年", "31月"). */
const datePieces = ['2022', '2023年', '1999', '12', '31', '0', '年', '月', '日', '号', '至', '到', '—', '-', '/', '.', '上半年', '下半年', '一季度', '第四季度', '十四五', '“十四五”', '时期', '今年', '去年', '明年', '以来', '上旬', '中旬', '春节', '二〇二二年', '三月', '十五日', '二十', '凌晨', '上午', '9时', '，', '。', '\n', '🀄', '㐀'];
const dateLike = fc.array(fc.constantFrom(...datePieces), { maxLength: 40 }).map((xs) => xs.join(''));

/** Traditional pieces: the t2s view is on for these, and every surface must come back traditional. */
const tradPieces = ['廣東省', '廣州市', '市委書記', '縣長', '張國華', '陳', '區', '鄉鎮', '會議', '強調', '經濟', '發展', '4月7日', '，', '。', '“', '」', '「', '\n', '😀', '國務院', '總理'];
const tradLike = fc.array(fc.constantFrom(...tradPieces), { maxLength: 60 }).map((xs) => xs.join(''));

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4])|-H([12]))?$/;

/** A value of the grammar (GOLD-FORMAT): YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn, or start/end of those, on a real calendar, start ≤ end. */
function checkDateValue(value: string): void {
  const parts = value.split('/');
  expect(parts.length).toBeLessThanOrEqual(2);
  const firstDays = parts.map((p) => {
    const m = POINT.exec(p);
    expect(m, `"${value}" is not a date value`).not.toBeNull();
    const [, y, mo, d, q, h] = m!;
    if (mo) {
      expect(+mo).toBeGreaterThanOrEqual(1);
      expect(+mo).toBeLessThanOrEqual(12);
    }
    if (d) {
      expect(+d).toBeGreaterThanOrEqual(1);
      expect(+d).toBeLessThanOrEqual(DAYS_IN_MONTH[+mo! - 1]!);
      if (+mo! === 2 && +d === 29) expect(new Date(Date.UTC(+y!, 1, 29)).getUTCMonth()).toBe(1);
    }
    const month = mo ? +mo : q ? (+q - 1) * 3 + 1 : h ? (+h - 1) * 6 + 1 : 1;
    return `${y}-${String(month).padStart(2, '0')}-${d ?? '01'}`;
  });
  if (firstDays.length === 2) expect(firstDays[0]! <= firstDays[1]!, `interval "${value}" runs backwards`).toBe(true);
}

function checkContract(text: string, r: ArticleResult): void {
  const roundTrip = JSON.parse(pretty(r)) as ArticleResult;
  expect(roundTrip).toEqual(JSON.parse(JSON.stringify(r)));
  expect(schemaErrors(roundTrip)).toBeNull();
  for (const [surface, spans] of surfacesWithSpans(r)) for (const [a, b] of spans) expect(text.slice(a, b)).toBe(surface);
  for (const d of r.dates ?? []) {
    if (d.value !== null) checkDateValue(d.value);
    if (d.start !== null && d.end !== null) expect(d.start <= d.end, `${d.text}: start ${d.start} after end ${d.end}`).toBe(true);
  }
}

const refDate = fc.option(fc.constantFrom('2022-04-07', '2024-02-29', '1999-12-31'), { nil: null });

describe('extract on generated text', () => {
  test('random Unicode: no exception, schema-valid, spans slice back', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), refDate, (text, rd) => {
      checkContract(text, extract(text, { refDate: rd }));
    }), { numRuns: 150 });
  });

  test('random article-like text: no exception, schema-valid, spans slice back', () => {
    fc.assert(fc.property(articleLike, refDate, (text, rd) => {
      checkContract(text, extract(text, { refDate: rd }));
    }), { numRuns: 300 });
  });

  test('random date-like text: every date value matches the value grammar on a real calendar', () => {
    fc.assert(fc.property(dateLike, refDate, (text, rd) => {
      checkContract(text, extract(text, { refDate: rd }));
    }), { numRuns: 300 });
  });

  test('random traditional text (t2s auto and on): surfaces are the original characters', () => {
    fc.assert(fc.property(tradLike, fc.constantFrom('auto', 'on') as fc.Arbitrary<'auto' | 'on'>, (text, t2s) => {
      expect(toSimplifiedView(text).length).toBe(text.length);
      checkContract(text, extract(text, { t2s }));
    }), { numRuns: 200 });
  });
});

describe('reading never throws anything but a TifaError', () => {
  test('random bytes: decoded text or E_INPUT_* error', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      try {
        const d = decode(bytes, 'random');
        expect(typeof d.text).toBe('string');
      } catch (err) {
        expect(err).toBeInstanceOf(TifaError);
        expect((err as TifaError).code).toMatch(/^E_INPUT_(BINARY|DECODE)$/);
      }
    }), { numRuns: 500 });
  });

  test('random markup: no exception, trimmed text, the contract holds on what is extracted from it', () => {
    const tags = ['<p>', '</p>', '<div class="nav">', '</div>', '<script>', '</script>', '<style>', '</style>', '<br>', '<h1>', '</h1>', '<title>', '</title>', '<!--', '-->', '&amp;', '&#x3000;', '<', '>', '"'];
    const words = ['市长', '会议', '4月7日', '😀', ' ', '\n', 'x'];
    const markup = fc.array(fc.constantFrom(...tags, ...words), { maxLength: 50 }).map((xs) => xs.join(''));
    fc.assert(fc.property(markup, (html) => {
      const a = htmlToArticle(html);
      expect(typeof a.text).toBe('string');
      expect(a.text).not.toMatch(/^\s|\s$/);
      checkContract(a.text, extract(a.text));
    }), { numRuns: 200 });
  });
});
