import type { Generated } from 'kysely';

/** A log of page-cache purges, so other processes sharing the database can follow them. */
export interface CachePurgeTable {
  id: Generated<number>;
  tags: string;
  createdAt: string;
}

export interface CacheTables {
  cachePurges: CachePurgeTable;
}
