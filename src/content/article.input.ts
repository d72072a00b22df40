import type { ArticleStatus } from './content.table.ts';
import type { FeaturedImage } from './article.model.ts';

/** What a writer supplies to create or change an article. */
export interface ArticleInput {
  headline: string;
  /** Made from the headline when absent. */
  slug?: string;
  standfirst?: string;
  /** HTML or Markdown per `bodyFormat`; sanitised to the body subset either way. */
  body?: string;
  bodyFormat?: 'html' | 'markdown';
  sectionSlug: string;
  authorSlugs: string[];
  /** Tag names; unknown tags are created. */
  tags?: string[];
  status?: ArticleStatus;
  /** ISO 8601; defaults to now when published without one. */
  publishedAt?: string | null;
  updatedAt?: string;
  language?: string;
  image?: FeaturedImage | null;
  /** ISO 8601: not public before this time, whatever the status; null lifts it. */
  embargoUntil?: string | null;
  /** For search engines and link previews; empty or left out (on create): the headline and standfirst. */
  seoTitle?: string;
  seoDescription?: string;
}

export interface SectionInput { name: string; slug?: string; description?: string; position?: number }
export interface AuthorInput { name: string; slug?: string; bio?: string }
