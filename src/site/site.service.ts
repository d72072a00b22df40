import { AppError, isAppError } from '../common/app-error.ts';
import { SITE_ERRORS } from './site.errors.ts';
import type { ContentReader, TaxonomyKind } from '../content/index.ts';
import { articlePath, cacheTags, toPlainText, truncateText } from '../content/index.ts';
import type { RelatedFinder } from '../related/index.ts';
import { createTranslator } from './i18n/index.ts';
import type { ArticleView } from './templates/article-page.tsx';
import type { CorrectionPage } from '../content/index.ts';
import type { ListView } from './templates/list-page.tsx';
import type { SiteView } from './templates/view.ts';
import type { CommentsView, HeldCommentRequest } from '../comments/index.ts';
import { topicCacheTag, type TopicsService } from '../topics/index.ts';

/** What the site reads of comment threads (the comments slice). */
export interface CommentThreads {
  view(articleId: number, page: number, held?: HeldCommentRequest | null): Promise<CommentsView>;
}

/** Which part of an article's comments to show, beyond the first page. */
export interface CommentsRequest { page?: number; held?: HeldCommentRequest | null }

export const LIST_PAGE_SIZE = 20;
const HOME_PER_SECTION = 4;
const RELATED_COUNT = 6;

/** What the article route should do: show the article, or redirect to where it lives now. */
/** A page number past the last page of a list is a page that does not exist. */
function assertPageExists(list: { page: number; pageCount: number }): void {
  if (list.page > list.pageCount) throw new AppError('SITE_PAGE_NOT_FOUND', SITE_ERRORS.SITE_PAGE_NOT_FOUND, `There is no page ${list.page}.`, { property: 'page' });
}

/** "No such article" is an answer here; any other failure is not. */
function notFoundAsNull(error: unknown): null {
  if (isAppError(error) && error.code === 'CONTENT_ARTICLE_NOT_FOUND') return null;
  throw error;
}

export type ArticleOutcome = { kind: 'article'; view: ArticleView; tags: string[] } | { kind: 'redirect'; location: string };

/**
 * Builds the view models of reader pages from the content and related slices. The site frame
 * (settings and sections) changes rarely, so it is kept until a purge says otherwise.
 */
/** Where renamed and merged sections, tags and authors went (the content slice's redirects). */
export interface TaxonomyRedirects { resolveRedirect(kind: TaxonomyKind, oldSlug: string): Promise<string | null> }

