import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { Kysely } from 'kysely';
import type { Clock } from '../common/clock.ts';
import type { Database } from '../db/index.ts';
import { mediaError } from './media.errors.ts';
import { inspectImage, renderVariants, type SourceFormat } from './media-image.ts';
import { contentTypeOf, newPrefix, variantKey, type Variant } from './media-key.ts';
import type { MediaStorage } from './media-storage.ts';
import { TEXT_LIMITS, type MediaItem, type MediaText } from './media.model.ts';
import { countMedia, deleteMedia, findMediaById, findMediaPage, insertMedia, updateMedia, type MediaRow } from './media.repository.ts';

export interface MediaServiceOptions {
  db: Kysely<Database>;
  clock: Clock;
  storage: MediaStorage;
  /** Largest upload accepted, in bytes. */
  maxBytes: number;
  /** Largest image accepted, in pixels (width × height). */
  maxPixels: number;
  /** Images decoded at once; more uploads wait their turn, which bounds memory. */
  concurrency?: number;
}

/** One upload as the route received it. */
export interface UploadInput extends MediaText {
  bytes: Buffer;
  /** The name the sender gave the file; kept only as sanitised text. */
  fileName: string;
}

export type MediaService = ReturnType<typeof createMediaService>;

const VariantList = Type.Array(Type.Object({
  key: Type.String(), width: Type.Integer(), height: Type.Integer(),
  format: Type.Union([Type.Literal('jpeg'), Type.Literal('png'), Type.Literal('webp'), Type.Literal('avif')]), bytes: Type.Integer(),
}));

/** The media library: uploads re-encoded into responsive variants, their text, and their removal. */
export function createMediaService({ db, clock, storage, maxBytes, maxPixels, concurrency = 2 }: MediaServiceOptions) {
  const gate = semaphore(concurrency);
  const now = () => clock.now().toISOString();

  return {
    maxBytes,
    maxPixels,
    /** Where the files are; the public file route reads from it. */
    storage,

    /**
     * Checks an upload from its bytes, re-encodes it into every variant, stores the files and
     * then the row. Nothing stays in storage when any step fails.
     * @throws MEDIA_FILE_TOO_LARGE, MEDIA_UNSUPPORTED_TYPE, MEDIA_TOO_MANY_PIXELS, MEDIA_INVALID_IMAGE, MEDIA_INVALID_INPUT
     */
    async upload(input: UploadInput, userId: number | null): Promise<MediaItem> {
      const text = checkText(input);
      if (input.bytes.length > maxBytes) throw mediaError('MEDIA_FILE_TOO_LARGE', `The file is over the ${maxBytes}-byte limit.`, 'file');
      if (input.bytes.length === 0) throw mediaError('MEDIA_FILE_MISSING', 'The file is empty.', 'file');
      const image = await inspectImage(input.bytes, maxPixels);
      const rendered = await gate(() => renderVariants(input.bytes, image, maxPixels));
      const prefix = newPrefix(image.width, image.height);
      const variants: Variant[] = rendered.map((v) => ({ key: variantKey(prefix, v.width, v.format), width: v.width, height: v.height, format: v.format, bytes: v.data.length }));
      try {
        await Promise.all(rendered.map((v, i) => storage.put((variants[i] as Variant).key, v.data, contentTypeOf(v.format))));
        const at = now();
        const id = await insertMedia(db, {
          storagePrefix: prefix, originalFormat: image.format, width: image.width, height: image.height, bytes: input.bytes.length,
          alt: text.alt ?? '', caption: text.caption ?? '', credit: text.credit ?? '', originalName: sanitiseFileName(input.fileName),
          variants: JSON.stringify(variants), createdBy: userId, createdAt: at, updatedAt: at,
        });
        return await this.get(id);
      } catch (error) {
        await removeFiles(storage, variants);
        throw error;
      }
    },

    /** One image. @throws MEDIA_NOT_FOUND */
    async get(id: number): Promise<MediaItem> {
      const row = await findMediaById(db, id);
      if (!row) throw mediaError('MEDIA_NOT_FOUND', `There is no image ${id}.`, 'id');
      return toItem(row);
    },

    /** A page of the library, newest first; `search` keeps images with it in their alt text, caption, credit or file name. */
    async list(page: number, limit: number, search?: string) {
      const [rows, total] = await Promise.all([findMediaPage(db, limit, (page - 1) * limit, search), countMedia(db, search)]);
      return { items: rows.map(toItem), page, limit, total, pageCount: Math.max(1, Math.ceil(total / limit)) };
    },

    /** Changes alt text, caption or credit; fields left out stay. @throws MEDIA_NOT_FOUND, MEDIA_INVALID_INPUT */
    async update(id: number, changes: MediaText): Promise<MediaItem> {
      const text = checkText(changes);
      if (!(await updateMedia(db, id, { ...text, updatedAt: now() }))) throw mediaError('MEDIA_NOT_FOUND', `There is no image ${id}.`, 'id');
      return this.get(id);
    },

    /** Removes the row, then every file of the image. @throws MEDIA_NOT_FOUND */
    async remove(id: number): Promise<void> {
      const row = await deleteMedia(db, id);
      if (!row) throw mediaError('MEDIA_NOT_FOUND', `There is no image ${id}.`, 'id');
      await removeFiles(storage, parseVariants(row.variants));
    },
  };
}

function toItem(row: MediaRow): MediaItem {
  return {
    id: row.id, prefix: row.storagePrefix, originalFormat: row.originalFormat as SourceFormat, width: row.width, height: row.height,
    bytes: row.bytes, alt: row.alt, caption: row.caption, credit: row.credit, originalName: row.originalName,
    variants: parseVariants(row.variants), createdBy: row.createdBy, createdAt: row.createdAt, updatedAt: row.updatedAt,
  };
}

function parseVariants(text: string): Variant[] {
  const parsed: unknown = JSON.parse(text);
  if (!Value.Check(VariantList, parsed)) throw new Error('media.variants holds malformed JSON');
  return parsed;
}

async function removeFiles(storage: MediaStorage, variants: Variant[]): Promise<void> {
  await Promise.allSettled(variants.map((v) => storage.delete(v.key)));
}

/** Checks the text fields: strings within their limits, no NUL (PostgreSQL text cannot hold one). */
function checkText(input: MediaText): MediaText {
  const out: MediaText = {};
  for (const field of ['alt', 'caption', 'credit'] as const) {
    const value = input[field];
    if (value === undefined) continue;
    if (typeof value !== 'string') throw mediaError('MEDIA_INVALID_INPUT', `${field} must be text.`, field);
    const trimmed = value.trim();
    if (trimmed.length > TEXT_LIMITS[field]) throw mediaError('MEDIA_INVALID_INPUT', `${field} is longer than ${TEXT_LIMITS[field]} characters.`, field);
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(trimmed)) throw mediaError('MEDIA_INVALID_INPUT', `${field} contains control characters.`, field);
    out[field] = trimmed;
  }
  return out;
}

/**
 * The sender's file name as harmless text: its last path segment, control characters and
 * anything but letters, digits, space, dot, dash and underscore dropped, at most 200 characters.
 * It is shown to the newsroom only; files are always stored under server-made names.
 */
export function sanitiseFileName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  return last.normalize('NFC').replace(/[^\p{L}\p{N} ._-]/gu, '').replace(/\s+/g, ' ').replace(/^[.\s]+/, '').trim().slice(0, 200);
}

/** Runs at most `limit` tasks at once; the rest wait in arrival order. */
function semaphore(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    // A finishing task hands its slot straight to the next waiter, so no newcomer can slip in between.
    if (running < limit) running += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
