import { Parser } from 'htmlparser2';

/** The visible article text of an HTML page and its headline. Spans of the result refer to `text`. */
export interface HtmlArticle { text: string; title: string | null }

/** Elements whose content is never article text: code, styling, navigation, forms, embedded media. */
const DROP_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer', 'form', 'iframe', 'svg', 'math',
  'canvas', 'select', 'button', 'textarea', 'object', 'embed', 'audio', 'video', 'map',
]);
/** ARIA roles of page furniture. */
const DROP_ROLES = new Set(['navigation', 'menu', 'menubar', 'banner', 'contentinfo', 'complementary', 'search']);
/** class/id words of page furniture: `main-nav`, `site_footer`, `breadcrumb` ("首页 > 新闻 > 正文"). */
const DROP_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'footer', 'sidebar',
  'share', 'copyright', 'pagination', 'pager', 'topbar',
]);
/** Elements that break the line: their text is a paragraph of its own. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'table',
  'section', 'article', 'main', 'header', 'blockquote', 'pre', 'figure', 'figcaption', 'address', 'center', 'td', 'th',
]);

interface Open { drop: boolean; article: boolean; main: boolean; h1: boolean; title: boolean; pre: boolean }

/**
 * HTML → article text with htmlparser2 (a real, forgiving tokenizer: unclosed <p>, stray </div>,
 * entities, CDATA). Dropped: <head> (except <title>), scripts, styles, navigation, forms and hidden
 * elements. When the page marks its content with <article> (else <main>), only that is kept, so site
 * menus written as plain <div>s do not reach the extractors. Whitespace runs collapse to one space,
 * block elements end lines, empty lines go. Title: the first <h1>, else <title> without its site
 * suffix ("国务院常务会议_滚动新闻_中国政府网" → "国务院常务会议").
 */
export function htmlToArticle(html: string): HtmlArticle {
  const all: string[] = [];
  const article: string[] = [];
  const main: string[] = [];
  const stack: Open[] = [];
  let drop = 0, inArticle = 0, inMain = 0, inH1 = 0, inTitle = 0, inPre = 0;
  const h1: string[] = [];
  let h1Done = false;
  const titleParts: string[] = [];

  const emit = (s: string): void => {
    if (drop) return;
    all.push(s);
    if (inArticle) article.push(s);
    if (inMain) main.push(s);
  };

  const parser = new Parser({
    onopentag(name, attrs) {
      const o: Open = {
        drop: DROP_TAGS.has(name) || isFurniture(attrs),
        article: name === 'article',
        main: name === 'main',
        h1: name === 'h1' && !h1Done && drop === 0,
        title: name === 'title',
        pre: name === 'pre' || name === 'textarea',
      };
      stack.push(o);
      if (BLOCK_TAGS.has(name)) emit('\n');
      if (o.drop) drop++;
      if (o.article) inArticle++;
      if (o.main) inMain++;
      if (o.h1) inH1++;
      if (o.title) inTitle++;
      if (o.pre) inPre++;
    },
    onclosetag(name) {
      const o = stack.pop();
      if (!o) return;
      if (o.drop) drop--;
      if (o.article) inArticle--;
      if (o.main) inMain--;
      if (o.h1) {
        inH1--;
        if (h1.join('').trim() !== '') h1Done = true;
      }
      if (o.title) inTitle--;
      if (o.pre) inPre--;
      if (BLOCK_TAGS.has(name)) emit('\n');
    },
    ontext(data) {
      if (inTitle) titleParts.push(data);
      if (inH1 && !h1Done && !drop) h1.push(data);
      emit(inPre ? data : data.replace(/\s+/g, ' '));
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeCDATA: true });
  parser.write(html);
  parser.end();

  const body = joinLines(article.join('')) || joinLines(main.join('')) || joinLines(all.join(''));
  return { text: body, title: headline(h1.join('')) ?? siteTitle(titleParts.join('')) };
}

function isFurniture(attrs: Record<string, string>): boolean {
  if (attrs.hidden !== undefined || attrs['aria-hidden'] === 'true') return true;
  if (attrs.role && DROP_ROLES.has(attrs.role.toLowerCase())) return true;
  if (attrs.style && /display\s*:\s*none/i.test(attrs.style)) return true;
  for (const words of [attrs.class, attrs.id]) {
    if (!words) continue;
    for (const w of words.toLowerCase().split(/[\s_-]+/)) if (DROP_WORDS.has(w)) return true;
  }
  return false;
}

/** Trims every line, drops empty ones. */
function joinLines(s: string): string {
  const out: string[] = [];
  for (const line of s.split('\n')) {
    const t = line.trim();
    if (t) out.push(t);
  }
  return out.join('\n');
}

function headline(s: string): string | null {
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/** `<title>` minus the site name after `_`, `|`, `｜` or ` - `. */
function siteTitle(s: string): string | null {
  const t = headline(s);
  if (!t) return null;
  const first = t.split(/_|\||｜| - /)[0]?.trim();
  return first || t;
}

/**
 * The charset a page declares in its first 2 KiB (`<meta charset="gbk">` or the http-equiv form), or
 * null. A hint only: the caller uses it when the bytes decode strictly with it.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}
