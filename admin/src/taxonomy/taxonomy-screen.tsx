import { useEffect, useRef, useState } from 'react';
import { t } from '../i18n/i18n.ts';
import { TextField } from '../ui/field.tsx';
import { Dialog } from '../ui/dialog.tsx';
import { LoadError, Loading, useNotices } from '../ui/notices.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { Pagination } from '../ui/pagination.tsx';
import { useResource } from '../ui/use-resource.ts';
import { problemOf, useDebounced, useDialog } from './form-kit.tsx';
import { tk, tkn } from './kind-text.ts';
import { moveSection } from './section-order.ts';
import { listTaxonomy, type TaxonomyItem, type TaxonomyKind } from './taxonomy.api.ts';
import { DeleteForm, MergeForm, type Outcome } from './taxonomy-delete.tsx';
import { TaxonomyForm } from './taxonomy-form.tsx';
import { TaxonomyTable, type RowAction } from './taxonomy-table.tsx';
import './taxonomy.css';

const LIMIT = 20;
const TITLES = { sections: 'nav.sections', tags: 'nav.tags', authors: 'nav.authors' } as const;

type Open = { type: 'create' } | { type: RowAction; item: TaxonomyItem };

/** Sections, tags or authors: a searchable, paged list with create, edit, delete (and merge, reorder). */
export function TaxonomyScreen({ kind }: { kind: TaxonomyKind }) {
  const { notify } = useNotices();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const [view, setView] = useState({ q: '', page: 1 });
  useEffect(() => setView((v) => (v.q === q ? v : { q, page: 1 })), [q]);
  const list = useResource((signal) => listTaxonomy(kind, { q: view.q, page: view.page, limit: LIMIT }, signal), `${kind}|${view.q}|${view.page}`);
  const dialog = useDialog<Open>();
  const countRef = useRef<HTMLParagraphElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const moving = useRef(false);
  const focusMove = useRef<string | null>(null);
  const data = list.data;

  useEffect(() => {
    if (!data) return;
    // A delete emptied the last page: show the one before.
    if (data.items.length === 0 && view.page > 1) setView((v) => ({ ...v, page: v.page - 1 }));
    // After a move, keep focus on the moved section's button (or its other one, at an end).
    if (focusMove.current && tableRef.current) {
      const [slug, dir] = focusMove.current.split('|');
      const buttons = [...tableRef.current.querySelectorAll<HTMLButtonElement>('[data-move]')];
      const same = buttons.find((b) => b.dataset.move === `${slug}:${dir}` && !b.disabled);
      const other = buttons.find((b) => b.dataset.move?.startsWith(`${slug}:`) && !b.disabled);
      (same ?? other)?.focus();
      focusMove.current = null;
    }
  }, [data, view.page]);

  async function move(item: TaxonomyItem, direction: -1 | 1) {
    if (moving.current) return;
    moving.current = true;
    try {
      const { index, total } = await moveSection(item.slug, direction);
      focusMove.current = `${item.slug}|${direction}`;
      const page = Math.floor(index / LIMIT) + 1;
      if (page !== view.page) setView((v) => ({ ...v, page }));
      else list.reload();
      notify(t(direction < 0 ? 'taxonomy.movedUp' : 'taxonomy.movedDown', { name: item.name, position: index + 1, total }));
    } catch (error) {
      notify(problemOf(error).message, 'error');
    } finally {
      moving.current = false;
    }
  }

  function saved(item: TaxonomyItem, created: boolean) {
    notify(tk(kind, created ? 'created' : 'saved', { name: item.name }));
    dialog.close();
    list.reload();
  }

  function removed({ item, target }: Outcome) {
    notify(target ? tk(kind, 'moved', { name: item.name, target }) : tk(kind, 'deleted', { name: item.name }));
    // The row and its buttons are gone: focus lands on the count, which reads the new total.
    dialog.close(countRef.current);
    list.reload();
  }

  const open = dialog.state;
  let title = '';
  if (open?.type === 'create') title = tk(kind, 'createTitle');
  else if (open?.type === 'edit') title = tk(kind, 'editTitle', { name: open.item.name });
  else if (open?.type === 'delete') title = tk(kind, 'deleteTitle', { name: open.item.name });
  else if (open?.type === 'merge') title = t('taxonomy.merge.title', { name: open.item.name });
  const count = data ? (view.q ? tkn(kind, 'matches', data.total, { q: view.q }) : tkn(kind, 'count', data.total)) : '';
  const cancel = () => dialog.close();

  return (
    <>
      <PageHeader title={t(TITLES[kind])} actions={
        <button type="button" className="button button-primary" onClick={() => dialog.open({ type: 'create' })}>{tk(kind, 'new')}</button>
      } />
      <div className="filters tx-filters" role="search">
        <TextField label={tk(kind, 'search')} type="search" value={text} maxLength={100} autoComplete="off"
          hint={t('taxonomy.searchHint')} onChange={(e) => setText(e.target.value)} />
        {text ? <button type="button" className="button" onClick={() => setText('')}>{t('taxonomy.clearSearch')}</button> : null}
      </div>
      {kind === 'sections' ? <p className="muted tx-help">{t(view.q ? 'taxonomy.reorderHint' : 'taxonomy.reorderHelp')}</p> : null}
      <p className="tx-count" ref={countRef} tabIndex={-1} aria-live="polite">{count}</p>
      {list.error && !data ? <LoadError message={problemOf(list.error).message} onRetry={list.reload} /> : null}
      {!data && !list.error ? <Loading /> : null}
      {data && data.items.length === 0 && !view.q ? <p>{tk(kind, 'empty')}</p> : null}
      {data && data.items.length > 0 ? (
        <TaxonomyTable kind={kind} items={data.items} caption={count} offset={(data.page - 1) * data.limit} total={data.total} tableRef={tableRef}
          onMove={kind === 'sections' && !view.q ? (item, direction) => void move(item, direction) : undefined}
          onAction={(type, item) => dialog.open({ type, item })} />
      ) : null}
      {data ? <Pagination page={data.page} pageCount={data.pageCount} onPage={(page) => setView((v) => ({ ...v, page }))} /> : null}
      <Dialog title={title} open={open !== null} onClose={cancel}>
        {open?.type === 'create' ? <TaxonomyForm kind={kind} onDone={saved} onCancel={cancel} /> : null}
        {open?.type === 'edit' ? <TaxonomyForm kind={kind} item={open.item} onDone={saved} onCancel={cancel} /> : null}
        {open?.type === 'delete' ? <DeleteForm kind={kind} item={open.item} onDone={removed} onCancel={cancel} /> : null}
        {open?.type === 'merge' ? <MergeForm item={open.item} onDone={removed} onCancel={cancel} /> : null}
      </Dialog>
    </>
  );
}
