import { cacheTags, toPlainText } from '../content/index.ts';
import type { Db } from '../db/index.ts';

/** The part of the purge bus the related index uses: log a purge with a write, then announce it. */
export interface Purges {
  record(db: Db, tags: string[]): Promise<number | null>;
  announce(tags: string[], ownId?: number | null): void;
}
import { RelatedModel } from './related-model.ts';
import {
  findArticleVersions, findListsNaming, findLists, findSources, findStaleArticles, markComputed, replaceLists, type ArticleVersion,
} from './related.repository.ts';
import { termCounts } from './text-terms.ts';

/** How many related articles are stored per article: more than a page shows, so hiding one still fills the block. */
export const STORED_PER_ARTICLE = 12;
/** When one article changes, its closest neighbours' lists are recomputed too: it may now belong in them. */
const NEIGHBOURS_TOUCHED = STORED_PER_ARTICLE;
const BATCH = 500;
const FULL_REFRESH_MS = 60_000;
/** The score that marks a stored entry as a duplicate of the article, not a neighbour. */
export const DUPLICATE = -1;

export interface SweepResult { computed: number; changed: number; modelSize: number; ms: number }

const versionKey = (v: ArticleVersion) => `${v.status}|${v.updatedAt}|${v.publishedAt ?? ''}|${v.topicsVersion ?? ''}`;

/**
 * Keeps related lists in step with the articles: each sweep brings this process's model up to
 * date with the database, recomputes the lists of changed articles and of the articles whose lists
 * they enter or leave, stores them, and purges the pages that show a changed list.
 */
export function createRelatedIndexer(db: Db, purges: Purges) {
  const model = new RelatedModel();
  // What this process's model holds of each article; another node's writes show up here as
  // differences even when that node has already recomputed the stored lists.
  const known = new Map<number, string>();

  async function load(ids: number[]): Promise<void> {
    for (let i = 0; i < ids.length; i += BATCH) {
      const { sources, tags, topics } = await findSources(db, ids.slice(i, i + BATCH));
      const tagsOf = idsByArticle(tags.map((t) => [t.articleId, t.tagId]));
      const topicsOf = idsByArticle(topics.map((t) => [t.articleId, t.topicId]));
      for (const s of sources) {
        model.upsert({
          id: s.id, sectionId: s.sectionId, tagIds: tagsOf.get(s.id) ?? [], topicIds: topicsOf.get(s.id) ?? [], publishedAt: Date.parse(s.publishedAt ?? s.updatedAt),
          counts: termCounts({ headline: s.headline, standfirst: s.standfirst, body: toPlainText(s.bodyHtml) }),
        });
      }
    }
  }

  let lastFullRefresh = 0;

  /** Applies these versions to the model: reloads published articles, drops the rest. */
  async function apply(versions: ArticleVersion[]): Promise<void> {
    const reload: number[] = [];
    for (const v of versions) {
      const key = versionKey(v);
      if (known.get(v.id) === key) continue;
      known.set(v.id, key);
      if (v.status === 'published') reload.push(v.id);
      else model.remove(v.id);
    }
    await load(reload);
  }

  /**
   * Brings the model up to date. Reading every article's version costs tens of milliseconds at
   * 10,000 articles, so between full refreshes (the first sweep, then at most once a minute) only
   * the stale articles are applied; a full refresh also catches other nodes' writes and deletions.
   */
  async function refreshModel(stale: ArticleVersion[]): Promise<void> {
    if (known.size > 0 && Date.now() - lastFullRefresh < FULL_REFRESH_MS) return apply(stale);
    lastFullRefresh = Date.now();
    const versions = await findArticleVersions(db);
    const seen = new Set(versions.map((v) => v.id));
    for (const id of [...known.keys()]) {
      if (!seen.has(id)) { known.delete(id); model.remove(id); }
    }
    await apply(versions);
  }

  async function sweepNow(): Promise<SweepResult> {
    const started = performance.now();
    const stale = await findStaleArticles(db);
    // Nothing changed since the stored lists were computed (by this node or another): the model
    // can wait until something does.
    if (stale.length === 0) return { computed: 0, changed: 0, modelSize: model.size, ms: performance.now() - started };
    await refreshModel(stale);

    const staleIds = stale.map((s) => s.id);
    const affected = new Set<number>(staleIds);
    // A large change (first run, an import) recomputes everything: cheaper than chasing neighbours.
    if (stale.length > model.size / 5) {
      for (const v of known.keys()) affected.add(v);
    } else {
      for (const id of await findListsNaming(db, staleIds)) affected.add(id);
      for (const id of staleIds) for (const n of model.neighbours(id, NEIGHBOURS_TOUCHED)) affected.add(n.id);
    }

    const ids = [...affected];
    let changed = 0;
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      const inBatch = new Set(batch);
      const before = await findLists(db, batch);
      const lists = new Map<number, { id: number; score: number }[]>();
      const purge: string[] = [];
      for (const id of batch) {
        // Duplicates are stored after the list with a negative score, so the block's filler
        // (the section's newest stories) can leave them out too.
        const near = model.neighbourhood(id, STORED_PER_ARTICLE);
        const list = [...near.ranked.map((n) => ({ id: n.id, score: n.score })), ...near.duplicates.map((d) => ({ id: d, score: DUPLICATE }))];
        const old = before.get(id) ?? [];
        if (old.length === list.length && old.every((r, k) => r === list[k]?.id)) continue;
        lists.set(id, list);
        purge.push(cacheTags.article(id));
      }
      // The purge is logged with the lists, so other nodes drop their copies of these pages too.
      const logId = await db.transaction().execute(async (trx) => {
        await replaceLists(trx, lists);
        await markComputed(trx, stale.filter((s) => inBatch.has(s.id)));
        return purges.record(trx, purge);
      });
      changed += lists.size;
      if (purge.length > 0) purges.announce(purge, logId);
    }
    // Stale articles outside the recomputed set (none today) still count as computed.
    await markComputed(db, stale.filter((s) => !affected.has(s.id)));
    return { computed: ids.length, changed, modelSize: model.size, ms: performance.now() - started };
  }

  // One sweep at a time in a process, whoever asks (the background job, the import command, a
  // test): two at once would interleave model updates and list writes.
  let queue: Promise<unknown> = Promise.resolve();
  function sweep(): Promise<SweepResult> {
    const run = queue.then(sweepNow, sweepNow);
    queue = run.catch(() => undefined);
    return run;
  }

  return { sweep, model };
}

export type RelatedIndexer = ReturnType<typeof createRelatedIndexer>;

/** Ids grouped by the article they belong to. */
function idsByArticle(pairs: [articleId: number, id: number][]): Map<number, number[]> {
  const grouped = new Map<number, number[]>();
  for (const [articleId, id] of pairs) {
    const ids = grouped.get(articleId);
    if (ids) ids.push(id); else grouped.set(articleId, [id]);
  }
  return grouped;
}
