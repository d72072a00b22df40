import { Type, type Static } from '@sinclair/typebox';
import { PageNumber } from '../content/index.ts';
import { TEXT_LIMITS } from './media.model.ts';

/** Admin API schemas of the media library; they also feed the OpenAPI document. */

// Nine digits at most: ids stay inside a 32-bit integer column on PostgreSQL.
export const MediaIdParams = Type.Object({ id: Type.String({ pattern: '^[1-9][0-9]{0,8}$', description: 'media id' }) }, { additionalProperties: false });
export type MediaIdParams = Static<typeof MediaIdParams>;

const NoNul = '^[^\\u0000]*$';

export const MediaListQuery = Type.Object({
  q: Type.Optional(Type.String({
    maxLength: 200, pattern: NoNul, description: 'part of the alt text, caption, credit or uploaded file name, in any case; at most 200 characters',
  })),
  page: PageNumber,
  limit: Type.String({ pattern: '^(?:[1-9][0-9]?|100)$', default: '20', description: 'items per page, 1 to 100' }),
}, { additionalProperties: false });

/**
 * The upload form, for the OpenAPI document only: the multipart parser reads the parts itself
 * (media-upload-form.ts) and checks them, since a file cannot pass through JSON validation.
 */
export const MediaUploadForm = Type.Object({
  file: Type.String({ format: 'binary', description: 'the image: JPEG, PNG, WebP, GIF or AVIF, judged by its bytes' }),
  alt: Type.Optional(Type.String({ maxLength: TEXT_LIMITS.alt })),
  caption: Type.Optional(Type.String({ maxLength: TEXT_LIMITS.caption })),
  credit: Type.Optional(Type.String({ maxLength: TEXT_LIMITS.credit })),
});

export const MediaPatchBody = Type.Object({
  alt: Type.Optional(Type.String({ maxLength: TEXT_LIMITS.alt, pattern: NoNul })),
  caption: Type.Optional(Type.String({ maxLength: TEXT_LIMITS.caption, pattern: NoNul })),
  credit: Type.Optional(Type.String({ maxLength: TEXT_LIMITS.credit, pattern: NoNul })),
}, { additionalProperties: false, minProperties: 1 });
export type MediaPatchBody = Static<typeof MediaPatchBody>;

const VariantJson = Type.Object({
  url: Type.String(), width: Type.Integer(), height: Type.Integer(), type: Type.String({ description: 'Content-Type of the file' }), bytes: Type.Integer(),
});

export const MediaJson = Type.Object({
  id: Type.Integer(),
  url: Type.String({ description: 'path of the largest file in the stored format: put it in an article\'s image.url' }),
  width: Type.Integer({ description: 'width of that file' }),
  height: Type.Integer({ description: 'height of that file' }),
  originalWidth: Type.Integer(),
  originalHeight: Type.Integer(),
  format: Type.String({ description: 'what the upload was: jpeg, png, webp, gif or avif' }),
  bytes: Type.Integer({ description: 'size of the upload' }),
  alt: Type.String(),
  caption: Type.String(),
  credit: Type.String(),
  originalName: Type.String(),
  createdBy: Type.Union([Type.Integer(), Type.Null()]),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  variants: Type.Array(VariantJson),
  image: Type.Object({
    url: Type.String(), alt: Type.String(), caption: Type.String(), credit: Type.String(), width: Type.Integer(), height: Type.Integer(),
  }, { description: 'ready to send as an article\'s image' }),
});

export const MediaListJson = Type.Object({
  items: Type.Array(MediaJson),
  page: Type.Integer(), limit: Type.Integer(), total: Type.Integer(), pageCount: Type.Integer(),
});

export const ErrorJson = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), property: Type.Optional(Type.String()) }),
});
