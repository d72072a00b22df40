import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { formatDateTime, t } from '../i18n/i18n.ts';
import { useNotices } from '../ui/notices.tsx';
import { editorApi, type Comparison } from './editor.api.ts';
import type { ArticleSession } from './use-article-session.ts';

/**
 * The three ways out of a save conflict. None of them loses the writer's text: seeing theirs
 * changes nothing, taking theirs first sets the writer's version aside, overwriting saves it.
 */
export function useConflict({ session, slug, onAside, showComparison, editor }: {
  session: ArticleSession; slug: string; onAside: () => void; showComparison: (comparison: Comparison) => void; editor: Editor | null;
}) {
  const { notify } = useNotices();
  const [busy, setBusy] = useState(false);
  const [who, setWho] = useState<string | null>(null);
  const conflict = session.conflict;

  // The server's message names who and when in its own words; the revision list lets it read as the newsroom reads times.
  useEffect(() => {
    setWho(null);
    if (!conflict || !slug) return undefined;
    let live = true;
    editorApi.revisions(slug).then(({ items }) => {
      const latest = items.reduce<(typeof items)[number] | undefined>((a, b) => (!a || b.number > a.number ? b : a), undefined);
      if (!live || !latest) return;
      setWho(t('editor.conflict.who', {
        name: latest.by?.name ?? t('editor.conflict.someone'), time: formatDateTime(latest.at), revision: latest.number, base: session.baseRevision() ?? '',
      }));
    }, () => undefined);
    return () => { live = false; };
  }, [conflict, slug]);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      notify(error instanceof ApiError && error.status !== 0 ? error.message : t('error.network'), 'error');
    } finally {
      setBusy(false);
    }
  }

  return {
    busy,
    /** Who saved meanwhile and when, once known; the server's message until then. */
    message: who ?? conflict ?? '',
    /** Their changes since the revision the writer started from, as the server compares them. */
    see: () => run(async () => {
      const theirs = await editorApi.article(slug);
      const base = session.baseRevision();
      const comparison = base !== null && base >= 1 && base < theirs.revision
        ? await editorApi.compare(slug, base, theirs.revision)
        : { from: base ?? theirs.revision, to: theirs.revision, fields: [] };
      showComparison(comparison);
    }),
    takeTheirs: () => run(async () => {
      onAside();
      if (await session.resolveConflict('theirs')) {
        notify(t('editor.conflict.loaded'));
        document.getElementById('aside-title')?.closest('section')?.querySelector('button')?.focus();
      }
    }),
    overwrite: () => run(async () => {
      if (await session.resolveConflict('overwrite')) {
        notify(t('editor.conflict.overwritten'));
        editor?.commands.focus();
      }
    }),
  };
}
