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
}
