import type { Db } from '../db/index.ts';
import { findPeopleAndTagsFor } from './article.repository.ts';
import { articleCacheTags } from './cache-tags.ts';

/** The cache tags of every page that shows (or showed) these articles, links read in one statement. */
export async function pagesShowing(db: Db, articles: readonly { id: number; sectionSlug: string }[]): Promise<string[]> {
  if (articles.length === 0) return [];
  const links = await findPeopleAndTagsFor(db, articles.map((a) => a.id));
  return [...new Set(articles.flatMap((a) => {
    const mine = links.filter((l) => l.articleId === a.id);
    return articleCacheTags(a.id, a.sectionSlug, mine.filter((l) => l.kind === 'tag').map((l) => l.slug), mine.filter((l) => l.kind === 'author').map((l) => l.slug));
  }))];
}
