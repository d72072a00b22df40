import { useEffect, useState } from 'react';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { SelectField, TextField } from '../ui/field.tsx';
import { useResource } from '../ui/use-resource.ts';
import { listRefs, REF_LIMIT, type RefKind } from './articles.api.ts';

/** A value that follows `value` once it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

const LABELS: Record<RefKind, { label: MessageKey; any: MessageKey; find: MessageKey }> = {
  sections: { label: 'articles.filter.section', any: 'articles.filter.anySection', find: 'articles.filter.find.sections' },
  authors: { label: 'articles.filter.author', any: 'articles.filter.anyAuthor', find: 'articles.filter.find.authors' },
  tags: { label: 'articles.filter.tag', any: 'articles.filter.anyTag', find: 'articles.filter.find.tags' },
};

/**
 * A section, author or tag to filter by. The first 100 are offered in a plain select; when a
 * newsroom has more, a search box beside it narrows the choices through the API's `q`.
 */
export function RefFilter({ kind, value, onChange }: { kind: RefKind; value: string | undefined; onChange: (slug: string | undefined) => void }) {
  const [find, setFind] = useState('');
  const q = useDebounced(find.trim(), 300);
  const refs = useResource((signal) => listRefs(kind, q, signal), q);
  const [many, setMany] = useState(false);
  useEffect(() => {
    if (q === '' && refs.data && refs.data.total > REF_LIMIT) setMany(true);
  }, [q, refs.data]);
  const items = refs.data?.items ?? [];
  const labels = LABELS[kind];

  return (
    <div className="articles-ref-filter">
      {many ? (
        <TextField label={t(labels.find)} type="search" value={find} onChange={(e) => setFind(e.target.value)} maxLength={100} autoComplete="off" />
      ) : null}
      <SelectField label={t(labels.label)} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{t(labels.any)}</option>
        {/* A choice from a shared link or an earlier search stays visible while it applies. */}
        {value && !items.some((item) => item.slug === value) ? <option value={value}>{value}</option> : null}
        {items.map((item) => <option key={item.slug} value={item.slug}>{item.name}</option>)}
      </SelectField>
    </div>
  );
}
