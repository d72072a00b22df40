import type { Clock } from '../common/clock.ts';
import type { Db } from '../db/index.ts';
import type { Article, ArticlePage, ArticleSummary, Author, EditableArticle, Section, SiteSettings, SummaryDetail, TagRef } from './article.model.ts';
import { hydrateArticle, hydrateSummaries } from './article.hydrate.ts';
import {
  countPublished, findArticleBySlug, findArticleIdByOldPath, findPublishedByIds,
  findPublishedSummaries, findSlugById, type ArticleFilter,
} from './article.repository.ts';
import { contentError } from './content.errors.ts';
import { countPublicCorrections, findCorrectionsOfArticle, findPublicCorrections } from './corrections.repository.ts';
import type { Correction, CorrectionPage } from './corrections.service.ts';
import { findNewsroomPage, type NewsroomFilter, type NewsroomSort } from './newsroom.repository.ts';
import {
  findAuthorBySlug, findAuthors, findSectionBySlug, findSections, findSiteSettings, findTagBySlug, findTagsWithCounts,
} from './taxonomy.repository.ts';

export const DEFAULT_SETTINGS: SiteSettings = { title: 'Dateline', description: 'News from the newsroom.', language: 'en', timeZone: 'UTC', feedContent: 'full' };

/** What the home page shows: the lead story and the newest articles of each section. */
export interface HomeView {
  lead: ArticleSummary | null;
  sections: { section: Section; articles: ArticleSummary[] }[];
}

/**
 * Reading published content. Only articles whose status is published and whose time has come
 * are ever returned, so drafts and embargoed stories cannot leak through any reader surface.
 */
