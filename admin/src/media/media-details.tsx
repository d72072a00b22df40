import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import { useSession } from '../app/session.tsx';
import { formatDateTime, t } from '../i18n/i18n.ts';
import { ErrorSummary, TextArea, TextField } from '../ui/field.tsx';
import { deleteMedia, thumbnailUrl, updateMedia, webpSrcSet, type MediaItem, type MediaText } from './media.api.ts';
import { MediaDelete } from './media-delete.tsx';
import { formatBytes } from './media-format.ts';

type Field = 'alt' | 'caption' | 'credit';
interface Problem { field?: Field; message: string }

const FIELDS = new Set<string>(['alt', 'caption', 'credit']);

function problemOf(error: unknown): Problem {
  if (!(error instanceof ApiError)) return { message: t('error.generic') };
  if (error.status === 0) return { message: t('error.network') };
  return FIELDS.has(error.property ?? '') ? { field: error.property as Field, message: error.message } : { message: error.message };
}

/**
 * One image: a preview, what it is, and its alt text, caption and credit to change; its
 * uploader and editors may also delete it. Only what this role may do is offered.
 */
export function MediaDetails({ item, onSaved, onDeleted }: { item: MediaItem; onSaved: (item: MediaItem) => void; onDeleted: (item: MediaItem) => void }) {
  const { user, can } = useSession();
  const id = useId();
  const mayChange = can('article.edit.any') || (user !== null && item.createdBy === user.id);
  const [text, setText] = useState<Required<MediaText>>({ alt: item.alt, caption: item.caption, credit: item.credit });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  // Said inside the dialog: the app's notices sit outside it, where a modal makes them inert.
  const [status, setStatus] = useState('');

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setStatus('');
    try {
      const saved = await updateMedia(item.id, text);
      setText({ alt: saved.alt, caption: saved.caption, credit: saved.credit });
      onSaved(saved);
      setStatus(t('media.details.saved'));
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  }

  const field = (name: Field) => ({
    id: `${id}-${name}`, name, value: text[name], disabled: !mayChange, error: problem?.field === name ? problem.message : undefined,
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setText((s) => ({ ...s, [name]: value }));
      setStatus('');
    },
  });

  return (
    <div className="media-details">
      <div className="media-details-preview">
        <img src={thumbnailUrl(item, 640)} srcSet={webpSrcSet(item)} sizes="(max-width: 600px) 100vw, 28rem" alt={item.alt} width={item.width} height={item.height} />
      </div>
      <div className="media-details-body">
        <dl className="media-facts">
          <dt>{t('media.details.fileName')}</dt><dd>{item.originalName || t('media.untitled')}</dd>
          <dt>{t('media.details.size')}</dt><dd>{formatBytes(item.bytes)} · {item.format.toUpperCase()}</dd>
          <dt>{t('media.details.dimensions')}</dt><dd>{t('media.details.pixels', { width: item.originalWidth, height: item.originalHeight })}</dd>
          <dt>{t('media.details.uploaded')}</dt><dd>{formatDateTime(item.createdAt)}</dd>
          <dt>{t('media.details.address')}</dt><dd><a href={item.url} target="_blank" rel="noopener">{t('media.details.open')}</a></dd>
        </dl>
        {item.alt.trim() === '' ? <p className="media-alt-warning"><span className="badge media-needs-alt">{t('media.needsAlt')}</span> {t('media.details.needsAltHelp')}</p> : null}
        {mayChange ? null : <p className="muted">{t('media.details.readOnly')}</p>}
        <ErrorSummary errors={problem && !problem.field ? [problem] : []} />
        <form onSubmit={save} className="media-text-form">
          <TextArea label={t('media.details.alt')} hint={t('media.details.altHint')} maxLength={500} rows={3} {...field('alt')} />
          <TextArea label={t('media.details.caption')} maxLength={1000} rows={3} {...field('caption')} />
          <TextField label={t('media.details.credit')} maxLength={300} {...field('credit')} />
          {mayChange ? (
            <div className="media-save">
              <button type="submit" className="button button-primary" disabled={busy}>{busy ? t('common.saving') : t('common.save')}</button>
              <p className="media-save-status" role="status">{status}</p>
            </div>
          ) : null}
        </form>
        {mayChange ? <MediaDelete name={item.originalName} onDelete={() => deleteMedia(item.id).then(() => onDeleted(item))} /> : null}
      </div>
    </div>
  );
}
