import { useCallback, useEffect, useRef, useState } from 'react';
import { t } from '../i18n/i18n.ts';
import { Dialog } from '../ui/dialog.tsx';
import { useNotices } from '../ui/notices.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import type { MediaItem } from './media.api.ts';
import { MediaDetails } from './media-details.tsx';
import { MediaResults, MediaSearch, useMediaLibrary } from './media-library.tsx';
import { MediaUploader } from './media-uploader.tsx';
import { useUploads } from './use-uploads.ts';
import './media.css';

const SEARCH_ID = 'media-q';

/** The media library: upload (drop or choose files), search, browse, and each image's details. */
export function MediaScreen() {
  const library = useMediaLibrary();
  const { notify } = useNotices();
  const uploads = useUploads(library.reload);
  const [selected, setSelected] = useState<MediaItem | null>(null);
  const grid = useRef<HTMLUListElement>(null);
  // After a delete, focus goes to the image that took its place (or the search box), not the page's start.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  const { list } = library;
  useEffect(() => {
    if (focusIndex === null || !list.data) return;
    const buttons = grid.current?.querySelectorAll<HTMLButtonElement>('button.media-card') ?? [];
    const target = buttons[Math.min(focusIndex, buttons.length - 1)] ?? document.getElementById(SEARCH_ID);
    target?.focus();
    setFocusIndex(null);
  }, [focusIndex, list.data]);

  const saved = useCallback((item: MediaItem) => {
    setSelected(item);
    if (list.data) list.set({ ...list.data, items: list.data.items.map((i) => (i.id === item.id ? item : i)) });
  }, [list]);

  const deleted = useCallback((item: MediaItem) => {
    const items = list.data?.items ?? [];
    setSelected(null);
    setFocusIndex(Math.max(0, items.findIndex((i) => i.id === item.id)));
    if (list.data) list.set({ ...list.data, items: items.filter((i) => i.id !== item.id), total: list.data.total - 1 });
    notify(t('media.delete.done', { name: item.originalName || t('media.untitled') }));
    library.reload();
  }, [list, library, notify]);

  return (
    <>
      <PageHeader title={t('media.title')} />
      <section className="panel media-upload-panel" aria-labelledby="media-upload-heading">
        <h2 id="media-upload-heading">{t('media.upload.heading')}</h2>
        <MediaUploader uploads={uploads} />
      </section>
      <section aria-labelledby="media-library-heading">
        <h2 id="media-library-heading">{t('media.library.heading')}</h2>
        <MediaSearch library={library} id={SEARCH_ID} />
        <MediaResults library={library} onSelect={setSelected} gridRef={grid} />
      </section>
      <Dialog title={t('media.details.title')} open={selected !== null} onClose={() => setSelected(null)} wide>
        {selected ? <MediaDetails key={selected.id} item={selected} onSaved={saved} onDeleted={deleted} /> : null}
      </Dialog>
    </>
  );
}
