import { useState } from 'react';
import { ApiError } from '../api/client.ts';
import { t } from '../i18n/i18n.ts';
import { LoadError, Loading, useNotices } from '../ui/notices.tsx';
import { useResource } from '../ui/use-resource.ts';
import { Dialog } from '../ui/dialog.tsx';
import { loadRevisions, restoreRevision } from './workflow.api.ts';
import { RevisionBrowser } from './revision-browser.tsx';
import { problemOf, type Problem } from './workflow-forms.tsx';
import './workflow.css';

export interface RevisionsPanelProps {
  slug: string;
  /** The revision the editor has loaded. */
  revision: number;
  /** Called after a restore: the editor reloads the article. */
  onRestored: () => void;
}

/** "Revisions (N)": a wide dialog with the list of revisions, a side-by-side comparison and restore. */
export function RevisionsPanel({ slug, revision, onRestored }: RevisionsPanelProps) {
  const { notify } = useNotices();
  const [open, setOpen] = useState(false);
  // Keyed by the loaded revision: every save adds one, and the count follows.
  const revisions = useResource((signal) => loadRevisions(slug, signal), `${slug}:${revision}`);
  const count = revisions.data?.items.length;

  async function restore(number: number): Promise<Problem | null> {
    try {
      const article = await restoreRevision(slug, number, revision);
      notify(t('revisions.restored', { number, revision: article.revision }));
      setOpen(false);
      onRestored();
      return null;
    } catch (error) {
      const problem = problemOf(error);
      // Someone saved since the editor loaded: say what to do, not only what happened.
      if (error instanceof ApiError && error.code === 'CONTENT_EDIT_CONFLICT') problem.message = `${problem.message} ${t('revisions.restore.conflict')}`;
      return problem;
    }
  }

  return (
    <div className="revisions-panel">
      <button type="button" className="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {count === undefined ? t('revisions.title') : t('revisions.openCount', { count })}
      </button>
      <Dialog title={t('revisions.title')} open={open} onClose={() => setOpen(false)} wide>
        {revisions.data ? <RevisionBrowser slug={slug} items={revisions.data.items} revision={revision} onRestore={restore} />
          : revisions.error ? <LoadError message={revisions.error.message} onRetry={revisions.reload} /> : <Loading />}
      </Dialog>
    </div>
  );
}
