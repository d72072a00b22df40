import type { Article, ArticleSummary } from './article.model.ts';
import type { Correction } from './corrections.service.ts';
import type { ArticleJson, ArticleSummaryJson } from './article.schema.ts';

/** The public path of an article. */
export function articlePath(article: Pick<ArticleSummary, 'slug' | 'section'>): string {
  return `/${article.section.slug}/${article.slug}/`;
}

/** The allow-listed JSON of an article in a list. */
export function presentSummary(article: ArticleSummary, siteUrl: string): ArticleSummaryJson {
  return {
    id: article.id,
    slug: article.slug,
    url: siteUrl + articlePath(article),
    headline: article.headline,
    standfirst: article.standfirst,
    section: { name: article.section.name, slug: article.section.slug },
    authors: article.authors.map((a) => ({ name: a.name, slug: a.slug })),
    tags: article.tags.map((t) => ({ name: t.name, slug: t.slug })),
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt,
    image: article.image && { ...article.image, url: absolute(article.image.url, siteUrl) },
    externalId: article.externalId,
  };
}

/** The allow-listed JSON of a whole article with its related articles. */
export function presentArticle(article: Article, related: ArticleSummary[], siteUrl: string, corrections: Correction[] = []): ArticleJson {
  return {
    ...presentSummary(article, siteUrl),
    bodyHtml: article.bodyHtml,
    language: article.language,
    corrections: corrections.map((c) => ({ kind: c.kind, text: c.text, publishedAt: c.createdAt, updatedAt: c.updatedAt })),
    related: related.map((r) => presentSummary(r, siteUrl)),
  };
}

function absolute(url: string, siteUrl: string): string {
  return url.startsWith('/') ? siteUrl + url : url;
}
