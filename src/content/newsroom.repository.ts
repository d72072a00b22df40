import { sql } from 'kysely';
import { containsText, type Db } from '../db/index.ts';
import { findPeopleAndTagsFor } from './article.repository.ts';
import type { ArticleStatus } from './content.table.ts';

/**
 * Orders of the newsroom list: a bare name is descending (newest first, or Z to A), a leading
 * `-` ascending. Ties fall back to the id in the same direction, so pages never overlap.
 */
export const NEWSROOM_SORTS = ['updated', '-updated', 'published', '-published', 'headline', '-headline', 'created', '-created'] as const;
export type NewsroomSort = (typeof NEWSROOM_SORTS)[number];

/** Which articles a newsroom list shows; every field left out (or empty) narrows nothing. */
export interface NewsroomFilter {
  status?: ArticleStatus | undefined;
  /** Only those this user created (authors and contributors see no others). */
  createdBy?: number | undefined;
  /** Part of the headline or slug, in any case. */
  search?: string | undefined;
  sectionSlug?: string | undefined;
  authorSlug?: string | undefined;
  tagSlug?: string | undefined;
}

/** One article of a newsroom list page, with its byline and tags. */
export type NewsroomRow = Awaited<ReturnType<typeof findRows>>[number] & {
  authors: { name: string; slug: string }[];
  tags: { name: string; slug: string }[];
};

/**
 * One page of the newsroom list and how many articles match in all, in three statements
 * whatever the page size: the rows, the count, and every row's authors and tags together.
 */
export async function findNewsroomPage(db: Db, filter: NewsroomFilter, sort: NewsroomSort, limit: number, offset: number): Promise<{ items: NewsroomRow[]; total: number }> {
  const [rows, total] = await Promise.all([findRows(db, filter, sort, limit, offset), countNewsroomArticles(db, filter)]);
  const links = await findPeopleAndTagsFor(db, rows.map((r) => r.id));
  const items = rows.map((row) => {
    const own = links.filter((l) => l.articleId === row.id);
    const ref = (kind: 'author' | 'tag') => own.filter((l) => l.kind === kind).map((l) => ({ name: l.name, slug: l.slug }));
    return { ...row, authors: ref('author'), tags: ref('tag') };
  });
  return { items, total };
}

export async function countNewsroomArticles(db: Db, filter: NewsroomFilter): Promise<number> {
  const row = await filtered(db, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

function filtered(db: Db, filter: NewsroomFilter) {
  let query = db.selectFrom('articles as a').innerJoin('sections as s', 's.id', 'a.sectionId');
  if (filter.status !== undefined) query = query.where('a.status', '=', filter.status);
  if (filter.createdBy !== undefined) query = query.where('a.createdBy', '=', filter.createdBy);
  if (filter.sectionSlug) query = query.where('s.slug', '=', filter.sectionSlug);
  const { authorSlug, tagSlug, search } = filter;
  if (authorSlug) {
    query = query.where((eb) => eb.exists(eb.selectFrom('articleAuthors as aa').innerJoin('authors as au', 'au.id', 'aa.authorId')
      .select('aa.articleId').whereRef('aa.articleId', '=', 'a.id').where('au.slug', '=', authorSlug)));
  }
  if (tagSlug) {
    query = query.where((eb) => eb.exists(eb.selectFrom('articleTags as at').innerJoin('tags as t', 't.id', 'at.tagId')
      .select('at.articleId').whereRef('at.articleId', '=', 'a.id').where('t.slug', '=', tagSlug)));
  }
  if (search) query = query.where((eb) => eb.or([containsText('a.headline', search), containsText('a.slug', search)]));
  return query;
}

function findRows(db: Db, filter: NewsroomFilter, sort: NewsroomSort, limit: number, offset: number) {
  const direction = sort.startsWith('-') ? 'asc' : 'desc';
  const key = sort.replace(/^-/, '');
  let query = filtered(db, filter)
    .leftJoin('users as u', 'u.id', 'a.createdBy')
    .select([
      'a.id', 'a.slug', 'a.headline', 'a.status', 'a.publishedAt', 'a.updatedAt', 'a.createdAt', 'a.embargoUntil', 'a.revision',
      'a.createdBy', 'u.name as createdByName', 's.name as sectionName', 's.slug as sectionSlug',
    ])
    // At most one publish job is pending per article (syncPublishJob cancels the old one first).
    .select((eb) => eb.selectFrom('jobs as j').select((j) => j.fn.min('j.runAt').as('runAt'))
      .whereRef('j.articleId', '=', 'a.id').where('j.kind', '=', 'publish-article').where('j.state', '=', 'pending').as('scheduledFor'));
  // Articles never published sort after the rest either way (the dialects disagree on where NULL goes).
  if (key === 'published') query = query.orderBy('a.publishedAt', (ob) => (direction === 'asc' ? ob.asc() : ob.desc()).nullsLast());
  // Lower-cased so "apple" and "Banana" sort alike on both databases, whatever the collation.
  else if (key === 'headline') query = query.orderBy(sql`lower(${sql.ref('a.headline')})`, direction).orderBy('a.headline', direction);
  else query = query.orderBy(key === 'created' ? 'a.createdAt' : 'a.updatedAt', direction);
  return query.orderBy('a.id', direction).limit(limit).offset(offset).execute();
}
