import type { Clock } from '../../common/clock.ts';
import type { ArticleFilter, ArticleSummary, ContentReader, SiteSettings, TaxonomyKind } from '../../content/index.ts';
import { articlePath, cacheTags, toPlainText, truncateText } from '../../content/index.ts';
import type { Db } from '../../db/index.ts';
import { topicCacheTag, type TopicsService } from '../../topics/index.ts';
import { createTranslator } from '../i18n/index.ts';
import { FEED_CONTENT_TYPES, renderFeed, type FeedChannel, type FeedEntry, type FeedFormat } from './feed-builder.ts';
import { findVisibleBodies } from './feed.repository.ts';
import { absolutizeHtml, imageType } from './xml-text.ts';

/** How many of the newest articles a feed carries. */
export const FEED_SIZE = 20;

/** Whose articles a feed follows: the whole site, or one section, tag, author or topic (by slug). */
export type FeedSubject = { kind: 'site' } | { kind: TaxonomyKind | 'topic'; slug: string };

/** What feeds read of the topics slice. */
export type FeedTopics = Pick<TopicsService, 'getTopicWithPage' | 'listTopicArticles'>;

/** A rendered feed with the page-cache tags of what it shows. */
export interface FeedDocument { body: string; contentType: string; tags: string[] }

/** The path a subject's list page lives at; its feeds hang below it. */
export function subjectPath(subject: FeedSubject): string {
  if (subject.kind === 'site') return '/';
  return subject.kind === 'section' ? `/${subject.slug}/` : `/${subject.kind}/${subject.slug}/`;
}

/** Where each format of the feed under `base` (a list page's path) lives. */
export function feedPaths(base: string): Record<FeedFormat, string> {
  return { rss: `${base}feed/`, atom: `${base}feed/atom/`, json: base === '/' ? '/feed.json' : `${base}feed.json` };
}

/**
 * Builds the site's feeds (RSS 2.0, Atom, JSON Feed 1.1) of the newest published articles, whole
 * or summarised as the site settings say.
 */
export function createFeedService(deps: { db: Db; content: ContentReader; topics: FeedTopics; clock: Clock; siteUrl: string }) {
  const { db, content, clock, siteUrl } = deps;
  const host = new URL(siteUrl).host;
  /** Ids minted from the article id: stable across slug, section and domain-path changes. */
  const tagUri = (specific: string) => `tag:${host},2026:${specific}`;

  async function describe(subject: FeedSubject, settings: SiteSettings): Promise<{ key: string; filter: ArticleFilter | { topicId: number }; title: string; description: string; tags: string[] }> {
    const t = createTranslator(settings.language);
    const site = settings.title;
    switch (subject.kind) {
      case 'site':
        return { key: 'site', filter: {}, title: site, description: settings.description, tags: [cacheTags.home, cacheTags.sections] };
      case 'section': {
        const section = await content.getSection(subject.slug);
        return { key: `section:${section.id}`, filter: { sectionId: section.id }, title: `${section.name} | ${site}`, description: section.description, tags: [cacheTags.section(section.slug), cacheTags.sections] };
      }
      case 'tag': {
        const tag = await content.getTag(subject.slug);
        return { key: `tag:${tag.id}`, filter: { tagId: tag.id }, title: `${t('tagTitle', { name: tag.name })} | ${site}`, description: '', tags: [cacheTags.tag(tag.slug), cacheTags.sections] };
      }
      case 'author': {
        const author = await content.getAuthor(subject.slug);
        return { key: `author:${author.id}`, filter: { authorId: author.id }, title: `${t('authorTitle', { name: author.name })} | ${site}`, description: author.bio, tags: [cacheTags.author(author.slug), cacheTags.sections] };
      }
      case 'topic': {
        const topic = await deps.topics.getTopicWithPage(subject.slug);
        // Like the topic page: its own tag follows who names it, home any article's change.
        return { key: `topic:${topic.id}`, filter: { topicId: topic.id }, title: `${t('topicTitle', { name: topic.name })} | ${site}`, description: '', tags: [topicCacheTag(topic.id), cacheTags.home, cacheTags.sections] };
      }
    }
  }

  function entryOf(article: ArticleSummary, body: string, full: boolean): FeedEntry {
    const image = article.image ? { url: absolute(article.image.url), type: imageType(article.image.url) } : null;
    return {
      id: tagUri(`article:${article.id}`),
      url: absolute(articlePath(article)),
      headline: article.headline,
      summary: article.standfirst || truncateText(toPlainText(body), 300),
      contentHtml: full ? absolutizeHtml(body, siteUrl) : null,
      publishedAt: new Date(article.publishedAt),
      updatedAt: new Date(article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt),
      authors: article.authors.map((a) => ({ name: a.name, url: absolute(`/author/${a.slug}/`) })),
      categories: article.tags.map((x) => x.name),
      image: image?.type ? { url: image.url, type: image.type } : null,
    };
  }

  function absolute(pathOrUrl: string): string {
    return /^https?:\/\//i.test(pathOrUrl) ? pathOrUrl : siteUrl + pathOrUrl;
  }

  return {
    /**
     * One feed in one format.
     * @throws CONTENT_SECTION_NOT_FOUND, CONTENT_TAG_NOT_FOUND, CONTENT_AUTHOR_NOT_FOUND, TOPICS_NOT_FOUND for a subject that does not exist
     */
    async build(subject: FeedSubject, format: FeedFormat): Promise<FeedDocument> {
      const settings = await content.getSiteSettings();
      const about = await describe(subject, settings);
      const list = 'topicId' in about.filter
        ? await deps.topics.listTopicArticles(about.filter.topicId, 1, FEED_SIZE, 'full')
        : await content.listArticles(about.filter, 1, FEED_SIZE, 'full');
      // Re-read under the feed's own visibility rule (embargo included); what it drops is left out.
      const bodies = new Map((await findVisibleBodies(db, list.items.map((a) => a.id), clock.now().toISOString())).map((r) => [r.id, r.bodyHtml]));
      const full = settings.feedContent === 'full';
      const entries = list.items.flatMap((a) => {
        const body = bodies.get(a.id);
        return body === undefined ? [] : [entryOf(a, body, full)];
      });
      const base = subjectPath(subject);
      const paths = feedPaths(base);
      const newest = entries.reduce<Date | null>((max, e) => (max === null || e.updatedAt > max ? e.updatedAt : max), null);
      const channel: FeedChannel = {
        id: tagUri(`feed:${about.key}`),
        title: about.title,
        description: about.description || about.title,
        language: settings.language,
        homeUrl: absolute(base),
        feedUrls: { rss: absolute(paths.rss), atom: absolute(paths.atom), json: absolute(paths.json) },
        publisher: { name: settings.title, url: `${siteUrl}/` },
        updated: newest ?? clock.now(),
      };
      return { body: renderFeed(format, channel, entries), contentType: FEED_CONTENT_TYPES[format], tags: about.tags };
    },
  };
}

export type FeedService = ReturnType<typeof createFeedService>;
