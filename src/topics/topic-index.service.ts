import type { Kysely } from 'kysely';
import type { Clock } from '../common/clock.ts';
import { slugify } from '../common/slugify.ts';
import { cacheTags, toPlainText, type WriteRunner } from '../content/index.ts';
import type { Database, Db } from '../db/index.ts';
import { articleText, extractNames, nameKey, type ExtractedName, type TopicKind } from './topic-extract.ts';
import {
  deleteLinks, findLinksOfArticle, findRejectedOfArticle, findStaleArticles, findTopicIdsOfArticles, findTopicsByKeys,
  findVisibilityChanges, insertTopic, isArticleVisible, isSlugUsed, recordExtraction, setExtractionVisible, upsertLink, type TopicRow,
} from './topic.repository.ts';

/** The page-cache tag of a topic's page and of every article page linking it. */
export const topicCacheTag = (topicId: number) => `topic:${topicId}`;

// compromise reads 50–100 KiB a second and blocks the process while it does, so a very long
// body is read up to here (about 2,000 words, longer than most news stories): a 60 KiB long
// read then stalls the process for about 250 ms instead of well over a second.
export const MAX_EXTRACTED_CHARS = 12_000;
const BATCH = 50;

/**
 * Keeps article_topics in step with the articles (see the README's background indexing): each
 * article changed since its last extraction is read again, its extracted links replaced (an
 * editor's confirmations and rejections stay), and the pages of topics whose articles changed
 * are purged, as are those of articles that became visible or stopped being.
 */
export function createTopicIndexer(db: Kysely<Database>, clock: Clock, write: WriteRunner) {
  /** The topic a name leads to, created if it is new. */
  async function topicFor(trx: Db, name: ExtractedName, known: Map<string, TopicRow>, nowIso: string): Promise<TopicRow> {
    const key = nameKey(name.name);
    const found = known.get(key);
    if (found) return found;
    const created = await insertTopic(trx, { slug: await freeSlug(trx, name.name), name: name.name, kind: name.kind, key, nowIso });
    known.set(key, created);
    return created;
  }

  /** Extracts one article and returns the topics whose links changed. */
  async function indexArticle(article: { id: number; headline: string; standfirst: string; bodyHtml: string; updatedAt: string }): Promise<number[]> {
    const text = articleText(article.headline, article.standfirst, article.bodyHtml, toPlainText).slice(0, MAX_EXTRACTED_CHARS);
    const names = extractNames(text);
    const nowIso = clock.now().toISOString();
    return db.transaction().execute(async (trx) => {
      const known = await findTopicsByKeys(trx, names.map((n) => nameKey(n.name)));
      const wanted = new Map<number, number>();
      for (const name of names) {
        const topic = await topicFor(trx, name, known, nowIso);
        wanted.set(topic.id, (wanted.get(topic.id) ?? 0) + name.mentions);
      }
      const [links, rejected] = await Promise.all([findLinksOfArticle(trx, article.id), findRejectedOfArticle(trx, article.id)]);
      for (const r of rejected) wanted.delete(r.id);
      const had = new Map(links.map((l) => [l.id, l]));
      const dropped = links.filter((l) => l.source === 'extracted' && !wanted.has(l.id)).map((l) => l.id);
      await deleteLinks(trx, article.id, dropped, 'extracted');
      const changed = [...dropped];
      for (const [topicId, mentions] of wanted) {
        const before = had.get(topicId);
        if (before && before.mentions === mentions) continue;
        await upsertLink(trx, { articleId: article.id, topicId, source: 'extracted', mentions });
        if (!before) changed.push(topicId);
      }
      await recordExtraction(trx, article.id, article.updatedAt, await isArticleVisible(trx, article.id, nowIso), nowIso);
      return changed;
    });
  }

  return {
    /**
     * Brings every article's topics up to date: re-extracts the changed, notes the ones whose
     * visibility changed, and purges the pages that show them. Idempotent; safe on several nodes.
     */
    async sweep(): Promise<{ indexed: number }> {
      const touched = new Set<number>();
      const articles = new Set<number>();
      let indexed = 0;
      // Bounded: an article saved again during the sweep is picked up by the next one.
      for (let round = 0; round < 10_000; round++) {
        const batch = await findStaleArticles(db, BATCH);
        if (batch.length === 0) break;
        for (const article of batch) {
          const changed = await indexArticle(article);
          for (const id of changed) touched.add(id);
          // Its page may have been drawn between the edit's purge and now, with the old topics.
          if (changed.length > 0) articles.add(article.id);
          indexed += 1;
        }
      }
      const moved = await findVisibilityChanges(db, clock.now().toISOString());
      for (const row of moved) await setExtractionVisible(db, row.id, Number(row.isVisible) === 1);
      for (const id of await findTopicIdsOfArticles(db, moved.map((r) => r.id))) touched.add(id);
      const tags = [...[...touched].map(topicCacheTag), ...[...articles].map(cacheTags.article)];
      if (tags.length > 0) await write(async () => ({ result: null, tags }));
      return { indexed };
    },
  };
}

/** A slug for a new topic's name, numbered when taken (`paris-2`). */
export async function freeSlug(db: Db, name: string): Promise<string> {
  const base = slugify(name) || 'topic';
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await isSlugUsed(db, slug))) return slug;
  }
}

export type TopicIndexer = ReturnType<typeof createTopicIndexer>;
export type { TopicKind };
