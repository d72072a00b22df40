import { isBodyHref, isBodyImage } from './body-schema.ts';

/**
 * Cleans HTML pasted from Word, Google Docs or web pages down to the body subset before the
 * editor parses it. ProseMirror would drop unknown elements by itself, but not the meaning hidden
 * in their styles: Google Docs wraps everything in `<b style="font-weight:normal">` (which would
 * make the whole paste bold) and marks bold and italic with styled spans; Word writes lists as
 * paragraphs with `mso-list` styles. Headings, bold, italic, links and lists are kept; fonts,
 * colours, classes, spans and empty paragraphs go.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(neutraliseStyles(html), 'text/html');
  const body = doc.body;
  removeComments(body);
  for (const el of elements(body)) if (DROP.has(el.localName) || el.localName.includes(':')) el.remove();
  convertWordLists(body);
  for (const el of elements(body)) applyStyleMeaning(el);
  for (const el of elements(body)) renameHeading(el);
  for (const el of elements(body)) checkLinkOrImage(el);
  // Innermost first: a <div> of text becomes a paragraph, and then its parent holds a block.
  for (const el of elements(body).reverse()) blockify(el);
  for (const el of elements(body)) if (!KEEP.has(el.localName)) unwrap(el);
  for (const el of elements(body)) stripAttributes(el);
  for (const el of elements(body).reverse()) removeIfEmpty(el);
  for (const br of Array.from(body.querySelectorAll('br'))) {
    // Google Docs puts <br> between blocks and ends paragraphs with one; neither is a line break the writer made.
    if (br.parentElement === body || !br.nextSibling) br.remove();
  }
  return body.innerHTML.trim();
}

/**
 * The parsed document inherits the page's CSP, which refuses inline styles and event handlers:
 * every style or on… attribute and <style> of the paste would be reported as a violation. Styles
 * are read under another name and handlers renamed (and dropped later with every other
 * attribute); only the insides of tags are touched, never the text.
 */
function neutraliseStyles(html: string): string {
  return html
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/(\s)style(\s*=)/gi, `$1${STYLE}$2`).replace(/(\s)on([a-z]+\s*=)/gi, '$1data-paste-on$2'));
}

const STYLE = 'data-paste-style';

/** Elements dropped with everything inside them. */
const DROP = new Set(['script', 'style', 'meta', 'link', 'title', 'head', 'template', 'iframe', 'object', 'embed', 'svg', 'math',
  'noscript', 'xml', 'form', 'input', 'button', 'select', 'textarea', 'canvas', 'video', 'audio', 'picture', 'source']);

/** The body subset (src/content/body.ts); anything else is unwrapped, keeping its text. */
const KEEP = new Set(['p', 'h2', 'h3', 'h4', 'blockquote', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'b', 'i', 'u', 's', 'sub', 'sup',
  'code', 'pre', 'br', 'hr', 'figure', 'figcaption', 'img', 'cite', 'q', 'abbr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption']);

const ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title'], img: ['src', 'alt', 'width', 'height'], ol: ['start'], abbr: ['title'], q: ['cite'],
  th: ['scope', 'colspan', 'rowspan'], td: ['colspan', 'rowspan'],
};

function elements(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('*'));
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

function wrapChildren(el: Element, tag: string): void {
  const wrapper = el.ownerDocument.createElement(tag);
  wrapper.append(...Array.from(el.childNodes));
  el.append(wrapper);
}

function removeComments(root: HTMLElement): void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

