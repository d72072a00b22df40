import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import { t, tn } from '../i18n/i18n.ts';
import { problemOf, Problems, fieldError, type Problem } from './form-kit.tsx';
import { tk, tkn } from './kind-text.ts';
import { deleteTaxonomy, mergeTag, publicPath, type TaxonomyItem, type TaxonomyKind } from './taxonomy.api.ts';
import { TargetPicker } from './target-picker.tsx';

const TARGET_ID = 'tx-target';

/** How a delete or merge ended, for the screen's notice: `target` names where the articles went. */
export interface Outcome { item: TaxonomyItem; target?: string }

interface DeleteProps {
  kind: TaxonomyKind;
  item: TaxonomyItem;
  onDone: (outcome: Outcome) => void;
  onCancel: () => void;
}

/**
 * Delete with the API's rules: an unused item goes after a confirmation; a section or author in
 * use needs a successor for its articles; a tag in use is merged into another or taken off them.
 */
export function DeleteForm({ kind, item, onDone, onCancel }: DeleteProps) {
  // The count may be stale (someone filed an article meanwhile): a 409 switches to the in-use form.
  const [inUse, setInUse] = useState(item.articleCount > 0);
  const [mode, setMode] = useState<'merge' | 'remove'>('merge');
  const [target, setTarget] = useState('');
  const [targetName, setTargetName] = useState('');
  const choose = (slug: string, name: string) => { setTarget(slug); setTargetName(name); };
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const needsTarget = inUse && (kind !== 'tags' || mode === 'merge');
  const count = item.articleCount;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (needsTarget && target === '') { setProblems([{ field: TARGET_ID, message: t('taxonomy.error.chooseTarget') }]); return; }
    setBusy(true);
    setProblems([]);
    try {
      if (kind === 'tags' && inUse && mode === 'merge') await mergeTag(item.slug, target);
      else await deleteTaxonomy(kind, item.slug, kind === 'tags' ? { force: inUse } : { reassignTo: inUse ? target : undefined });
      onDone(needsTarget ? { item, target: targetName } : { item });
    } catch (error) {
      const nowInUse = error instanceof ApiError && error.status === 409 && error.code.endsWith('_IN_USE') && !inUse;
      if (nowInUse) setInUse(true);
      setProblems([nowInUse ? { message: t('taxonomy.error.nowInUse') } : problemOf(error, { reassignTo: TARGET_ID, into: TARGET_ID })]);
      setBusy(false);
    }
  }

  const path = publicPath(kind, item.slug);
  let submitLabel = t('taxonomy.delete.confirm');
  if (needsTarget) submitLabel = tkn(kind, 'moveAndDelete', count);
  else if (inUse) submitLabel = tn('taxonomy.delete.removeAndDelete', count);

  return (
    <form onSubmit={submit} noValidate className="tx-form">
      <Problems errors={problems} />
      {!inUse ? <p>{t('taxonomy.delete.unused', { name: item.name })}</p> : null}
      {inUse && kind !== 'tags' ? <p>{tkn(kind, 'inUse', count, { name: item.name })}</p> : null}
      {inUse && kind === 'tags' ? (
        <fieldset className="tx-choice">
          <legend>{tkn(kind, 'inUse', count, { name: item.name })}</legend>
          <label><input type="radio" name="tx-mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {t('taxonomy.delete.mergeOption')}</label>
          <label><input type="radio" name="tx-mode" value="remove" checked={mode === 'remove'} onChange={() => setMode('remove')} /> {t('taxonomy.delete.removeOption')}</label>
        </fieldset>
      ) : null}
      {needsTarget ? (
        <TargetPicker kind={kind} id={TARGET_ID} label={tk(kind, 'reassignLabel')} value={target} onChange={choose} exclude={item.slug}
          hint={tk(kind, 'reassignNote', { path })} error={fieldError(problems, TARGET_ID)} />
      ) : null}
      {inUse && kind === 'tags' && mode === 'remove' ? <p className="tx-note">{t('taxonomy.delete.removeNote', { path })}</p> : null}
      <div className="tx-actions">
        <button type="submit" className="button button-danger" disabled={busy}>{busy ? t('taxonomy.working') : submitLabel}</button>
        <button type="button" className="button" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}

/** Merge a tag into another: its articles get the other tag, and its address redirects there. */
export function MergeForm({ item, onDone, onCancel }: Omit<DeleteProps, 'kind'>) {
  const [target, setTarget] = useState('');
  const [targetName, setTargetName] = useState('');
  const choose = (slug: string, name: string) => { setTarget(slug); setTargetName(name); };
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (target === '') { setProblems([{ field: TARGET_ID, message: t('taxonomy.error.chooseTarget') }]); return; }
    setBusy(true);
    setProblems([]);
    try {
      await mergeTag(item.slug, target);
      onDone({ item, target: targetName });
    } catch (error) {
      setProblems([problemOf(error, { into: TARGET_ID })]);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="tx-form">
      <Problems errors={problems} />
      <p>{tn('taxonomy.merge.intro', item.articleCount, { name: item.name, path: publicPath('tags', item.slug) })}</p>
      <TargetPicker kind="tags" id={TARGET_ID} label={tk('tags', 'reassignLabel')} value={target} onChange={choose} exclude={item.slug}
        error={fieldError(problems, TARGET_ID)} />
      <div className="tx-actions">
        <button type="submit" className="button button-primary" disabled={busy}>{busy ? t('taxonomy.working') : t('taxonomy.merge.submit')}</button>
        <button type="button" className="button" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
