import type { Db } from '../../db/index.ts';
import { visibleArticles } from '../feeds/feed.repository.ts';

/** One month's share of the visible articles: `YYYY-MM` by publication time (UTC). */
export interface MonthRow { month: string; count: number; lastmod: string }
/** An article's address parts and dates. */
export interface ArticleUrlRow { slug: string; sectionSlug: string; publishedAt: string; updatedAt: string }
/** A section, tag or author page and the newest change among its visible articles. */
export interface ListUrlRow { slug: string; lastmod: string | null }
/** What a news sitemap entry names. */
export interface NewsRow extends ArticleUrlRow { headline: string; language: string }

/** Months holding visible articles, newest first, with how many and their newest change. */
export async function findArticleMonths(db: Db, nowIso: string): Promise<MonthRow[]> {
  const rows = await visibleArticles(db, nowIso)
    // Literal arguments (not parameters), so PostgreSQL sees the grouped expression as the selected one.
    .select((eb) => [
      eb.fn<string>('substr', [eb.ref('a.publishedAt'), eb.lit(1), eb.lit(7)]).as('month'),
      eb.fn.countAll<number>().as('count'),
      eb.fn.max('a.updatedAt').as('lastmod'),
    ])
    .groupBy((eb) => eb.fn<string>('substr', [eb.ref('a.publishedAt'), eb.lit(1), eb.lit(7)]))
    .orderBy('month', 'desc')
    .execute();
  return rows.map((r) => ({ month: r.month, count: Number(r.count), lastmod: r.lastmod }));
}

/** One slice of a month's visible articles, oldest first (so a slice keeps its articles as the month fills). */
export function findArticlesOfMonth(db: Db, nowIso: string, month: string, limit: number, offset: number): Promise<ArticleUrlRow[]> {
  return visibleArticles(db, nowIso)
    .innerJoin('sections as s', 's.id', 'a.sectionId')
    .select(['a.slug', 's.slug as sectionSlug', 'a.publishedAt', 'a.updatedAt'])
    .where('a.publishedAt', '>=', month)
    .where('a.publishedAt', '<', nextMonth(month))
    .orderBy('a.publishedAt').orderBy('a.id')
    .limit(limit).offset(offset)
    .$narrowType<{ publishedAt: string }>()
    .execute();
}

/** Every section with the newest change among its visible articles (null when it has none). */
export async function findSectionUrls(db: Db, nowIso: string): Promise<ListUrlRow[]> {
  const [sections, latest] = await Promise.all([
    db.selectFrom('sections').select(['id', 'slug']).orderBy('position').orderBy('id').execute(),
    visibleArticles(db, nowIso).select((eb) => ['a.sectionId', eb.fn.max('a.updatedAt').as('lastmod')]).groupBy('a.sectionId').execute(),
  ]);
  const byId = new Map(latest.map((r) => [r.sectionId, r.lastmod]));
  return sections.map((s) => ({ slug: s.slug, lastmod: byId.get(s.id) ?? null }));
}

/** How many tags or authors have at least one visible article. */
export async function countListUrls(db: Db, nowIso: string, kind: 'tag' | 'author'): Promise<number> {
  const row = kind === 'tag'
    ? await linkedTags(db, nowIso).select((eb) => eb.fn.count<number>('l.id').distinct().as('n')).executeTakeFirst()
    : await linkedAuthors(db, nowIso).select((eb) => eb.fn.count<number>('l.id').distinct().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** One slice of the tags or authors with visible articles, by slug, with their newest change. */
export function findListUrls(db: Db, nowIso: string, kind: 'tag' | 'author', limit: number, offset: number): Promise<ListUrlRow[]> {
  return kind === 'tag'
    ? linkedTags(db, nowIso).select((eb) => ['l.slug', eb.fn.max('a.updatedAt').as('lastmod')]).groupBy(['l.id', 'l.slug']).orderBy('l.slug').limit(limit).offset(offset).execute()
    : linkedAuthors(db, nowIso).select((eb) => ['l.slug', eb.fn.max('a.updatedAt').as('lastmod')]).groupBy(['l.id', 'l.slug']).orderBy('l.slug').limit(limit).offset(offset).execute();
}

/** Visible articles published at or after `sinceIso`, newest first. */
export function findNewsArticles(db: Db, nowIso: string, sinceIso: string, limit: number): Promise<NewsRow[]> {
  return visibleArticles(db, nowIso)
    .innerJoin('sections as s', 's.id', 'a.sectionId')
    .select(['a.slug', 's.slug as sectionSlug', 'a.publishedAt', 'a.updatedAt', 'a.headline', 'a.language'])
    .where('a.publishedAt', '>=', sinceIso)
    .orderBy('a.publishedAt', 'desc').orderBy('a.id', 'desc')
    .limit(limit)
    .$narrowType<{ publishedAt: string }>()
    .execute();
}

function linkedTags(db: Db, nowIso: string) {
  return visibleArticles(db, nowIso).innerJoin('articleTags as lt', 'lt.articleId', 'a.id').innerJoin('tags as l', 'l.id', 'lt.tagId');
}

function linkedAuthors(db: Db, nowIso: string) {
  return visibleArticles(db, nowIso).innerJoin('articleAuthors as la', 'la.articleId', 'a.id').innerJoin('authors as l', 'l.id', 'la.authorId');
}

/** `2026-11` → `2026-12`, `2026-12` → `2027-01`: the exclusive upper bound of a month's timestamps. */
export function nextMonth(month: string): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return mon === 12 ? `${year + 1}-01` : `${year}-${String(mon + 1).padStart(2, '0')}`;
}
