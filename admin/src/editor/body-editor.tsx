import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { t, tn } from '../i18n/i18n.ts';
import { bodyExtensions } from './body-schema.ts';
import { BodyToolbar } from './body-toolbar.tsx';
import { countWords, readingMinutes } from './draft.ts';
import { cleanPastedHtml } from './paste-clean.ts';

export interface BodyEditorHandlers {
  onChange: (html: string) => void;
  onLink: () => void;
  onImage: () => void;
  onEditFigure: (pos: number) => void;
}

/**
 * The body as stored: an empty document is an empty body, and the empty paragraph TipTap keeps
 * after a last table, list or figure (so the caret can go there) is not text (body.ts drops it).
 */
export function bodyHtml(editor: Editor): string {
  return editor.isEmpty ? '' : editor.getHTML().replace(/(?:<p><\/p>)+$/, '');
}

// What each editor last reported: the trailing paragraph appears on the first click, and is no change of the writer's.
const reported = new WeakMap<Editor, string>();

/** Puts other text in the body (their version, a restored copy) without it counting as the writer's change. */
export function replaceBody(editor: Editor, html: string): void {
  editor.commands.setContent(html, { emitUpdate: false });
  reported.set(editor, bodyHtml(editor));
}

/**
 * The article body: TipTap on the body schema, its toolbar, and a live word count. The editor is
 * created once per article; the screen replaces its content (restore, their version) through
 * the instance handed to onReady.
 */
export function BodyEditor({ initialHtml, handlers, onReady, error }: {
  initialHtml: string;
  handlers: BodyEditorHandlers;
  onReady: (editor: Editor | null) => void;
  error?: string | undefined;
}) {
  // The extensions are built once; they reach the screen's current callbacks through this ref.
  const latest = useRef(handlers);
  latest.current = handlers;
  const [words, setWords] = useState(0);
  const editor = useEditor({
    // TipTap would add its rules in an inline <style>, which the CSP refuses; editor.css has them.
    injectCSS: false,
    extensions: bodyExtensions({
      onEditFigure: (pos) => latest.current.onEditFigure(pos),
      onLink: () => latest.current.onLink(),
    }),
    content: initialHtml,
    editorProps: {
      attributes: {
        id: 'body', class: 'editor-body', role: 'textbox', 'aria-multiline': 'true',
        'aria-labelledby': 'body-label', 'aria-describedby': error ? 'body-count body-error' : 'body-count',
        ...(error ? { 'aria-invalid': 'true' } : {}),
      },
      transformPastedHTML: cleanPastedHtml,
    },
    onCreate: ({ editor: created }) => {
      setWords(countWords(created.getText()));
      reported.set(created, bodyHtml(created));
    },
    onUpdate: ({ editor: changed }) => {
      setWords(countWords(changed.getText()));
      const html = bodyHtml(changed);
      if (html === reported.get(changed)) return;
      reported.set(changed, html);
      latest.current.onChange(html);
    },
  }, []);

  useEffect(() => {
    onReady(editor);
    return () => onReady(null);
  }, [editor, onReady]);

  useEffect(() => {
    editor?.setOptions({ editorProps: { ...editor.options.editorProps, attributes: {
      ...(editor.options.editorProps.attributes as Record<string, string>),
      'aria-describedby': error ? 'body-count body-error' : 'body-count',
      'aria-invalid': error ? 'true' : 'false',
    } } });
  }, [editor, error]);

  if (!editor) return null;
  return (
    <div className={`editor-body-field${error ? ' has-error' : ''}`}>
      <p className="field-label" id="body-label">{t('editor.body')}</p>
      <BodyToolbar editor={editor} onLink={() => latest.current.onLink()} onImage={() => latest.current.onImage()} />
      <EditorContent editor={editor} />
      {error ? <p className="field-error" id="body-error">{error}</p> : null}
      <p className="muted editor-count" id="body-count">
        {tn('editor.words', words)}{words > 0 ? ` · ${tn('editor.readingTime', readingMinutes(words))}` : ''}
      </p>
    </div>
  );
}
