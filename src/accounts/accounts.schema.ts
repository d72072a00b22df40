import { Type, type Static } from '@sinclair/typebox';
import { MAX_PASSWORD_LENGTH } from './password.ts';
import { ACTIONS, ROLES } from './permissions.ts';

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
export const SessionJson = Type.Object({
  user: Type.Object({
    ...UserJson.properties,
    permissions: Type.Array(Type.Union(ACTIONS.map((a) => Type.Literal(a))), { description: "what the user's role may do (src/accounts/permissions.ts)" }),
  }),
});

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

/** "Forgot password": any text shaped like an email address (the answer never says whether it has an account). */
export const PasswordResetBody = Type.Object({
  email: Type.String({ minLength: 3, maxLength: 320, pattern: '^\\s*[^\\s@]{1,64}@[^\\s@]{1,255}\\s*$' }),
}, { additionalProperties: false });

export const PasswordResetCompleteBody = Type.Object({
  token: Type.String({ minLength: 1, maxLength: 100, description: 'the token from the emailed link' }),
  newPassword: Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH }),
}, { additionalProperties: false });

export const OkJson = Type.Object({ ok: Type.Literal(true) });
export const ErrorJson = Type.Object({ error: Type.Object({ code: Type.String(), message: Type.String(), property: Type.Optional(Type.String()) }) });
