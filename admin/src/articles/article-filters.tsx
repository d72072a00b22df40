import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ARTICLE_STATUSES, type ArticleStatus } from '../editor/article-status.ts';
import { t } from '../i18n/i18n.ts';
import { SelectField, TextField } from '../ui/field.tsx';
import { ARTICLE_SORTS, type ArticleQuery, type ArticleSort } from './articles.api.ts';
import { isFiltered } from './articles-query.ts';
import { RefFilter, useDebounced } from './ref-filter.tsx';

/** A change to the filters; `typing` marks a search committed while the person types. */
export type FilterChange = (patch: Partial<ArticleQuery>, typing?: boolean) => void;

/**
 * Search, state, section, author, tag and order. Each applies as soon as it is chosen; the
 * search waits until typing pauses (or Enter).
 */
export function ArticleFilters({ query, onChange, onClear }: { query: ArticleQuery; onChange: FilterChange; onClear: () => void }) {
  const [text, setText] = useState(query.q ?? '');
  // The search last sent to the address: an address that differs came from Back or Clear.
  const committed = useRef(query.q ?? '');
  useEffect(() => {
    if ((query.q ?? '') === committed.current) return;
    committed.current = query.q ?? '';
    setText(query.q ?? '');
  }, [query.q]);

  const commit = (value: string, typing: boolean) => {
    const q = value.trim();
    if (q === committed.current) return;
    committed.current = q;
    onChange({ q: q || undefined }, typing);
  };
  const settled = useDebounced(text, 300);
  // Only a settled change of the text commits; commit itself is new each render and reads the latest props.
  useEffect(() => { commit(settled, true); }, [settled]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    commit(text, false);
  };

  return (
    <form className="filters articles-filters" role="search" aria-label={t('articles.filters')} onSubmit={submit}>
      <div className="articles-search">
        <TextField label={t('articles.search')} type="search" name="q" value={text} maxLength={200}
          autoComplete="off" onChange={(e) => setText(e.target.value)} />
      </div>
      <SelectField label={t('articles.filter.status')} value={query.status ?? ''}
        onChange={(e) => onChange({ status: (e.target.value || undefined) as ArticleStatus | undefined })}>
        <option value="">{t('articles.filter.anyStatus')}</option>
        {ARTICLE_STATUSES.map((s) => <option key={s} value={s}>{t(`articles.status.${s}`)}</option>)}
      </SelectField>
      <RefFilter kind="sections" value={query.section} onChange={(section) => onChange({ section })} />
      <RefFilter kind="authors" value={query.author} onChange={(author) => onChange({ author })} />
      <RefFilter kind="tags" value={query.tag} onChange={(tag) => onChange({ tag })} />
      <SelectField label={t('articles.filter.sort')} value={query.sort} onChange={(e) => onChange({ sort: e.target.value as ArticleSort })}>
        {ARTICLE_SORTS.map((s) => <option key={s} value={s}>{t(`articles.sort.${s}`)}</option>)}
      </SelectField>
      {/* A hidden submit lets Enter in the search box search at once. */}
      <button type="submit" className="visually-hidden" tabIndex={-1}>{t('common.search')}</button>
      {isFiltered(query) ? <button type="button" className="button articles-clear" onClick={onClear}>{t('articles.clear')}</button> : null}
    </form>
  );
}
