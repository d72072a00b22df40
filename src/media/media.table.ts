import type { Generated } from 'kysely';

/** Timestamps are ISO 8601 UTC text, as elsewhere. */
type Timestamp = string;

/** One uploaded image. Its files live in storage under `<storagePrefix>/`, one per variant. */
export interface MediaTable {
  id: Generated<number>;
  /** Server-made folder of the variants: random id plus the oriented size, e.g. `9f…c2-4000x3000`. */
  storagePrefix: string;
  /** What the uploaded bytes were: jpeg, png, webp, gif or avif. */
  originalFormat: string;
  /** Width and height after EXIF orientation was applied. */
  width: number;
  height: number;
  /** Size of the upload in bytes. */
  bytes: number;
  alt: string;
  caption: string;
  credit: string;
  /** The uploaded file name, sanitised, for the newsroom's own reference only; never used as a path. */
  originalName: string;
  /** JSON text: the stored variants, `[{ key, width, height, format, bytes }]`. */
  variants: string;
  createdBy: number | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface MediaTables {
  media: MediaTable;
}
