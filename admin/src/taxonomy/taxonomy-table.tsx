import type { RefObject } from 'react';
import { t, tn } from '../i18n/i18n.ts';
import { publicPath, type TaxonomyItem, type TaxonomyKind } from './taxonomy.api.ts';

export type RowAction = 'edit' | 'delete' | 'merge';

interface TaxonomyTableProps {
  kind: TaxonomyKind;
  items: TaxonomyItem[];
  caption: string;
  /** Index in the whole list of the first row (for Move up / Move down at the ends). */
  offset: number;
  total: number;
  /** Sections only, and only when the list is not filtered. */
  onMove?: ((item: TaxonomyItem, direction: -1 | 1) => void) | undefined;
  onAction: (action: RowAction, item: TaxonomyItem) => void;
  tableRef: RefObject<HTMLTableElement | null>;
}

/** The rows of a taxonomy list; on a phone each row becomes a card (tx-stack in taxonomy.css). */
export function TaxonomyTable({ kind, items, caption, offset, total, onMove, onAction, tableRef }: TaxonomyTableProps) {
  const showOrder = kind === 'sections' && onMove !== undefined;
  const blurbOf = (item: TaxonomyItem) => (kind === 'authors' ? item.bio : kind === 'sections' ? item.description : '') ?? '';
  const named = (label: string, name: string) => (
    <>{label}<span className="visually-hidden"> {t('taxonomy.forName', { name })}</span></>
  );

  return (
    <div className="table-wrap">
      <table className="data tx-stack" ref={tableRef}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {showOrder ? <th scope="col">{t('taxonomy.col.order')}</th> : null}
            <th scope="col">{t('taxonomy.col.name')}</th>
            <th scope="col">{t('taxonomy.col.address')}</th>
            <th scope="col">{t('taxonomy.col.articles')}</th>
            <th scope="col"><span className="visually-hidden">{t('common.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => {
            const place = offset + i;
            const path = publicPath(kind, item.slug);
            return (
              <tr key={item.id}>
                {showOrder ? (
                  <td data-label={t('taxonomy.col.order')}>
                    <div className="tx-order">
                      <span className="tx-place">{place + 1}</span>
                      <button type="button" className="button tx-move" data-move={`${item.slug}:-1`} disabled={place === 0} onClick={() => onMove?.(item, -1)}>
                        <span aria-hidden="true">↑</span> {named(t('taxonomy.moveUp'), item.name)}
                      </button>
                      <button type="button" className="button tx-move" data-move={`${item.slug}:1`} disabled={place >= total - 1} onClick={() => onMove?.(item, 1)}>
                        <span aria-hidden="true">↓</span> {named(t('taxonomy.moveDown'), item.name)}
                      </button>
                    </div>
                  </td>
                ) : null}
                <th scope="row" className="tx-name">
                  {item.name}
                  {blurbOf(item) ? <span className="tx-blurb muted">{blurbOf(item)}</span> : null}
                </th>
                <td data-label={t('taxonomy.col.address')}>
                  <a href={path} target="_blank" rel="noopener" className="tx-path">
                    <bdi>{path}</bdi><span className="visually-hidden"> {t('taxonomy.opensNewTab')}</span>
                  </a>
                </td>
                <td data-label={t('taxonomy.col.articles')}>{tn('taxonomy.articleCount', item.articleCount)}</td>
                <td className="tx-row-actions">
                  <button type="button" className="button" onClick={() => onAction('edit', item)}>{named(t('taxonomy.edit'), item.name)}</button>
                  {kind === 'tags' ? (
                    <button type="button" className="button" onClick={() => onAction('merge', item)}>{named(t('taxonomy.merge'), item.name)}</button>
                  ) : null}
                  <button type="button" className="button button-danger" onClick={() => onAction('delete', item)}>{named(t('taxonomy.delete'), item.name)}</button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
