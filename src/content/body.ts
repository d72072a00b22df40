import MarkdownIt from 'markdown-it';
import { decodeHTML } from 'entities';
import sanitizeHtml from 'sanitize-html';

// The one allow-listed HTML subset article bodies may hold (DESIGN.md). Every write of a body
// goes through sanitiseBody, so readers, feeds and the API can all trust what is stored.
const BODY_POLICY: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'h2', 'h3', 'h4', 'blockquote', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'b', 'i', 'u', 's',
    'sub', 'sup', 'code', 'pre', 'br', 'hr', 'figure', 'figcaption', 'img', 'cite', 'q', 'abbr',
    'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'width', 'height'],
    abbr: ['title'],
    q: ['cite'],
    th: ['scope', 'colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  allowedClasses: { blockquote: ['pullquote'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Outbound links must not pass our readers' referrer or window to other sites.
  transformTags: {
    a: (tagName, attribs) => {
      const href = attribs.href ?? '';
      const external = /^https?:\/\//i.test(href);
      return { tagName, attribs: external ? { ...attribs, rel: 'noopener noreferrer' } : attribs };
    },
    h1: 'h2',
  },
  exclusiveFilter: (frame) => frame.tag === 'p' && frame.text.trim() === '' && !frame.mediaChildren.length,
};

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: true });

/** Cleans HTML down to the body subset; anything outside it is dropped, never executed. */
export function sanitiseBody(html: string): string {
  return sanitizeHtml(html, BODY_POLICY).trim();
}

/** Converts Markdown (which may embed HTML) to the body subset. */
export function markdownToBody(source: string): string {
  return sanitiseBody(markdown.render(source));
}

/** Strips all markup (and decodes entities), for descriptions, feeds' summaries and search snippets. */
export function toPlainText(html: string): string {
  return decodeHTML(sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })).replace(/\s+/g, ' ').trim();
}

/** Shortens plain text to at most `max` characters at a word boundary, marking the cut with an ellipsis. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
}

const BLOCK_END = /<\/(?:p|h[1-6]|li|blockquote|figcaption|figure|pre|ul|ol|aside|div)>|<br\s*\/?>/gi;

/** The body as plain-text blocks (paragraphs, headings, list items), for readable comparisons. */
export function toPlainBlocks(html: string): string[] {
  return html.replace(BLOCK_END, '$&\n').split('\n').map((chunk) => toPlainText(chunk)).filter((text) => text !== '');
}
