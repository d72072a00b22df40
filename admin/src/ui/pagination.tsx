import { t } from '../i18n/i18n.ts';

/** Previous / next for a paged list; hidden when everything fits on one page. */
export function Pagination({ page, pageCount, onPage }: { page: number; pageCount: number; onPage: (page: number) => void }) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('common.pagination')}>
      <button type="button" className="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>{t('common.previous')}</button>
      <span>{t('common.pageOf', { page, pageCount })}</span>
      <button type="button" className="button" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>{t('common.next')}</button>
    </nav>
  );
}
