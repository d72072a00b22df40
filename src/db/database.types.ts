import type { Kysely, Transaction } from 'kysely';
import type { AccountTables } from '../accounts/accounts.table.ts';
import type { CacheTables } from '../cache/cache.table.ts';
import type { ContentTables } from '../content/content.table.ts';
import type { MediaTables } from '../media/media.table.ts';
import type { CorrectionTables } from '../content/corrections.table.ts';
import type { WorkflowTables } from '../content/workflow.table.ts';
import type { CommentTables } from '../comments/comment.table.ts';
import type { SearchTables } from '../search/search.table.ts';
import type { TopicTables } from '../topics/topic.table.ts';
import type { RelatedTables } from '../related/related.table.ts';

/** Every table, composed from the slices that own them. */
export interface Database extends ContentTables, CorrectionTables, WorkflowTables, CacheTables, AccountTables, MediaTables, CommentTables, TopicTables, RelatedTables, SearchTables {}

/** What repositories take: the database or a transaction on it. */
export type Db = Kysely<Database> | Transaction<Database>;

export type Dialect = 'sqlite' | 'postgres';
