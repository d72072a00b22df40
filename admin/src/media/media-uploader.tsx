import { useEffect, useId, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { t } from '../i18n/i18n.ts';
import type { MediaItem } from './media.api.ts';
import { formatBytes } from './media-format.ts';
import type { Upload, Uploads } from './use-uploads.ts';

// What the browser's file chooser offers first; the server decides from the bytes anyway.
const ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,image/avif';

/**
 * The drop zone (drag files onto it, or use its "Choose files" button, which works from the
 * keyboard) and the list of files being sent, each with its progress or the reason it was refused.
 * `doneAction` adds a control beside a stored file (the picker's "Use this image").
 */
export function MediaUploader({ uploads, doneAction }: { uploads: Uploads; doneAction?: (item: MediaItem) => ReactNode }) {
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  // dragenter/dragleave fire for every child crossed; a depth count says when the pointer really left.
  const depth = useRef(0);
  const [over, setOver] = useState(false);

  // A file dropped just beside the zone would make the browser leave the app to show it.
  useEffect(() => {
    const keep = (event: globalThis.DragEvent) => { if (event.dataTransfer?.types.includes('Files')) event.preventDefault(); };
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => { window.removeEventListener('dragover', keep); window.removeEventListener('drop', keep); };
  }, []);

  const onDrag = (event: DragEvent<HTMLDivElement>, step: 1 | -1 | 0) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    depth.current = Math.max(0, depth.current + step);
    setOver(depth.current > 0);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    depth.current = 0;
    setOver(false);
    uploads.add(Array.from(event.dataTransfer.files));
  };

  const finished = uploads.uploads.some((u) => u.state === 'done' || u.state === 'failed');
  return (
    <div className="media-uploader">
      <div className={`media-dropzone${over ? ' is-over' : ''}`} onDragEnter={(e) => onDrag(e, 1)} onDragOver={(e) => onDrag(e, 0)}
        onDragLeave={(e) => onDrag(e, -1)} onDrop={onDrop}>
        <p id={hintId}>{t(over ? 'media.drop.release' : 'media.drop.hint')}</p>
        <button type="button" className="button button-primary" aria-describedby={`${hintId} ${hintId}-formats`} onClick={() => input.current?.click()}>
          {t('media.drop.choose')}
        </button>
        <p className="muted media-formats" id={`${hintId}-formats`}>{t('media.drop.formats')}</p>
        <input ref={input} type="file" multiple accept={ACCEPT} hidden tabIndex={-1}
          onChange={(e) => { uploads.add(Array.from(e.currentTarget.files ?? [])); e.currentTarget.value = ''; }} />
      </div>
      {uploads.uploads.length > 0 ? (
        <ul className="media-uploads" aria-label={t('media.upload.listLabel')}>
          {uploads.uploads.map((upload) => <UploadRow key={upload.key} upload={upload} doneAction={doneAction} />)}
        </ul>
      ) : null}
      {/* Present from the start, so that screen readers announce the summary when it is written. */}
      <p className="media-upload-summary" role="status">{uploads.summary}</p>
      {finished ? <button type="button" className="button-link" onClick={uploads.clear}>{t('media.upload.clear')}</button> : null}
    </div>
  );
}

function UploadRow({ upload, doneAction }: { upload: Upload; doneAction?: ((item: MediaItem) => ReactNode) | undefined }) {
  const percent = Math.round(upload.progress * 100);
  return (
    <li className={`media-upload is-${upload.state}`}>
      <span className="media-upload-name">{upload.name}</span>
      <span className="muted">{formatBytes(upload.bytes)}</span>
      {upload.state === 'failed' ? (
        <p className="media-upload-error">{t('media.upload.refused', { reason: upload.error ?? t('error.generic') })}</p>
      ) : (
        <>
          <progress max={100} value={percent} aria-label={t('media.upload.progressOf', { name: upload.name })} />
          <span className="media-upload-state">
            {upload.state === 'done' ? t('media.upload.done') : upload.state === 'waiting' ? t('media.upload.waiting')
              // Every byte is sent but the server is still checking and resizing the image.
              : percent >= 100 ? t('media.upload.processing') : t('media.upload.percent', { percent })}
          </span>
        </>
      )}
      {upload.state === 'done' && upload.item && doneAction ? doneAction(upload.item) : null}
    </li>
  );
}
