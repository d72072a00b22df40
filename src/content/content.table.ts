import type { ColumnType, Generated } from 'kysely';

/** Timestamps are stored as ISO 8601 UTC text on both databases, so they sort and compare alike. */
type Timestamp = string;

/** Workflow states: draft → in_review → scheduled → published, and unpublished (taken down). */
export const ARTICLE_STATUSES = ['draft', 'in_review', 'scheduled', 'published', 'unpublished'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export interface SectionTable {
  id: Generated<number>;
  name: string;
  slug: string;
  description: string;
  position: number;
}

export interface AuthorTable {
  id: Generated<number>;
  name: string;
  slug: string;
  bio: string;
}

export interface TagTable {
  id: Generated<number>;
  name: string;
  slug: string;
}

export interface ArticleTable {
  id: Generated<number>;
  slug: string;
  sectionId: number;
  headline: string;
  standfirst: string;
  bodyHtml: string;
  status: ArticleStatus;
  language: string;
  publishedAt: Timestamp | null;
  updatedAt: Timestamp;
  createdAt: ColumnType<Timestamp, Timestamp, never>;
  imageUrl: string | null;
  imageAlt: string | null;
  imageCaption: string | null;
  imageCredit: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
  /** The user who created it; null for imports, the demo and the command line. */
  createdBy: ColumnType<number | null, number | null | undefined, never>;
  /** The newest revision's number (0 before the first save); a save based on an older one is a conflict. */
  revision: ColumnType<number, number | undefined, number>;
  /** Not public before this time, whatever the status. */
  embargoUntil: ColumnType<Timestamp | null, Timestamp | null | undefined, Timestamp | null>;
  /** 1 while readers may comment (the site's age limit may still close it), 0 when closed by hand. */
  commentsOpen: ColumnType<number, number | undefined, number>;
  /** The page title for search engines and link previews; empty: the headline. */
  seoTitle: ColumnType<string, string | undefined, string>;
  /** The description for search engines and link previews; empty: the standfirst. */
  seoDescription: ColumnType<string, string | undefined, string>;
  /** Its identifier in the system it was imported from (`dateline import ndjson`); null otherwise; unique. */
  externalId: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ArticleAuthorTable {
  articleId: number;
  authorId: number;
  position: number;
}

export interface ArticleTagTable {
  articleId: number;
  tagId: number;
}

/** Every path an article has answered at before; each answers 301 to the current one. */
export interface SlugHistoryTable {
  path: string;
  articleId: number;
}

export interface SiteSettingsTable {
  id: number;
  title: string;
  description: string;
  language: string;
  /** An IANA time zone name; 'UTC' by default. */
  timeZone: ColumnType<string, string | undefined, string>;
  /** What feeds carry of each article: 'full' (the body) or 'summary'; 'full' by default. */
  feedContent: ColumnType<FeedContent, FeedContent | undefined, FeedContent>;
}

/** What the site's feeds carry of each article. */
export type FeedContent = 'full' | 'summary';

/** What a taxonomy redirect is about: each kind has its own address space. */
export type TaxonomyKind = 'section' | 'tag' | 'author';

/** A renamed or merged section, tag or author: its old slug answers 301 to the new one. */
export interface TaxonomyRedirectTable {
  kind: TaxonomyKind;
  oldSlug: string;
  newSlug: string;
  createdAt: Timestamp;
}

export interface ContentTables {
  sections: SectionTable;
  authors: AuthorTable;
  tags: TagTable;
  articles: ArticleTable;
  articleAuthors: ArticleAuthorTable;
  articleTags: ArticleTagTable;
  slugHistory: SlugHistoryTable;
  siteSettings: SiteSettingsTable;
  taxonomyRedirects: TaxonomyRedirectTable;
}
