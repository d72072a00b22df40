import type { Generated } from 'kysely';
import type { ArticleStatus } from './content.table.ts';

/** Timestamps are ISO 8601 UTC text, as elsewhere. */
type Timestamp = string;

/** Every save of an article: who, when, which fields changed, and the whole editable state. */
export interface ArticleRevisionTable {
  id: Generated<number>;
  articleId: number;
  /** 1, 2, 3… per article; `articles.revision` holds the newest. */
  number: number;
  userId: number | null;
  createdAt: Timestamp;
  /** JSON array of the field names that differ from the previous revision. */
  changed: string;
  /** JSON of a {@link RevisionSnapshot}. */
  snapshot: string;
  note: string;
}

/** One change of an article's workflow state. `userId` null: the scheduler or the command line. */
export interface ArticleEventTable {
  id: Generated<number>;
  articleId: number;
  fromStatus: ArticleStatus | null;
  toStatus: ArticleStatus;
  userId: number | null;
  note: string;
  createdAt: Timestamp;
}

export type JobState = 'pending' | 'done' | 'cancelled' | 'failed';

/** Work to run at a time, kept in the database so restarts lose nothing and nodes share it. */
export interface JobTable {
  id: Generated<number>;
  kind: 'publish-article';
  articleId: number | null;
  runAt: Timestamp;
  state: JobState;
  attempts: number;
  lastError: string | null;
  createdAt: Timestamp;
  finishedAt: Timestamp | null;
}

/** Secret, expiring links that show an unpublished article to someone outside the newsroom. */
export interface PreviewLinkTable {
  id: Generated<number>;
  articleId: number;
  /** SHA-256 of the token; the token itself is shown once. */
  tokenHash: string;
  expiresAt: Timestamp;
  createdBy: number | null;
  createdAt: Timestamp;
}

export interface WorkflowTables {
  articleRevisions: ArticleRevisionTable;
  articleEvents: ArticleEventTable;
  jobs: JobTable;
  previewLinks: PreviewLinkTable;
}
