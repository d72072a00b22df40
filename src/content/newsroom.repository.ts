import type { Db } from '../db/index.ts';
import type { ArticleStatus } from './content.table.ts';

/** Which articles a newsroom list shows: any status unless one is given; only a creator's if given. */
export interface NewsroomFilter { status?: ArticleStatus; createdBy?: number }

function filtered(db: Db, filter: NewsroomFilter) {
  let query = db.selectFrom('articles as a').innerJoin('sections as s', 's.id', 'a.sectionId');
  if (filter.status !== undefined) query = query.where('a.status', '=', filter.status);
  if (filter.createdBy !== undefined) query = query.where('a.createdBy', '=', filter.createdBy);
  return query;
}

/** Articles in any status, most recently changed first. */
export function findNewsroomArticles(db: Db, filter: NewsroomFilter, limit: number, offset: number) {
  return filtered(db, filter)
    .select(['a.id', 'a.slug', 'a.headline', 'a.status', 'a.publishedAt', 'a.updatedAt', 'a.createdBy', 's.name as sectionName', 's.slug as sectionSlug'])
    .orderBy('a.updatedAt', 'desc').orderBy('a.id', 'desc')
    .limit(limit).offset(offset)
    .execute();
}

export async function countNewsroomArticles(db: Db, filter: NewsroomFilter): Promise<number> {
  const row = await filtered(db, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}
