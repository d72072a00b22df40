import type { Ref } from '../api/types.ts';
import type { ArticleImage, ArticleWrite, EditableArticle } from './editor.api.ts';
import { slugify } from '../ui/slugify.ts';

/** What the writer is working on: the article's fields as the editor holds them between saves. */
export interface Draft {
  headline: string;
  standfirst: string;
  slug: string;
  /** False while a new article's slug still follows its headline. */
  slugTouched: boolean;
  sectionSlug: string;
  authors: Ref[];
  /** Tag names, as the API takes them. */
  tags: string[];
  image: ArticleImage | null;
  /** Empty for a new article: the server then uses the site's language. */
  language: string;
  /** HTML in the body subset, as the editor writes it. */
  body: string;
  seoTitle: string;
  seoDescription: string;
}

export const EMPTY_DRAFT: Draft = {
  headline: '', standfirst: '', slug: '', slugTouched: false, sectionSlug: '', authors: [], tags: [], image: null, language: '', body: '', seoTitle: '', seoDescription: '',
};

export function draftFromArticle(article: EditableArticle): Draft {
  return {
    headline: article.headline,
    standfirst: article.standfirst,
    slug: article.slug,
    slugTouched: true,
    sectionSlug: article.section.slug,
    authors: article.authors,
    tags: article.tags.map((tag) => tag.name),
    image: article.image,
    language: article.language,
    body: article.bodyHtml,
    seoTitle: article.seoTitle ?? '',
    seoDescription: article.seoDescription ?? '',
  };
}

/** The save request for a draft; an untouched slug of a new article is still sent, so the URL shown is the URL made. */
export function writeFromDraft(draft: Draft): ArticleWrite {
  return {
    headline: draft.headline.trim(),
    ...(draft.slug ? { slug: draft.slug } : {}),
    standfirst: draft.standfirst.trim(),
    body: draft.body,
    bodyFormat: 'html',
    sectionSlug: draft.sectionSlug,
    authorSlugs: draft.authors.map((author) => author.slug),
    tags: draft.tags,
    ...(draft.language ? { language: draft.language } : {}),
    image: draft.image,
    seoTitle: draft.seoTitle.trim(),
    seoDescription: draft.seoDescription.trim(),
  };
}

/** The slug the server would make from a headline (one rule for the whole app). */
export const suggestSlug = slugify;

/** What a save needs before it can go: the same rules the server applies, checked first so autosave does not keep failing. */
export function missingForSave(draft: Draft): ('headline' | 'sectionSlug' | 'authorSlugs')[] {
  const missing: ('headline' | 'sectionSlug' | 'authorSlugs')[] = [];
  if (!draft.headline.trim()) missing.push('headline');
  if (!draft.sectionSlug) missing.push('sectionSlug');
  if (draft.authors.length === 0) missing.push('authorSlugs');
  return missing;
}

/** Words in plain text: runs of letters or digits, so punctuation and spacing do not count. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Minutes to read at about 230 words a minute, at least one once there is any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}
