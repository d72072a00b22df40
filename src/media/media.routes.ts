import fastifyMultipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { adminGuard, can, forbidden, requireUser, type AccountsService, type SignedInUser } from '../accounts/index.ts';
import type { MediaItem } from './media.model.ts';
import { presentMedia } from './media.presenter.ts';
import { ErrorJson, MediaIdParams, MediaJson, MediaListJson, MediaListQuery, MediaPatchBody, MediaUploadForm } from './media.schema.ts';
import type { MediaService } from './media.service.ts';
import { multipartLimits, readUploadForm } from './media-upload-form.ts';

export interface MediaAdminOptions { media: MediaService; accounts: AccountsService; siteUrl: string }

const errors = { 400: ErrorJson, 401: ErrorJson, 403: ErrorJson, 404: ErrorJson, 413: ErrorJson, 415: ErrorJson, 422: ErrorJson };

/**
 * The Admin API's media library under /api/admin/media. Everyone who may upload
 * (`media.upload`) may browse the library; an image's text and its removal belong to whoever
 * uploaded it and to roles that may edit anyone's articles.
 */
export const mediaAdminRoutes: FastifyPluginAsyncTypebox<MediaAdminOptions> = async (app, { media, accounts, siteUrl }) => {
  // Registered here only: no other route accepts multipart bodies.
  await app.register(fastifyMultipart, { limits: multipartLimits(media.maxBytes) });
  app.addHook('onRequest', adminGuard(siteUrl));

  const uploader = async (request: Parameters<typeof requireUser>[1]) => {
    const user = await requireUser(accounts, request);
    if (!can(user.role, 'media.upload')) throw forbidden('Your role may not use the media library.');
    return user;
  };
  const mayChange = (user: SignedInUser, item: MediaItem) => {
    if (item.createdBy !== user.id && !can(user.role, 'article.edit.any')) throw forbidden('Only its uploader or an editor may change this image.');
  };

  app.post('/media', {
    schema: { consumes: ['multipart/form-data'], body: MediaUploadForm, response: { 201: MediaJson, ...errors } },
    // The body schema documents the form; readUploadForm checks every part as it streams in.
    validatorCompiler: () => () => true,
  }, async (request, reply) => {
    const user = await uploader(request);
    const item = await media.upload(await readUploadForm(request, media.maxBytes), user.id);
    return reply.code(201).header('location', `/api/admin/media/${item.id}`).send(presentMedia(item));
  });

  app.get('/media', { schema: { querystring: MediaListQuery, response: { 200: MediaListJson, ...errors } } }, async (request) => {
    await uploader(request);
    const list = await media.list(Number(request.query.page), Number(request.query.limit), request.query.q?.trim());
    return { ...list, items: list.items.map(presentMedia) };
  });

  app.get('/media/:id', { schema: { params: MediaIdParams, response: { 200: MediaJson, ...errors } } }, async (request) => {
    await uploader(request);
    return presentMedia(await media.get(Number(request.params.id)));
  });

  app.patch('/media/:id', { schema: { params: MediaIdParams, body: MediaPatchBody, response: { 200: MediaJson, ...errors } } }, async (request) => {
    const user = await uploader(request);
    const id = Number(request.params.id);
    mayChange(user, await media.get(id));
    return presentMedia(await media.update(id, request.body));
  });

  app.delete('/media/:id', { schema: { params: MediaIdParams, response: { 204: Type.Null(), ...errors } } }, async (request, reply) => {
    const user = await uploader(request);
    const id = Number(request.params.id);
    mayChange(user, await media.get(id));
    await media.remove(id);
    return reply.code(204).send(null);
  });
};
