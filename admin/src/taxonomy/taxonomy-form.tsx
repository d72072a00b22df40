import { useState, type FormEvent } from 'react';
import { t } from '../i18n/i18n.ts';
import { TextArea, TextField } from '../ui/field.tsx';
import { fieldError, problemOf, Problems, type Problem } from './form-kit.tsx';
import { tk } from './kind-text.ts';
import { slugify } from '../ui/slugify.ts';
import { createTaxonomy, listAllSections, publicPath, updateTaxonomy, type TaxonomyFields, type TaxonomyItem, type TaxonomyKind } from './taxonomy.api.ts';

const IDS = { name: 'tx-name', slug: 'tx-slug', description: 'tx-description', bio: 'tx-bio' } as const;

interface TaxonomyFormProps {
  kind: TaxonomyKind;
  /** Absent when creating. */
  item?: TaxonomyItem;
  onDone: (saved: TaxonomyItem, created: boolean) => void;
  onCancel: () => void;
}

/** Create or edit a section, tag or author: name, slug (shown as the address it makes), and the text. */
export function TaxonomyForm({ kind, item, onDone, onCancel }: TaxonomyFormProps) {
  const [name, setName] = useState(item?.name ?? '');
  const [slug, setSlug] = useState(item?.slug ?? '');
  const [blurb, setBlurb] = useState((kind === 'authors' ? item?.bio : item?.description) ?? '');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const blurbField = kind === 'sections' ? 'description' : kind === 'authors' ? 'bio' : null;
  const nextSlug = slugify(slug.trim() === '' ? name : slug);
  const path = nextSlug ? publicPath(kind, nextSlug) : t('taxonomy.slug.pending');
  const renamed = item !== undefined && nextSlug !== '' && nextSlug !== item.slug;

  function check(): Problem[] {
    const found: Problem[] = [];
    if (name.trim() === '') found.push({ field: IDS.name, message: t('taxonomy.error.nameRequired') });
    if (slug.trim() !== '' && slugify(slug) === '') found.push({ field: IDS.slug, message: t('taxonomy.error.slugEmpty') });
    return found;
  }

  function changes(): TaxonomyFields {
    const fields: TaxonomyFields = {};
    if (!item || name.trim() !== item.name) fields.name = name.trim();
    if (slug.trim() !== '' && (!item || slugify(slug) !== item.slug)) fields.slug = slugify(slug);
    const before = (kind === 'authors' ? item?.bio : item?.description) ?? '';
    if (blurbField && (!item ? blurb.trim() !== '' : blurb.trim() !== before)) fields[blurbField] = blurb.trim();
    return fields;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = check();
    setProblems(found);
    if (found.length > 0) return;
    const fields = changes();
    if (item && Object.keys(fields).length === 0) { onDone(item, false); return; }
    setBusy(true);
    try {
      // A new section goes to the end of the navigation, not (at position 0) to its start.
      if (!item && kind === 'sections') fields.position = (await listAllSections()).reduce((max, s) => Math.max(max, (s.position ?? 0) + 1), 0);
      const saved = item ? await updateTaxonomy(kind, item.slug, fields) : await createTaxonomy(kind, fields);
      onDone(saved, !item);
    } catch (error) {
      setProblems([problemOf(error, IDS)]);
      setBusy(false);
    }
  }

  const slugHint = (
    <>
      {slug.trim() === '' ? t('taxonomy.slug.fromName') : t('taxonomy.slug.given')}{' '}
      <code className="tx-path">{path}</code>
    </>
  );

  return (
    <form onSubmit={submit} noValidate className="tx-form">
      <Problems errors={problems} />
      <TextField id={IDS.name} label={t('taxonomy.field.name')} value={name} required maxLength={kind === 'tags' ? 100 : 200}
        autoComplete="off" onChange={(e) => setName(e.target.value)} error={fieldError(problems, IDS.name)} />
      <TextField id={IDS.slug} label={t('taxonomy.field.slug')} value={slug} maxLength={120} autoComplete="off" spellCheck={false}
        onChange={(e) => setSlug(e.target.value)} hint={slugHint} error={fieldError(problems, IDS.slug)} />
      {renamed ? <p className="tx-note" role="note">{tk(kind, 'renameNote', { old: publicPath(kind, item.slug), next: path })}</p> : null}
      {blurbField ? (
        <TextArea id={IDS[blurbField]} label={t(blurbField === 'bio' ? 'taxonomy.field.bio' : 'taxonomy.field.description')} value={blurb} maxLength={2000} rows={4}
          hint={t(blurbField === 'bio' ? 'taxonomy.field.bioHint' : 'taxonomy.field.descriptionHint')}
          onChange={(e) => setBlurb(e.target.value)} error={fieldError(problems, IDS[blurbField])} />
      ) : null}
      <div className="tx-actions">
        <button type="submit" className="button button-primary" disabled={busy}>{busy ? t('common.saving') : item ? t('common.save') : t('common.create')}</button>
        <button type="button" className="button" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
