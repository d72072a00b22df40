import { useState } from 'react';
import { t, tn } from '../i18n/i18n.ts';
import { SelectField, TextField } from '../ui/field.tsx';
import { useResource } from '../ui/use-resource.ts';
import { useDebounced } from './form-kit.tsx';
import { tk } from './kind-text.ts';
import { listTaxonomy, type TaxonomyKind } from './taxonomy.api.ts';

const SHOWN = 100;
// With this many or fewer to choose from, a plain select is easier than a search.
const SEARCH_FROM = 12;

interface TargetPickerProps {
  kind: TaxonomyKind;
  /** The select's id (for the error summary's link). */
  id: string;
  label: string;
  /** The chosen slug, '' for none. */
  value: string;
  onChange: (slug: string, name: string) => void;
  /** Left out of the choices: the item being deleted or merged. */
  exclude?: string;
  /** When given, '' is a real choice with this label ("No author profile"); else a prompt. */
  noneLabel?: string;
  /** The current choice's name, shown even when a search hides it. */
  currentName?: string;
  error?: string | undefined;
  hint?: string;
}

/**
 * Choose a section, tag or author: a select of up to 100, with a search box in front of it when
 * there are more than a handful (a site may have thousands of tags).
 */
export function TargetPicker({ kind, id, label, value, onChange, exclude, noneLabel, currentName, error, hint }: TargetPickerProps) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const list = useResource((signal) => listTaxonomy(kind, { q, limit: SHOWN }, signal), `${kind}|${q}`);
  const [names, setNames] = useState<Record<string, string>>(currentName && value ? { [value]: currentName } : {});
  const items = (list.data?.items ?? []).filter((item) => item.slug !== exclude);
  const showSearch = q !== '' || text !== '' || (list.data?.total ?? 0) > SEARCH_FROM;
  const chosenHidden = value !== '' && !items.some((item) => item.slug === value);
  const more = list.data && list.data.total > list.data.items.length ? t('taxonomy.picker.more', { shown: list.data.items.length, total: list.data.total }) : undefined;
  const status = list.loading && !list.data ? t('taxonomy.picker.loading') : items.length === 0 && q ? t('taxonomy.picker.noMatch') : more;

  function choose(slug: string) {
    const item = items.find((i) => i.slug === slug);
    if (item) setNames((known) => ({ ...known, [slug]: item.name }));
    onChange(slug, item?.name ?? names[slug] ?? slug);
  }

  return (
    <div className="tx-picker">
      {showSearch ? (
        <TextField label={tk(kind, 'pickerSearch')} type="search" value={text} maxLength={100} autoComplete="off"
          onChange={(e) => setText(e.target.value)} hint={status} />
      ) : null}
      {/* Announces how many match as someone types into the search. */}
      <p className="visually-hidden" aria-live="polite">{q && list.data ? tn('common.results', items.length) : ''}</p>
      <SelectField id={id} label={label} value={value} required={noneLabel === undefined} error={error} hint={hint}
        onChange={(e) => choose(e.target.value)}>
        <option value="">{noneLabel ?? t('taxonomy.picker.choose')}</option>
        {chosenHidden ? <option value={value}>{names[value] ?? value}</option> : null}
        {items.map((item) => (
          <option key={item.slug} value={item.slug}>
            {t('taxonomy.picker.option', { name: item.name, articles: tn('taxonomy.articleCount', item.articleCount) })}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
