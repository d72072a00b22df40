import { api } from '../api/client.ts';
import type { Ref, Role } from '../api/types.ts';

/** A newsroom user as `GET /api/admin/users` lists them (never a password hash). */
export interface ManagedUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  author: Ref | null;
  /** A disabled user has no password and cannot sign in. */
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface NewUser { email: string; name: string; role: Role; password: string; authorSlug?: string | null }

/** `authorSlug: null` unlinks; `disabled: true` removes the password; a new `password` enables. */
export interface UserChanges { name?: string; role?: Role; authorSlug?: string | null; disabled?: boolean; password?: string }

export const ROLES: Role[] = ['administrator', 'editor', 'author', 'contributor', 'moderator'];

export function listUsers(signal?: AbortSignal): Promise<{ items: ManagedUser[] }> {
  return api<{ items: ManagedUser[] }>('/users', { signal });
}

export function createUser(user: NewUser): Promise<ManagedUser> {
  return api<ManagedUser>('/users', { method: 'POST', body: user });
}

export function updateUser(id: number, changes: UserChanges): Promise<ManagedUser> {
  return api<ManagedUser>(`/users/${id}`, { method: 'PATCH', body: changes });
}

export function deleteUser(id: number): Promise<void> {
  return api<void>(`/users/${id}`, { method: 'DELETE' });
}
