import { t } from '../i18n/i18n.ts';
import { SelectField, TextArea, TextField } from '../ui/field.tsx';
import { ChipPicker } from './chip-picker.tsx';
import type { Draft } from './draft.ts';
import { editorApi, type ArticleImage, type Section } from './editor.api.ts';

export type FieldErrors = Partial<Record<string, string>>;

interface SettingsProps {
  draft: Draft;
  onChange: (patch: Partial<Draft>) => void;
  sections: Section[];
  errors: FieldErrors;
  isNew: boolean;
  onChooseImage: () => void;
}

const searchAuthors = (q: string, signal: AbortSignal) =>
  editorApi.authors(q, signal).then((page) => page.items.map((a) => ({ key: a.slug, label: a.name })));
const searchTags = (q: string, signal: AbortSignal) =>
  editorApi.tags(q, signal).then((page) => page.items.map((tag) => ({ key: tag.name, label: tag.name })));

/** The sidebar's fields: address, section, bylines, tags, featured image and language. */
export function ArticleSettings({ draft, onChange, sections, errors, isNew, onChooseImage }: SettingsProps) {
  const url = `${window.location.origin}/${draft.sectionSlug || '…'}/${draft.slug || '…'}/`;
  return (
    <>
      <TextField label={t('editor.slug')} id="slug" value={draft.slug} maxLength={120} spellCheck={false}
        hint={t(isNew && !draft.slugTouched ? 'editor.slugHintNew' : 'editor.slugHint', { url })} error={errors.slug}
        onChange={(event) => onChange({ slug: event.target.value.toLowerCase().replace(/\s+/g, '-'), slugTouched: true })} />
      <SelectField label={t('editor.section')} id="sectionSlug" required value={draft.sectionSlug} error={errors.sectionSlug}
        onChange={(event) => onChange({ sectionSlug: event.target.value })}>
        <option value="">{t('editor.chooseSection')}</option>
        {sections.map((s) => <option key={s.slug} value={s.slug}>{s.name}</option>)}
      </SelectField>
      <ChipPicker id="authorSlugs" label={t('editor.authors')} hint={t('editor.authorsHint')} required error={errors.authorSlugs}
        values={draft.authors.map((a) => ({ key: a.slug, label: a.name }))}
        onChange={(chips) => onChange({ authors: chips.map((c) => ({ slug: c.key, name: c.label })) })}
        search={searchAuthors} />
      <ChipPicker id="tags" label={t('editor.tags')} hint={t('editor.tagsHint')} error={errors.tags} allowCreate
        values={draft.tags.map((name) => ({ key: name, label: name }))}
        onChange={(chips) => onChange({ tags: chips.map((c) => c.label) })}
        search={searchTags} />
      <FeaturedImage image={draft.image} error={errors.image} onChange={(image) => onChange({ image })} onChoose={onChooseImage} />
      <TextField label={t('editor.language')} id="language" value={draft.language} maxLength={35} spellCheck={false}
        hint={t('editor.languageHint')} error={errors.language}
        onChange={(event) => onChange({ language: event.target.value.trim() })} />
      <fieldset className="seo-fields">
        <legend className="field-label">{t('editor.seo.title')}</legend>
        <TextField label={t('editor.seo.seoTitle')} id="seoTitle" value={draft.seoTitle} maxLength={200} error={errors.seoTitle}
          hint={t('editor.seo.seoTitleHint', { count: draft.seoTitle.length })} onChange={(event) => onChange({ seoTitle: event.target.value })} />
        <TextArea label={t('editor.seo.seoDescription')} id="seoDescription" value={draft.seoDescription} maxLength={400} rows={3} error={errors.seoDescription}
          hint={t('editor.seo.seoDescriptionHint', { count: draft.seoDescription.length })} onChange={(event) => onChange({ seoDescription: event.target.value })} />
      </fieldset>
    </>
  );
}

function FeaturedImage({ image, error, onChange, onChoose }: {
  image: ArticleImage | null; error?: string | undefined; onChange: (image: ArticleImage | null) => void; onChoose: () => void;
}) {
  const set = (patch: Partial<ArticleImage>) => image && onChange({ ...image, ...patch });
  return (
    <fieldset className="featured-image">
      <legend className="field-label">{t('editor.image.title')}</legend>
      {image ? (
        <>
          <img className="featured-thumb" src={image.url} alt="" />
          <TextField label={t('editor.image.alt')} id="image-alt" value={image.alt} maxLength={500} onChange={(e) => set({ alt: e.target.value })} />
          <TextField label={t('editor.image.caption')} id="image-caption" value={image.caption} maxLength={1000} onChange={(e) => set({ caption: e.target.value })} />
          <TextField label={t('editor.image.credit')} id="image-credit" value={image.credit} maxLength={300} onChange={(e) => set({ credit: e.target.value })} />
        </>
      ) : <p className="muted">{t('editor.image.none')}</p>}
      {error ? <p className="field-error">{error}</p> : null}
      <div className="button-row">
        <button type="button" className="button" id="featured-image-choose" onClick={onChoose}>{t(image ? 'editor.image.change' : 'editor.image.choose')}</button>
        {image ? <button type="button" className="button" onClick={() => { onChange(null); document.getElementById('featured-image-choose')?.focus(); }}>{t('editor.image.remove')}</button> : null}
      </div>
    </fieldset>
  );
}
