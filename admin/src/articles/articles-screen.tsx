import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import { useSession } from '../app/session.tsx';
import { t, tn } from '../i18n/i18n.ts';
import { Loading, LoadError } from '../ui/notices.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { Pagination } from '../ui/pagination.tsx';
import { useResource } from '../ui/use-resource.ts';
import { ArticleFilters, type FilterChange } from './article-filters.tsx';
import { listArticles, type ArticleQuery } from './articles.api.ts';
import { isFiltered, readQuery, writeQuery } from './articles-query.ts';
import { ArticlesTable } from './articles-table.tsx';
import { BulkActions } from './bulk-actions.tsx';
import './articles.css';

/**
 * The newsroom's list of articles: search, filters and order kept in the address, a page of
 * rows, and bulk workflow actions on the selected ones.
 */
export function ArticlesScreen() {
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readQuery(params), [params]);
  const key = writeQuery(query).toString();
  const list = useResource((signal) => listArticles(query, signal), key);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => setSelected(new Set()), [key]);
  const count = useRef<HTMLParagraphElement>(null);
  // Consecutive searches while typing replace one history entry, so Back skips the keystrokes.
  const lastWasTyping = useRef(false);

  const go = (next: ArticleQuery, typing = false) => {
    setParams(writeQuery(next), { replace: typing && lastWasTyping.current });
    lastWasTyping.current = typing;
  };
  const change: FilterChange = (patch, typing) => go({ ...query, ...patch, page: 1 }, typing);
  const clear = () => go({ sort: query.sort, page: 1 });
  const toPage = (page: number) => {
    go({ ...query, page });
    count.current?.focus();
  };
  const select = (slugs: string[], on: boolean) => setSelected((old) => {
    const next = new Set(old);
    for (const slug of slugs) if (on) next.add(slug); else next.delete(slug);
    return next;
  });

  const data = list.data;
  const filtered = isFiltered(query);
  const rows = data?.items ?? [];
  const chosen = rows.filter((r) => selected.has(r.slug));

  return (
    <>
      <PageHeader title={t('articles.title')} actions={can('article.create') ? <Link className="button button-primary" href="/articles/new">{t('articles.new')}</Link> : null} />
      <ArticleFilters query={query} onChange={change} onClear={clear} />
      <p ref={count} tabIndex={-1} className="articles-count" role="status">
        {data && !list.loading ? tn(filtered ? 'articles.countFiltered' : 'articles.count', data.total) : ''}
      </p>
      {/* Outside the branches below: the report of a bulk action outlives a list it emptied. */}
      {data ? <BulkActions selected={chosen} hasRows={rows.length > 0 && !list.error} onFinished={() => { setSelected(new Set()); list.reload(); }} onLeave={() => count.current?.focus()} /> : null}
      {list.error && !list.loading ? (
        <>
          <LoadError message={list.error.status === 0 ? t('error.network') : list.error.message} onRetry={list.reload} />
          {filtered ? <p><button type="button" className="button" onClick={clear}>{t('articles.clear')}</button></p> : null}
        </>
      ) : !data ? <Loading /> : data.total === 0 ? (
        <Empty filtered={filtered} canWrite={can('article.create')} onClear={clear} />
      ) : rows.length === 0 ? (
        <p className="panel">{t('articles.empty.page', { page: query.page })} <button type="button" className="button-link" onClick={() => toPage(1)}>{t('articles.empty.firstPage')}</button></p>
      ) : (
        <>
          <ArticlesTable rows={rows} sort={query.sort} selected={selected} onSelect={select} busy={list.loading}
            caption={t('articles.caption', { page: data.page, pageCount: data.pageCount, sort: t(`articles.sort.${query.sort}`) })} />
          <Pagination page={data.page} pageCount={data.pageCount} onPage={toPage} />
        </>
      )}
    </>
  );
}

function Empty({ filtered, canWrite, onClear }: { filtered: boolean; canWrite: boolean; onClear: () => void }) {
  if (filtered) {
    return (
      <div className="panel articles-empty">
        <p>{t('articles.empty.filtered')}</p>
        <button type="button" className="button" onClick={onClear}>{t('articles.clear')}</button>
      </div>
    );
  }
  return (
    <div className="panel articles-empty">
      <p>{t('articles.empty.none')}</p>
      {canWrite ? <Link className="button button-primary" href="/articles/new">{t('articles.empty.write')}</Link> : null}
    </div>
  );
}
