import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { adminGuard, forbidden, requireUser } from './accounts.routes.ts';
import type { AccountsService } from './accounts.service.ts';
import { can } from './permissions.ts';
import { ManagedUserJson, UserCreateBody, UserListJson, UserParams, UserPatchBody } from './users.admin.schema.ts';
import type { UsersService } from './users.service.ts';

export interface UsersAdminOptions { users: UsersService; accounts: AccountsService; siteUrl: string }

const ErrorJson = Type.Object({ error: Type.Object({ code: Type.String(), message: Type.String(), property: Type.Optional(Type.String()) }) });
const errors = { 400: ErrorJson, 401: ErrorJson, 403: ErrorJson, 404: ErrorJson, 409: ErrorJson };
const tags = ['admin: users'];

/** The Admin API's user management under /api/admin: administrators only (`user.manage`). */
export const usersAdminRoutes: FastifyPluginAsyncTypebox<UsersAdminOptions> = async (app, { users, accounts, siteUrl }) => {
  app.addHook('onRequest', adminGuard(siteUrl));

  // Checked before the input is validated: who may not call a route learns nothing about its input.
  const preValidation = async (request: FastifyRequest): Promise<void> => {
    const user = await requireUser(accounts, request);
    if (!can(user.role, 'user.manage')) throw forbidden('Only administrators manage users.');
  };

  app.get('/users', { preValidation, schema: { tags, summary: 'Every newsroom user', response: { 200: UserListJson, ...errors } } },
    async () => ({ items: await users.list() }));

  app.post('/users', { preValidation, schema: { tags, summary: 'Create a user', body: UserCreateBody, response: { 201: ManagedUserJson, ...errors } } },
    async (request, reply) => reply.code(201).send(await users.create(request.body)));

  app.patch('/users/:id', { preValidation, schema: { tags, summary: 'Change a user (a new role or disabling ends their sessions)', params: UserParams, body: UserPatchBody, response: { 200: ManagedUserJson, ...errors } } },
    async (request) => users.update(request.params.id, request.body));

  app.delete('/users/:id', { preValidation, schema: { tags, summary: 'Delete a user (never the last administrator)', params: UserParams, response: { 204: Type.Null({ description: 'deleted' }), ...errors } } },
    async (request, reply) => {
      await users.remove(request.params.id);
      return reply.code(204).send(null);
    });
};
