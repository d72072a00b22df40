import type { FastifyRequest } from 'fastify';
import { isAppError } from '../common/app-error.ts';
import { mediaError } from './media.errors.ts';
import type { UploadInput } from './media.service.ts';

const TEXT_FIELDS = new Set(['alt', 'caption', 'credit']);

/** Limits handed to the multipart parser; `fileSize` comes from the configuration. */
export function multipartLimits(maxBytes: number) {
  return { fileSize: maxBytes, files: 1, fields: 3, parts: 4, fieldSize: 4096, fieldNameSize: 32, headerPairs: 20 };
}

/**
 * Reads a multipart upload: one part named `file`, and optional `alt`, `caption` and `credit`
 * text parts, in any order. The file is held in memory (never in a temporary file), and the
 * parser stops reading one byte past the limit.
 * @throws MEDIA_INVALID_INPUT, MEDIA_FILE_MISSING, MEDIA_FILE_TOO_LARGE
 */
export async function readUploadForm(request: FastifyRequest, maxBytes: number): Promise<UploadInput> {
  if (!request.isMultipart()) throw mediaError('MEDIA_INVALID_INPUT', 'Send the image as multipart/form-data with a part named "file".', 'file');
  const text: Record<string, string> = {};
  let file: { bytes: Buffer; name: string } | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') throw mediaError('MEDIA_INVALID_INPUT', `The image goes in a part named "file", not "${part.fieldname.slice(0, 32)}".`, 'file');
        file = { bytes: await part.toBuffer(), name: part.filename };
        continue;
      }
      const name = part.fieldname;
      if (!TEXT_FIELDS.has(name)) throw mediaError('MEDIA_INVALID_INPUT', `Unknown field "${name.slice(0, 32)}"; only alt, caption and credit are accepted.`, name.slice(0, 32));
      if (part.valueTruncated) throw mediaError('MEDIA_INVALID_INPUT', `${name} is too long.`, name);
      if (name in text) throw mediaError('MEDIA_INVALID_INPUT', `${name} is given twice.`, name);
      text[name] = String(part.value);
    }
  } catch (error) {
    throw translateParserError(error, maxBytes);
  }
  if (!file) throw mediaError('MEDIA_FILE_MISSING', 'No image was sent: add a part named "file".', 'file');
  return { bytes: file.bytes, fileName: file.name, alt: text.alt, caption: text.caption, credit: text.credit };
}

/** The multipart parser's own errors, turned into the slice's codes (none of them is a 500). */
function translateParserError(error: unknown, maxBytes: number): unknown {
  if (isAppError(error)) return error;
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE': return mediaError('MEDIA_FILE_TOO_LARGE', `The file is over the ${maxBytes}-byte limit.`, 'file');
    case 'FST_FILES_LIMIT': return mediaError('MEDIA_INVALID_INPUT', 'Send one image per request.', 'file');
    case 'FST_FIELDS_LIMIT': case 'FST_PARTS_LIMIT': return mediaError('MEDIA_INVALID_INPUT', 'Too many parts: send file, alt, caption and credit only.');
    default: return mediaError('MEDIA_INVALID_INPUT', 'The multipart body is malformed.');
  }
}
