/**
 * --jobs N gives each thread a different history of articles, so output is byte-identical for any N
 * only if extracting one article never depends on the articles extracted before it in the same
 * thread. A leak of that kind happened (a shared global RegExp's lastIndex carried into the next
 * document's matchAll); this test extracts one set of documents in two orders in one process.
 */
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { extract } from '../src/pipeline/extract.js';
import { SAMPLE } from './helpers.js';

// The sample article's paragraphs plus lines written for this test: bylines, credits, dates,
// officials and slogans, so every extractor's rules fire somewhere.
const WRITTEN = [
  '记者 张浩 报道：3月5日，省长王建国主持召开省政府常务会议。',
  '（本报记者 李明 王芳）',
  '编辑：赵小红 审核：孙丽',
  '4月12日上午，区委书记刘芳到街道社区检查疫情防控工作，强调坚持外防输入、内防反弹。',
  '2022年3月1日起，新修订的《安全生产条例》正式施行。',
  '副县长孙丽一行深入田间地头，了解春耕备耕情况。(陈刚)',
  '文/周强 图/吴敏',
  '国务院新闻办公室今天举行新闻发布会，介绍乡村振兴有关情况。',
];

test('every document extracts the same, whatever was extracted before it in the thread', () => {
  const paragraphs = readFileSync(SAMPLE, 'utf8').split('\n').filter((l) => l.trim());
  const docs = [...paragraphs, ...WRITTEN, paragraphs.join('\n')];
  const run = (order: number[]) => {
    const out = new Map<number, string>();
    for (const i of order) out.set(i, JSON.stringify(extract(docs[i]!, { id: String(i), refDate: '2022-04-08' })));
    return out;
  };
  const forward = run(docs.map((_, i) => i));
  const backward = run(docs.map((_, i) => docs.length - 1 - i));
  const twice = run(docs.flatMap((_, i) => [i, i]));
  for (let i = 0; i < docs.length; i++) {
    expect(backward.get(i), `document ${i}`).toBe(forward.get(i));
    expect(twice.get(i), `document ${i}`).toBe(forward.get(i));
  }
});
