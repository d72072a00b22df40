import { useCallback, useEffect, useState, type FormEvent, type Ref } from 'react';
import type { Page } from '../api/types.ts';
import { t, tn } from '../i18n/i18n.ts';
import { LoadError, Loading } from '../ui/notices.tsx';
import { Pagination } from '../ui/pagination.tsx';
import { useResource, type Resource } from '../ui/use-resource.ts';
import { listMedia, type MediaItem } from './media.api.ts';
import { MediaGrid } from './media-grid.tsx';

// Divides into rows of 2, 3, 4 and 6 cells, so no layout ends with a ragged last row but the last page.
const PAGE_SIZE = 24;
// Typing pauses this long before the library is asked; Enter searches at once.
const TYPING_PAUSE_MS = 300;

export interface MediaLibrary {
  /** What is in the search box. */
  query: string;
  setQuery: (query: string) => void;
  /** Searches for what is in the box now, without waiting for the typing pause. */
  searchNow: () => void;
  /** What the shown results were searched for. */
  searched: string;
  page: number;
  setPage: (page: number) => void;
  list: Resource<Page<MediaItem>>;
  reload: () => void;
}

/** The library's state shared by the screen and the picker: search, page, and the loaded page. */
export function useMediaLibrary(): MediaLibrary {
  const [query, setQueryState] = useState('');
  // Kept together: a new search starts on its first page, the same search again keeps the page.
  const [shown, setShown] = useState({ searched: '', page: 1 });
  const [version, setVersion] = useState(0);
  const { searched, page } = shown;

  const search = useCallback((term: string) => setShown((s) => (s.searched === term ? s : { searched: term, page: 1 })), []);
  const setPage = useCallback((next: number) => setShown((s) => ({ ...s, page: next })), []);
  useEffect(() => {
    const timer = window.setTimeout(() => search(query.trim()), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [query, search]);

  const list = useResource((signal) => listMedia({ q: searched, page, limit: PAGE_SIZE }, signal), `${searched}\n${page}\n${version}`);
  // A delete can empty the last page: show the new last one instead of nothing.
  const last = list.data && list.data.items.length === 0 && list.data.page > 1 ? list.data.pageCount : null;
  useEffect(() => { if (last !== null) setPage(last); }, [last, setPage]);
  const setQuery = useCallback((next: string) => setQueryState(next.slice(0, 200)), []);
  const searchNow = useCallback(() => search(query.trim()), [query, search]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { query, setQuery, searchNow, searched, page, setPage, list, reload };
}

/** The search box: searches as one types (after a pause) and on Enter. */
export function MediaSearch({ library, id }: { library: MediaLibrary; id: string }) {
  const submit = (event: FormEvent) => { event.preventDefault(); library.searchNow(); };
  // Not TextField: the button sits on the box's line, with the hint below both.
  return (
    <form role="search" className="field media-search" onSubmit={submit}>
      <label className="field-label" htmlFor={id}>{t('media.search.label')}</label>
      <div className="media-search-row">
        <input id={id} className="input" type="search" value={library.query} maxLength={200} aria-describedby={`${id}-hint`}
          onChange={(e) => library.setQuery(e.currentTarget.value)} />
        <button type="submit" className="button">{t('common.search')}</button>
      </div>
      <p className="field-hint" id={`${id}-hint`}>{t('media.search.hint')}</p>
    </form>
  );
}

/** The count (read out when it changes), the grid and its pages, or why there is nothing. */
export function MediaResults({ library, onSelect, gridRef }: { library: MediaLibrary; onSelect: (item: MediaItem) => void; gridRef?: Ref<HTMLUListElement> }) {
  const { list, searched } = library;
  if (list.error && !list.data) return <LoadError message={list.error.status === 0 ? t('error.network') : list.error.message} onRetry={list.reload} />;
  if (!list.data) return <Loading />;
  const { items, total, page, pageCount } = list.data;
  const count = total === 0
    ? t(searched ? 'media.search.none' : 'media.empty', { q: searched })
    : searched ? tn('media.search.found', total, { q: searched }) : tn('media.count', total);
  return (
    <>
      <p className="muted media-count" role="status">{count}</p>
      {items.length > 0 ? <MediaGrid items={items} onSelect={onSelect} label={t('media.grid.label')} ref={gridRef} /> : null}
      <Pagination page={page} pageCount={pageCount} onPage={library.setPage} />
    </>
  );
}
