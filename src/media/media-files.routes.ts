import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { mediaError } from './media.errors.ts';
import { contentTypeOf, parseKey } from './media-key.ts';
import type { MediaStorage } from './media-storage.ts';

export interface MediaFileOptions { storage: MediaStorage }

const YEAR_SECONDS = 365 * 24 * 3600;
const FileParams = Type.Object({ '*': Type.String({ maxLength: 200 }) });

/**
 * Serves stored image files at /media/<key>. A key's name never changes meaning (a new upload
 * gets a new random folder), so files are cached for a year. Only keys the server could have
 * made are looked up; anything else is the reader 404 page.
 */
export const mediaFileRoutes: FastifyPluginAsyncTypebox<MediaFileOptions> = async (app, { storage }) => {
  app.get('/media/*', { schema: { params: FileParams, hide: true } }, async (request, reply) => {
    const key = request.params['*'];
    const parsed = parseKey(key);
    const found = parsed ? await storage.stream(key) : null;
    if (!parsed || !found) throw mediaError('MEDIA_NOT_FOUND', 'There is no such image.');
    reply
      .header('content-type', contentTypeOf(parsed.format))
      .header('content-length', found.size)
      .header('cache-control', `public, max-age=${YEAR_SECONDS}, immutable`)
      // Images are never sniffed into something else (also set for every response in server/).
      .header('x-content-type-options', 'nosniff');
    if (request.method === 'HEAD') {
      found.body.destroy();
      return reply.send();
    }
    return reply.send(found.body);
  });
};
