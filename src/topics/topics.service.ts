import type { Kysely } from 'kysely';
import type { Clock } from '../common/clock.ts';
import { isSlug } from '../common/slugify.ts';
import { cacheTags, type ArticlePage, type ArticleSummary, type ContentReader, type WriteRunner } from '../content/index.ts';
import type { Database, Db } from '../db/index.ts';
import { extractNames, nameKey, normaliseName, type TopicKind } from './topic-extract.ts';
import { freeSlug, topicCacheTag } from './topic-index.service.ts';
import { topicError } from './topic.errors.ts';
import {
  addAlias, addRedirect, countAllArticles, countVisibleArticles, deleteLinks, deleteRedirect, findArticleIdBySlug,
  findLinksOfArticle, findRedirectTopicId, findRejectedOfArticle, findTopicById, findTopicBySlug, findTopicsByKeys,
  findArticlesOfTopics, findTopicsPage, findTopicsWithVisibleCounts, findVisibleArticleIds, insertTopic, isSlugUsed, mergeTopicRows, setRejections,
  touchTopicsOf, updateTopic, upsertLink, type TopicRow,
} from './topic.repository.ts';

/** A topic that readers may be shown. */
export interface TopicRef { id: number; slug: string; name: string; kind: TopicKind }

/** A topic as the newsroom sees it. */
export interface AdminTopic extends TopicRef { hidden: boolean; confirmed: boolean; articleCount: number; publishedCount: number; hasPage: boolean }

/** One of an article's topics, for the editor. */
export interface ArticleTopic extends TopicRef { hasPage: boolean; mentions: number }

/** An article's topics: what extraction suggests, what editors confirmed and rejected. */
export interface ArticleTopics { suggested: ArticleTopic[]; confirmed: ArticleTopic[]; rejected: TopicRef[] }

/** A topic gets a page with this many visible articles, or an editor's confirmation. */
export const PAGE_THRESHOLD = 2;
const ADMIN_PAGE_SIZE = 50;

const ref = (t: TopicRow): TopicRef => ({ id: t.id, slug: t.slug, name: t.name, kind: t.kind });
const pageOf = <T>(items: T[], page: number, limit: number, total: number) => ({ items, page, limit, total, pageCount: Math.max(1, Math.ceil(total / limit)) });

/**
 * Topic pages and the editors' controls over topics. Visibility of articles is checked at read
 * time, so scheduled and embargoed stories count once readers can see them and not before.
 */
