import type { Clock } from '../common/clock.ts';
import type { ArticleSummary, ContentReader } from '../content/index.ts';
import type { Db } from '../db/index.ts';
import { findSectionNeighbours, findTagNeighbours } from './related.repository.ts';

const SHARED_TAG_WEIGHT = 3;
const SAME_SECTION_WEIGHT = 2;
const RECENCY_WEIGHT = 2;
const RECENCY_HALF_LIFE_DAYS = 14;
const DAY_MS = 86_400_000;

/**
 * Related articles, ranked by shared tags, then same section, then nearness in time to the
 * article itself (not to today, so an old story's related block stays about its own moment).
 */
export function createRelatedFinder(db: Db, clock: Clock, content: ContentReader) {
  return {
    /** Up to `limit` related published articles, best first. */
    async findRelated(article: ArticleSummary, limit = 6): Promise<ArticleSummary[]> {
      const now = clock.now().toISOString();
      const tagIds = article.tags.map((t) => t.id);
      const [byTags, bySection] = await Promise.all([
        findTagNeighbours(db, article.id, tagIds, now, 40),
        findSectionNeighbours(db, article.id, article.section.id, now, 12),
      ]);
      const scores = new Map<number, number>();
      const anchor = Date.parse(article.publishedAt);
      const score = (row: { id: number; sectionId: number; publishedAt: string | null }, shared: number) => {
        const distanceDays = Math.abs(anchor - Date.parse(row.publishedAt ?? now)) / DAY_MS;
        const recency = RECENCY_WEIGHT * Math.pow(0.5, distanceDays / RECENCY_HALF_LIFE_DAYS);
        const value = shared * SHARED_TAG_WEIGHT + (row.sectionId === article.section.id ? SAME_SECTION_WEIGHT : 0) + recency;
        scores.set(row.id, Math.max(scores.get(row.id) ?? 0, value));
      };
      for (const row of byTags) score(row, Number(row.shared));
      for (const row of bySection) score(row, 0);
      const ids = [...scores.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, limit).map(([id]) => id);
      return content.getSummaries(ids);
    },
  };
}

export type RelatedFinder = ReturnType<typeof createRelatedFinder>;
