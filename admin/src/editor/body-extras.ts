import { Mark, Node, type AnyExtension } from '@tiptap/react';

/**
 * The rest of body.ts's allow-list, so that articles imported from WordPress keep it when they
 * are edited here: sub- and superscript, abbreviations, inline quotes, citations, and simple
 * tables. The toolbar does not make them (a newsroom rarely needs to); the editor keeps them.
 */

/** A mark written as one element with, at most, one kept attribute. */
function simpleMark(name: string, tag: string, attribute?: string) {
  return Mark.create({
    name,
    addAttributes: () => (attribute ? { [attribute]: { default: null } } : {}),
    parseHTML: () => [{ tag }],
    renderHTML: ({ HTMLAttributes }) => [tag, HTMLAttributes, 0],
  });
}

const Subscript = simpleMark('subscript', 'sub');
const Superscript = simpleMark('superscript', 'sup');
const Abbreviation = simpleMark('abbreviation', 'abbr', 'title');
const InlineQuote = simpleMark('inlineQuote', 'q', 'cite');
const Citation = simpleMark('citation', 'cite');

/** Cells hold blocks: imports write both `<td>text</td>` and `<td><p>text</p></td>`. */
function cell(name: string, tag: 'td' | 'th') {
  const span = (value: string | null) => {
    const n = Number(value);
    return Number.isInteger(n) && n > 1 ? n : null;
  };
  return Node.create({
    name,
    content: 'block+',
    isolating: true,
    addAttributes: () => ({
      colspan: { default: null, parseHTML: (el: HTMLElement) => span(el.getAttribute('colspan')) },
      rowspan: { default: null, parseHTML: (el: HTMLElement) => span(el.getAttribute('rowspan')) },
      ...(tag === 'th' ? { scope: { default: null, parseHTML: (el: HTMLElement) => (/^(row|col)$/.test(el.getAttribute('scope') ?? '') ? el.getAttribute('scope') : null) } } : {}),
    }),
    parseHTML: () => [{ tag }],
    renderHTML: ({ HTMLAttributes }) => [tag, HTMLAttributes, 0],
  });
}

const TableCell = cell('tableCell', 'td');
const TableHeader = cell('tableHeader', 'th');

const TableRow = Node.create({
  name: 'tableRow',
  content: '(tableCell | tableHeader)+',
  parseHTML: () => [{ tag: 'tr' }],
  renderHTML: () => ['tr', 0],
});

/** `<table>` with its rows; the caption is kept as text (a content hole must be an element's only child). */
const Table = Node.create({
  name: 'table',
  group: 'block',
  content: 'tableRow+',
  isolating: true,
  addAttributes: () => ({
    caption: { default: '', rendered: false, parseHTML: (el: HTMLElement) => el.querySelector(':scope > caption')?.textContent?.trim() ?? '' },
  }),
  parseHTML: () => [{ tag: 'table' }, { tag: 'caption', ignore: true }],
  renderHTML: ({ node }) => {
    const caption = String(node.attrs.caption ?? '');
    return caption ? ['table', ['caption', caption], ['tbody', 0]] : ['table', ['tbody', 0]];
  },
});

export const BODY_EXTRAS: AnyExtension[] = [Subscript, Superscript, Abbreviation, InlineQuote, Citation, Table, TableRow, TableCell, TableHeader];
