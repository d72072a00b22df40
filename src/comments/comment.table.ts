import type { ColumnType, Generated } from 'kysely';

/** Where a comment stands: only approved ones are public. */
export const COMMENT_STATUSES = ['pending', 'approved', 'spam', 'trash'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** How new comments are let through: all held, first-time commenters held (default), or none. */
export const MODERATION_MODES = ['all', 'first-time', 'open'] as const;
export type ModerationMode = (typeof MODERATION_MODES)[number];

export interface CommentTable {
  id: Generated<number>;
  articleId: number;
  parentId: number | null;
  /** The thread's top-level comment; null for a top-level comment itself. */
  rootId: number | null;
  /** 0 for a top-level comment, up to MAX_DEPTH - 1 for the deepest reply. */
  depth: number;
  status: CommentStatus;
  /** What it was before it went to the trash, so restoring puts it back there. */
  statusBeforeTrash: CommentStatus | null;
  /** Why the rules held it or took it for spam (a HeldReason), null when let through. */
  heldReason: string | null;
  authorName: string;
  /** Never in public output: pages, feeds, the Content API and avatars must not carry it. */
  authorEmail: string;
  authorUrl: string;
  authorIp: string;
  userAgent: string;
  /** A keyed hash of the email that draws the avatar; it cannot be turned back into the email. */
  avatarKey: string;
  /** The newsroom user who wrote it (a staff reply), else null. */
  userId: number | null;
  text: string;
  fingerprint: string;
  createdAt: ColumnType<string, string, never>;
  updatedAt: string;
}

export interface CommentSettingsTable {
  id: number;
  moderation: ModerationMode;
  closeAfterDays: number;
  holdLinks: number;
  moderationWords: string;
  blockedWords: string;
  minFormSeconds: number;
  floodSeconds: number;
  notifyModerators: number;
}

export interface CommentFloodTable {
  key: string;
  lastAt: string;
}

export interface AppSecretTable {
  name: string;
  value: string;
}

export interface CommentTables {
  comments: CommentTable;
  commentSettings: CommentSettingsTable;
  commentFlood: CommentFloodTable;
  appSecrets: AppSecretTable;
}
