import { t } from '../i18n/i18n.ts';
import { Dialog } from '../ui/dialog.tsx';
import type { MediaItem } from './media.api.ts';
import { MediaResults, MediaSearch, useMediaLibrary } from './media-library.tsx';
import { MediaUploader } from './media-uploader.tsx';
import { useUploads } from './use-uploads.ts';
import './media.css';

export interface MediaPickerProps {
  open: boolean;
  onClose: () => void;
  /** Called with the chosen (or just uploaded) image; the picker then closes itself via onClose. */
  onPick: (item: MediaItem) => void;
}

/**
 * A dialog to choose an image from the library (search, pages, arrow keys or Tab, Enter
 * picks) or to upload one and use it. Nothing loads until it opens; each opening starts afresh.
 */
export function MediaPicker({ open, onClose, onPick }: MediaPickerProps) {
  const choose = (item: MediaItem) => { onPick(item); onClose(); };
  return (
    <Dialog title={t('media.picker.title')} open={open} onClose={onClose} wide>
      <PickerBody onChoose={choose} />
    </Dialog>
  );
}

function PickerBody({ onChoose }: { onChoose: (item: MediaItem) => void }) {
  const library = useMediaLibrary();
  const uploads = useUploads(library.reload);
  return (
    <div className="media-picker">
      <MediaUploader uploads={uploads} doneAction={(item) => (
        <button type="button" className="button" onClick={() => onChoose(item)}>
          {t('media.picker.useUploaded')}<span className="visually-hidden"> {item.originalName}</span>
        </button>
      )} />
      <MediaSearch library={library} id="media-picker-q" />
      <MediaResults library={library} onSelect={onChoose} />
    </div>
  );
}
