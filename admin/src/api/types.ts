/** Shapes the Admin API answers with, shared by every screen (declared once, from the OpenAPI document). */
export type Role = 'administrator' | 'editor' | 'author' | 'contributor' | 'moderator';

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** Permission names of the role, e.g. `article.publish.own`; absent from older servers. */
  permissions?: string[];
}

export interface Session {
  user: SessionUser;
}

/** One page of a list: `{ items, page, limit, total, pageCount }`. */
export interface Page<T> {
  items: T[];
  page: number;
  limit: number;
  total: number;
  pageCount: number;
}

export interface Ref {
  name: string;
  slug: string;
}
