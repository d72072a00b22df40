import { api, ApiError, apiUrl } from '../api/client.ts';
import type { Role } from '../api/types.ts';

/** What the site's feeds carry of each article: all of it, or its summary (the standfirst). */
export type FeedContent = 'full' | 'summary';

/** `GET /api/admin/settings`. `smtpConfigured` is only there on servers that report it. */
export interface SiteSettings {
  title: string;
  description: string;
  language: string;
  timeZone: string;
  feedContent: FeedContent;
  smtpConfigured?: boolean;
}

export type ModerationMode = 'all' | 'first-time' | 'open';

/** `GET /api/admin/comment-settings`; word lists are one entry per line. */
export interface CommentSettings {
  moderation: ModerationMode;
  closeAfterDays: number;
  holdLinks: number;
  moderationWords: string;
  blockedWords: string;
  minFormSeconds: number;
  floodSeconds: number;
  notifyModerators: boolean;
}

export interface ApiToken { id: number; name: string; role: Role; createdAt: string; lastUsedAt: string | null }

export const getSettings = (signal?: AbortSignal) => api<SiteSettings>('/settings', { signal });

export function saveSettings(settings: Pick<SiteSettings, 'title' | 'description' | 'language' | 'timeZone' | 'feedContent'>): Promise<SiteSettings> {
  return api<SiteSettings>('/settings', { method: 'PUT', body: settings });
}

export const getCommentSettings = (signal?: AbortSignal) => api<CommentSettings>('/comment-settings', { signal });

export function saveCommentSettings(settings: CommentSettings): Promise<CommentSettings> {
  return api<CommentSettings>('/comment-settings', { method: 'PUT', body: settings });
}

export const listTokens = (signal?: AbortSignal) => api<{ items: ApiToken[] }>('/tokens', { signal });

export function createToken(name: string, role: Role): Promise<ApiToken & { token: string }> {
  return api<ApiToken & { token: string }>('/tokens', { method: 'POST', body: { name, role } });
}

export function revokeToken(id: number): Promise<void> {
  return api<void>(`/tokens/${id}`, { method: 'DELETE' });
}

/**
 * `PUT /session/password`. A wrong current password answers 401, which api() takes for an
 * ended session and signs the person out; so this one call goes round it and reports every
 * answer as a problem with the form (the server's message, placed by its `property`).
 */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(apiUrl('/session/password'), {
      method: 'PUT', credentials: 'same-origin',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ currentPassword, newPassword }),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'The server could not be reached.');
  }
  if (response.ok) return;
  const data: unknown = await response.json().catch(() => undefined);
  const error = (data as { error?: { code?: string; message?: string; property?: string } } | undefined)?.error;
  throw new ApiError(response.status, error?.code ?? `HTTP_${response.status}`, error?.message ?? response.statusText, error?.property);
}
