import type { EditableArticle } from './article.model.ts';
import { articlePath } from './article.presenter.ts';
import type { NewsroomRow } from './newsroom.repository.ts';

/** The allow-listed JSON of an article as the newsroom edits it. */
export function presentEditable(article: EditableArticle) {
  const dated = article.status === 'published' || article.status === 'scheduled' || article.status === 'unpublished';
  return {
    id: article.id, slug: article.slug, status: article.status, headline: article.headline, standfirst: article.standfirst,
    bodyHtml: article.bodyHtml, language: article.language, publishedAt: dated ? article.publishedAt : null, updatedAt: article.updatedAt,
    section: { name: article.section.name, slug: article.section.slug },
    authors: article.authors.map((a) => ({ name: a.name, slug: a.slug })),
    tags: article.tags.map((t) => ({ name: t.name, slug: t.slug })),
    revision: article.revision, embargoUntil: article.embargoUntil,
    image: article.image, path: articlePath(article),
    seoTitle: article.seoTitle, seoDescription: article.seoDescription,
  };
}

/** Who did something, as the newsroom sees it: null for the scheduler or the command line. */
export function presentActor(userId: number | null, userName: string | null) {
  return userId === null ? null : { id: userId, name: userName ?? '' };
}

/** One article of the newsroom list: enough for a table row, without the body. */
export function presentNewsroomItem(row: NewsroomRow) {
  return {
    id: row.id, slug: row.slug, headline: row.headline, status: row.status,
    publishedAt: row.publishedAt, updatedAt: row.updatedAt, createdAt: row.createdAt,
    scheduledFor: row.scheduledFor ?? null, embargoUntil: row.embargoUntil, revision: row.revision,
    section: { name: row.sectionName, slug: row.sectionSlug },
    authors: row.authors.map((a) => ({ name: a.name, slug: a.slug })),
    tags: row.tags.map((t) => ({ name: t.name, slug: t.slug })),
    createdBy: presentActor(row.createdBy, row.createdByName),
  };
}
