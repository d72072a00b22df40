import type { SourceFormat } from './media-image.ts';
import type { Variant } from './media-key.ts';

/** One image in the media library. */
export interface MediaItem {
  id: number;
  /** The folder all of its files live under. */
  prefix: string;
  originalFormat: SourceFormat;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string;
  credit: string;
  originalName: string;
  variants: Variant[];
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
}

/** The text the newsroom gives an image; each field is optional on upload and on change. */
export interface MediaText {
  alt?: string | undefined;
  caption?: string | undefined;
  credit?: string | undefined;
}

/** Longest accepted text of each field; the same limits as an article's featured image. */
export const TEXT_LIMITS = { alt: 500, caption: 1000, credit: 300 } as const;
