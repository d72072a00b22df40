import { t } from '../i18n/i18n.ts';
import { Dialog } from '../ui/dialog.tsx';
import type { MediaItem } from './media.api.ts';

export interface MediaPickerProps {
  open: boolean;
  onClose: () => void;
  /** Called with the chosen (or just uploaded) image; the picker then closes itself via onClose. */
  onPick: (item: MediaItem) => void;
}

/** Placeholder: a dialog to choose an image from the library or upload one. */
export function MediaPicker({ open, onClose }: MediaPickerProps) {
  return <Dialog title={t('nav.media')} open={open} onClose={onClose} wide><p /></Dialog>;
}
