import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { formatDateTime, t } from '../i18n/i18n.ts';
import type { ArticleRow, ArticleSort } from './articles.api.ts';

interface TableProps {
  rows: ArticleRow[];
  caption: string;
  sort: ArticleSort;
  selected: ReadonlySet<string>;
  onSelect: (slugs: string[], on: boolean) => void;
  busy: boolean;
}

/** Which column the order is by, and which way, for aria-sort on its header. */
function sortOf(sort: ArticleSort, column: 'headline' | 'updated' | 'published'): 'ascending' | 'descending' | undefined {
  if (sort.replace(/^-/, '') !== column) return undefined;
  // Headlines read A to Z when ascending; the API's bare key is descending for every column.
  return sort.startsWith('-') ? 'ascending' : 'descending';
}

/** The page of articles as a table (stacked cards on a phone), with a checkbox per row. */
export function ArticlesTable({ rows, caption, sort, selected, onSelect, busy }: TableProps) {
  const slugs = rows.map((r) => r.slug);
  const chosen = slugs.filter((s) => selected.has(s)).length;
  const all = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (all.current) all.current.indeterminate = chosen > 0 && chosen < slugs.length;
  }, [chosen, slugs.length]);

  return (
    <div className="table-wrap articles-table-wrap">
      <table className="data articles-table" aria-busy={busy || undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="articles-check">
              <label>
                <input ref={all} type="checkbox" checked={chosen > 0 && chosen === slugs.length} onChange={(e) => onSelect(slugs, e.target.checked)} />
                <span className="visually-hidden">{t('common.selectAll')}</span>
              </label>
            </th>
            <th scope="col" aria-sort={sortOf(sort, 'headline')}>{t('articles.col.headline')}</th>
            <th scope="col">{t('articles.col.status')}</th>
            <th scope="col">{t('articles.col.section')}</th>
            <th scope="col">{t('articles.col.authors')}</th>
            <th scope="col" aria-sort={sortOf(sort, 'updated')}>{t('articles.col.updated')}</th>
            <th scope="col" aria-sort={sortOf(sort, 'published')}>{t('articles.col.published')}</th>
            <th scope="col">{t('articles.col.createdBy')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => <Row key={row.slug} row={row} checked={selected.has(row.slug)} onSelect={onSelect} />)}
        </tbody>
      </table>
    </div>
  );
}

function Row({ row, checked, onSelect }: { row: ArticleRow; checked: boolean; onSelect: TableProps['onSelect'] }) {
  const published = row.status === 'scheduled' ? row.scheduledFor ?? row.publishedAt : row.status === 'published' || row.status === 'unpublished' ? row.publishedAt : null;
  return (
    <tr className={checked ? 'is-selected' : undefined}>
      <td className="articles-check">
        <label>
          <input type="checkbox" checked={checked} onChange={(e) => onSelect([row.slug], e.target.checked)} />
          <span className="visually-hidden">{t('common.selectRow', { name: row.headline })}</span>
        </label>
      </td>
      <td className="articles-headline">
        <Link href={`/articles/${encodeURIComponent(row.slug)}`}>{row.headline}</Link>
        {row.embargoUntil ? <span className="articles-embargo">{t('articles.embargo', { time: formatDateTime(row.embargoUntil) })}</span> : null}
      </td>
      <td data-label={t('articles.col.status')}>
        <div>
          <span className={`badge badge-${row.status}`}>{t(`articles.status.${row.status}`)}</span>
          {row.status === 'scheduled' && row.scheduledFor ? <span className="articles-when">{t('articles.scheduledFor', { time: formatDateTime(row.scheduledFor) })}</span> : null}
        </div>
      </td>
      <td data-label={t('articles.col.section')}>{row.section.name}</td>
      <td data-label={t('articles.col.authors')}>{row.authors.map((a) => a.name).join(', ')}</td>
      <td data-label={t('articles.col.updated')}><When iso={row.updatedAt} /></td>
      <td data-label={t('articles.col.published')}>{published ? <When iso={published} /> : <span className="muted">—</span>}</td>
      <td data-label={t('articles.col.createdBy')}>{row.createdBy ? row.createdBy.name : <span className="muted">{t('articles.createdBy.none')}</span>}</td>
    </tr>
  );
}

/** A date and time that may break between the two, never inside either, to keep columns narrow. */
function When({ iso }: { iso: string }) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return <span className="muted">—</span>;
  return (
    <time className="articles-date" dateTime={iso}>
      <span>{date.toLocaleDateString('en-GB', { dateStyle: 'medium' })}</span>{' '}
      <span>{date.toLocaleTimeString('en-GB', { timeStyle: 'short' })}</span>
    </time>
  );
}
