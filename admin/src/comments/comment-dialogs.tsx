import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import { t, tn, type MessageKey } from '../i18n/i18n.ts';
import { CheckboxField, ErrorSummary, TextArea, TextField } from '../ui/field.tsx';
import { editComment, type CommentEdit, type ModeratedComment } from './comments.api.ts';
import { messageOf } from './use-moderation.ts';

type EditField = keyof CommentEdit;
const FIELD_IDS: Record<EditField, string> = { text: 'edit-text', authorName: 'edit-authorName', authorUrl: 'edit-authorUrl' };

/** Edit a comment's text, name or website; only what changed is sent. */
export function EditCommentForm({ comment, onSaved, onCancel }: { comment: ModeratedComment; onSaved: (updated: ModeratedComment) => void; onCancel: () => void }) {
  const [values, setValues] = useState<Required<CommentEdit>>({ text: comment.text, authorName: comment.authorName, authorUrl: comment.authorUrl });
  const [problem, setProblem] = useState<{ field?: EditField; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (field: EditField) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const change: CommentEdit = {};
    if (values.text !== comment.text) change.text = values.text;
    if (values.authorName !== comment.authorName) change.authorName = values.authorName;
    if (values.authorUrl !== comment.authorUrl) change.authorUrl = values.authorUrl;
    if (Object.keys(change).length === 0) { onCancel(); return; }
    setSaving(true);
    setProblem(null);
    try {
      onSaved(await editComment(comment.id, change));
    } catch (error) {
      const property = error instanceof ApiError ? error.property : undefined;
      const field = property === 'text' || property === 'authorName' || property === 'authorUrl' ? property : undefined;
      setProblem({ ...(field ? { field } : {}), message: messageOf(error) });
      setSaving(false);
    }
  }
  const errorFor = (field: EditField) => (problem?.field === field ? problem.message : undefined);

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={problem ? [{ ...(problem.field ? { field: FIELD_IDS[problem.field] } : {}), message: problem.message }] : []} />
      <TextArea id={FIELD_IDS.text} label={t('comments.edit.text')} value={values.text} onChange={set('text')} error={errorFor('text')} required rows={8} />
      <TextField id={FIELD_IDS.authorName} label={t('comments.edit.name')} value={values.authorName} onChange={set('authorName')} error={errorFor('authorName')} required autoComplete="off" />
      <TextField id={FIELD_IDS.authorUrl} label={t('comments.edit.website')} value={values.authorUrl} onChange={set('authorUrl')} error={errorFor('authorUrl')}
        inputMode="url" autoComplete="off" hint={t('comments.edit.websiteHint')} />
      <div className="dialog-actions">
        <button type="submit" className="button button-primary" disabled={saving}>{t(saving ? 'common.saving' : 'common.save')}</button>
        <button type="button" className="button" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}

/** Asks before deleting for good: nothing brings a deleted comment back. */
export function ConfirmDelete({ count, onConfirm, onCancel }: { count: number; onConfirm: () => void; onCancel: () => void }) {
  return (
    <div>
      <p>{tn('comments.delete.question', count)}</p>
      <p className="muted">{t('comments.delete.replies')}</p>
      <div className="dialog-actions">
        <button type="button" className="button button-danger" onClick={onConfirm}>{t('comments.action.delete')}</button>
        {/* Focus starts here: the safe choice, so Enter pressed by habit deletes nothing. */}
        <button type="button" className="button" onClick={onCancel} autoFocus>{t('common.cancel')}</button>
      </div>
    </div>
  );
}

const SHORTCUTS: [string, MessageKey][] = [
  ['j', 'comments.keys.next'], ['k', 'comments.keys.previous'], ['a', 'comments.keys.approve'], ['u', 'comments.keys.unapprove'],
  ['s', 'comments.keys.spam'], ['t', 'comments.keys.trash'], ['z', 'comments.keys.restore'], ['r', 'comments.keys.reply'],
  ['e', 'comments.keys.edit'], ['x', 'comments.keys.select'], ['?', 'comments.keys.help'],
];

/** The keyboard shortcuts, and the switch that turns them off. */
export function ShortcutsHelp({ enabled, onToggle }: { enabled: boolean; onToggle: (on: boolean) => void }) {
  return (
    <div>
      <p>{t('comments.keys.intro')}</p>
      <table className="data shortcuts-table">
        <caption className="visually-hidden">{t('comments.keys.title')}</caption>
        <thead><tr><th scope="col">{t('comments.keys.key')}</th><th scope="col">{t('comments.keys.does')}</th></tr></thead>
        <tbody>
          {SHORTCUTS.map(([key, label]) => (
            <tr key={key}><td><kbd>{key}</kbd></td><td>{t(label)}</td></tr>
          ))}
        </tbody>
      </table>
      <CheckboxField label={t('comments.keys.enabled')} hint={t('comments.keys.enabledHint')} checked={enabled} onChange={(e) => onToggle(e.target.checked)} />
    </div>
  );
}
