/** Web pages: the visible article text (real parser), a headline, spans into that text. */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { declaredCharset, htmlToArticle } from '../src/pipeline/html.js';
import { ROOT, runCli, schemaErrors } from './helpers.js';
import type { ArticleResult } from '../src/types.js';

const DIR = path.join(ROOT, 'test', 'fixtures', 'html');
const page = (name: string): string => readFileSync(path.join(DIR, name), 'utf8');

describe('htmlToArticle', () => {
  test('keeps headline and paragraphs; drops head, script, style, nav, breadcrumb, aside, footer, hidden', () => {
    const a = htmlToArticle(page('article.html'));
    expect(a.text).toBe([
      '周立新在玄武区调研',
      '2023年5月12日，江苏省南京市委书记周立新在玄武区调研。',
      '他强调，要坚持“稳中求进”工作总基调 ，推动高质量发展。',
      '记者 王小明',
    ].join('\n'));
    expect(a.title).toBe('周立新在玄武区调研');
  });

  test('an <article> element is the text; menus and sidebars outside it are not', () => {
    const a = htmlToArticle(page('with-article.html'));
    expect(a.text).toBe('县长走访企业\n3月8日，某县县长李青山走访辖区企业\n他表示将优化营商环境。');
    // No <h1>: the <title>.
    expect(a.title).toBe('新闻页面');
  });

  test('<title> loses its site suffix; no title at all is null', () => {
    expect(htmlToArticle('<title>市政府常务会议召开_要闻_某市人民政府</title><p>正文</p>').title).toBe('市政府常务会议召开');
    expect(htmlToArticle('<p>只有正文</p>')).toEqual({ text: '只有正文', title: null });
  });

  test('broken markup: unclosed tags, stray end tags, an unterminated comment', () => {
    expect(htmlToArticle('<div><p>第一段<p>第二段</span></div></div><b>第三段').text).toBe('第一段\n第二段\n第三段');
    expect(htmlToArticle('<p>正文</p><!-- 注释没有结束').text).toBe('正文');
  });

  test('<pre> keeps its line breaks', () => {
    expect(htmlToArticle('<pre>第一行\n  第二行</pre>').text).toBe('第一行\n第二行');
  });

  test('empty and non-HTML input', () => {
    expect(htmlToArticle('')).toEqual({ text: '', title: null });
    expect(htmlToArticle('plain words, no tags').text).toBe('plain words, no tags');
  });

  test('declared charset: meta charset and the http-equiv form', () => {
    expect(declaredCharset(Buffer.from('<meta charset="GBK">'))).toBe('gbk');
    expect(declaredCharset(readFileSync(path.join(DIR, 'declared-gbk.htm')))).toBe('gbk');
    expect(declaredCharset(Buffer.from('<p>charset=gbk</p>'))).toBeNull();
  });
});

describe('tifa extract on pages', () => {
  test('.html files are pages: spans point into the page text that --with-text returns', () => {
    const r = runCli(['extract', path.join(DIR, 'article.html'), '--format', 'json', '--with-text', '-j', '1']);
    expect(r.exitCode).toBe(0);
    const res = JSON.parse(r.stdout) as ArticleResult;
    expect(schemaErrors(res)).toBeNull();
    expect(res.title).toBe('周立新在玄武区调研');
    const text = res.text!;
    expect(text.startsWith('周立新在玄武区调研\n2023年5月12日')).toBe(true);
    expect(text).not.toContain('脚本');
    expect(text).not.toContain('市长信箱');
    const zhou = res.officials?.find((o) => o.name === '周立新');
    expect(zhou?.titles).toEqual(['江苏省南京市委书记']);
    // "周立新" opens the headline and follows 市委书记 in the first paragraph (10 + 1 + 9 + 10 = 30).
    expect(zhou?.spans).toContainEqual([30, 33]);
    for (const [s, e] of zhou!.spans) expect(text.slice(s, e)).toBe('周立新');
  });

  test('a GBK page declaring its charset and a Big5 page declaring none are both read', () => {
    const r = runCli(['extract', path.join(DIR, 'declared-gbk.htm'), path.join(DIR, 'traditional-big5.html'), '--format', 'jsonl', '--only', 'dates', '--ref-date', '2022-04-08', '-j', '1']);
    expect(r.exitCode).toBe(0);
    const [gbk, big5] = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as ArticleResult);
    expect(gbk).toMatchObject({ encoding: 'gbk', title: '市政府常务会议召开', dates: [{ text: '4月7日', value: '2022-04-07' }] });
    expect(big5).toMatchObject({ encoding: 'big5', title: '縣長主持會議', dates: [{ text: '4月7日', value: '2022-04-07' }] });
  });

  test('--input html takes .html/.htm files from folders and nothing else', () => {
    const r = runCli(['extract', '--input', 'html', DIR, '--format', 'jsonl', '--only', 'dates', '-j', '1']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as ArticleResult).id)).toEqual(['article', 'declared-gbk', 'traditional-big5', 'with-article']);
  });

  test('--input html reads a page from stdin', () => {
    const r = runCli(['extract', '--input', 'html', '--format', 'json', '--only', 'dates', '--with-text', '-j', '1'], { input: '<html><body><script>x()</script><p>5月1日</p></body></html>' });
    expect(JSON.parse(r.stdout)).toMatchObject({ text: '5月1日', dates: [{ text: '5月1日', spans: [[0, 4]] }] });
  });
});
