import { useEditorState, type Editor } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { isMac, shortcutText } from './shortcuts.tsx';

interface Tool {
  id: string;
  text: MessageKey;
  /** The accessible name when the visible text is an abbreviation; it starts with that text. */
  label?: MessageKey;
  keys?: string;
  /** Toggles (marks, block kinds) say whether they are on with aria-pressed. */
  pressed?: boolean;
  disabled?: boolean;
  run: () => void;
}

/** Quote and pull quote are one node with a class: toggling one off, switching to the other, or wrapping. */
export function toggleQuote(editor: Editor, pullquote: boolean): void {
  if (editor.isActive('blockquote', { pullquote })) editor.chain().focus().lift('blockquote').run();
  else if (editor.isActive('blockquote')) editor.chain().focus().updateAttributes('blockquote', { pullquote }).run();
  else editor.chain().focus().wrapIn('blockquote', { pullquote }).run();
}

/**
 * The formatting toolbar: one tab stop, arrow keys between buttons (the WAI toolbar pattern),
 * each button named in words, toggles with aria-pressed.
 */
export function BodyToolbar({ editor, onLink, onImage }: { editor: Editor; onLink: () => void; onImage: () => void }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'), italic: e.isActive('italic'), link: e.isActive('link'),
      h2: e.isActive('heading', { level: 2 }), h3: e.isActive('heading', { level: 3 }), h4: e.isActive('heading', { level: 4 }),
      quote: e.isActive('blockquote', { pullquote: false }), pullquote: e.isActive('blockquote', { pullquote: true }),
      bullets: e.isActive('bulletList'), numbers: e.isActive('orderedList'),
      canUndo: e.can().undo(), canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const tools: Tool[] = [
    { id: 'bold', text: 'editor.tool.bold', keys: 'Mod-B', pressed: state.bold, run: () => chain().toggleBold().run() },
    { id: 'italic', text: 'editor.tool.italic', keys: 'Mod-I', pressed: state.italic, run: () => chain().toggleItalic().run() },
    { id: 'link', text: 'editor.tool.link', keys: 'Mod-K', pressed: state.link, run: onLink },
    { id: 'h2', text: 'editor.tool.h2', label: 'editor.tool.h2.label', keys: 'Mod-Alt-2', pressed: state.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { id: 'h3', text: 'editor.tool.h3', label: 'editor.tool.h3.label', keys: 'Mod-Alt-3', pressed: state.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { id: 'h4', text: 'editor.tool.h4', label: 'editor.tool.h4.label', keys: 'Mod-Alt-4', pressed: state.h4, run: () => chain().toggleHeading({ level: 4 }).run() },
    { id: 'quote', text: 'editor.tool.quote', keys: 'Mod-Shift-B', pressed: state.quote, run: () => toggleQuote(editor, false) },
    { id: 'pullquote', text: 'editor.tool.pullquote', pressed: state.pullquote, run: () => toggleQuote(editor, true) },
    { id: 'bullets', text: 'editor.tool.bullets', label: 'editor.tool.bullets.label', keys: 'Mod-Shift-8', pressed: state.bullets, run: () => chain().toggleBulletList().run() },
    { id: 'numbers', text: 'editor.tool.numbers', label: 'editor.tool.numbers.label', keys: 'Mod-Shift-7', pressed: state.numbers, run: () => chain().toggleOrderedList().run() },
    { id: 'image', text: 'editor.tool.image', label: 'editor.tool.image.label', run: onImage },
    { id: 'rule', text: 'editor.tool.rule', label: 'editor.tool.rule.label', run: () => chain().setHorizontalRule().run() },
    { id: 'undo', text: 'editor.tool.undo', keys: 'Mod-Z', disabled: !state.canUndo, run: () => chain().undo().run() },
    { id: 'redo', text: 'editor.tool.redo', keys: 'Mod-Shift-Z', disabled: !state.canRedo, run: () => chain().redo().run() },
  ];
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: number | undefined;
    if (step) next = (active + step + tools.length) % tools.length;
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = tools.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
    refs.current[next]?.focus();
  }

  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('editor.toolbar')} aria-controls="body" onKeyDown={onKeyDown}>
      {tools.map((tool, i) => (
        <button key={tool.id} ref={(el) => { refs.current[i] = el; }} type="button" className={`button tool tool-${tool.id}`}
          tabIndex={i === active ? 0 : -1} aria-pressed={tool.pressed} aria-disabled={tool.disabled || undefined}
          aria-label={tool.label ? t(tool.label) : undefined} title={tool.keys ? `${t(tool.label ?? tool.text)} (${shortcutText(tool.keys)})` : undefined}
          aria-keyshortcuts={tool.keys ? tool.keys.replace('Mod', isMac() ? 'Meta' : 'Control') : undefined}
          // Keeps the body's selection: a click on the toolbar must not move focus out first.
          onMouseDown={(event) => event.preventDefault()}
          onFocus={() => setActive(i)}
          onClick={() => { if (!tool.disabled) tool.run(); }}>
          {t(tool.text)}
        </button>
      ))}
    </div>
  );
}