/** One declaration of an inline style; `(^|;)` so Word's `mso-bidi-font-weight` is not read as `font-weight`. */
function styleValue(el: Element, property: string): string | null {
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`, 'i').exec(el.getAttribute(STYLE) ?? '');
  return match?.[1]?.trim().toLowerCase() ?? null;
}

function weightOf(el: Element): 'bold' | 'normal' | null {
  const value = styleValue(el, 'font-weight');
  if (value === null) return null;
  if (value === 'bold' || value === 'bolder') return 'bold';
  const n = Number.parseInt(value, 10);
  return Number.isNaN(n) ? 'normal' : n >= 600 ? 'bold' : 'normal';
}

/** Turns styled spans into <strong>/<em>, and unwraps bold or italic elements styled back to normal. */
function applyStyleMeaning(el: HTMLElement): void {
  const tag = el.localName;
  const weight = weightOf(el);
  const fontStyle = styleValue(el, 'font-style');
  if ((tag === 'b' || tag === 'strong') && weight === 'normal') { unwrap(el); return; }
  if ((tag === 'i' || tag === 'em') && fontStyle === 'normal') { unwrap(el); return; }
  // Spans carry Google Docs' bold and italic; web pages also style whole blocks (not headings: Docs sets them to 400).
  if (tag !== 'span' && tag !== 'font' && tag !== 'p' && !CONTAINERS.has(tag)) return;
  if (weight === 'bold') wrapChildren(el, 'strong');
  if (fontStyle === 'italic' || fontStyle === 'oblique') wrapChildren(el.querySelector(':scope > strong') ?? el, 'em');
}

/** The body's subheads are h2–h4: a pasted title (h1) becomes h2, the smallest headings h4. */
function renameHeading(el: HTMLElement): void {
  const level = /^h([1-6])$/.exec(el.localName)?.[1];
  if (!level) return;
  const target = level === '1' ? 'h2' : Number(level) > 4 ? 'h4' : null;
  if (!target) return;
  const heading = el.ownerDocument.createElement(target);
  heading.append(...Array.from(el.childNodes));
  el.replaceWith(heading);
}

/** Layout boxes of web pages: blocks of text in them, so unwrapping them must not run lines together. */
const CONTAINERS = new Set(['div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'center', 'address', 'dd', 'dt']);
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, ul, ol, li, blockquote, figure, table, pre, hr, div, section, article, header, footer, main, aside, center, address, dl';

/** A container of text only becomes a paragraph; one holding blocks is left for unwrapping. */
function blockify(el: HTMLElement): void {
  if (!CONTAINERS.has(el.localName) || el.querySelector(BLOCKS)) return;
  const p = el.ownerDocument.createElement('p');
  p.append(...Array.from(el.childNodes));
  el.replaceWith(p);
}

function checkLinkOrImage(el: HTMLElement): void {
  if (el.localName === 'img' && !isBodyImage(el.getAttribute('src'))) { el.remove(); return; }
  if (el.localName !== 'a') return;
  let href = el.getAttribute('href') ?? '';
  // Links copied from a published Google Doc go through Google's redirector.
  const redirect = /^https:\/\/www\.google\.com\/url\?/.test(href) ? new URL(href).searchParams.get('q') : null;
  if (redirect) href = redirect;
  if (isBodyHref(href) && !href.startsWith('#')) el.setAttribute('href', href);
  else unwrap(el);
}

function stripAttributes(el: HTMLElement): void {
  const keep = ATTRIBUTES[el.localName] ?? [];
  const pullquote = el.localName === 'blockquote' && el.classList.contains('pullquote');
  for (const name of el.getAttributeNames()) if (!keep.includes(name)) el.removeAttribute(name);
  if (pullquote) el.className = 'pullquote';
}

const EMPTY_WHEN_BLANK = new Set(['p', 'h2', 'h3', 'h4', 'strong', 'em', 'b', 'i', 'u', 's', 'a', 'sub', 'sup', 'code', 'cite', 'blockquote', 'li', 'ul', 'ol']);

function removeIfEmpty(el: HTMLElement): void {
  if (!EMPTY_WHEN_BLANK.has(el.localName) || !el.isConnected) return;
  if ((el.textContent ?? '').replace(/[\s\u00a0\u200b]/g, '') !== '' || el.querySelector('img, hr')) return;
  el.remove();
}

interface WordItem { p: HTMLElement; level: number; ordered: boolean }

/**
 * Word writes each list item as `<p style="mso-list:l0 level1 lfo1">` with its bullet or number
 * as text in a `mso-list:Ignore` span. Runs of such paragraphs become real (nested) lists.
 */
function convertWordLists(root: HTMLElement): void {
  const items: WordItem[] = [];
  for (const p of Array.from(root.querySelectorAll<HTMLElement>('p'))) {
    const style = p.getAttribute(STYLE) ?? '';
    if (!/mso-list\s*:\s*l\d+/i.test(style)) continue;
    const marker = Array.from(p.querySelectorAll(`[${STYLE}]`)).find((el) => /mso-list\s*:\s*ignore/i.test(el.getAttribute(STYLE) ?? ''));
    const ordered = /^\(?(?:\d+|[a-z]{1,4})[.)]/i.test((marker?.textContent ?? '').trim());
    marker?.remove();
    items.push({ p, level: Number(/level(\d+)/i.exec(style)?.[1] ?? 1), ordered });
  }
  let stack: { list: HTMLElement; level: number }[] = [];
  let previous: HTMLElement | null = null;
  for (const item of items) {
    // A run ends where anything but another list paragraph comes between.
    if (!previous || previous.nextElementSibling !== item.p) stack = [];
    // Not removed yet: it marks where the next item's run continues.
    previous?.remove();
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) > item.level) stack.pop();
    let current = stack[stack.length - 1];
    if (!current || current.level < item.level) {
      const list = item.p.ownerDocument.createElement(item.ordered ? 'ol' : 'ul');
      const parentItem = current?.list.lastElementChild;
      if (parentItem) parentItem.append(list);
      else item.p.before(list);
      current = { list, level: item.level };
      stack.push(current);
    }
    const li = item.p.ownerDocument.createElement('li');
    li.append(...Array.from(item.p.childNodes));
    current.list.append(li);
    previous = item.p;
  }
  previous?.remove();
}
