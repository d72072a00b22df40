import type { Clock } from '../common/clock.ts';
import type { ArticleSummary, ContentReader, SummaryDetail } from '../content/index.ts';
import type { Db } from '../db/index.ts';
import { findSectionNeighbours, findTagNeighbours } from './related.repository.ts';

const DAY_MS = 86_400_000;
const MEMO_LIMIT = 5_000;

interface Candidate { id: number; shared: number; sameSection: boolean; distance: number }

/**
 * Related articles, ranked by shared tags, then same section, then nearness in time to the
 * article itself. Candidates are the 40 articles sharing most tags and the section's 12 newest,
 * so a story with few tags draws on recent section news (the interim engine; see related/).
 */
export function createRelatedFinder(db: Db, clock: Clock, content: ContentReader) {
  // Ranking reads every neighbour of an article; its outcome only changes when content does,
  // so each article's related list is kept until the next content purge ({@link forget}).
  const memo = new Map<string, Promise<ArticleSummary[]>>();

  async function computeIds(article: ArticleSummary, limit: number): Promise<number[]> {
    const now = clock.now().toISOString();
    const tagIds = article.tags.map((t) => t.id);
    const [byTags, bySection] = await Promise.all([
      findTagNeighbours(db, article.id, tagIds, now, 40),
      findSectionNeighbours(db, article.id, article.section.id, now, 12),
    ]);
    const anchor = Date.parse(article.publishedAt);
    const candidates = new Map<number, Candidate>();
    const consider = (row: { id: number; sectionId: number; publishedAt: string | null }, shared: number) => {
      const known = candidates.get(row.id);
      if (known && known.shared >= shared) return;
      const distance = Math.abs(anchor - Date.parse(row.publishedAt ?? now)) / DAY_MS;
      candidates.set(row.id, { id: row.id, shared, sameSection: row.sectionId === article.section.id, distance });
    };
    for (const row of byTags) consider(row, Number(row.shared));
    for (const row of bySection) consider(row, 0);
    return [...candidates.values()]
      .sort((a, b) => b.shared - a.shared || Number(b.sameSection) - Number(a.sameSection) || a.distance - b.distance || b.id - a.id)
      .slice(0, limit).map((c) => c.id);
  }

  return {
    /** Up to `limit` related published articles, best first. */
    findRelated(article: ArticleSummary, limit = 6, detail: SummaryDetail = 'full'): Promise<ArticleSummary[]> {
      const key = `${article.id}:${limit}:${detail}`;
      let related = memo.get(key);
      if (!related) {
        if (memo.size >= MEMO_LIMIT) memo.clear();
        related = computeIds(article, limit).then((ids) => content.getSummaries(ids, detail));
        // A failed lookup must not be remembered.
        related.catch(() => memo.delete(key));
        memo.set(key, related);
      }
      return related;
    },

    /** Drops every remembered ranking; called when content changes. */
    forget(): void {
      memo.clear();
    },
  };
}

export type RelatedFinder = ReturnType<typeof createRelatedFinder>;
