/** Newsroom accounts: users, roles and their permission matrix, passwords and sessions. */
export { createAccountsService, type AccountsService, type SignedInUser, MAX_FAILURES, LOCK_MINUTES, SESSION_DAYS } from './accounts.service.ts';
export { ROLES, ACTIONS, can, isRole, permissionMatrix, type Role, type Action } from './permissions.ts';
export { ACCOUNTS_ERRORS } from './accounts.errors.ts';
export { MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH } from './password.ts';
export { accountsRoutes, adminGuard, forbidden, requireUser, SESSION_COOKIE } from './accounts.routes.ts';
export { setupRoutes } from './setup.routes.tsx';
export { createUsersService, type UsersService, type ManagedUser } from './users.service.ts';
export { usersAdminRoutes } from './users.admin.routes.ts';
export { createPasswordResetService, type PasswordResetService, RESET_LINK_MINUTES } from './password-reset.service.ts';
export { createResetMailer } from './password-reset-mail.ts';
