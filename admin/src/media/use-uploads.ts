import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { t, tn } from '../i18n/i18n.ts';
import { uploadMedia, type MediaItem } from './media.api.ts';

/** One file the user gave, from waiting to stored or refused. */
export interface Upload {
  key: number;
  name: string;
  bytes: number;
  /** 0 to 1: how much of the file has been sent. */
  progress: number;
  state: 'waiting' | 'sending' | 'done' | 'failed';
  /** Why the server refused it, in its own words. */
  error?: string;
  item?: MediaItem;
}

export interface Uploads {
  uploads: Upload[];
  /** How the last batch ended, e.g. "2 images uploaded."; empty until one has. */
  summary: string;
  add: (files: Iterable<File>) => void;
  /** Forgets finished and refused files (the ones still sending stay). */
  clear: () => void;
}

// The server decodes two images at a time; sending more at once only makes each bar slower.
const AT_ONCE = 2;

/**
 * Sends files one by one (two at a time) with their progress, sums up each batch once nothing
 * is left to send, and then calls `onStored` with what was stored (to refresh a grid).
 */
export function useUploads(onStored: (stored: MediaItem[]) => void): Uploads {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [summary, setSummary] = useState('');
  const files = useRef(new Map<number, File>());
  const nextKey = useRef(1);
  const batch = useRef<{ stored: MediaItem[]; refused: Upload[] }>({ stored: [], refused: [] });
  const controller = useRef(new AbortController());
  const storedRef = useRef(onStored);
  storedRef.current = onStored;

  const patch = useCallback((key: number, change: Partial<Upload>) => {
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));
  }, []);

  // Starts waiting files while fewer than AT_ONCE are sending; reports when the queue empties.
  useEffect(() => {
    const sending = uploads.filter((u) => u.state === 'sending').length;
    const waiting = uploads.filter((u) => u.state === 'waiting');
    if (sending === 0 && waiting.length === 0) {
      const { stored, refused } = batch.current;
      if (stored.length > 0 || refused.length > 0) {
        batch.current = { stored: [], refused: [] };
        setSummary(summarise(stored.length, refused));
        if (stored.length > 0) storedRef.current(stored);
      }
      return;
    }
    for (const upload of waiting.slice(0, Math.max(0, AT_ONCE - sending))) {
      const file = files.current.get(upload.key);
      if (!file) continue;
      patch(upload.key, { state: 'sending' });
      uploadMedia(file, (progress) => patch(upload.key, { progress }), controller.current.signal).then(
        (item) => { batch.current.stored.push(item); patch(upload.key, { state: 'done', progress: 1, item }); },
        (error: unknown) => {
          if (error instanceof DOMException && error.name === 'AbortError') return;
          const message = error instanceof ApiError && error.status !== 0 ? error.message : t('error.network');
          batch.current.refused.push({ ...upload, state: 'failed', error: message });
          patch(upload.key, { state: 'failed', error: message });
        },
      ).finally(() => files.current.delete(upload.key));
    }
  }, [uploads, patch]);

  // Leaving the screen (or closing the picker) stops what is still being sent.
  useEffect(() => {
    controller.current = new AbortController();
    return () => controller.current.abort();
  }, []);

  const add = useCallback((given: Iterable<File>) => {
    const added: Upload[] = [];
    for (const file of given) {
      const key = nextKey.current++;
      files.current.set(key, file);
      added.push({ key, name: file.name, bytes: file.size, progress: 0, state: 'waiting' });
    }
    if (added.length > 0) { setUploads((list) => [...list, ...added]); setSummary(''); }
  }, []);

  const clear = useCallback(() => {
    setUploads((list) => list.filter((u) => u.state === 'sending' || u.state === 'waiting'));
    setSummary('');
  }, []);
  return { uploads, summary, add, clear };
}

function summarise(stored: number, refused: Upload[]): string {
  const parts = [stored > 0 ? tn('media.upload.stored', stored) : '', refused.length > 0 ? tn('media.upload.failed', refused.length, { name: refused[0]?.name ?? '' }) : ''];
  return parts.filter(Boolean).join(' ');
}
