import { Type, type Static } from '@sinclair/typebox';
import { MAX_PASSWORD_LENGTH } from './password.ts';
import { ROLES } from './permissions.ts';

/** Request and response schemas of the Admin API's session routes. */
export const SignInBody = Type.Object({
  email: Type.String({ minLength: 1, maxLength: 320 }),
  password: Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH }),
}, { additionalProperties: false });
export type SignInBody = Static<typeof SignInBody>;

export const UserJson = Type.Object({
  id: Type.Integer(),
  email: Type.String(),
  name: Type.String(),
  role: Type.Union(ROLES.map((r) => Type.Literal(r))),
});
export const SessionJson = Type.Object({ user: UserJson });

export const TokenBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  role: Type.Union(ROLES.map((r) => Type.Literal(r))),
}, { additionalProperties: false });

const TokenInfo = {
  id: Type.Integer(), name: Type.String(), role: Type.String(), createdAt: Type.String(), lastUsedAt: Type.Union([Type.String(), Type.Null()]),
};
export const NewTokenJson = Type.Object({ ...TokenInfo, token: Type.String() });
export const TokenListJson = Type.Object({ items: Type.Array(Type.Object(TokenInfo)) });
export const TokenParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) }, { additionalProperties: false });

export const PasswordChangeBody = Type.Object({
  currentPassword: Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH }),
  newPassword: Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH }),
}, { additionalProperties: false });
