import { useRef, useState, type MutableRefObject } from 'react';
import { ApiError } from '../api/client.ts';
import { t } from '../i18n/i18n.ts';
import { LoadError } from '../ui/notices.tsx';
import type { Draft } from './draft.ts';
import { DraftView } from './editor-dialogs.tsx';
import { editorApi } from './editor.api.ts';
import { mayAutosave, type ArticleSession } from './use-article-session.ts';

export type PreviewState =
  | { kind: 'loading' }
  | { kind: 'link'; path: string; url: string; live: boolean }
  | { kind: 'local' }
  | { kind: 'error'; message: string };

interface Link { articleId: number; path: string; url: string; expiresAt: string }

/**
 * Preview as readers will see it: save what is unsaved (never for a live article), then show the
 * article through a preview link (made once and reused while it lasts). A role that may not
 * make links sees the text as the editor holds it.
 */
export function usePreview({ session, then, openDialog, mayLink }: {
  session: ArticleSession; then: MutableRefObject<'preview' | undefined>; openDialog: () => void;
  /** False for a role with no publish permission at all: asking for a link would only be refused. */
  mayLink: boolean;
}) {
  const [state, setState] = useState<PreviewState>({ kind: 'loading' });
  const link = useRef<Link | null>(null);

  async function open() {
    let article = session.currentArticle();
    if (!article || (session.isDirty() && mayAutosave(article, session.conflict))) {
      const wasNew = !article;
      // A new article moves to its own address once created; the preview opens there.
      if (wasNew) then.current = 'preview';
      const ok = await session.saveNow();
      then.current = undefined;
      if (!ok || wasNew) return;
      article = session.currentArticle();
      if (!article) return;
    }
    setState({ kind: 'loading' });
    openDialog();
    if (!mayLink) { setState({ kind: 'local' }); return; }
    try {
      let current = link.current;
      if (!current || current.articleId !== article.id || Date.parse(current.expiresAt) - Date.now() < 10 * 60_000) {
        const made = await editorApi.previewLink(article.slug);
        // The iframe loads it from this origin: the site URL may name the host differently.
        current = { articleId: article.id, path: new URL(made.url, window.location.origin).pathname, url: made.url, expiresAt: made.expiresAt };
        link.current = current;
      }
      setState({ kind: 'link', path: current.path, url: current.url, live: article.status === 'published' });
    } catch (error) {
      if (error instanceof ApiError && error.status === 403) setState({ kind: 'local' });
      else setState({ kind: 'error', message: error instanceof ApiError && error.status !== 0 ? error.message : t('error.network') });
    }
  }

  return { state, open };
}

export function PreviewPane({ state, draft, dirty }: { state: PreviewState; draft: Draft; dirty: boolean }) {
  if (state.kind === 'loading') return <p className="loading" role="status">{t('editor.preview.loading')}</p>;
  if (state.kind === 'error') return <LoadError message={state.message} />;
  if (state.kind === 'local') {
    return (
      <>
        <p className="muted">{t('editor.preview.local')}</p>
        <DraftView draft={draft} />
      </>
    );
  }
  return (
    <>
      {state.live && dirty ? <p className="muted">{t('editor.preview.published')}</p> : null}
      <p><a href={state.url} target="_blank" rel="noopener">{t('editor.preview.open')}</a></p>
      <iframe className="preview-frame" src={state.path} title={t('editor.preview.frame', { headline: draft.headline })} />
    </>
  );
}
