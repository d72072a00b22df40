import type { DOMOutputSpec } from '@tiptap/pm/model';
import { NodeSelection } from '@tiptap/pm/state';
import { Extension, Node, type AnyExtension } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { t } from '../i18n/i18n.ts';
import { BODY_EXTRAS } from './body-extras.ts';

/**
 * The editor's schema: exactly what src/content/body.ts keeps in a stored body, so what the
 * writer sees is what readers get. Paragraphs, subheads h2–h4, bold, italic, underline, strike,
 * code, links (http, https, mailto, or a path on this site), quotes and pull quotes, lists,
 * figures with caption and credit, rules and line breaks. There are no embeds: the allow-list
 * has no iframe.
 */

/** Link targets the body keeps: the web, email, or an address on this site. */
export function isBodyHref(href: string): boolean {
  return /^(?:https?:\/\/[^\s]+|mailto:[^\s]+|\/(?!\/)[^\s]*|#[^\s]+)$/i.test(href.trim());
}

/** What a writer typed as a link: "example.org/x" becomes https://…, an address becomes mailto:. */
export function normaliseHref(input: string): string {
  const value = input.trim();
  if (/^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(value)) return `mailto:${value}`;
  if (/^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:[/?#]\S*)?$/u.test(value)) return `https://${value}`;
  return value;
}

/** Images in a body come from the media library: a path on this site (the reader CSP allows no other). */
export function isBodyImage(src: string | null | undefined): src is string {
  return typeof src === 'string' && /^\/(?!\/)\S+$/.test(src);
}

export interface FigureAttrs {
  src: string;
  alt: string;
  width: number | null;
  height: number | null;
  caption: string;
  credit: string;
}

/** The image of a figure, or the element itself when a body holds a bare <img>. */
function imageOf(el: HTMLElement): HTMLImageElement | null {
  return el.tagName === 'IMG' ? (el as HTMLImageElement) : el.querySelector('img');
}

function numberAttr(value: string | null | undefined): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** A figcaption holds the caption, then the credit in <cite> (body.ts allows cite, not span). */
function captionParts(el: HTMLElement): { caption: string; credit: string } {
  const figcaption = el.querySelector('figcaption');
  if (!figcaption) return { caption: '', credit: '' };
  const cite = figcaption.querySelector('cite');
  const credit = cite?.textContent?.trim() ?? '';
  const copy = figcaption.cloneNode(true) as HTMLElement;
  copy.querySelector('cite')?.remove();
  return { caption: (copy.textContent ?? '').replace(/\s+/g, ' ').trim(), credit };
}

interface FigureOptions {
  /** Opens the image-details dialog for the figure at `pos`. */
  onEdit: (pos: number) => void;
}

/** <figure><img><figcaption>caption <cite>credit</cite></figcaption></figure>, as one block. */
export const Figure = Node.create<FigureOptions>({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addOptions: () => ({ onEdit: () => undefined }),
  addAttributes() {
    const attr = (parse: (el: HTMLElement) => unknown, fallback: unknown) => ({ default: fallback, rendered: false, parseHTML: parse });
    return {
      src: attr((el) => imageOf(el)?.getAttribute('src') ?? '', ''),
      alt: attr((el) => imageOf(el)?.getAttribute('alt') ?? '', ''),
      width: attr((el) => numberAttr(imageOf(el)?.getAttribute('width')), null),
      height: attr((el) => numberAttr(imageOf(el)?.getAttribute('height')), null),
      caption: attr((el) => captionParts(el).caption, ''),
      credit: attr((el) => captionParts(el).credit, ''),
    };
  },
  parseHTML() {
    return [
      { tag: 'figure', getAttrs: (el) => (isBodyImage(imageOf(el)?.getAttribute('src')) ? null : false) },
      // A bare image (an import, an old body) becomes a figure without a caption rather than being lost.
      { tag: 'img[src]', getAttrs: (el) => (isBodyImage(el.getAttribute('src')) ? null : false) },
    ];
  },
  renderHTML({ node }) {
    const a = node.attrs as FigureAttrs;
    const img: DOMOutputSpec = ['img', { src: a.src, alt: a.alt, ...(a.width ? { width: String(a.width) } : {}), ...(a.height ? { height: String(a.height) } : {}) }];
    if (!a.caption && !a.credit) return ['figure', img];
    const cite: DOMOutputSpec = ['cite', a.credit];
    const caption: (string | DOMOutputSpec)[] = a.credit ? (a.caption ? [`${a.caption} `, cite] : [cite]) : [a.caption];
    return ['figure', img, ['figcaption', ...caption]];
  },
  addKeyboardShortcuts() {
    return {
      // Keyboard users reach a figure with the arrow keys; Enter opens its details.
      Enter: ({ editor }) => {
        const { selection } = editor.state;
        if (!(selection instanceof NodeSelection) || selection.node.type.name !== 'figure') return false;
        this.options.onEdit(selection.from);
        return true;
      },
    };
  },
  addNodeView() {
    return ({ node: initial, getPos }) => {
      const dom = document.createElement('figure');
      dom.className = 'editor-figure';
      dom.contentEditable = 'false';
      const img = document.createElement('img');
      const figcaption = document.createElement('figcaption');
      const warning = document.createElement('p');
      warning.className = 'editor-figure-warning';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button';
      button.textContent = t('editor.figure.edit');
      button.addEventListener('click', () => {
        const pos = getPos();
        if (typeof pos === 'number') this.options.onEdit(pos);
      });
      dom.append(img, figcaption, warning, button);
      const draw = (attrs: FigureAttrs) => {
        img.src = attrs.src;
        img.alt = attrs.alt;
        figcaption.textContent = [attrs.caption, attrs.credit ? t('editor.figure.creditShown', { credit: attrs.credit }) : ''].filter(Boolean).join(' ') || t('editor.figure.noCaption');
        figcaption.classList.toggle('muted', !attrs.caption && !attrs.credit);
        warning.textContent = attrs.alt ? '' : t('editor.figure.noAlt');
        warning.hidden = Boolean(attrs.alt);
      };
      draw(initial.attrs as FigureAttrs);
      return {
        dom,
        update: (node) => {
          if (node.type.name !== 'figure') return false;
          draw(node.attrs as FigureAttrs);
          return true;
        },
        stopEvent: (event) => event.target === button,
        ignoreMutation: () => true,
      };
    };
  },
});

/** `<blockquote class="pullquote">`: the one class body.ts keeps. */
export const PullQuote = Extension.create({
  name: 'pullQuote',
  addGlobalAttributes() {
    return [{
      types: ['blockquote'],
      attributes: {
        pullquote: {
          default: false,
          parseHTML: (el: HTMLElement) => el.classList.contains('pullquote'),
          renderHTML: (attrs: Record<string, unknown>) => (attrs.pullquote ? { class: 'pullquote' } : {}),
        },
      },
    }];
  },
});

export interface BodyExtensionOptions {
  onEditFigure: (pos: number) => void;
  onLink: () => void;
}

/** The extensions of the body editor, wired to the screen's dialogs. */
export function bodyExtensions(options: BodyExtensionOptions): AnyExtension[] {
  const Shortcuts = Extension.create({
    name: 'datelineShortcuts',
    addKeyboardShortcuts: () => ({ 'Mod-k': () => { options.onLink(); return true; } }),
  });
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      link: {
        openOnClick: false,
        // With autolink on, TipTap makes links inclusive: text typed after a link would join it.
        autolink: false,
        linkOnPaste: true,
        defaultProtocol: 'https',
        // body.ts sets rel on outbound links itself and keeps no target.
        HTMLAttributes: { target: null, rel: null, class: null },
        isAllowedUri: (url) => isBodyHref(url),
      },
    }),
    PullQuote,
    Figure.configure({ onEdit: options.onEditFigure }),
    ...BODY_EXTRAS,
    Shortcuts,
  ];
}