export function createSiteService(deps: { content: ContentReader; related: RelatedFinder; redirects: TaxonomyRedirects; comments: CommentThreads; topics: TopicsService; siteUrl: string; assets: SiteView['assets'] }) {
  const { content, related } = deps;
  let frame: Promise<SiteView> | null = null;

  async function siteView(): Promise<SiteView> {
    // The whole view, translator included, is built once per frame rather than per request.
    frame ??= Promise.all([content.getSiteSettings(), content.listSections()]).then(([settings, sections]) => ({
      settings, sections, siteUrl: deps.siteUrl, t: createTranslator(settings.language), assets: deps.assets,
    }));
    return frame.catch((error: unknown) => { frame = null; throw error; });
  }

  return {
    /** The site frame (settings, sections, translator, asset URLs) every page is drawn in. */
    siteView,

    /** Forgets the cached site frame (after a purge of sections or everything). */
    forgetFrame(): void { frame = null; },

    /** The home page's lead story and each section's newest. */
    home: () => content.getHome(HOME_PER_SECTION, 'card'),

    /** One page of a section. @throws CONTENT_SECTION_NOT_FOUND, SITE_PAGE_NOT_FOUND */
    async section(slug: string, page: number): Promise<ListView> {
      const section = await content.getSection(slug);
      const list = await content.listArticles({ sectionId: section.id }, page, LIST_PAGE_SIZE, 'card');
      assertPageExists(list);
      return { title: section.name, description: section.description, path: `/${section.slug}/`, currentSection: section.slug, list };
    },

    /** One page of a tag. @throws CONTENT_TAG_NOT_FOUND, SITE_PAGE_NOT_FOUND */
    async tag(slug: string, page: number, t: SiteView['t']): Promise<ListView> {
      const tag = await content.getTag(slug);
      const list = await content.listArticles({ tagId: tag.id }, page, LIST_PAGE_SIZE, 'card');
      assertPageExists(list);
      return { title: t('tagTitle', { name: tag.name }), description: '', path: `/tag/${tag.slug}/`, list };
    },

    /** One page of an author's articles. @throws CONTENT_AUTHOR_NOT_FOUND, SITE_PAGE_NOT_FOUND */
    async author(slug: string, page: number, t: SiteView['t']): Promise<ListView> {
      const author = await content.getAuthor(slug);
      const list = await content.listArticles({ authorId: author.id }, page, LIST_PAGE_SIZE, 'card');
      assertPageExists(list);
      return { title: t('authorTitle', { name: author.name }), description: author.bio, path: `/author/${author.slug}/`, list };
    },

    /**
     * One page of a topic's visible articles, with the page's cache tags (the topic's, and each
     * listed article's, since the list shows their headlines). @throws TOPICS_NOT_FOUND, SITE_PAGE_NOT_FOUND
     */
    async topic(slug: string, page: number, t: SiteView['t']): Promise<{ view: ListView; tags: string[] }> {
      const topic = await deps.topics.getTopicWithPage(slug);
      const list = await deps.topics.listTopicArticles(topic.id, page, LIST_PAGE_SIZE, 'card');
      assertPageExists(list);
      const view = { title: t('topicTitle', { name: topic.name }), description: '', path: `/topic/${topic.slug}/`, list };
      return { view, tags: [topicCacheTag(topic.id), ...list.items.map((a) => cacheTags.article(a.id))] };
    },

    /** The page a renamed or merged topic's old slug now lives at, or null. */
    async movedTopic(oldSlug: string): Promise<string | null> {
      const slug = await deps.topics.resolveMovedSlug(oldSlug);
      return slug === null ? null : `/topic/${slug}/`;
    },

    /** The list page path a renamed or merged section, tag or author now lives at, or null. */
    async movedList(kind: TaxonomyKind, oldSlug: string): Promise<string | null> {
      const slug = await deps.redirects.resolveRedirect(kind, oldSlug);
      if (slug === null) return null;
      return kind === 'section' ? `/${slug}/` : `/${kind}/${slug}/`;
    },

    /** One page of the public corrections log, newest first. @throws SITE_PAGE_NOT_FOUND */
    async corrections(page: number): Promise<CorrectionPage> {
      const list = await content.listCorrections(page, LIST_PAGE_SIZE);
      assertPageExists(list);
      return list;
    },

    /** The article at /section/slug/, or where an old or wrong-section address should go. */
    async article(sectionSlug: string, slug: string, commentsRequest: CommentsRequest = {}): Promise<ArticleOutcome | null> {
      const found = await content.getArticle(slug).catch(notFoundAsNull);
      if (found && found.section.slug === sectionSlug) {
        const commentsPage = commentsRequest.page ?? 1;
        const [relatedArticles, corrections, comments, topics] = await Promise.all([
          related.findRelated(found, RELATED_COUNT, 'card'), content.listArticleCorrections(found.id),
          deps.comments.view(found.id, commentsPage, commentsRequest.held ?? null), deps.topics.topicsOfArticle(found.id),
        ]);
        if (commentsPage > comments.pageCount) return null;
        const description = found.seoDescription || found.standfirst || truncateText(toPlainText(found.bodyHtml), 200);
        const tags = [cacheTags.article(found.id), cacheTags.comments(found.id), cacheTags.section(found.section.slug), cacheTags.sections,
          ...found.tags.map((x) => cacheTags.tag(x.slug)), ...relatedArticles.map((r) => cacheTags.article(r.id)), ...topics.cacheTags];
        return { kind: 'article', view: { article: found, related: relatedArticles, description, corrections, comments, topics: topics.shown }, tags };
      }
      if (found) return { kind: 'redirect', location: articlePath(found) };
      const current = await content.resolveOldPath(`${sectionSlug}/${slug}`);
      if (!current) return null;
      const moved = await content.getArticle(current).catch(notFoundAsNull);
      return moved ? { kind: 'redirect', location: articlePath(moved) } : null;
    },
  };
}

export type SiteService = ReturnType<typeof createSiteService>;
