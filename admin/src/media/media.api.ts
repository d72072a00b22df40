import { api, ApiError, apiUrl } from '../api/client.ts';
import type { Page } from '../api/types.ts';

/** One stored file of an image: a width in WebP or in the stored format. */
export interface MediaVariant {
  url: string;
  width: number;
  height: number;
  /** Content-Type of the file, e.g. `image/webp`. */
  type: string;
  bytes: number;
}

/** One item of the media library, as `GET /api/admin/media` answers it. */
export interface MediaItem {
  id: number;
  /** Path of the largest stored file: what an article's `image.url` or a body <img> takes. */
  url: string;
  width: number;
  height: number;
  originalWidth: number;
  originalHeight: number;
  format: string;
  bytes: number;
  alt: string;
  caption: string;
  credit: string;
  originalName: string;
  /** Who uploaded it (a user id), null when that account is gone. */
  createdBy?: number | null;
  createdAt?: string;
  updatedAt?: string;
  /** Every stored file; the grid shows the smallest that fills a cell. */
  variants?: MediaVariant[];
}

/** The text an image carries; each field may be changed on its own. */
export interface MediaText {
  alt?: string;
  caption?: string;
  credit?: string;
}

/** A page of the library, newest first; `q` keeps images with it in their alt, caption, credit or file name. */
export function listMedia(query: { q?: string; page: number; limit: number }, signal?: AbortSignal): Promise<Page<MediaItem>> {
  return api<Page<MediaItem>>('/media', { query: { q: query.q?.trim(), page: query.page, limit: query.limit }, ...(signal ? { signal } : {}) });
}

export function updateMedia(id: number, text: MediaText): Promise<MediaItem> {
  return api<MediaItem>(`/media/${id}`, { method: 'PATCH', body: text });
}

export function deleteMedia(id: number): Promise<void> {
  return api<void>(`/media/${id}`, { method: 'DELETE' });
}

/**
 * Uploads one file as `multipart/form-data` (a part named `file`). XMLHttpRequest rather than
 * fetch, because only it reports upload progress. Resolves to the stored image; rejects with an
 * ApiError carrying the server's code and message (413 too large, 415 not an image, 422 …).
 */
export function uploadMedia(file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<MediaItem> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl('/media'));
    xhr.setRequestHeader('accept', 'application/json');
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => { if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total); };
    xhr.onload = () => {
      const data = parseJson(xhr.responseText);
      if (xhr.status === 201) { onProgress(1); resolve(data as MediaItem); return; }
      const error = (data as { error?: { code?: string; message?: string; property?: string } } | undefined)?.error;
      if (xhr.status === 401) noticeSessionEnd();
      reject(new ApiError(xhr.status, error?.code ?? `HTTP_${xhr.status}`, error?.message ?? xhr.statusText, error?.property, data));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'The server could not be reached. Check the connection and try again.'));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** The address of the smallest stored file at least `width` pixels wide, preferring WebP. */
export function thumbnailUrl(item: MediaItem, width: number): string {
  const files = (item.variants ?? []).filter((v) => v.type === 'image/webp');
  const fitting = files.filter((v) => v.width >= width).sort((a, b) => a.width - b.width)[0];
  return fitting?.url ?? files.sort((a, b) => b.width - a.width)[0]?.url ?? item.url;
}

/** `srcset` of the image's WebP files, so the browser picks the one a cell needs. */
export function webpSrcSet(item: MediaItem): string | undefined {
  const files = (item.variants ?? []).filter((v) => v.type === 'image/webp');
  return files.length > 0 ? files.map((v) => `${v.url} ${v.width}w`).join(', ') : undefined;
}

function parseJson(text: string): unknown {
  try { return JSON.parse(text); } catch { return undefined; }
}

/**
 * The upload's 401 did not pass through api(), which is where the app learns that the session
 * ended; asking once through api() lets that one place show the sign-in screen.
 */
function noticeSessionEnd(): void {
  void api('/media', { query: { limit: 1 } }).catch(() => undefined);
}
