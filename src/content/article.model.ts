import type { ArticleStatus, FeedContent } from './content.table.ts';

/** The shapes the content slice hands to its callers (API presenters, site templates). */

export interface SectionRef { id: number; name: string; slug: string }
export interface AuthorRef { id: number; name: string; slug: string }
export interface TagRef { id: number; name: string; slug: string }

export interface Section extends SectionRef { description: string; position: number }
export interface Author extends AuthorRef { bio: string }

export interface FeaturedImage {
  url: string;
  alt: string;
  caption: string;
  credit: string;
  width: number | null;
  height: number | null;
}

/** What a list (home, section, tag, author, related) shows of an article. */
export interface ArticleSummary {
  id: number;
  slug: string;
  headline: string;
  standfirst: string;
  section: SectionRef;
  authors: AuthorRef[];
  tags: TagRef[];
  publishedAt: string;
  updatedAt: string;
  image: FeaturedImage | null;
  /** Its identifier in the system it was imported from; null when written here. */
  externalId: string | null;
}

/** A whole published article. */
export interface Article extends ArticleSummary {
  bodyHtml: string;
  language: string;
  /** The title search engines and link previews show; empty: the headline. */
  seoTitle: string;
  /** Their description; empty: the standfirst. */
  seoDescription: string;
}

/** One page of a newest-first list. */
export interface ArticlePage {
  items: ArticleSummary[];
  page: number;
  limit: number;
  total: number;
  pageCount: number;
}

/** An article as the newsroom edits it: any status, with who created it. */
export interface EditableArticle extends Article {
  status: ArticleStatus;
  createdBy: number | null;
  revision: number;
  embargoUntil: string | null;
}

export interface SiteSettings {
  title: string;
  description: string;
  language: string;
  /** An IANA time zone name (`Europe/London`), `UTC` until set: where the newsroom's local times are. */
  timeZone: string;
  /** Whether feeds carry whole articles or summaries. */
  feedContent: FeedContent;
}

/** How much of each summary to load: `card` (what a list shows) leaves authors and tags empty. */
export type SummaryDetail = 'card' | 'full';
