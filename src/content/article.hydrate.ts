import type { Db } from '../db/index.ts';
import type { Article, ArticleSummary, AuthorRef, SummaryDetail, TagRef } from './article.model.ts';
import { findPeopleAndTagsFor, type ArticleWithSectionRow } from './article.repository.ts';

/** Turns rows into summaries, loading every row's authors and tags in two statements in all. */
export async function hydrateSummaries(db: Db, rows: ArticleWithSectionRow[], detail: SummaryDetail = 'full'): Promise<ArticleSummary[]> {
  if (detail === 'card') return rows.map((row) => toSummary(row, [], []));
  const ids = rows.map((r) => r.id);
  const links = await findPeopleAndTagsFor(db, ids);
  const authors = groupBy(links.filter((r) => r.kind === 'author'), (r) => r.articleId, (r): AuthorRef => ({ id: r.id, name: r.name, slug: r.slug }));
  const tags = groupBy(links.filter((r) => r.kind === 'tag'), (r) => r.articleId, (r): TagRef => ({ id: r.id, name: r.name, slug: r.slug }));
  return rows.map((row) => toSummary(row, authors.get(row.id) ?? [], tags.get(row.id) ?? []));
}

/** A whole article from its row (which must carry the body). */
export async function hydrateArticle(db: Db, row: ArticleWithSectionRow): Promise<Article> {
  const [summary] = await hydrateSummaries(db, [row]);
  return { ...(summary as ArticleSummary), bodyHtml: row.bodyHtml ?? '', language: row.language, seoTitle: row.seoTitle ?? '', seoDescription: row.seoDescription ?? '' };
}

function toSummary(row: ArticleWithSectionRow, authors: AuthorRef[], tags: TagRef[]): ArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    standfirst: row.standfirst,
    section: { id: row.sectionId, name: row.sectionName, slug: row.sectionSlug },
    authors,
    tags,
    publishedAt: row.publishedAt ?? row.updatedAt,
    updatedAt: row.updatedAt,
    image: row.imageUrl
      ? { url: row.imageUrl, alt: row.imageAlt ?? '', caption: row.imageCaption ?? '', credit: row.imageCredit ?? '', width: row.imageWidth, height: row.imageHeight }
      : null,
    externalId: row.externalId,
  };
}

function groupBy<R, V>(rows: R[], key: (r: R) => number, value: (r: R) => V): Map<number, V[]> {
  const map = new Map<number, V[]>();
  for (const row of rows) {
    const k = key(row);
    let list = map.get(k);
    if (!list) map.set(k, (list = []));
    list.push(value(row));
  }
  return map;
}
