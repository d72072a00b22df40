import { Type } from '@sinclair/typebox';
import { SLUG_PATTERN } from '../common/slugify.ts';
import { MAX_PASSWORD_LENGTH } from './password.ts';
import { ROLES } from './permissions.ts';

/** Request and response schemas of the Admin API's user routes. */

// Spelled as content's slugs are; accounts sits below content, so it does not import from there.
const SlugString = Type.String({ minLength: 1, maxLength: 120, pattern: SLUG_PATTERN });
const RoleName = Type.Union(ROLES.map((r) => Type.Literal(r)));
const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const Password = Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH });

export const UserParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) }, { additionalProperties: false });

export const UserCreateBody = Type.Object({
  email: Type.String({ minLength: 3, maxLength: 320 }),
  name: Name,
  role: RoleName,
  password: Password,
  authorSlug: Type.Optional(Type.Union([SlugString, Type.Null()])),
}, { additionalProperties: false });

export const UserPatchBody = Type.Object({
  name: Type.Optional(Name),
  role: Type.Optional(RoleName),
  authorSlug: Type.Optional(Type.Union([SlugString, Type.Null()], { description: 'the author profile they write as; null unlinks it' })),
  disabled: Type.Optional(Type.Boolean({ description: 'true removes the password and ends every session' })),
  password: Type.Optional(Password),
}, { additionalProperties: false, minProperties: 1 });

export const ManagedUserJson = Type.Object({
  id: Type.Integer(),
  email: Type.String(),
  name: Type.String(),
  role: RoleName,
  author: Type.Union([Type.Object({ slug: Type.String(), name: Type.String() }), Type.Null()]),
  disabled: Type.Boolean(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export const UserListJson = Type.Object({ items: Type.Array(ManagedUserJson) });
