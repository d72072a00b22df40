/**
 * Roles and what each may do: the one permission matrix every Admin API route checks.
 * Meanings follow WordPress (administrator, editor, author, contributor) plus a moderator who
 * handles comments only.
 */
export const ROLES = ['administrator', 'editor', 'author', 'contributor', 'moderator'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'article.create', 'article.edit.own', 'article.edit.any', 'article.publish.own', 'article.publish.any',
  'taxonomy.read', 'taxonomy.manage', 'media.upload', 'comment.moderate', 'user.manage', 'settings.manage', 'token.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

const MATRIX: Record<Role, readonly Action[]> = {
  administrator: ACTIONS,
  editor: ['article.create', 'article.edit.own', 'article.edit.any', 'article.publish.own', 'article.publish.any', 'taxonomy.read', 'taxonomy.manage', 'media.upload', 'comment.moderate'],
  // Whoever writes articles lists sections, tags and authors, to pick them for a story.
  author: ['article.create', 'article.edit.own', 'article.publish.own', 'taxonomy.read', 'media.upload'],
  contributor: ['article.create', 'article.edit.own', 'taxonomy.read'],
  moderator: ['comment.moderate'],
};

/** True when `role` may perform `action`. */
export function can(role: Role, action: Action): boolean {
  return MATRIX[role].includes(action);
}

/** True when `value` names a role. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The whole matrix, for documentation and for the test that walks it. */
export function permissionMatrix(): Record<Role, readonly Action[]> {
  return MATRIX;
}
