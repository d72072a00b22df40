import { Selection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { SessionUser } from '../api/types.ts';
import { useSession } from '../app/session.tsx';
import { t } from '../i18n/i18n.ts';
import { MediaPicker } from '../media/media-picker.tsx';
import type { MediaItem } from '../media/media.api.ts';
import { Dialog } from '../ui/dialog.tsx';
import { ErrorSummary, TextArea, TextField } from '../ui/field.tsx';
import { useNotices } from '../ui/notices.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { ArticleSettings } from './article-settings.tsx';
import { BodyEditor } from './body-editor.tsx';
import { CorrectionsPanel } from './corrections-panel.tsx';
import { missingForSave, type Draft } from './draft.ts';
import { CompareView, copyDraft, DraftView, FigureForm, LinkForm } from './editor-dialogs.tsx';
import { AsidePanel, ConflictPanel, RestoreOffer, SaveStatusLine } from './editor-notices.tsx';
import type { Comparison, EditableArticle, Section } from './editor.api.ts';
import { copyKey, readCopy, removeCopy, writeCopy, type LocalCopy } from './local-copy.ts';
import { PreviewPane, usePreview } from './preview.tsx';
import { RevisionsPanel } from './revisions-panel.tsx';
import { TopicsPanel } from './topics-panel.tsx';
import { isMac, ShortcutsTable } from './shortcuts.tsx';
import { useConflict } from './use-conflict.ts';
import { useArticleSession, mayAutosave, type SessionStart } from './use-article-session.ts';
import { useEditorKeys, useLeaveGuard } from './use-editor-keys.ts';
import { WorkflowPanel } from './workflow-panel.tsx';

/** Where the caret was, so a new article's move to its own address does not lose it. */
export interface FocusMemo { id: string | null; body: boolean; selection: unknown; range: [number, number] | null }

export interface Loaded extends SessionStart {
  /** Changes this browser kept that never reached the server, offered for restoring. */
  offer: LocalCopy | null;
  focus?: FocusMemo;
  /** What the writer asked for that the move to the new address interrupted. */
  then?: 'preview';
}

type DialogState =
  | { kind: 'shortcuts' } | { kind: 'link' } | { kind: 'figure'; pos: number } | { kind: 'preview' }
  | { kind: 'compare'; comparison: Comparison } | { kind: 'aside' };

const DIALOG_TITLES = {
  shortcuts: 'editor.keys.title', link: 'editor.link.title', figure: 'editor.figure.title', preview: 'editor.preview.title',
  compare: 'editor.conflict.compareTitle', aside: 'editor.aside.dialogTitle',
} as const;

// ErrorSummary focuses itself whenever it renders: it must render only when the problems change, not on every keystroke.
const Problems = memo(ErrorSummary);

function captureFocus(editor: Editor | null): FocusMemo {
  const el = document.activeElement;
  const body = Boolean(editor?.isFocused);
  const field = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : null;
  return {
    id: el instanceof HTMLElement && el.id ? el.id : null, body,
    selection: body && editor ? editor.state.selection.toJSON() : null,
    range: field ? [field.selectionStart ?? 0, field.selectionEnd ?? 0] : null,
  };
}

function restoreFocus(editor: Editor, memo: FocusMemo): void {
  if (memo.body) {
    try {
      editor.view.dispatch(editor.state.tr.setSelection(Selection.fromJSON(editor.state.doc, memo.selection)));
    } catch {
      // The document changed shape meanwhile: focus without the old caret.
    }
    editor.view.focus();
    return;
  }
  const el = memo.id ? document.getElementById(memo.id) : null;
  el?.focus();
  if (memo.range && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) el.setSelectionRange(...memo.range);
}

/** The editor on one article (or a new one): writing area, settings sidebar, and everything that keeps the work safe. */
export function ArticleEditor({ user, loaded, sections, onCreated, onSlugChanged }: {
  user: SessionUser; loaded: Loaded; sections: Section[];
  onCreated: (article: EditableArticle, next: () => Loaded) => void; onSlugChanged: (slug: string) => void;
}) {
  const { notify } = useNotices();
  const editorRef = useRef<Editor | null>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [picker, setPicker] = useState<'featured' | 'body' | null>(null);
  const [offer, setOffer] = useState(loaded.offer);
  const [sidebarOpen, setSidebarOpen] = useState(() => !window.matchMedia('(max-width: 760px)').matches);
  const then = useRef<Loaded['then']>(undefined);
  const dialogRef = useRef(dialog);
  dialogRef.current = dialog;
  const pickerRef = useRef(picker);
  pickerRef.current = picker;
  const session = useArticleSession(user.id, loaded, {
    // Read when the article's own screen takes over, not when the save answered: what the writer
    // typed or selected in between (they keep typing during a save) goes along too.
    onCreated: (article, dirty) => onCreated(article, () => ({
      article, draft: session.currentDraft(), dirty: dirty || session.isDirty(), offer: null, focus: captureFocus(editorRef.current), savedAt: new Date().toISOString(), then: then.current,
    })),
    onSlugChanged,
    mayCreateNow: () => {
      const el = document.activeElement;
      const typingChoice = el instanceof HTMLInputElement && el.getAttribute('role') === 'combobox' && el.value !== '';
      return dialogRef.current === null && pickerRef.current === null && !typingChoice;
    },
  });
  const { article, draft, errors } = session;
  const asideKey = copyKey(user.id, article?.slug ?? null, 'aside');
  const [aside, setAside] = useState<LocalCopy | null>(() => readCopy(asideKey));
  const autosave = mayAutosave(article, session.conflict);

  /** Keeps the writer's current version where they can find it, before something replaces it. */
  const setMineAside = useCallback(() => {
    const mine: LocalCopy = { draft: session.currentDraft(), baseRevision: session.baseRevision(), changedAt: new Date().toISOString() };
    writeCopy(asideKey, mine);
    setAside(mine);
  }, [asideKey, session]);

  // Typing while a restore is on offer must not overwrite the kept copy: it moves aside instead.
  const offerRef = useRef(offer);
  offerRef.current = offer;
  const change = useCallback((patch: Partial<Draft>) => {
    const pending = offerRef.current;
    if (pending) { writeCopy(asideKey, pending); setAside(pending); setOffer(null); offerRef.current = null; }
    session.change(patch);
  }, [asideKey, session]);

  const onReady = useCallback((ready: Editor | null) => {
    editorRef.current = ready;
    setEditor(ready);
    session.setEditor(ready);
  }, [session.setEditor]);

  const manualSave = useCallback(async () => {
    const wasNew = !session.currentArticle();
    const ok = await session.saveNow();
    if (ok && wasNew) notify(t('editor.created'));
    return ok;
  }, [session, notify]);

  const { can } = useSession();
  const preview = usePreview({ session, then, openDialog: () => setDialog({ kind: 'preview' }), mayLink: can('article.publish.any') || can('article.publish.own') });
  const conflict = useConflict({ session, slug: article?.slug ?? '', onAside: setMineAside, showComparison: (comparison) => setDialog({ kind: 'compare', comparison }), editor });
  useEditorKeys({ onSave: manualSave, onPreview: preview.open, onHelp: () => setDialog({ kind: 'shortcuts' }), dialogOpen: dialog !== null || picker !== null });
  useLeaveGuard(session);

  // Once the body editor exists: put the caret back where it was before the move to the new address.
  const restored = useRef(false);
  useEffect(() => {
    if (!editor || restored.current) return;
    restored.current = true;
    if (loaded.focus) restoreFocus(editor, loaded.focus);
    if (loaded.then === 'preview') void preview.open();
  }, [editor]);

  // A problem in a sidebar field must be visible to be fixed.
  useEffect(() => { if (session.problems.some((p) => p.field && p.field !== 'headline' && p.field !== 'standfirst')) setSidebarOpen(true); }, [session.problems]);

  function closePicker() {
    const from = picker;
    setPicker(null);
    window.setTimeout(() => (from === 'body' ? editorRef.current?.commands.focus() : document.getElementById('featured-image-choose')?.focus()), 0);
  }

  function pick(item: MediaItem) {
    const image = { url: item.url, alt: item.alt, caption: item.caption, credit: item.credit, width: item.width, height: item.height };
    if (picker === 'featured') change({ image });
    else editorRef.current?.chain().focus().insertContent({ type: 'figure', attrs: { src: item.url, alt: item.alt, width: item.width, height: item.height, caption: item.caption, credit: item.credit } }).run();
  }

  function restoreOffer(copy: LocalCopy) {
    session.replace(copy.draft, { dirty: true, baseRevision: copy.baseRevision ?? article?.revision ?? null });
    setOffer(null);
    notify(t('editor.restore.restored'));
    document.getElementById('headline')?.focus();
  }

  function discardOffer() {
    removeCopy(copyKey(user.id, article?.slug ?? null));
    setOffer(null);
    notify(t('editor.restore.discarded'));
    document.getElementById('headline')?.focus();
  }

  async function copyAside(copy: LocalCopy) {
    notify(t(await copyDraft(copy.draft) ? 'editor.aside.copied' : 'editor.aside.copyFailed'), 'info');
  }

  function forgetAside() {
    removeCopy(asideKey);
    setAside(null);
    document.getElementById('headline')?.focus();
  }

  const mod = isMac() ? 'Meta' : 'Control';
  const live = article?.status === 'published' || article?.status === 'scheduled';
  return (
    <div className="editor-screen">
      <PageHeader title={t(article ? 'editor.titleEdit' : 'editor.titleNew')} actions={<>
        {article ? <span className={`badge badge-${article.status}`}>{t('editor.status', { status: t(`editor.status.${article.status}`) })}</span> : null}
        {article?.status === 'published' ? <a className="button" href={article.path} target="_blank" rel="noopener">{t('editor.viewLive')}</a> : null}
        <button type="button" className="button" aria-keyshortcuts="?" onClick={() => setDialog({ kind: 'shortcuts' })}>{t('editor.shortcuts')}</button>
        <button type="button" className="button" aria-keyshortcuts={`${mod}+Shift+P`} onClick={() => void preview.open()}>{t('editor.preview')}</button>
        <button type="button" className="button button-primary" aria-keyshortcuts={`${mod}+S`} onClick={() => void manualSave()}>{t(live ? 'editor.saveLive' : 'editor.save')}</button>
      </>} />
      <SaveStatusLine save={session.save} dirty={session.dirty} autosave={autosave} waitingForFields={!article && missingForSave(draft).length > 0} storageFull={session.storageFull} />
      <Problems errors={session.problems} />
      {offer ? <RestoreOffer copy={offer} serverRevision={article?.revision ?? null} onRestore={() => restoreOffer(offer)} onDiscard={discardOffer} /> : null}
      {session.conflict ? <ConflictPanel message={conflict.message} busy={conflict.busy} onSee={() => void conflict.see()} onTheirs={() => void conflict.takeTheirs()} onOverwrite={() => void conflict.overwrite()} /> : null}
      {aside ? <AsidePanel copy={aside} onShow={() => setDialog({ kind: 'aside' })} onCopy={() => void copyAside(aside)} onDismiss={forgetAside} /> : null}
      <div className={`editor-grid${sidebarOpen ? '' : ' sidebar-closed'}`}>
        <div className="editor-main">
          <TextField label={t('editor.headline')} id="headline" className="headline-input" required maxLength={300} value={draft.headline}
            error={errors.headline} onChange={(e) => change({ headline: e.target.value })} />
          <TextArea label={t('editor.standfirst')} id="standfirst" rows={2} maxLength={1000} value={draft.standfirst} hint={t('editor.standfirstHint')}
            error={errors.standfirst} onChange={(e) => change({ standfirst: e.target.value })} />
          <BodyEditor initialHtml={loaded.draft.body} onReady={onReady} error={errors.body} handlers={{
            onChange: (body) => change({ body }),
            onLink: () => setDialog({ kind: 'link' }),
            onImage: () => setPicker('body'),
            onEditFigure: (pos) => setDialog({ kind: 'figure', pos }),
          }} />
        </div>
        <aside className="editor-sidebar" aria-labelledby="settings-title">
          <h2 id="settings-title" className="sidebar-title">
            <button type="button" className="sidebar-toggle" aria-expanded={sidebarOpen} aria-controls="editor-settings" onClick={() => setSidebarOpen((o) => !o)}>
              {t('editor.settings')}
            </button>
          </h2>
          <div id="editor-settings" className="sidebar-body" hidden={!sidebarOpen}>
            <ArticleSettings draft={draft} onChange={change} sections={sections} errors={errors} isNew={!article} onChooseImage={() => setPicker('featured')} />
            {article ? (
              <>
                <WorkflowPanel slug={article.slug} status={article.status} embargoUntil={article.embargoUntil} dirty={session.dirty} onChanged={() => void session.reload(false)} />
                <RevisionsPanel slug={article.slug} revision={article.revision} onRestored={() => { if (session.isDirty()) setMineAside(); void session.reload(true); }} />
                <CorrectionsPanel slug={article.slug} status={article.status} />
                <TopicsPanel slug={article.slug} revision={article.revision} />
              </>
            ) : null}
          </div>
        </aside>
      </div>
      <Dialog title={dialog ? t(DIALOG_TITLES[dialog.kind]) : ''} open={dialog !== null} onClose={() => setDialog(null)}
        wide={dialog?.kind === 'preview' || dialog?.kind === 'compare' || dialog?.kind === 'aside'}>
        {dialog?.kind === 'shortcuts' ? <ShortcutsTable /> : null}
        {dialog?.kind === 'link' && editor ? <LinkForm editor={editor} onDone={() => setDialog(null)} /> : null}
        {dialog?.kind === 'figure' && editor ? <FigureForm editor={editor} pos={dialog.pos} onDone={() => setDialog(null)} /> : null}
        {dialog?.kind === 'preview' ? <PreviewPane state={preview.state} draft={session.currentDraft()} dirty={session.dirty} /> : null}
        {dialog?.kind === 'compare' ? <CompareView comparison={dialog.comparison} /> : null}
        {dialog?.kind === 'aside' && aside ? <DraftView draft={aside.draft} /> : null}
      </Dialog>
      {picker ? <MediaPicker open onClose={closePicker} onPick={pick} /> : null}
    </div>
  );
}
