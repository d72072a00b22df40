import type { Editor } from '@tiptap/react';
import { useState, type FormEvent } from 'react';
import { t } from '../i18n/i18n.ts';
import { TextField } from '../ui/field.tsx';
import { isBodyHref, normaliseHref, type FigureAttrs } from './body-schema.ts';
import type { Draft } from './draft.ts';
import type { Comparison } from './editor.api.ts';
import { cleanPastedHtml } from './paste-clean.ts';

/** Give focus back to the body where the writer was, once the dialog has closed. */
function backToBody(editor: Editor): void {
  window.setTimeout(() => editor.commands.focus(), 0);
}

/** Add, change or remove the link on the selection (Ctrl+K). */
export function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const current = (editor.getAttributes('link') as { href?: string }).href ?? '';
  const [href, setHref] = useState(current);
  const [error, setError] = useState<string>();

  function apply(event: FormEvent) {
    event.preventDefault();
    const target = normaliseHref(href);
    if (!isBodyHref(target)) {
      setError(t('editor.link.bad'));
      // Back to the field, so the error (tied to it) is read out with it.
      document.getElementById('link-href')?.focus();
      return;
    }
    const { empty } = editor.state.selection;
    const chain = editor.chain().focus();
    if (editor.isActive('link')) chain.extendMarkRange('link').setLink({ href: target }).run();
    // Nothing selected: the address itself becomes the linked text.
    else if (empty) chain.insertContent({ type: 'text', text: target.replace(/^mailto:/, ''), marks: [{ type: 'link', attrs: { href: target } }] }).run();
    else chain.setLink({ href: target }).run();
    onDone();
    backToBody(editor);
  }

  function remove() {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onDone();
    backToBody(editor);
  }

  return (
    <form onSubmit={apply} noValidate>
      <TextField label={t('editor.link.url')} id="link-href" type="text" inputMode="url" value={href} autoFocus spellCheck={false}
        hint={t('editor.link.urlHint')} error={error} onChange={(e) => { setHref(e.target.value); setError(undefined); }} />
      <div className="button-row">
        <button type="submit" className="button button-primary">{t('editor.link.apply')}</button>
        {current ? <button type="button" className="button" onClick={remove}>{t('editor.link.remove')}</button> : null}
      </div>
    </form>
  );
}

/** Alternative text, caption and credit of a figure in the body. */
export function FigureForm({ editor, pos, onDone }: { editor: Editor; pos: number; onDone: () => void }) {
  const node = editor.state.doc.nodeAt(pos);
  const attrs = node?.attrs as FigureAttrs | undefined;
  const [alt, setAlt] = useState(attrs?.alt ?? '');
  const [caption, setCaption] = useState(attrs?.caption ?? '');
  const [credit, setCredit] = useState(attrs?.credit ?? '');
  if (!node || !attrs) return null;

  function apply(event: FormEvent) {
    event.preventDefault();
    editor.chain().focus().command(({ tr }) => {
      tr.setNodeMarkup(pos, undefined, { ...attrs, alt: alt.trim(), caption: caption.trim(), credit: credit.trim() });
      return true;
    }).setNodeSelection(pos).run();
    onDone();
    backToBody(editor);
  }

  function remove() {
    editor.chain().focus().deleteRange({ from: pos, to: pos + (node?.nodeSize ?? 1) }).run();
    onDone();
    backToBody(editor);
  }

  return (
    <form onSubmit={apply}>
      <img className="figure-preview" src={attrs.src} alt="" />
      <TextField label={t('editor.figure.alt')} id="figure-alt" value={alt} maxLength={500} autoFocus hint={t('editor.figure.altHint')} onChange={(e) => setAlt(e.target.value)} />
      <TextField label={t('editor.figure.caption')} id="figure-caption" value={caption} maxLength={1000} onChange={(e) => setCaption(e.target.value)} />
      <TextField label={t('editor.figure.credit')} id="figure-credit" value={credit} maxLength={300} onChange={(e) => setCredit(e.target.value)} />
      <div className="button-row">
        <button type="submit" className="button button-primary">{t('editor.figure.apply')}</button>
        <button type="button" className="button button-danger" onClick={remove}>{t('editor.figure.remove')}</button>
      </div>
    </form>
  );
}

/** What changed between the revision the writer edited and the newest, as the server compares them. */
export function CompareView({ comparison }: { comparison: Comparison }) {
  if (comparison.fields.length === 0) return <p>{t('editor.conflict.noChanges')}</p>;
  return (
    <div className="compare">
      {comparison.fields.map((field) => (
        <section key={field.field} className="compare-field">
          <h3>{field.field}</h3>
          <p className="compare-text">
            {field.parts.map((part, i) => part.op === 'same' ? <span key={i}>{part.text}</span>
              : part.op === 'added'
                ? <ins key={i}><span className="visually-hidden">{t('editor.conflict.added')} </span>{part.text}</ins>
                : <del key={i}><span className="visually-hidden">{t('editor.conflict.removed')} </span>{part.text}</del>)}
          </p>
        </section>
      ))}
    </div>
  );
}

/** A draft as text to read (and select and copy): the writer's own version kept aside, or a preview. */
export function DraftView({ draft }: { draft: Draft }) {
  return (
    <article className="draft-view" lang={draft.language || undefined}>
      <h3 className="draft-view-headline">{draft.headline}</h3>
      {draft.standfirst ? <p className="draft-view-standfirst">{draft.standfirst}</p> : null}
      {/* Cleaned like a paste: a copy read back from browser storage is not trusted to be the editor's own output. */}
      <div className="draft-view-body" dangerouslySetInnerHTML={{ __html: cleanPastedHtml(draft.body) }} />
    </article>
  );
}

/** Puts a draft on the clipboard as rich text and plain text; false when the browser refuses. */
export async function copyDraft(draft: Draft): Promise<boolean> {
  const html = `<h2>${escapeHtml(draft.headline)}</h2><p>${escapeHtml(draft.standfirst)}</p>${draft.body}`;
  const text = [draft.headline, draft.standfirst, new DOMParser().parseFromString(draft.body, 'text/html').body.innerText].filter(Boolean).join('\n\n');
  try {
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) })]);
    } else {
      await navigator.clipboard.writeText(text);
    }
    return true;
  } catch {
    return false;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}
