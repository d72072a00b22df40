import type { Clock } from '../common/clock.ts';
import type { ArticleSummary, ContentReader, SummaryDetail } from '../content/index.ts';
import { cacheTags } from '../content/index.ts';
import type { Db } from '../db/index.ts';
import { createRelatedIndexer, DUPLICATE, type Purges } from './related.indexer.ts';
import { findOverrides, findSectionRecent, findStoredList, replaceOverrides } from './related.repository.ts';

const MEMO_LIMIT = 5_000;
/** Editors may pin at most this many: the block shows six. */
export const MAX_PINNED = 6;
export const MAX_EXCLUDED = 50;

/** An article's related list as editors see it: what is shown, and why. */
export interface RelatedOverview {
  shown: ArticleSummary[];
  pinned: ArticleSummary[];
  excluded: ArticleSummary[];
  /** The engine's own ranking before pins and exclusions, visible articles only. */
  computed: ArticleSummary[];
}

/**
 * Related articles, served from the lists the background index keeps (see related.indexer.ts):
 * pinned articles first, then the computed list without excluded ones, filled with the newest
 * articles of the section so the block is never short. Only visible articles ever appear.
 */
export function createRelatedFinder(db: Db, clock: Clock, content: ContentReader, purges: Purges) {
  const indexer = createRelatedIndexer(db, purges);
  // A list only changes when content does, so each is kept until the next purge ({@link forget}).
  const memo = new Map<string, Promise<ArticleSummary[]>>();

  async function rankedIds(article: ArticleSummary, limit: number): Promise<number[]> {
    const [overrides, stored] = await Promise.all([findOverrides(db, article.id), findStoredList(db, article.id)]);
    const excluded = new Set(overrides.filter((o) => o.kind === 'exclude').map((o) => o.relatedId));
    for (const entry of stored) if (entry.score === DUPLICATE) excluded.add(entry.relatedId);
    const ids: number[] = [];
    const take = (id: number) => { if (id !== article.id && !excluded.has(id) && !ids.includes(id)) ids.push(id); };
    for (const o of overrides) if (o.kind === 'pin') take(o.relatedId);
    for (const entry of stored) take(entry.relatedId);
    // Visibility is checked when summaries are read, so ask for more than needed, then fill.
    if (ids.length < limit + 6) for (const id of await findSectionRecent(db, article.section.id, clock.now().toISOString(), limit + 6)) take(id);
    return ids;
  }

  return {
    indexer,
    /** Brings stored lists up to date with the articles (the background job; tests call it directly). */
    sweep: () => indexer.sweep(),

    /** Up to `limit` related published articles, best first. */
    findRelated(article: ArticleSummary, limit = 6, detail: SummaryDetail = 'full'): Promise<ArticleSummary[]> {
      const key = `${article.id}:${limit}:${detail}`;
      let related = memo.get(key);
      if (!related) {
        if (memo.size >= MEMO_LIMIT) memo.clear();
        related = rankedIds(article, limit).then(async (ids) => (await content.getSummaries(ids, detail)).slice(0, limit));
        // A failed lookup must not be remembered.
        related.catch(() => memo.delete(key));
        memo.set(key, related);
      }
      return related;
    },

    /** The related list of article `id` with the editors' overrides spelled out. */
    async overview(article: ArticleSummary): Promise<RelatedOverview> {
      const [overrides, stored, shown] = await Promise.all([findOverrides(db, article.id), findStoredList(db, article.id), this.findRelated(article, 6, 'card')]);
      const idsOf = (kind: 'pin' | 'exclude') => overrides.filter((o) => o.kind === kind).map((o) => o.relatedId);
      const [pinned, excluded, computed] = await Promise.all([
        content.getSummaries(idsOf('pin'), 'card'), content.getSummaries(idsOf('exclude'), 'card'), content.getSummaries(stored.filter((e) => e.score !== DUPLICATE).map((e) => e.relatedId), 'card'),
      ]);
      return { shown, pinned, excluded, computed };
    },

    /** Replaces an article's pins and exclusions (ids already checked by the caller) and purges its pages. */
    async setOverrides(articleId: number, pinned: number[], excluded: number[]): Promise<void> {
      const tags = [cacheTags.article(articleId)];
      const logId = await db.transaction().execute(async (trx) => {
        await replaceOverrides(trx, articleId, pinned, excluded);
        return purges.record(trx, tags);
      });
      purges.announce(tags, logId);
    },

    /** Drops every remembered list; called when content changes. */
    forget(): void {
      memo.clear();
    },
  };
}

export type RelatedFinder = ReturnType<typeof createRelatedFinder>;