export function createContentReader(db: Db, clock: Clock) {
  const now = () => clock.now().toISOString();

  return {
    /** The site's title, description, language and time zone. */
    async getSiteSettings(): Promise<SiteSettings> {
      return (await findSiteSettings(db)) ?? DEFAULT_SETTINGS;
    },

    /** Sections in navigation order. */
    listSections: (): Promise<Section[]> => findSections(db),
    /** Authors by name. */
    listAuthors: (): Promise<Author[]> => findAuthors(db),
    /** Tags by name, each with how many published articles carry it. */
    listTags: (): Promise<(TagRef & { articleCount: number })[]> =>
      findTagsWithCounts(db, now()).then((rows) => rows.map((r) => ({ ...r, articleCount: Number(r.articleCount) }))),

    /** @throws CONTENT_SECTION_NOT_FOUND */
    async getSection(slug: string): Promise<Section> {
      const row = await findSectionBySlug(db, slug);
      if (!row) throw contentError('CONTENT_SECTION_NOT_FOUND', `There is no section "${slug}".`, 'section');
      return row;
    },
    /** @throws CONTENT_AUTHOR_NOT_FOUND */
    async getAuthor(slug: string): Promise<Author> {
      const row = await findAuthorBySlug(db, slug);
      if (!row) throw contentError('CONTENT_AUTHOR_NOT_FOUND', `There is no author "${slug}".`, 'author');
      return row;
    },
    /** @throws CONTENT_TAG_NOT_FOUND */
    async getTag(slug: string): Promise<TagRef> {
      const row = await findTagBySlug(db, slug);
      if (!row) throw contentError('CONTENT_TAG_NOT_FOUND', `There is no tag "${slug}".`, 'tag');
      return row;
    },

    /** One page of published articles matching `filter`, newest first. */
    async listArticles(filter: ArticleFilter, page: number, limit: number, detail: SummaryDetail = 'full'): Promise<ArticlePage> {
      const at = now();
      const [rows, total] = await Promise.all([
        findPublishedSummaries(db, at, filter, limit, (page - 1) * limit),
        countPublished(db, at, filter),
      ]);
      return pageOf(await hydrateSummaries(db, rows, detail), page, limit, total);
    },

    /**
     * One page of published articles, filtered by the slugs of a section, tag and author.
     * @throws CONTENT_SECTION_NOT_FOUND, CONTENT_TAG_NOT_FOUND, CONTENT_AUTHOR_NOT_FOUND
     */
    async listArticlesBySlugs(slugs: { section?: string | undefined; tag?: string | undefined; author?: string | undefined; externalId?: string | undefined }, page: number, limit: number): Promise<ArticlePage> {
      const filter: ArticleFilter = slugs.externalId === undefined ? {} : { externalId: slugs.externalId };
      if (slugs.section) filter.sectionId = (await this.getSection(slugs.section)).id;
      if (slugs.tag) filter.tagId = (await this.getTag(slugs.tag)).id;
      if (slugs.author) filter.authorId = (await this.getAuthor(slugs.author)).id;
      return this.listArticles(filter, page, limit);
    },

    /** The home page: the newest article leads, then each section's newest. */
    async getHome(perSection: number, detail: SummaryDetail = 'full'): Promise<HomeView> {
      const at = now();
      const sections = await findSections(db);
      // One indexed LIMIT query per section beats ranking every published article at once.
      const [leadRows, ...perSectionRows] = await Promise.all([
        findPublishedSummaries(db, at, {}, 1, 0),
        ...sections.map((section) => findPublishedSummaries(db, at, { sectionId: section.id }, perSection + 1, 0)),
      ]);
      const summaries = await hydrateSummaries(db, [...(leadRows ?? []), ...perSectionRows.flat()], detail);
      const lead = summaries[0] ?? null;
      return {
        lead,
        sections: sections.map((section) => ({
          section,
          articles: summaries.slice(1).filter((a) => a.section.id === section.id && a.id !== lead?.id).slice(0, perSection),
        })).filter((s) => s.articles.length > 0),
      };
    },

    /** A published article by slug. @throws CONTENT_ARTICLE_NOT_FOUND */
    async getArticle(slug: string): Promise<Article> {
      const row = await findArticleBySlug(db, slug);
      if (!row || row.status !== 'published' || !row.publishedAt || row.publishedAt > now()) {
        throw contentError('CONTENT_ARTICLE_NOT_FOUND', `There is no published article "${slug}".`, 'slug');
      }
      return hydrateArticle(db, row);
    },

    /** An article in any status, for the newsroom. @throws CONTENT_ARTICLE_NOT_FOUND */
    async getArticleForEditing(slug: string): Promise<EditableArticle> {
      const row = await findArticleBySlug(db, slug);
      if (!row) throw contentError('CONTENT_ARTICLE_NOT_FOUND', `There is no article "${slug}".`, 'slug');
      return { ...(await hydrateArticle(db, row)), status: row.status, createdBy: row.createdBy, revision: row.revision, embargoUntil: row.embargoUntil };
    },

    /** One page of articles in any status for the newsroom, in `sort` order (most recently changed first by default). */
    async listForNewsroom(filter: NewsroomFilter, page: number, limit: number, sort: NewsroomSort = 'updated') {
      const { items, total } = await findNewsroomPage(db, filter, sort, limit, (page - 1) * limit);
      return pageOf(items, page, limit, total);
    },

    /** An article in any status, by id. @throws CONTENT_ARTICLE_NOT_FOUND */
    async getArticleForEditingById(id: number): Promise<EditableArticle> {
      const slug = await findSlugById(db, id);
      if (slug === undefined) throw contentError('CONTENT_ARTICLE_NOT_FOUND', `There is no article ${id}.`, 'id');
      return this.getArticleForEditing(slug);
    },

    /** Published summaries for these ids, in the order given. */
    async getSummaries(ids: number[], detail: SummaryDetail = 'full'): Promise<ArticleSummary[]> {
      const summaries = await hydrateSummaries(db, await findPublishedByIds(db, now(), ids), detail);
      const byId = new Map(summaries.map((s) => [s.id, s]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },

    /** The current slug of the article that once lived at `section/slug`, if any. */
    async resolveOldPath(path: string): Promise<string | null> {
      const id = await findArticleIdByOldPath(db, path);
      return id === undefined ? null : (await findSlugById(db, id)) ?? null;
    },

    /** Corrections and clarifications of an article already read with {@link getArticle}, oldest first. */
    async listArticleCorrections(articleId: number): Promise<Correction[]> {
      const rows = await findCorrectionsOfArticle(db, articleId);
      return rows.map((r) => ({ id: r.id, kind: r.kind, text: r.text, createdAt: r.createdAt, updatedAt: r.updatedAt }));
    },

    /** One page of the public corrections log, newest first: only articles readers can see now. */
    async listCorrections(page: number, limit: number): Promise<CorrectionPage> {
      const at = now();
      const [rows, total] = await Promise.all([findPublicCorrections(db, at, limit, (page - 1) * limit), countPublicCorrections(db, at)]);
      return pageOf(rows.map((r) => ({
        id: r.id, kind: r.kind, text: r.text, createdAt: r.createdAt, updatedAt: r.updatedAt,
        article: { id: r.articleId, headline: r.headline, slug: r.slug, section: { id: r.sectionId, name: r.sectionName, slug: r.sectionSlug } },
      })), page, limit, total);
    },
  };
}

export type ContentReader = ReturnType<typeof createContentReader>;

function pageOf<T>(items: T[], page: number, limit: number, total: number) {
  return { items, page, limit, total, pageCount: Math.max(1, Math.ceil(total / limit)) };
}