export function createTopicsService(db: Kysely<Database>, clock: Clock, write: WriteRunner, content: ContentReader) {
  const now = () => clock.now().toISOString();
  const hasPage = (t: TopicRow, visibleCount: number) => t.hidden === 0 && t.mergedInto === null && (t.confirmed === 1 || visibleCount >= PAGE_THRESHOLD);

  async function withPages<T extends TopicRow>(rows: T[]): Promise<(T & { hasPage: boolean })[]> {
    const counts = await countVisibleArticles(db, rows.map((r) => r.id), now());
    return rows.map((r) => ({ ...r, hasPage: hasPage(r, counts.get(r.id) ?? 0) }));
  }

  /** @throws TOPICS_NOT_FOUND */
  async function topicBySlug(trx: Db, slug: string): Promise<TopicRow> {
    const topic = await findTopicBySlug(trx, slug);
    if (!topic || topic.mergedInto !== null) throw topicError('TOPICS_NOT_FOUND', `There is no topic "${slug}".`, 'slug');
    return topic;
  }

  /** @throws TOPICS_ARTICLE_NOT_FOUND */
  async function articleId(trx: Db, slug: string): Promise<number> {
    const id = await findArticleIdBySlug(trx, slug);
    if (id === undefined) throw topicError('TOPICS_ARTICLE_NOT_FOUND', `There is no article "${slug}".`, 'slug');
    return id;
  }

  /** The topic an editor means by a slug or a name, created (kind guessed) when it is new. */
  async function resolveForEditor(trx: Db, value: string, property: string): Promise<TopicRow> {
    const text = value.trim();
    if (isSlug(text)) {
      const bySlug = await findTopicBySlug(trx, text);
      if (bySlug) return bySlug.mergedInto === null ? bySlug : (await findTopicById(trx, bySlug.mergedInto)) ?? bySlug;
    }
    const guessed = extractNames(text)[0]?.kind ?? 'organization';
    const name = normaliseName(text, guessed);
    if (name === null || name.length > 200) throw topicError('TOPICS_INVALID_INPUT', `"${text.slice(0, 80)}" is not a topic's slug or a usable name.`, property);
    const key = nameKey(name);
    const known = (await findTopicsByKeys(trx, [key])).get(key);
    return known ?? insertTopic(trx, { slug: await freeSlug(trx, name), name, kind: guessed, key, nowIso: now() });
  }

  return {
    /**
     * The topic at `slug` if it has a page (not hidden, not merged, confirmed or in two visible articles).
     * @throws TOPICS_NOT_FOUND
     */
    async getTopicWithPage(slug: string): Promise<TopicRef> {
      const topic = await topicBySlug(db, slug);
      const [withPage] = await withPages([topic]);
      if (!withPage?.hasPage) throw topicError('TOPICS_NOT_FOUND', `There is no topic page "${slug}".`, 'slug');
      return ref(topic);
    },

    /** One page of a topic's visible articles as summaries, newest first. */
    async listTopicArticles(topicId: number, page: number, limit: number, detail: 'full' | 'card' = 'card'): Promise<ArticlePage> {
      const { ids, total } = await findVisibleArticleIds(db, topicId, now(), limit, (page - 1) * limit);
      const items: ArticleSummary[] = await content.getSummaries(ids, detail);
      return pageOf(items, page, limit, total);
    },

    /**
     * Every topic that has a page, by slug, with when its newest visible article was published
     * (null for a confirmed topic with none yet): for sitemaps and indexes of topics.
     */
    async listTopicsWithPages(): Promise<(TopicRef & { lastPublishedAt: string | null })[]> {
      const rows = await findTopicsWithVisibleCounts(db, now());
      return rows.filter((r) => r.confirmed === 1 || r.n >= PAGE_THRESHOLD)
        .map((r) => ({ id: r.id, slug: r.slug, name: r.name, kind: r.kind, lastPublishedAt: r.lastPublishedAt }));
    },

    /** The slug a renamed or merged topic's old slug now leads to, or null. */
    async resolveMovedSlug(oldSlug: string): Promise<string | null> {
      const byOld = await findRedirectTopicId(db, oldSlug);
      let topic = byOld === undefined ? await findTopicBySlug(db, oldSlug) : await findTopicById(db, byOld);
      if (topic?.mergedInto != null) topic = await findTopicById(db, topic.mergedInto);
      return topic && topic.slug !== oldSlug && topic.mergedInto === null ? topic.slug : null;
    },

    /** The topics of an article that have pages (to link), and the cache tags of all its topics. */
    async topicsOfArticle(id: number): Promise<{ shown: TopicRef[]; cacheTags: string[] }> {
      const links = await withPages(await findLinksOfArticle(db, id));
      return { shown: links.filter((l) => l.hasPage).map(ref), cacheTags: links.map((l) => topicCacheTag(l.id)) };
    },

    /** One page of topics for the newsroom, with counts and whether each has a page. */
    async listForNewsroom(q: string | undefined, page: number): Promise<ReturnType<typeof pageOf<AdminTopic>>> {
      const { items, total } = await findTopicsPage(db, q || undefined, ADMIN_PAGE_SIZE, (page - 1) * ADMIN_PAGE_SIZE);
      const ids = items.map((t) => t.id);
      const [all, published] = await Promise.all([countAllArticles(db, ids), countVisibleArticles(db, ids, now())]);
      return pageOf(items.map((t) => ({
        ...ref(t), hidden: t.hidden === 1, confirmed: t.confirmed === 1, articleCount: all.get(t.id) ?? 0,
        publishedCount: published.get(t.id) ?? 0, hasPage: hasPage(t, published.get(t.id) ?? 0),
      })), page, ADMIN_PAGE_SIZE, total);
    },

    /**
     * Renames a topic (its old slug then redirects), hides or shows it, confirms or unconfirms it.
     * @throws TOPICS_NOT_FOUND, TOPICS_SLUG_TAKEN, TOPICS_INVALID_INPUT
     */
    update: (slug: string, changes: { name?: string; slug?: string; hidden?: boolean; confirmed?: boolean }): Promise<TopicRef> => write(async (trx) => {
      const topic = await topicBySlug(trx, slug);
      const next: Parameters<typeof updateTopic>[2] = {};
      if (changes.name !== undefined) {
        const name = changes.name.replace(/\s+/g, ' ').trim();
        if (name === '' || !/\p{L}/u.test(name)) throw topicError('TOPICS_INVALID_INPUT', 'A topic name needs a letter.', 'name');
        next.name = name;
        await addAlias(trx, nameKey(name), topic.id);
      }
      if (changes.slug !== undefined && changes.slug !== topic.slug) {
        const owner = await findTopicBySlug(trx, changes.slug);
        if (owner) throw topicError('TOPICS_SLUG_TAKEN', `Another topic uses "${changes.slug}".`, 'slug');
        await deleteRedirect(trx, changes.slug);
        await addRedirect(trx, topic.slug, topic.id);
        next.slug = changes.slug;
      }
      if (changes.hidden !== undefined) next.hidden = changes.hidden ? 1 : 0;
      if (changes.confirmed !== undefined) next.confirmed = changes.confirmed ? 1 : 0;
      await updateTopic(trx, topic.id, next, now());
      // A hidden topic no longer relates its articles to each other.
      if (next.hidden !== undefined && next.hidden !== topic.hidden) await touchTopicsOf(trx, await findArticlesOfTopics(trx, [topic.id]));
      return { result: ref({ ...topic, ...next }), tags: [topicCacheTag(topic.id)] };
    }),

    /**
     * Moves every article of one topic to another; the merged topic's slug redirects there.
     * @throws TOPICS_NOT_FOUND, TOPICS_INVALID_INPUT
     */
    merge: (slug: string, intoSlug: string): Promise<TopicRef> => write(async (trx) => {
      const [from, into] = [await topicBySlug(trx, slug), await topicBySlug(trx, intoSlug)];
      if (from.id === into.id) throw topicError('TOPICS_INVALID_INPUT', 'A topic cannot be merged into itself.', 'into');
      const affected = await findArticlesOfTopics(trx, [from.id, into.id]);
      await mergeTopicRows(trx, from.id, into.id, now());
      await touchTopicsOf(trx, affected);
      return { result: ref(into), tags: [topicCacheTag(from.id), topicCacheTag(into.id)] };
    }),

    /** An article's suggested, confirmed and rejected topics. @throws TOPICS_ARTICLE_NOT_FOUND */
    async articleTopics(slug: string): Promise<ArticleTopics> {
      const id = await articleId(db, slug);
      const [links, rejected] = await Promise.all([withPages(await findLinksOfArticle(db, id)), findRejectedOfArticle(db, id)]);
      const view = (l: (typeof links)[number]): ArticleTopic => ({ ...ref(l), hasPage: l.hasPage, mentions: l.mentions });
      return {
        suggested: links.filter((l) => l.source === 'extracted').map(view),
        confirmed: links.filter((l) => l.source === 'editor').map(view),
        rejected: rejected.map(ref),
      };
    },

    /**
     * Sets an article's confirmed and rejected topics (slugs or names; new names become topics).
     * Confirming a topic gives it a page; a rejected topic leaves the article for good.
     * @throws TOPICS_ARTICLE_NOT_FOUND, TOPICS_INVALID_INPUT
     */
    async setArticleTopics(slug: string, input: { confirmed: string[]; rejected: string[] }): Promise<ArticleTopics> {
      await write(async (trx) => {
        const id = await articleId(trx, slug);
        const confirmed = new Map<number, TopicRow>();
        for (const [i, value] of input.confirmed.entries()) { const t = await resolveForEditor(trx, value, `confirmed/${i}`); confirmed.set(t.id, t); }
        const rejected = new Map<number, TopicRow>();
        for (const [i, value] of input.rejected.entries()) { const t = await resolveForEditor(trx, value, `rejected/${i}`); rejected.set(t.id, t); }
        const both = [...confirmed.keys()].find((topicId) => rejected.has(topicId));
        if (both !== undefined) throw topicError('TOPICS_INVALID_INPUT', `"${confirmed.get(both)?.name}" is both confirmed and rejected.`, 'rejected');
        const before = await findLinksOfArticle(trx, id);
        const unconfirmed = before.filter((l) => l.source === 'editor' && !confirmed.has(l.id)).map((l) => l.id);
        await deleteLinks(trx, id, unconfirmed, 'editor');
        await deleteLinks(trx, id, [...rejected.keys()]);
        for (const topic of confirmed.values()) {
          await upsertLink(trx, { articleId: id, topicId: topic.id, source: 'editor', mentions: before.find((l) => l.id === topic.id)?.mentions ?? 0 });
          if (topic.confirmed === 0) await updateTopic(trx, topic.id, { confirmed: 1 }, now());
        }
        await setRejections(trx, id, [...rejected.keys()]);
        await touchTopicsOf(trx, [id]);
        const touched = new Set([...before.map((l) => l.id), ...confirmed.keys(), ...rejected.keys()]);
        return { result: null, tags: [cacheTags.article(id), ...[...touched].map(topicCacheTag)] };
      });
      return this.articleTopics(slug);
    },

    /** True when the slug is taken by a topic, current or old (for tests and tools). */
    isSlugUsed: (slug: string) => isSlugUsed(db, slug),
  };
}

export type TopicsService = ReturnType<typeof createTopicsService>;
